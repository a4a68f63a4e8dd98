"""What the main window shows first: the project named on the command line, a
restored crash copy, the project open when the window last closed (unless it
was closed on purpose with File > Close or New), or — on a first start — the
bundled demo institution."""

from __future__ import annotations

import logging
from pathlib import Path

from schedule_engine import load_document
from schedule_engine.project_store import PROJECT_SUFFIX, Project
from scheduler_gui import settings
from scheduler_gui.main_window import MainWindow
from scheduler_gui.recovery import offer_recovery
from scheduler_gui.resources import demo_project_path

log = logging.getLogger(__name__)


def load_demo_project() -> Project | None:
    """The demo institution as a project, or None when it is not bundled/readable."""
    path = demo_project_path()
    if not path.is_file():
        return None
    try:
        problem, solution = load_document(path)
    except Exception as error:  # noqa: BLE001 - an unreadable demo just means no demo
        log.warning("could not read the demo institution: %s", error)
        return None
    return Project(problem=problem, solution=solution)


def open_demo(window: MainWindow) -> bool:
    project = load_demo_project()
    if project is None:
        return False
    window.document.replace_project(project, None)
    return True


def open_path(window: MainWindow, path: Path, *, ask: bool = False) -> bool:
    """Open a project file, or import a campus folder, .ctt or engine JSON;
    ``ask``: offer to save the open project first."""
    path = Path(path)
    if path.suffix.lower() == PROJECT_SUFFIX or not path.exists():
        if ask:
            return window.file_actions.open_project(path)
        return window.file_actions.load(path)
    return window.importer.import_path(path)


def open_initial_project(window: MainWindow, project_path: Path | None) -> None:
    if project_path is not None:
        open_path(window, project_path)
        return
    if offer_recovery(window, window.document, window.autosaver.folder):
        return
    last = settings.get_setting("files/last_open")
    if last and Path(last).is_file() and window.file_actions.load(Path(last)):
        return
    if not settings.recent_files():
        open_demo(window)
