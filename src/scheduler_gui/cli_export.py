"""``scheduler-gui --export FORMAT --project PATH --out DIR [--solve-seconds N]``

Export a timetable without opening a window.  FORMAT is pdf, xlsx, csv, html
or ics; PATH is a project file (``.sched``) or any input the engine imports (a
campus data folder, an ITC-2007 ``.ctt`` file, an engine ``.json`` document).
When PATH holds no timetable, ``--solve-seconds N`` solves it first (a
partial timetable is completed, keeping what is placed and pinned); without
it every session that has no time is listed as not placed.  Data whose only
errors are shortfalls (demand that cannot fit) is solved with
``--allow-shortfalls`` (add ``--leave-unplaced`` to leave the overflow out).

Exit codes: 0 written (sessions not placed are listed as warnings), 1 the data
has errors, solving or writing failed, 2 bad arguments or unreadable input.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
MAX_LINES_SHOWN = 20


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("the solving time must be more than 0 seconds")
    return value


def _kinds(text: str) -> tuple[str, ...]:
    names = {"group": "group", "groups": "group", "instructor": "instructor", "instructors": "instructor",
             "room": "room", "rooms": "room"}
    kinds = []
    for part in filter(None, (p.strip().lower() for p in text.split(","))):
        if part == "all":
            return ("group", "instructor", "room")
        if part not in names:
            raise argparse.ArgumentTypeError(f"unknown page kind {part!r}: use group, instructor, room or all")
        if names[part] not in kinds:
            kinds.append(names[part])
    return tuple(kinds)


def build_parser() -> argparse.ArgumentParser:
    from scheduler_gui.export.export_runner import EXPORT_FORMATS

    parser = argparse.ArgumentParser(
        prog="scheduler-gui",
        description="Export a timetable without opening a window.",
    )
    parser.add_argument("--export", dest="fmt", required=True, choices=tuple(EXPORT_FORMATS),
                        metavar="FORMAT", help="pdf, xlsx, csv, html or ics")
    parser.add_argument("--project", required=True, type=Path, metavar="PATH",
                        help="project file (.sched), campus data folder, .ctt file or engine .json document")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR",
                        help="output folder (created if needed); for pdf it may also be a .pdf file")
    parser.add_argument("--solve-seconds", type=_seconds, metavar="N",
                        help="when the input holds no (complete) timetable, solve for up to N seconds first")
    parser.add_argument("--allow-shortfalls", action="store_true",
                        help="with --solve-seconds: solve data whose only errors are shortfalls "
                             "(demand that cannot fit); the overflow stays inside them")
    parser.add_argument("--leave-unplaced", action="store_true",
                        help="with --allow-shortfalls: leave what cannot fit unplaced instead of clashing")
    parser.add_argument("--term-start", type=_iso_date, metavar="YYYY-MM-DD",
                        help="first day of the term (iCalendar; shown on PDF pages)")
    parser.add_argument("--term-end", type=_iso_date, metavar="YYYY-MM-DD", help="last day of the term")
    parser.add_argument("--term-name", default=None, help="the term's name on PDF pages, e.g. 'Autumn term 2026'")
    parser.add_argument("--pages", type=_kinds, default=("group", "instructor", "room"), metavar="KINDS",
                        help="PDF: week pages for group, instructor, room (comma-separated) or all (default)")
    parser.add_argument("--overview", choices=("none", "day", "week"), default="week",
                        help="PDF: overview pages per day, one week overview (default) or none")
    parser.add_argument("--no-reports", action="store_true", help="PDF: leave out the report pages")
    parser.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="PDF paper size (default A4)")
    parser.add_argument("--combined", action="store_true",
                        help="iCalendar: one calendar for everything instead of one per instructor and group")
    parser.add_argument("--language", metavar="CODE",
                        help="language of the exported words, day names and clock times: a shipped language "
                             "(en, es, fr, pt_BR, ar; default: the one set in View > Language, else the system's)")
    parser.add_argument("--timezone", metavar="ZONE", help="iCalendar: time zone of the clock times (default: the institution's)")
    return parser


def _print_diagnostics(diagnostics: list) -> None:
    errors = [d for d in diagnostics if getattr(d, "severity", "error") == "error"] or list(diagnostics)
    for diagnostic in errors[:MAX_LINES_SHOWN]:
        _say(str(diagnostic))
    if len(errors) > MAX_LINES_SHOWN:
        _say(f"... and {len(errors) - MAX_LINES_SHOWN} more")


def _install_language(code: str | None) -> bool:
    """Speak ``code`` (default: the application's chosen language) in the export's
    words; False, with a message, for a language that is not shipped.  An
    application already running in this process keeps its language unless
    ``code`` is given."""
    from PySide6.QtCore import QCoreApplication

    from scheduler_gui.app import configure_application_identity
    from scheduler_gui.export import headless
    from scheduler_gui.i18n.install import install_language
    from scheduler_gui.i18n.languages import chosen_language, shipped_languages

    running = QCoreApplication.instance() is not None
    app = headless.ensure_gui_application()
    if not app.organizationName():
        configure_application_identity()  # where the chosen language is kept
    languages = {language.code: language for language in shipped_languages()}
    if code is not None and code not in languages:
        _say(f"error: --language {code}: not a shipped language (choose one of {', '.join(sorted(languages))})")
        return False
    if code is None and running:
        return True
    for earlier in getattr(app, "_export_translators", ()):  # an earlier export in this process
        app.removeTranslator(earlier)
    app._export_translators = install_language(app, languages[code] if code else chosen_language())
    return True


def run(args: argparse.Namespace) -> int:
    from schedule_engine import exit_code_for
    from schedule_engine.errors import InvalidInputError, ScheduleEngineError
    from schedule_engine.export.views import unplaced

    from scheduler_gui.export import headless
    from scheduler_gui.export.export_runner import ExportRequest, run_export
    from scheduler_gui.export.page_frame import PageHeader
    from scheduler_gui.export.pages import PrintOptions, missing_summary

    if not _install_language(args.language):
        return EXIT_BAD_INPUT
    try:
        loaded = headless.load_input(args.project)
    except InvalidInputError as exc:
        _say(f"error: cannot export {args.project}:")
        _print_diagnostics(exc.diagnostics)
        return exit_code_for(exc)
    except ScheduleEngineError as exc:
        _say(f"error: cannot read {args.project}: {exc}")
        return EXIT_BAD_INPUT
    term_start = args.term_start or headless.parse_meta_date(loaded.meta, "term_start")
    term_end = args.term_end or headless.parse_meta_date(loaded.meta, "term_end")
    if args.fmt == "ics":
        try:
            headless.require_ics_dates(term_start, term_end)
        except InvalidInputError as exc:
            _say(f"error: {exc.diagnostics[0].message}")
            return EXIT_BAD_INPUT

    solution = loaded.solution
    complete = not unplaced(loaded.problem, solution)
    if args.solve_seconds and not complete:
        # no timetable: solve from scratch; a partial one: keep what is placed (and pinned), place the rest
        try:
            solution = headless.solve_first(loaded.problem, args.solve_seconds, _say, initial=solution,
                                            allow_shortfalls=args.allow_shortfalls,
                                            leave_unplaced=args.leave_unplaced)
        except headless.SolveFailed as exc:
            _say(f"error: cannot solve {args.project}: {exc}")
            _print_diagnostics(exc.diagnostics)
            return EXIT_FAILED
    elif args.solve_seconds:
        _say("note: the input already holds a complete timetable; exporting it without solving")
    elif headless.placed_count(solution) == 0:
        _say("warning: the input holds no timetable, so every session is listed as not placed "
             "(add --solve-seconds N to solve it first)")

    problem = loaded.problem
    header = PageHeader(
        institution=str(loaded.meta.get("institution") or problem.name),
        term=headless.term_label(args.term_name or str(loaded.meta.get("term") or ""), term_start, term_end),
        printed=headless.printed_today(),
    )
    options = PrintOptions(kinds=args.pages, overview=args.overview, reports=not args.no_reports,
                           paper=args.paper, header=header)
    request = ExportRequest(args.fmt, args.out, options, term_start, term_end, args.combined,
                            args.timezone or problem.settings.time_zone or None)
    try:
        result = run_export(problem, solution, request)
    except InvalidInputError as exc:
        _say(f"error: {exc}")
        return EXIT_BAD_INPUT
    except ValueError as exc:
        _say(f"error: {exc}")
        return EXIT_BAD_INPUT
    except OSError as exc:
        _say(f"error: cannot write the export to {args.out}: {exc.strerror or exc}")
        return EXIT_FAILED
    for warning in result.warnings[:MAX_LINES_SHOWN]:
        _say(f"warning: {warning}")
    if len(result.warnings) > MAX_LINES_SHOWN:
        _say(f"warning: ... and {len(result.warnings) - MAX_LINES_SHOWN} more")
    _say(missing_summary(problem, solution))
    count = len(result.files)
    print(f"Wrote {count} file{'s' if count != 1 else ''} to {args.out}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Entry point for ``scheduler-gui --export ...`` (``argv`` without the program name)."""
    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # argparse has printed the usage and the reason
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_BAD_INPUT
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
