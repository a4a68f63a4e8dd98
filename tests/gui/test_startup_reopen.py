"""The next start reopens the project open at the last close (not one closed on
purpose with File > Close), with the window's size and dock layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from scheduler_gui import settings
from scheduler_gui.main_window import MainWindow
from scheduler_gui.startup import open_initial_project
from shell_fixtures import isolated_settings, small_project  # noqa: F401


@pytest.fixture
def discard_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def _saved_window(qtbot, path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.replace_project(small_project(), None)
    window.show()
    assert window.file_actions.save_to(path)
    return window


def _next_start(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    open_initial_project(window, None)
    return window


def test_the_last_project_is_reopened_with_size_and_layout(qtbot, isolated_settings, discard_questions,
                                                           tmp_path: Path):
    path = tmp_path / "school.sched"
    first = _saved_window(qtbot, path)
    first.resize(720, 520)  # inside the offscreen screen (800 x 600)
    first.removeDockWidget(first.reports_panel)
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.reports_panel)
    first.reports_panel.show()
    size = first.size()
    default = MainWindow()
    qtbot.addWidget(default)
    assert size != default.size()  # a size of its own, not the default one
    assert first.close()
    assert settings.get_setting("files/last_open") == str(path.resolve())

    second = _next_start(qtbot)
    assert second.document.path == path
    assert second.document.problem.name == small_project().problem.name
    assert second.size() == size
    assert second.dockWidgetArea(second.reports_panel) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_a_project_closed_on_purpose_is_not_reopened(qtbot, isolated_settings, discard_questions,
                                                     tmp_path: Path):
    path = tmp_path / "school.sched"
    first = _saved_window(qtbot, path)
    first.close_action.trigger()  # File > Close
    assert first.document.path is None
    assert first.close()
    assert settings.get_setting("files/last_open") == ""

    second = _next_start(qtbot)
    assert second.document.path is None
    assert second.document.problem.name != small_project().problem.name
