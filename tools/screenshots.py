"""Screenshots of the application with the demo institution loaded.

    uv run python tools/screenshots.py OUTDIR
    uv run python tools/screenshots.py OUTDIR --language ar --only main_window,timetable_drag

Runs offscreen unless DISPLAY is set (e.g. under ``xvfb-run``).  Each shot is a
``Shot(name, prepare)``: ``prepare(window)`` puts the window in the state to
capture and returns the widget to grab (None: the whole window).  Add a shot by
appending to ``SHOTS`` (or by calling ``register_shot`` from another module).
``--language CODE`` shows the window in a shipped language (files end ``_CODE``);
``--only`` takes the named shots alone.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget  # noqa: E402

WINDOW_SIZE = (1360, 860)


@dataclass(frozen=True)
class Shot:
    name: str
    prepare: Callable[["MainWindow"], QWidget | None]  # noqa: F821


SHOTS: list[Shot] = []


def register_shot(name: str, prepare: Callable[..., QWidget | None]) -> None:
    SHOTS.append(Shot(name, prepare))


def settle(app: QApplication, rounds: int = 5) -> None:
    """Let pending work (validation in the pool, layouts, paints) finish."""
    from scheduler_gui.background import wait_for_background_tasks

    for _ in range(rounds):
        wait_for_background_tasks(5000)
        app.processEvents()


def _main_window(window) -> None:
    window.tabs.setCurrentIndex(0)
    return None


def _editor_tab(index: int) -> Callable:
    def prepare(window) -> QWidget | None:
        window.tabs.setCurrentWidget(window.data_editors)
        if isinstance(window.data_editors, QTabWidget):
            window.data_editors.setCurrentIndex(index)
        return None
    return prepare


def _diagnostics_with_problems(window) -> QWidget | None:
    from dataclasses import replace

    from schedule_engine.compiled import compile_problem

    problem = window.document.problem
    # the instructor with the most teaching nobody else can give, away all week but one
    # morning: more to teach than fits
    c = compile_problem(problem)
    sole = [0] * len(problem.instructors)
    for s in range(c.n_sessions):
        if len(c.candidate_instructors(s)) == 1:
            sole[c.candidate_instructors(s)[0]] += int(c.length[s])
    busy = sole.index(max(sole))
    away = frozenset(range(4, problem.time_grid.n_slots))
    instructors = tuple(replace(x, unavailable=away) if i == busy else x
                        for i, x in enumerate(problem.instructors))
    broken = replace(problem, instructors=instructors)
    window.document.set_problem(broken)
    window.diagnostics_panel.revalidate_now()
    # tall enough for the whole message, in the longer languages too
    window.resizeDocks([window.diagnostics_panel], [WINDOW_SIZE[1] // 3], Qt.Orientation.Vertical)
    return None


def default_shots(window) -> list[Shot]:
    shots = [Shot("main_window", _main_window)]
    editors = window.data_editors
    if isinstance(editors, QTabWidget):
        for index in range(editors.count()):
            label = editors.tabText(index).replace("&", "").strip().lower().replace(" ", "_")
            shots.append(Shot(f"editor_{label}", _editor_tab(index)))
    return shots


def _diagnostics_remedies(window) -> QWidget | None:
    """The shortfall of the last shot with its checked remedies, the first one selected."""

    from dataclasses import replace

    from schedule_engine.diagnostics import validate

    # the last shot's instructor, given back all but the last free period a
    # timetable needs: a small shortfall, with more than one way out
    problem = window.document.problem
    busy = next(x for x in problem.instructors if len(x.unavailable) > problem.time_grid.n_slots // 2)
    for start in range(problem.time_grid.n_slots, 0, -1):
        tried = replace(problem, instructors=tuple(
            replace(x, unavailable=frozenset(range(start, problem.time_grid.n_slots))) if x is busy else x
            for x in problem.instructors))
        if any(d.code == "instructor_overload" for d in validate(tried)):
            break
    window.document.set_problem(tried)
    panel = window.diagnostics_panel
    panel.revalidate_now()
    window.resizeDocks([panel], [WINDOW_SIZE[1] // 2], Qt.Orientation.Vertical)
    settle(QApplication.instance())
    remedies = [r for d in panel.model.diagnostics() for r in d.remedies]
    if remedies:
        panel.view.setCurrentIndex(panel.model.remedy_index(remedies[0].id))
    return panel


LAST_SHOTS = [Shot("diagnostics", _diagnostics_with_problems), Shot("diagnostics_remedies", _diagnostics_remedies)]
"""Shots that change the data come after all others."""

from scheduler_gui.timetable.shots import timetable_shots  # noqa: E402

SHOTS.extend(Shot(name, prepare) for name, prepare in timetable_shots())


def take_screenshots(outdir: Path, language: str = "", only: frozenset[str] = frozenset()) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("ScheduleEngineScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(outdir / ".settings"))
    os.environ.setdefault("SCHEDULER_GUI_RECOVERY_DIR", str(outdir / ".recovery"))

    from scheduler_gui.app import apply_system_palette
    from scheduler_gui.main_window import MainWindow
    from scheduler_gui.startup import open_demo

    app.setStyle("Fusion")
    apply_system_palette(app)
    if language:
        from scheduler_gui.i18n.install import install_language
        from scheduler_gui.i18n.languages import shipped_languages

        install_language(app, next(x for x in shipped_languages() if x.code == language))
    window = MainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    if not open_demo(window):
        print("warning: the demo institution is missing; shots show an empty project", file=sys.stderr)
    window.diagnostics_panel.revalidate_now()
    settle(app)
    written = []
    for shot in default_shots(window) + SHOTS + LAST_SHOTS:
        if only and shot.name not in only:
            continue
        target = shot.prepare(window)
        settle(app)
        path = outdir / (f"{shot.name}_{language}.png" if language else f"{shot.name}.png")
        (target or window).grab().save(str(path))
        written.append(path)
        print(path)
    window.document.undo_stack.setClean()
    window.document.replace_project(window.document.project, None)
    window.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--language", default="", help="a shipped language code, e.g. es or ar")
    parser.add_argument("--only", default="", help="comma-separated shot names")
    args = parser.parse_args(argv)
    take_screenshots(args.outdir, args.language, frozenset(filter(None, args.only.split(","))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
