"""Files the system hands to the running application (macOS file-open events)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from schedule_engine.project.writer import save_project
from scheduler_gui.file_open_events import FileOpenHandler
from scheduler_gui.main_window import MainWindow
from shell_fixtures import isolated_settings, main_window, small_project  # noqa: F401


def test_a_file_open_event_opens_the_project(main_window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "other.sched"
    save_project(path, small_project("Other school"))
    handler = FileOpenHandler(main_window)
    app = QApplication.instance()
    app.installEventFilter(handler)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(path)))
    finally:
        app.removeEventFilter(handler)
    assert main_window.document.path == path
    assert main_window.document.problem.name == "Other school"


def test_a_file_open_event_for_a_missing_file_leaves_the_project(main_window: MainWindow, tmp_path: Path,
                                                                 monkeypatch) -> None:
    from scheduler_gui import error_dialog

    shown = []
    monkeypatch.setattr(error_dialog, "show_error", lambda *args, **kwargs: shown.append(args[1]))
    before = main_window.document.project
    handler = FileOpenHandler(main_window)
    handled = handler.eventFilter(QApplication.instance(), QFileOpenEvent(str(tmp_path / "gone.sched")))
    assert handled
    assert main_window.document.project is before
    assert shown == ["Could not open gone.sched"]
