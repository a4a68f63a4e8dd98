"""Calendar files carry the institution's time zone (VTIMEZONE, TZID): the one
stored with its settings, set in the settings form as one undo step, the system's
zone when none is set; a workbook export writes one .xlsx file exactly where the
user asked."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from export_fixtures import small_problem, small_solution
from schedule_engine.project_store import Project
from scheduler_gui.document import ProjectDocument
from scheduler_gui.editors.settings_form import SettingsForm
from scheduler_gui.export.export_dialog import ExportDialog
from scheduler_gui.export.time_zone import institution_zone, system_zone
from shell_fixtures import isolated_settings  # noqa: F401 - fixture

META = {"term": "Spring term 2027", "term_start": "2027-01-11", "term_end": "2027-04-23"}


def _dialog(qtbot, document: ProjectDocument | None = None) -> ExportDialog:
    document = document or ProjectDocument(Project(small_problem(), small_solution(), meta=META))
    widget = ExportDialog(document)
    qtbot.addWidget(widget)
    return widget


def _export(qtbot, dialog: ExportDialog):
    with qtbot.waitSignal(dialog.export_finished, timeout=10000) as finished:
        dialog.start_export()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
    return sorted(finished.args[0].files)


def _calendar(qtbot, dialog: ExportDialog, folder: Path) -> str:
    dialog.set_format("ics")
    dialog.combined_check.setChecked(True)
    dialog.out_edit.setText(str(folder / "cal"))
    files = _export(qtbot, dialog)
    return next(p for p in files if p.suffix == ".ics").read_text(encoding="utf-8")


def test_the_zone_set_in_the_settings_form_is_one_undo_step_and_calendars_carry_it(
        qtbot, isolated_settings, tmp_path: Path):  # noqa: F811
    document = ProjectDocument(Project(small_problem(), small_solution(), meta=META))
    form = SettingsForm(document)
    qtbot.addWidget(form)
    assert form.time_zone.currentData() == "" and system_zone() in form.time_zone.currentText()
    form.time_zone.setEditText("Asia/Kathmandu")
    form.time_zone.lineEdit().editingFinished.emit()
    assert document.problem.settings.time_zone == "Asia/Kathmandu"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Change the time zone"
    dialog = _dialog(qtbot, document)
    dialog.set_format("ics")
    assert dialog.zone_label.text() == "Asia/Kathmandu"
    text = _calendar(qtbot, dialog, tmp_path / "set")
    assert "BEGIN:VTIMEZONE" in text and "TZID:Asia/Kathmandu" in text
    assert "DTSTART;TZID=Asia/Kathmandu:2027" in text
    document.undo_stack.undo()
    assert document.problem.settings.time_zone == ""
    assert form.time_zone.currentData() == ""


def test_a_name_that_is_not_a_zone_is_refused_without_an_undo_step(qtbot, isolated_settings):  # noqa: F811
    document = ProjectDocument(Project(small_problem(), small_solution(), meta=META))
    form = SettingsForm(document)
    qtbot.addWidget(form)
    form.time_zone.setEditText("Mars/Olympus")
    form.time_zone.lineEdit().editingFinished.emit()
    assert document.problem.settings.time_zone == ""
    assert document.undo_stack.count() == 0
    assert "Mars/Olympus" in form.error.text()


def test_without_a_valid_institution_zone_calendars_carry_the_system_zone(
        qtbot, isolated_settings, tmp_path: Path):  # noqa: F811
    problem = small_problem()
    unknown = replace(problem, settings=replace(problem.settings, time_zone="Mars/Olympus"))
    assert institution_zone(unknown) == institution_zone(problem) == system_zone()
    dialog = _dialog(qtbot)
    dialog.set_format("ics")
    assert dialog.zone_label.text() == system_zone()
    text = _calendar(qtbot, dialog, tmp_path)
    if system_zone().split("/")[-1] in ("UTC", "UCT", "Universal", "Zulu"):  # written as UTC (Z), no VTIMEZONE
        assert "BEGIN:VTIMEZONE" not in text and "TZID" not in text
        assert any(line.startswith("DTSTART:2027") and line.endswith("Z") for line in text.splitlines())
    else:
        assert "BEGIN:VTIMEZONE" in text and f"TZID:{system_zone()}" in text


def test_a_workbook_goes_to_the_one_file_asked_for(qtbot, isolated_settings, tmp_path: Path):  # noqa: F811
    dialog = _dialog(qtbot)
    dialog.set_format("xlsx")
    assert dialog.out_edit.text().endswith(".xlsx")
    target = tmp_path / "exports" / "school timetable.xlsx"
    dialog.out_edit.setText(str(target))
    files = _export(qtbot, dialog)
    assert files == [target]
    assert target.is_file() and target.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in target.parent.iterdir()) == ["school timetable.xlsx"]


@pytest.mark.parametrize("zone", ["UTC"])
def test_system_zone_is_a_known_iana_name(qapp, zone):
    from scheduler_gui.export.time_zone import zone_names

    assert system_zone() in zone_names() and zone in zone_names()


def test_file_print_previews_as_many_pages_as_the_export_dialog_states(
        qtbot, isolated_settings, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    from scheduler_gui.export.printing import TimetablePrintPreview
    from scheduler_gui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    previewed = []
    monkeypatch.setattr(TimetablePrintPreview, "exec", lambda self: previewed.append(len(self.pages)) or 0)
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.replace_project(Project(small_problem(), small_solution(), meta=META), None)
    dialog = ExportDialog(window.document)
    qtbot.addWidget(dialog)
    dialog._update_preview()
    assert dialog.page_count > 0
    window.print_action.trigger()
    assert previewed == [dialog.page_count]
    assert f"of {dialog.page_count} page" in dialog.preview_caption.text()
