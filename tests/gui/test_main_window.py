"""The main window: title and modified mark, closing with unsaved changes,
hooks for other panels, window state, the demo on first start."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from schedule_engine.model import Room
from scheduler_gui.editors.commands import EditProblemCommand
from scheduler_gui.main_window import MainWindow
from scheduler_gui.startup import open_initial_project
from shell_fixtures import isolated_settings, main_window, small_project  # noqa: F401


def push_edit(window: MainWindow) -> None:
    before = window.document.problem
    after = replace(before, rooms=before.rooms + (Room("R9", "New room", 10),))
    window.document.push(EditProblemCommand(window.document, before, after, "Add room"))


def test_title_shows_name_and_modified_mark_after_an_edit(main_window: MainWindow) -> None:
    assert main_window.windowTitle().startswith("Small school[*]")
    assert not main_window.isWindowModified()
    push_edit(main_window)
    assert main_window.isWindowModified()
    main_window.undo_action.trigger()
    assert not main_window.isWindowModified()
    assert main_window.document.problem.room("R9") is None


def test_undo_and_redo_actions_come_from_the_document_stack(main_window: MainWindow) -> None:
    assert not main_window.undo_action.isEnabled()
    push_edit(main_window)
    assert main_window.undo_action.isEnabled()
    assert "Add room" in main_window.undo_action.text()
    main_window.undo_action.trigger()
    main_window.redo_action.trigger()
    assert main_window.document.problem.room("R9") is not None


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_it_open(
        main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args) or QMessageBox.StandardButton.Cancel)
    push_edit(main_window)
    assert not main_window.close()
    assert main_window.isVisible()
    assert len(asked) == 1
    assert main_window.document.problem.room("R9") is not None


def test_discard_closes_without_saving(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    push_edit(main_window)
    assert main_window.close()
    assert not main_window.isVisible()


def test_closing_a_clean_project_asks_nothing(main_window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked a question"))
    assert main_window.close()


def test_window_geometry_and_state_are_saved_on_close_and_restored(
        qtbot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from scheduler_gui import settings

    main_window.close()
    saved_geometry = settings.get_setting("window/geometry")
    saved_state = settings.get_setting("window/state")
    assert not saved_geometry.isEmpty() and not saved_state.isEmpty()
    restored = []
    monkeypatch.setattr(MainWindow, "restoreGeometry", lambda self, data: restored.append(data) or True)
    monkeypatch.setattr(MainWindow, "restoreState", lambda self, data, version=0: restored.append(data) or True)
    again = MainWindow()
    qtbot.addWidget(again)
    assert restored == [saved_geometry, saved_state]


def test_status_bar_counts_groups_and_courses(main_window: MainWindow) -> None:
    assert "1 groups" in main_window.counts_label.text()
    assert "1 courses" in main_window.counts_label.text()
    assert "2 sessions" in main_window.counts_label.text()


def test_timetable_hook_replaces_the_placeholder(main_window: MainWindow) -> None:
    view = QLabel("timetable view")
    main_window.set_timetable_widget(view)
    main_window.tabs.setCurrentIndex(1)
    assert view.isVisible()


def test_add_dock_lists_the_dock_in_the_view_menu(main_window: MainWindow) -> None:
    panel = QLabel("runs")
    panel.setWindowTitle("Runs")
    dock = main_window.add_dock(panel, Qt.DockWidgetArea.RightDockWidgetArea)
    assert dock.widget() is panel
    assert dock.toggleViewAction() in main_window.view_menu.actions()


def test_solve_action_has_f5_and_is_ready_while_no_run_goes_on(main_window: MainWindow) -> None:
    assert main_window.solve_action.shortcut().toString() == "F5"
    assert main_window.solve_action.isEnabled()
    assert not main_window.stop_action.isEnabled()


def test_about_names_the_version(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    main_window.about_action.trigger()
    from scheduler_gui.help_actions import app_version

    assert app_version() in shown[0] and app_version() != "unknown"


def test_first_start_opens_the_demo_as_an_untitled_project(qtbot, isolated_settings) -> None:
    from scheduler_gui.resources import demo_project_path

    if not demo_project_path().is_file():
        pytest.skip("the demo institution is not bundled")
    window = MainWindow()
    qtbot.addWidget(window)
    open_initial_project(window, None)
    assert window.document.path is None
    assert len(window.document.problem.courses) > 5
    assert not window.document.modified


def test_a_project_named_on_the_command_line_is_opened(qtbot, isolated_settings, tmp_path) -> None:
    from schedule_engine.project_store import save_project

    path = tmp_path / "given.sched"
    save_project(path, small_project("Given school"))
    window = MainWindow()
    qtbot.addWidget(window)
    open_initial_project(window, path)
    assert window.document.path == path
    assert window.document.problem.name == "Given school"


def test_export_and_selftest_options_are_handed_to_their_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from scheduler_gui import __main__ as entry

    received = []
    fake = types.ModuleType("scheduler_gui.selftest")
    fake.main = lambda argv: received.append(argv) or 3
    monkeypatch.setitem(sys.modules, "scheduler_gui.selftest", fake)
    assert entry.main(["--selftest", "--quick"]) == 3
    assert received == [["--selftest", "--quick"]]
    assert entry.dispatch_module(["x.sched"]) is None
    assert entry.dispatch_module(["--export=pdf"]) == "scheduler_gui.cli_export"


def test_dropping_a_ctt_file_imports_it(main_window: MainWindow, datasets_dir, monkeypatch) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(datasets_dir / "itc2007-cbctt" / "comp01.ctt"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    main_window.dropEvent(event)
    assert len(main_window.document.problem.courses) == 30


def test_file_menu_opens_the_export_dialog_and_print_preview(qtbot, monkeypatch):
    from scheduler_gui.main_window import MainWindow
    import scheduler_gui.export.export_dialog as export_dialog
    import scheduler_gui.export.printing as printing

    opened = []
    monkeypatch.setattr(export_dialog, "open_export_dialog",
                        lambda document, parent=None: opened.append(("export", document)) or 0)
    monkeypatch.setattr(printing, "open_print_preview",
                        lambda problem, solution, options, parent=None:
                        opened.append(("print", options.header.institution)) or 0)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.export_timetable_action in window.file_menu.actions()
    assert window.print_action in window.file_menu.actions()
    window.export_timetable_action.trigger()
    window.print_action.trigger()
    assert opened[0] == ("export", window.document)
    assert opened[1][0] == "print" and opened[1][1]
