"""The ``schedule-engine export`` subcommand.

    schedule-engine export PROBLEM [SOLUTION] --format csv|xlsx|html|ics|seed-json|fet --out DIR
                           [--term-start YYYY-MM-DD --term-end YYYY-MM-DD]
                           [--combined] [--timezone ZONE]

PROBLEM is anything the engine opens (campus folder, ``.ctt`` file, engine
JSON document); an engine document may hold the solution itself.  SOLUTION is
an ITC-2007 solution for a ``.ctt`` problem, otherwise an engine JSON
document or solution.  Without any solution the export shows every session
as not placed.

Exit codes: 0 written (sessions not placed are listed as warnings), 1 the
input has errors or the export could not be written, 2 bad arguments or
unreadable input.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path

from schedule_engine.cli_common import add_fractional_hours_argument
from schedule_engine.errors import InvalidInputError, ScheduleEngineError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
MAX_WARNINGS_SHOWN = 20


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``export`` subcommand; its handler is ``args.handler(args) -> exit code``."""
    from schedule_engine.export import FORMATS

    parser = subparsers.add_parser(
        "export",
        help="write a timetable as CSV, XLSX, an HTML site, iCalendar files, the seed's schedule.json or a FET file",
        description="Write a timetable (and its load reports) as CSV, XLSX, a static HTML site, "
                    "iCalendar files, the seed engine's schedule.json (seed-json) or FET's data and "
                    "timetable file (fet: the timetable as locked activities) into a folder.",
    )
    parser.add_argument("problem", metavar="PROBLEM",
                        help="campus data folder, .ctt file or engine .json document (which may hold a solution)")
    parser.add_argument("solution", metavar="SOLUTION", nargs="?",
                        help="solution file (ITC-2007 text for a .ctt problem, otherwise engine JSON)")
    add_fractional_hours_argument(parser)
    parser.add_argument("--format", "-f", dest="export_format", required=True, choices=FORMATS + ("fet",),
                        help="output format")
    parser.add_argument("--out", "-o", required=True, metavar="DIR", help="output folder (created if needed)")
    parser.add_argument("--term-start", type=_iso_date, metavar="YYYY-MM-DD",
                        help="first day of the term (iCalendar)")
    parser.add_argument("--term-end", type=_iso_date, metavar="YYYY-MM-DD",
                        help="last day of the term (iCalendar)")
    parser.add_argument("--combined", action="store_true",
                        help="iCalendar: one calendar for everything instead of one per instructor and group")
    parser.add_argument("--timezone", metavar="ZONE",
                        help="iCalendar: time zone of the clock times (e.g. Europe/Berlin); default: the institution's (settings.time_zone), else local time")
    parser.set_defaults(handler=run_export)
    return parser


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _load(args: argparse.Namespace):
    from schedule_engine.io.loader import input_kind, load_any, load_solution_for

    problem, solution, _warnings = load_any(args.problem, fractional_hours=args.fractional_hours)
    if args.solution:
        solution = load_solution_for(input_kind(args.problem), problem, args.solution)
    return problem, solution


def run_export(args: argparse.Namespace) -> int:
    """Handle ``schedule-engine export``; returns the exit code."""
    from schedule_engine.export import export_timetable

    if args.export_format == "ics":
        if args.term_start is None or args.term_end is None:
            _say("error: --format ics needs --term-start and --term-end (YYYY-MM-DD)")
            return EXIT_BAD_INPUT
        if args.term_end < args.term_start:
            _say(f"error: --term-end {args.term_end} is before --term-start {args.term_start}")
            return EXIT_BAD_INPUT
    try:
        problem, solution = _load(args)
    except InvalidInputError as exc:
        from schedule_engine.cli_common import exit_code_for

        errors = [d for d in exc.diagnostics if d.severity == "error"] or exc.diagnostics
        for diagnostic in errors[:MAX_WARNINGS_SHOWN]:
            _say(str(diagnostic))  # "error: <file, line>: <what>"
        if len(errors) > MAX_WARNINGS_SHOWN:
            _say(f"... and {len(errors) - MAX_WARNINGS_SHOWN} more errors")
        return exit_code_for(exc)
    except ScheduleEngineError as exc:
        _say(f"error: cannot read the input: {exc}")
        return EXIT_BAD_INPUT
    if solution is None:
        _say("warning: no solution given: every session is shown as not placed")
    try:
        if args.export_format == "fet":  # FET's data and timetable file (schedule_engine.io.fet_export)
            from schedule_engine.io.fet_export import export_fet
            result = export_fet(problem, solution, Path(args.out), source=Path(args.problem))
        else:
            result = export_timetable(problem, solution, args.export_format, Path(args.out),
                                      term_start=args.term_start, term_end=args.term_end,
                                      combined=args.combined,
                                      tz_name=args.timezone or problem.settings.time_zone or None,
                                      language=getattr(args, "language", None))
    except InvalidInputError as exc:
        _say(str(exc))
        return EXIT_BAD_INPUT
    except OSError as exc:
        _say(f"error: cannot write the export to {args.out}: {exc.strerror or exc}")
        return EXIT_FAILED
    from schedule_engine.i18n import translate_text

    for warning in result.warnings[:MAX_WARNINGS_SHOWN]:
        _say(f"warning: {translate_text(warning, getattr(args, 'language', None))}")
    if len(result.warnings) > MAX_WARNINGS_SHOWN:
        _say(f"warning: ... and {len(result.warnings) - MAX_WARNINGS_SHOWN} more")
    print(f"Wrote {len(result.files)} file{'s' if len(result.files) != 1 else ''} to {args.out}"
          + (f" ({len(result.warnings)} warnings)" if result.warnings else ""))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run the export subcommand on its own (``python -m schedule_engine.cli_export export ...``)."""
    parser = argparse.ArgumentParser(prog="schedule-engine")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
