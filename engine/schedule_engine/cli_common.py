"""What every ``schedule-engine`` sub-command shares: the exit codes and the
printing of JSON and diagnostics.  The sub-command modules import this module,
never :mod:`schedule_engine.cli` (which loads them), so there is no import cycle.

Exit codes: 0 success, 1 the input has errors, 2 the input could not be read
(or another usage error).
"""

from __future__ import annotations

import argparse
import json
import sys

from schedule_engine.errors import Diagnostic, InvalidInputError

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2
INPUT_HELP = "campus folder, .ctt file or engine .json document"


def add_input_argument(parser: argparse.ArgumentParser, dest: str = "path", metavar: str = "PATH") -> None:
    """The positional input every sub-command reads: a campus folder, a .ctt
    file or an engine JSON document."""
    parser.add_argument(dest, metavar=metavar, help=INPUT_HELP)


def add_fractional_hours_argument(parser: argparse.ArgumentParser) -> None:
    """``--fractional-hours``: how a campus folder's fractional weekly hours are read."""
    parser.add_argument(
        "--fractional-hours", choices=("round-up", "fortnightly"), default="fortnightly",
        help="campus data: teach fractional weekly hours fortnightly in a two-week cycle "
             "(1.5 h -> 3 periods every other week, week A or B; the default) or round them up "
             "to whole periods every week (1.5 h -> 2)")


def print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def print_diagnostics(diagnostics: list[Diagnostic], stream=None, language: str | None = None) -> None:
    from schedule_engine.i18n import describe_diagnostic

    stream = stream if stream is not None else sys.stdout
    for d in diagnostics:
        print(describe_diagnostic(d, language), file=stream)


def exit_code_for(error: InvalidInputError) -> int:
    """2 when the input could not be read at all, 1 when it was read but is wrong."""
    from schedule_engine.io.loader import UNREADABLE_CODES

    codes = {d.code for d in error.diagnostics if d.severity == "error"}
    return EXIT_UNREADABLE if not codes or codes & UNREADABLE_CODES else EXIT_ERRORS
