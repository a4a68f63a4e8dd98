"""The ``schedule-engine`` command line.

Subcommands register themselves: a module defines ``register(subparsers)``, which
adds its parser with ``subparsers.add_parser(...)`` and sets a ``handler``
default, a function ``handler(args) -> int`` returning the exit code.  This
module registers ``validate`` and ``score``, then every module of
:data:`OPTIONAL_SUBCOMMANDS` that is installed (``solve``, ``export``, ``serve``).

Exit codes: 0 success, 1 the input has errors, 2 the input could not be read
(or another usage error).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
import time
from typing import Callable, Sequence

from schedule_engine.cli_common import (  # noqa: F401 - the sub-commands' shared helpers, named here too
    EXIT_ERRORS,
    EXIT_OK,
    EXIT_UNREADABLE,
    add_fractional_hours_argument,
    add_input_argument,
    exit_code_for,
    print_diagnostics,
    print_json,
)
from schedule_engine.errors import Diagnostic, InvalidInputError, ScheduleEngineError
from schedule_engine.process_clock import command_started

OPTIONAL_SUBCOMMANDS: tuple[str, ...] = ("schedule_engine.cli_solve", "schedule_engine.cli_export",
                                         "schedule_engine.service.cli", "schedule_engine.cli_remedies")
Register = Callable[[argparse._SubParsersAction], None]


# -- validate ---------------------------------------------------------------------
def register_validate(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "validate", help="check input data before solving",
        description="Read a campus data folder, an ITC-2007 .ctt file, a FET .fet file or an engine "
                    ".json document and list every error and warning. Exit code: 0 no errors, 1 errors, "
                    "2 unreadable input.")
    add_input_argument(p)
    add_fractional_hours_argument(p)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--suggest", action="store_true",
                   help="give every shortfall its checked remedies (ids for apply-remedies --pick)")
    p.set_defaults(handler=run_validate)


def problem_counts(problem) -> dict[str, int]:
    from schedule_engine.sessions import derive_sessions

    return {
        "courses": len(problem.courses),
        "groups": len(problem.groups),
        "subgroups": sum(len(g.subgroups) for g in problem.groups),
        "instructors": len(problem.instructors),
        "rooms": len(problem.rooms),
        "sessions": sum(1 for s in derive_sessions(problem) if s.length > 0),  # under the default cuts
    }


def run_validate(args: argparse.Namespace) -> int:
    from schedule_engine.diagnostics import merge, validate
    from schedule_engine.io.loader import load_any

    problem, _solution, load_warnings = load_any(args.path, fractional_hours=args.fractional_hours)
    diagnostics = merge(load_warnings, validate(problem))
    if getattr(args, "suggest", False):
        from schedule_engine.remedies import with_remedies

        diagnostics = with_remedies(problem, diagnostics)
    errors = [d for d in diagnostics if d.severity == "error"]
    warnings = [d for d in diagnostics if d.severity != "error"]
    counts = problem_counts(problem)
    if args.json:
        print_json({"errors": [d.to_dict() for d in errors],
                    "warnings": [d.to_dict() for d in warnings], "counts": counts})
    else:
        print(f"{problem.name}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
        from schedule_engine.i18n import describe_diagnostic, translate_diagnostic, translate_text

        language = getattr(args, "language", None)
        for d in diagnostics:
            print(describe_diagnostic(d, language))
            if getattr(args, "suggest", False):
                from schedule_engine.cli_remedies import remedy_lines

                for line in remedy_lines(translate_diagnostic(d, language)):
                    print(line)
        print(translate_text(f"{len(errors)} error(s), {len(warnings)} warning(s)", language))
    return EXIT_ERRORS if errors else EXIT_OK


# -- score -------------------------------------------------------------------------
def register_score(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "score", help="score a timetable against its problem",
        description="Score a timetable: hard and soft totals and the breakdown by constraint. "
                    "For a .ctt problem the solution is in ITC-2007 format (course room day "
                    "timeslot per line); otherwise it is an engine JSON document or solution. "
                    "Without SOLUTION, the solution stored in the PROBLEM document is scored.")
    add_input_argument(p, "problem", "PROBLEM")
    add_fractional_hours_argument(p)
    p.add_argument("solution", metavar="SOLUTION", nargs="?", help="the timetable to score")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=run_score)


def run_score(args: argparse.Namespace) -> int:
    from schedule_engine.constraint_catalog import CATALOG
    from schedule_engine.io.loader import input_kind, load_any, load_solution_for
    from schedule_engine.scoring import evaluate

    problem, solution, _warnings = load_any(args.problem, fractional_hours=args.fractional_hours)
    if args.solution is not None:
        solution = load_solution_for(input_kind(args.problem), problem, args.solution)
    elif solution is None:
        raise InvalidInputError([Diagnostic("error", "No timetable to score: give a SOLUTION file.",
                                            location=str(args.problem), code="no_solution")])
    result = evaluate(problem, solution)
    if args.json:
        print_json({"hard": int(result.hard), "soft": int(result.soft),
                    "breakdown": {k: int(v) for k, v in result.breakdown.items()},
                    "violations": [v.to_dict() for v in result.violations]})
        return EXIT_OK
    print(f"{problem.name}: hard {result.hard}, soft {result.soft}")
    from schedule_engine.i18n import constraint_name

    rows = [(cid, constraint_name(cid, getattr(args, "language", None)),
             CATALOG[cid].level if cid in CATALOG else "rules", int(value))
            for cid, value in result.breakdown.items()]
    width = max([len("constraint")] + [len(r[0]) for r in rows])
    name_width = max([len("name")] + [len(r[1]) for r in rows])
    print(f"{'constraint':<{width}}  {'name':<{name_width}}  level  value")
    for cid, name, level, value in rows:
        print(f"{cid:<{width}}  {name:<{name_width}}  {level:<5}  {value:>5}")
    print(f"{len(result.violations)} violation record(s); --json lists them")
    return EXIT_OK


def _builtin_registrations() -> list[Register]:
    return [register_validate, register_score]


def _optional_registrations() -> list[Register]:
    found = []
    for name in OPTIONAL_SUBCOMMANDS:
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        register = getattr(module, "register", None)
        if callable(register):
            found.append(register)
    return found


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="schedule-engine",
        description="Check, score and build weekly course timetables.",
    )
    from schedule_engine.i18n.catalogue import LANGUAGES

    parser.add_argument("--language", choices=LANGUAGES, default=None,
                        help="the language of the printed messages (the JSON output stays English)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for register in _builtin_registrations() + _optional_registrations():
        register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command: ``argv`` (the process's own command line when None).
    A handler finds the moment of the call in ``args.called_at`` (the process's
    start for its own command line) and whether it runs this process's own
    command line in ``args.own_process``."""
    called_at = command_started() if argv is None else time.time()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help and on usage errors
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_UNREADABLE
    args.called_at, args.own_process = called_at, argv is None
    try:
        return int(args.handler(args))
    except InvalidInputError as exc:
        if getattr(args, "json", False):
            print_json({"errors": [d.to_dict() for d in exc.diagnostics if d.severity == "error"],
                        "warnings": [d.to_dict() for d in exc.diagnostics if d.severity != "error"]})
        else:
            print_diagnostics(exc.diagnostics, sys.stderr, getattr(args, "language", None))
        return exit_code_for(exc)
    except ScheduleEngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
