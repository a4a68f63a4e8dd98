"""File > Import and File > Export data: whole-data formats, one table from CSV
or XLSX with a column mapping, and failed imports that change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from schedule_engine.errors import InvalidInputError
from schedule_engine.io.engine_json import load_document
from schedule_engine.io.workbook import read_workbook
from scheduler_gui.main_window import MainWindow
from scheduler_gui.table_import_dialog import TableImportDialog
from shell_fixtures import isolated_settings, main_window, shown_errors, small_problem  # noqa: F401


@pytest.fixture
def no_warning_dialogs(monkeypatch: pytest.MonkeyPatch) -> list:
    from scheduler_gui import error_dialog

    warnings: list = []
    monkeypatch.setattr(error_dialog, "show_warnings", lambda parent, title, diags: warnings.append(diags))
    return warnings


def test_import_campus_folder_replaces_the_project(main_window: MainWindow, datasets_dir: Path,
                                                   monkeypatch, no_warning_dialogs) -> None:
    folder = datasets_dir / "seed-campus"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    main_window.importer.ask_reading = lambda parent: "round-up"
    main_window.importer.campus_action.trigger()
    problem = main_window.document.problem
    assert len(problem.courses) > 10 and len(problem.rooms) > 5
    assert main_window.document.path is None
    assert main_window.document.undo_stack.count() == 0


def test_import_ctt(main_window: MainWindow, datasets_dir: Path, monkeypatch) -> None:
    path = datasets_dir / "itc2007-cbctt" / "comp01.ctt"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    main_window.importer.ctt_action.trigger()
    assert main_window.document.problem.settings.profile == "itc2007"
    assert len(main_window.document.problem.courses) == 30


def test_a_broken_file_shows_every_problem_and_changes_nothing(
        main_window: MainWindow, tmp_path: Path, shown_errors) -> None:
    broken = tmp_path / "broken.ctt"
    broken.write_text("Name: broken\nCourses: two\n")
    before = main_window.document.project
    assert not main_window.importer.import_path(broken)
    (title, error), = shown_errors.calls
    assert "broken.ctt" in title
    assert isinstance(error, InvalidInputError)
    assert any("broken.ctt" in d.location for d in error.diagnostics)
    assert main_window.document.project is before


def test_cancelling_the_save_question_cancels_the_import(main_window: MainWindow, datasets_dir: Path,
                                                         monkeypatch) -> None:
    from test_file_actions import edit

    edit(main_window)
    before = main_window.document.project
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not main_window.importer.import_path(datasets_dir / "itc2007-cbctt" / "comp01.ctt")
    assert main_window.document.project is before


def test_export_engine_json_then_import_gives_the_same_data(main_window: MainWindow, tmp_path: Path,
                                                            monkeypatch) -> None:
    path = tmp_path / "export.json"
    assert main_window.exporter.export("json", path)
    assert load_document(path)[0] == small_problem()
    main_window.file_actions.new_project()
    assert main_window.importer.import_engine_json(path)
    assert main_window.document.problem == small_problem()


def test_export_xlsx_workbook_reads_back_to_the_same_problem(main_window: MainWindow, tmp_path: Path,
                                                             monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "data"), ""))
    main_window.exporter.xlsx_action.trigger()
    assert read_workbook(tmp_path / "data.xlsx") == main_window.document.problem


def write_rooms_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(["Code,Room name,Seats,Wing"] + rows) + "\n", encoding="utf-8")
    return path


def test_table_import_maps_columns_and_is_one_undo_step(qtbot, main_window: MainWindow,
                                                         tmp_path: Path, qtmodeltester) -> None:
    csv = write_rooms_csv(tmp_path / "rooms.csv", ["R1,Room one renamed,35,North", "R3,Hall,120,South"])
    dialog = TableImportDialog(main_window.document.problem, csv, main_window)
    qtbot.addWidget(dialog)
    assert dialog.kind == "room"
    assert dialog.mapping() == {"Code": "id", "Room name": "name", "Seats": "capacity", "Wing": ""}
    dialog.set_mapping("Wing", "building")
    qtmodeltester.check(dialog.preview_model)
    assert dialog.preview_model.rowCount() == 2
    assert dialog.preview_model.headerData(3, Qt.Orientation.Horizontal) == "Wing → Building"
    original = main_window.document.problem
    dialog.accept()
    assert main_window.importer.apply_table_import(dialog)
    problem = main_window.document.problem
    assert problem.room("R1").name == "Room one renamed" and problem.room("R1").capacity == 35
    assert problem.room("R1").building == "North"
    assert problem.room("R3").capacity == 120
    assert problem.room("R2") == original.room("R2")
    assert main_window.document.undo_stack.count() == 1
    main_window.undo_action.trigger()
    assert main_window.document.problem == original


def test_table_import_names_bad_rows_and_columns_and_changes_nothing(
        qtbot, main_window: MainWindow, tmp_path: Path, shown_errors) -> None:
    csv = write_rooms_csv(tmp_path / "rooms.csv", ["R5,Ok,10,A", "R6,Bad,lots,B", ",No id,5,C"])
    dialog = TableImportDialog(main_window.document.problem, csv, main_window)
    qtbot.addWidget(dialog)
    before = main_window.document.problem
    dialog.accept()
    assert dialog.result_of_merge is None
    (title, error), = shown_errors.calls
    places = {(d.location, d.field) for d in error.diagnostics}
    assert ("rooms.csv, row 3", "Capacity") in places
    assert ("rooms.csv, row 4", "ID") in places
    assert main_window.document.problem is before
    assert main_window.document.undo_stack.count() == 0


def test_table_import_from_an_xlsx_sheet(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    from schedule_engine.io.workbook import write_workbook

    path = tmp_path / "other.xlsx"
    other = small_problem("Other")
    write_workbook(path, other)
    dialog = TableImportDialog(main_window.document.problem, path, main_window)
    qtbot.addWidget(dialog)
    dialog.sheet_combo.setCurrentText("Courses")
    assert dialog.kind == "course"
    dialog.accept()
    assert dialog.result_of_merge is not None
    assert dialog.result_of_merge.updated == ("MATH",)


def test_semicolon_csv_of_instructors_is_recognised_and_merged(tmp_path: Path) -> None:
    from scheduler_gui.table_import import guess_kind, guess_mapping, merge_table, read_table_file

    path = tmp_path / "staff.csv"
    path.write_text("ID;Name;Qualifications;Max periods per day\n"
                    "T1;Ada L.;MATH:lecture; \nT2;Grace;MATH:lecture;3\n", encoding="utf-8")
    table = read_table_file(path)
    assert table.columns == ("ID", "Name", "Qualifications", "Max periods per day")
    assert guess_kind(table.columns) == "instructor"
    result = merge_table(small_problem(), "instructor", table, guess_mapping("instructor", table.columns))
    assert result.added == ("T2",) and result.updated == ("T1",)
    assert result.problem.instructor("T1").name == "Ada L."
    assert result.problem.instructor("T2").max_periods_per_day == 3
    assert result.problem.instructor("T2").is_qualified("MATH", "lecture")


def test_an_unreadable_table_file_is_an_input_error(tmp_path: Path) -> None:
    from scheduler_gui.table_import import read_table_file

    path = tmp_path / "rooms.xlsx"
    path.write_bytes(b"not a workbook")
    with pytest.raises(InvalidInputError, match="cannot be read"):
        read_table_file(path)
