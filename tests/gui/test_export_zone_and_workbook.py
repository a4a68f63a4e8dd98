"""Calendar files carry the institution's time zone (VTIMEZONE, TZID), the
system's zone by default and the chosen one remembered; a workbook export
writes one .xlsx file exactly where the user asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from export_fixtures import small_problem, small_solution
from schedule_engine.project_store import Project
from scheduler_gui import settings
from scheduler_gui.document import ProjectDocument
from scheduler_gui.export.export_dialog import ExportDialog
from scheduler_gui.export.time_zone import system_zone
from shell_fixtures import isolated_settings  # noqa: F401 - fixture

META = {"term": "Spring term 2027", "term_start": "2027-01-11", "term_end": "2027-04-23"}


def _dialog(qtbot) -> ExportDialog:
    widget = ExportDialog(ProjectDocument(Project(small_problem(), small_solution(), meta=META)))
    qtbot.addWidget(widget)
    return widget


def _export(qtbot, dialog: ExportDialog):
    with qtbot.waitSignal(dialog.export_finished, timeout=10000) as finished:
        dialog.start_export()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
    return sorted(finished.args[0].files)


def test_the_zone_defaults_to_the_system_and_calendars_carry_the_chosen_one(
        qtbot, isolated_settings, tmp_path: Path):  # noqa: F811
    dialog = _dialog(qtbot)
    dialog.set_format("ics")
    assert dialog.zone_combo.isEnabled()
    assert dialog.zone_combo.currentText() == system_zone()
    dialog.zone_combo.setCurrentText("Asia/Kathmandu")
    dialog.combined_check.setChecked(True)
    dialog.out_edit.setText(str(tmp_path / "cal"))
    files = _export(qtbot, dialog)
    text = next(p for p in files if p.suffix == ".ics").read_text(encoding="utf-8")
    assert "BEGIN:VTIMEZONE" in text and "TZID:Asia/Kathmandu" in text
    assert "DTSTART;TZID=Asia/Kathmandu:2027" in text
    assert settings.get_setting("export/time_zone") == "Asia/Kathmandu"
    assert _dialog(qtbot).zone_combo.currentText() == "Asia/Kathmandu"


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
