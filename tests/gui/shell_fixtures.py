"""Fixtures shared by the application shell's tests: settings and recovery
folders kept in the test's temporary folder, small projects, a main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from schedule_engine.model import (
    Course,
    CourseComponent,
    Group,
    Instructor,
    Period,
    Problem,
    Room,
    TimeGrid,
)
from schedule_engine.project_store import Project
from scheduler_gui.background import wait_for_background_tasks


@pytest.fixture
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Path:
    """QSettings and recovery copies live under tmp_path for this test only."""
    folder = tmp_path / "settings"
    QCoreApplication.setOrganizationName("ScheduleEngineTests")
    QCoreApplication.setApplicationName("shell-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("SCHEDULER_GUI_RECOVERY_DIR", str(tmp_path / "recovery"))
    yield folder
    wait_for_background_tasks(5000)


def small_problem(name: str = "Small school") -> Problem:
    periods = tuple(Period(f"P{i + 1}", f"{8 + i:02d}:00", f"{8 + i:02d}:50") for i in range(4))
    grid = TimeGrid(days=("Mon", "Tue", "Wed"), periods=periods)
    return Problem(
        name=name,
        time_grid=grid,
        rooms=(Room("R1", "Room one", 30), Room("R2", "Room two", 20, features={"projector"})),
        instructors=(Instructor("T1", "Ada", {("MATH", "lecture")}),),
        groups=(Group("G1", "Group one", 25, ("MATH",)),),
        courses=(Course("MATH", "Mathematics", (CourseComponent("lecture", 2),)),),
    )


def small_project(name: str = "Small school") -> Project:
    return Project(problem=small_problem(name))


@pytest.fixture
def main_window(qtbot, isolated_settings, monkeypatch: pytest.MonkeyPatch):
    """A main window holding the small project (not saved yet).

    Questions are answered "Discard" unless a test patches them otherwise, so
    closing the window at teardown never blocks.
    """
    from PySide6.QtWidgets import QMessageBox

    from scheduler_gui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.replace_project(small_project(), None)
    window.show()
    return window


class ErrorCatcher:
    """Stands in for error_dialog.show_error and records what it was asked to show."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, BaseException]] = []

    def __call__(self, parent, title: str, error: BaseException) -> None:
        self.calls.append((title, error))


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> ErrorCatcher:
    from scheduler_gui import error_dialog

    catcher = ErrorCatcher()
    monkeypatch.setattr(error_dialog, "show_error", catcher)
    return catcher
