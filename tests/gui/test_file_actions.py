"""New, Open, Save, Save As and recent files, with patched file dialogs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from schedule_engine.model import Room, Solution, Assignment
from schedule_engine.project_store import Project, ProjectFileError, load_project
from scheduler_gui import settings
from scheduler_gui.editors.commands import EditProblemCommand
from scheduler_gui.main_window import MainWindow
from shell_fixtures import isolated_settings, main_window, shown_errors, small_project  # noqa: F401


def patch_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def patch_open_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def edit(window: MainWindow) -> None:
    before = window.document.problem
    after = replace(before, rooms=before.rooms + (Room("R9", "New room", 10),))
    window.document.push(EditProblemCommand(window.document, before, after, "Add room"))


def test_save_then_open_gives_the_same_project(main_window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    solution = Solution((Assignment("MATH|lecture|G1|0", 3, "R1", "T1"),))
    main_window.document.set_solution(solution)
    edit(main_window)
    original = main_window.document.project
    target = tmp_path / "school"
    patch_save_dialog(monkeypatch, target)
    assert main_window.file_actions.save()  # no path yet: Save As
    saved = tmp_path / "school.sched"
    assert main_window.document.path == saved
    assert not main_window.document.modified
    assert "school.sched" in main_window.windowTitle()

    main_window.file_actions.new_project()
    assert main_window.document.project != original
    patch_open_dialog(monkeypatch, saved)
    assert main_window.file_actions.open_project()
    assert main_window.document.project == original
    assert main_window.document.path == saved
    assert not main_window.document.modified


def test_saving_again_writes_to_the_same_file(main_window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "a.sched"
    assert main_window.file_actions.save_to(path)
    edit(main_window)
    assert main_window.file_actions.save()
    assert load_project(path).problem.room("R9") is not None


def test_recent_files_list_is_updated_and_capped(main_window: MainWindow, tmp_path: Path) -> None:
    paths = [tmp_path / f"p{i}.sched" for i in range(12)]
    for path in paths:
        assert main_window.file_actions.save_to(path)
    recent = settings.recent_files()
    assert len(recent) == settings.MAX_RECENT_FILES
    assert recent[0] == paths[-1].resolve()
    main_window.file_actions.recent_menu.aboutToShow.emit()
    titles = [a.text() for a in main_window.file_actions.recent_menu.actions()]
    assert titles[0].endswith("p11.sched")


@pytest.mark.parametrize("content", [b"SQLite format 3\x00" + b"\x00" * 200, b"Name: comp01\nCourses: 3\n"])
def test_a_damaged_or_foreign_file_shows_an_error_and_keeps_the_project(
        main_window: MainWindow, tmp_path: Path, shown_errors, content: bytes,
        monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.sched"
    bad.write_bytes(content)
    before = main_window.document.project
    patch_open_dialog(monkeypatch, bad)
    assert not main_window.file_actions.open_project()
    assert len(shown_errors.calls) == 1
    title, error = shown_errors.calls[0]
    assert "bad.sched" in title
    assert isinstance(error, ProjectFileError)
    assert main_window.document.project is before
    assert main_window.document.path is None


def test_opening_a_missing_recent_file_removes_it(main_window: MainWindow, tmp_path: Path,
                                                  shown_errors) -> None:
    path = tmp_path / "gone.sched"
    assert main_window.file_actions.save_to(path)
    path.unlink()
    assert not main_window.file_actions.load(path)
    assert path.resolve() not in settings.recent_files()
    assert shown_errors.calls


def test_open_asks_to_save_unsaved_changes_first(main_window: MainWindow, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    edit(main_window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: pytest.fail("dialog shown"))
    assert not main_window.file_actions.open_project()
    assert main_window.document.modified


def test_save_failure_is_shown_and_the_project_stays_modified(
        main_window: MainWindow, tmp_path: Path, shown_errors) -> None:
    edit(main_window)
    assert not main_window.file_actions.save_to(tmp_path / "no such folder" / "a.sched")
    assert shown_errors.calls
    assert main_window.document.modified


def test_new_project_is_empty_and_untitled(main_window: MainWindow) -> None:
    main_window.file_actions.new_project()
    assert main_window.document.problem.courses == ()
    assert main_window.document.path is None
    assert isinstance(main_window.document.project, Project)


def test_busy_indicator_shows_while_saving(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    seen = []
    main_window.file_actions.busy_changed.connect(seen.append)
    main_window.file_actions.save_to(tmp_path / "x.sched")
    assert seen == [True, False]
    assert not main_window.busy_bar.isVisible()


def test_clear_recent_list(main_window: MainWindow, tmp_path: Path) -> None:
    assert main_window.file_actions.save_to(tmp_path / "a.sched")
    menu = main_window.file_actions.recent_menu
    menu.aboutToShow.emit()
    clear = next(a for a in menu.actions() if a.text() == "Clear list")
    clear.trigger()
    assert settings.recent_files() == []
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["No recent projects"]


def test_the_window_is_locked_while_a_file_is_read(main_window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from PySide6.QtCore import QTimer

    path = tmp_path / "a.sched"
    assert main_window.file_actions.save_to(path)
    reading = threading.Event()
    checked = threading.Event()
    seen = []

    def slow_load(p):  # runs in a pool thread: touches no widget
        reading.set()
        checked.wait(10)
        return load_project(p)

    def check_while_reading() -> None:  # runs in the GUI thread, inside the wait
        reading.wait(10)
        seen.append((main_window.tabs.isEnabled(), main_window.diagnostics_panel.isEnabled(),
                     main_window.close()))
        checked.set()

    monkeypatch.setattr("scheduler_gui.file_actions.load_project", slow_load)
    QTimer.singleShot(0, check_while_reading)
    assert main_window.file_actions.load(path)
    assert seen == [(False, False, False)]  # nothing to click, and no closing mid-read
    assert main_window.tabs.isEnabled() and main_window.isVisible()
