"""The ``schedule-engine apply-remedies`` subcommand, and the remedy lines of
``validate --suggest``.

    schedule-engine apply-remedies INPUT -o OUT.json [--pick ID,...] [--fractional-hours round-up|fortnightly]

Without ``--pick``, the first remedy of every shortfall is applied (and, when
remedies of different shortfalls get in each other's way, the data is checked
again and the first remedies of what is left are applied too).  The result is
written as an engine JSON document; what changed is printed.

Exit codes: 0 written and no shortfall left, 1 written but errors remain (or
the output could not be written), 2 unreadable input or an unknown remedy id.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from schedule_engine.cli_common import add_fractional_hours_argument, add_input_argument
from schedule_engine.errors import Diagnostic, InvalidInputError

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def remedy_lines(diagnostic: Diagnostic) -> list[str]:
    """The lines ``validate --suggest`` prints under a shortfall."""
    if diagnostic.code and not diagnostic.remedies and diagnostic.severity == "error" and diagnostic.sessions:
        return ["    no checked remedy found"]
    return [f"    remedy {r.id}: {r.text}" for r in diagnostic.remedies]


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "apply-remedies", help="apply checked remedies for the shortfalls and write the changed data",
        description="Apply the first remedy of every shortfall (or the ones picked by id, as listed by "
                    "'validate --suggest') and write the changed data as an engine JSON document. "
                    "Exit code: 0 no shortfall left, 1 errors remain, 2 unreadable input or unknown id.")
    add_input_argument(p, "path", "INPUT")
    p.add_argument("-o", "--out", required=True, metavar="OUT.json", help="the engine JSON document to write")
    p.add_argument("--pick", metavar="ID,...", default="", help="comma-separated remedy ids to apply instead")
    p.add_argument("--json", action="store_true", help="print what changed as JSON")
    add_fractional_hours_argument(p)
    p.set_defaults(handler=run_apply_remedies)
    return p


def _write(problem, solution, out: Path) -> None:
    from schedule_engine.atomic_files import write_bytes_atomically
    from schedule_engine.io.engine_json import document_to_dict

    text = json.dumps(document_to_dict(problem, solution), indent=2, ensure_ascii=False) + "\n"
    try:
        write_bytes_atomically(out, text.encode("utf-8"))
    except OSError as exc:
        raise InvalidInputError([Diagnostic("error", f"Could not write the document: {exc.strerror or exc}.",
                                            location=str(out), code="write_failed")]) from None


def run_apply_remedies(args: argparse.Namespace) -> int:
    from schedule_engine.diagnostics import validate
    from schedule_engine.io.loader import load_any
    from schedule_engine.remedies import apply_first, apply_picked, changes_text, pick, suggest

    problem, solution, _warnings = load_any(args.path, fractional_hours=args.fractional_hours)
    ids = [i.strip() for i in args.pick.split(",") if i.strip()]
    if ids:
        try:
            applied = pick(suggest(problem), ids)
        except InvalidInputError as exc:  # a usage error: the ids come from the command line
            for d in exc.diagnostics:
                print(str(d), file=sys.stderr)
            return EXIT_UNREADABLE
        problem = apply_picked(problem, applied)
        left = validate(problem)
    else:
        problem, applied, left = apply_first(problem)
    try:
        _write(problem, solution, Path(args.out))
    except InvalidInputError as exc:
        print(str(exc.diagnostics[0]))
        return EXIT_ERRORS
    errors = [d for d in left if d.severity == "error"]
    if args.json:
        print(json.dumps({"applied": [r.to_dict() for r in applied], "out": str(args.out),
                          "errors": [d.to_dict() for d in errors]}, indent=2, ensure_ascii=False))
    else:
        for remedy in applied:
            print(f"applied {remedy.id}: {remedy.text}")
            for line in changes_text(remedy):
                print(f"    {line}")
        print(f"{len(applied)} remedy(ies) applied; wrote {args.out}")
        for d in errors:
            print(str(d))
        print(f"{len(errors)} error(s) left")
    return EXIT_ERRORS if errors else EXIT_OK
