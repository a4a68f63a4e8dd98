"""Export without a window: load a project or any importable input, solve it
first when it has no timetable, and write one format.

Qt is needed for PDF only (fonts and QPdfWriter); :func:`ensure_gui_application`
starts a windowless QGuiApplication, on the ``offscreen`` platform when there
is no display.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Mapping

from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.model import Problem, Solution

Say = Callable[[str], None]


@dataclass
class LoadedInput:
    """What an input file gave: the data, its stored timetable and the project's meta."""

    problem: Problem
    solution: Solution | None
    meta: Mapping[str, str] = field(default_factory=dict)
    warnings: list[Diagnostic] = field(default_factory=list)


class SolveFailed(Exception):
    """The solver could not start (invalid input) or is not available."""

    def __init__(self, message: str, diagnostics: list[Diagnostic] | None = None):
        super().__init__(message)
        self.diagnostics = diagnostics or []


def has_display() -> bool:
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_application():
    """The running Qt application, or a new windowless QGuiApplication."""
    if not has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication([sys.argv[0] if sys.argv else "scheduler-gui"])
    return app


def load_input(path: Path) -> LoadedInput:
    """A ``.sched`` project file, or anything :func:`schedule_engine.io.load_any` reads.

    Raises :class:`~schedule_engine.errors.InvalidInputError` (with diagnostics
    naming the file) when the input cannot be read.
    """
    from schedule_engine.project_store import PROJECT_SUFFIX, load_project

    path = Path(path)
    if path.suffix.lower() == PROJECT_SUFFIX:
        project = load_project(path)
        return LoadedInput(project.problem, project.solution, dict(project.meta))
    from schedule_engine import load_any

    problem, solution, warnings = load_any(path)
    return LoadedInput(problem, solution, {}, list(warnings))


def placed_count(solution: Solution | None) -> int:
    if solution is None:
        return 0
    return sum(1 for a in solution.assignments if a.slot is not None)


def solve_first(problem: Problem, seconds: float, say: Say, initial: Solution | None = None, *,
                allow_shortfalls: bool = False, leave_unplaced: bool = False) -> Solution:
    """Run the solver for ``seconds`` and return its best timetable.  With
    ``allow_shortfalls`` data whose only errors are shortfalls is solved too
    (``leave_unplaced``: what cannot fit is left unplaced instead of clashing)."""
    try:
        from schedule_engine import SolveOptions, solve
    except ImportError as exc:  # pragma: no cover - the engine always ships the solver
        raise SolveFailed(f"the solver is not available in this build ({exc})") from None
    say(f"Solving for up to {seconds:g} s…")
    options = SolveOptions(time_limit=float(seconds), stagnation=None,
                           allow_shortfalls=allow_shortfalls or leave_unplaced, leave_unplaced=leave_unplaced)
    result = solve(problem, options, initial=initial)
    if result.status == "invalid_input":
        from schedule_engine import only_shortfalls

        hint = (" (every error is demand that cannot fit: --allow-shortfalls solves the rest)"
                if only_shortfalls(list(result.diagnostics)) else "")
        raise SolveFailed(f"the data has errors, so it cannot be solved{hint}", list(result.diagnostics))
    elapsed = result.stats.get("elapsed", seconds)
    say(f"Solver finished ({result.status}): {result.hard} hard and {result.soft} soft penalty "
        f"in {elapsed:.1f} s.")
    for shortfall in result.stats.get("shortfalls", ()):
        if shortfall["unplaced"]:
            say(f"{shortfall['entity']}: {len(shortfall['unplaced'])} of {shortfall['sessions']} "
                "session(s) that cannot fit left unplaced.")
    return result.solution


def parse_meta_date(meta: Mapping[str, str], key: str) -> date | None:
    text = str(meta.get(key, "") or "")
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def term_label(name: str, start: date | None, end: date | None) -> str:
    """ "Autumn term 2026, 7 Sep 2026 – 18 Dec 2026", or what of it is known."""
    dates = ""
    if start and end:
        dates = f"{_short_date(start)} – {_short_date(end)}"
    return ", ".join(part for part in (name, dates) if part)


def _short_date(day: date) -> str:
    """``day`` as "2 Sep 2026", the month in the current locale's words."""
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def printed_today() -> str:
    """Today's date in the words of the current locale ("3 de diciembre de 2026"):
    the locale's long date without its weekday."""
    from PySide6.QtCore import QDate, QLocale

    locale = QLocale()
    pattern = re.sub(r"d{4}[,،]?\s*", "", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,،")
    return locale.toString(QDate.currentDate(), pattern)


def require_ics_dates(start: date | None, end: date | None) -> None:
    if start is None or end is None:
        raise InvalidInputError("an iCalendar export needs the term's first and last day "
                                "(--term-start and --term-end, YYYY-MM-DD)")
    if end < start:
        raise InvalidInputError(f"the term ends ({end}) before it starts ({start})")
