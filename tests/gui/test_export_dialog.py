"""The Export dialog: choices, live preview, exports in a worker thread with
progress and Cancel, clear messages on bad choices."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from export_fixtures import GROUPS, INSTRUCTORS, ROOMS, small_problem, small_solution
from schedule_engine.project_store import Project
from scheduler_gui.document import ProjectDocument
from scheduler_gui.export import export_dialog as dialog_module
from scheduler_gui.export.export_dialog import ExportDialog
from scheduler_gui.export.pdf_export import ExportCancelled
from shell_fixtures import isolated_settings  # noqa: F401 - fixture

META = {"term": "Spring term 2027", "term_start": "2027-01-11", "term_end": "2027-04-23"}


@pytest.fixture
def dialog(qtbot, isolated_settings, tmp_path: Path):  # noqa: F811
    document = ProjectDocument(Project(small_problem(), small_solution(), meta=META))
    widget = ExportDialog(document)
    qtbot.addWidget(widget)
    widget.out_edit.setText(str(tmp_path / "out" / "booklet.pdf"))
    yield widget
    if widget.job is not None:  # a test that failed part-way: stop the worker before Qt tears down
        widget.job.cancel()
        widget.job.wait()


def _wait_idle(qtbot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)


def test_defaults_come_from_the_project(dialog: ExportDialog):
    assert dialog.fmt == "pdf"
    kinds, ids = dialog.picker.selection()
    assert kinds == ("group", "instructor", "room")
    assert ids["group"] == list(GROUPS) and ids["room"] == list(ROOMS)
    assert dialog.term_start_edit.date().toString(Qt.DateFormat.ISODate) == "2027-01-11"
    assert dialog.term_name_edit.text() == "Spring term 2027"
    assert dialog.print_options().header.term == "Spring term 2027, 11 Jan 2027 – 23 Apr 2027"
    assert dialog.status_label.text() == "All 7 sessions are placed."


def test_preview_shows_the_first_page_and_follows_the_choices(qtbot, dialog: ExportDialog):
    pixmap = dialog.preview_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() > pixmap.height()
    entity_pages = len(GROUPS) + len(INSTRUCTORS) + len(ROOMS)
    assert dialog.page_count == entity_pages + 1 + 4  # week overview, four reports
    dialog.picker.set_kind_checked("room", False)
    dialog.reports_check.setChecked(False)
    qtbot.waitUntil(lambda: dialog.page_count == len(GROUPS) + len(INSTRUCTORS) + 1, timeout=3000)
    assert f"First page of {dialog.page_count} pages" in dialog.preview_caption.text()
    for kind in ("group", "instructor"):
        dialog.picker.set_kind_checked(kind, False)
    dialog.overview_combo.setCurrentIndex(dialog.overview_combo.findData("none"))
    qtbot.waitUntil(lambda: dialog.preview_caption.text() == "", timeout=3000)
    assert dialog.preview_label.text() == "Nothing chosen to print."
    assert dialog.page_count == 0


def test_pdf_export_runs_in_the_background_and_writes_the_selection(qtbot, dialog: ExportDialog, tmp_path: Path):
    dialog.picker.set_kind_checked("instructor", False)
    dialog.picker.set_entity_checked("room", "LAB2", False)
    dialog.overview_combo.setCurrentIndex(dialog.overview_combo.findData("none"))
    dialog.reports_check.setChecked(False)
    with qtbot.waitSignal(dialog.export_finished, timeout=10000) as finished:
        assert dialog.start_export()
        assert not dialog.export_button.isEnabled() and dialog.cancel_button.text() == "Cancel"
        assert dialog.progress_bar.maximum() == len(GROUPS) + len(ROOMS) - 1  # the choices just made
    _wait_idle(qtbot, dialog)
    path = tmp_path / "out" / "booklet.pdf"
    assert finished.args[0].files == [path]
    assert len(PdfReader(str(path)).pages) == len(GROUPS) + len(ROOMS) - 1
    assert dialog.result_label.text().startswith(f"Wrote 1 file to {path}")
    dialog._update_preview()  # a preview refresh after the export keeps its outcome on show
    assert dialog.result_label.text().startswith(f"Wrote 1 file to {path}")
    assert dialog.export_button.isEnabled() and dialog.cancel_button.text() == "Close"


def test_cancel_stops_the_export_and_the_gui_stays_responsive(qtbot, dialog: ExportDialog, monkeypatch):
    release = threading.Event()

    def slow_export(problem, solution, request, progress, cancelled):
        progress(1, 3)
        while not cancelled():  # a long export: only Cancel ends it
            release.wait(0.01)
        raise ExportCancelled()

    monkeypatch.setattr(dialog_module, "run_export", slow_export)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.start_export()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() == 1, timeout=5000)  # progress reached the GUI
    assert dialog.progress_bar.isVisible() and dialog.progress_bar.maximum() == 3
    dialog.term_name_edit.setText("Typed while exporting")  # the window still takes input
    assert dialog.term_name_edit.text() == "Typed while exporting"
    with qtbot.waitSignal(dialog.job.cancelled, timeout=5000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    assert dialog.result_label.text() == "Export cancelled; nothing was written."
    assert not dialog.progress_bar.isVisible() and dialog.cancel_button.text() == "Close"
    assert dialog.isVisible()  # Cancel stopped the export, not the dialog


def test_csv_export_writes_into_a_folder_and_disables_pdf_choices(qtbot, dialog: ExportDialog, tmp_path: Path):
    dialog.set_format("csv")
    assert not dialog.picker.isEnabled() and not dialog.paper_combo.isEnabled()
    assert not dialog.print_button.isEnabled()
    assert dialog.out_edit.text().endswith("-csv")
    dialog.out_edit.setText(str(tmp_path / "csv"))
    with qtbot.waitSignal(dialog.export_finished, timeout=10000) as finished:
        dialog.start_export()
    _wait_idle(qtbot, dialog)
    names = sorted(p.name for p in finished.args[0].files)
    assert "timetable.csv" in names
    assert (tmp_path / "csv" / "timetable.csv").read_text(encoding="utf-8").count("\n") >= 8  # header + 7
    assert not [p for p in (tmp_path / "csv").iterdir() if p.name.startswith(".export-")]


def test_ics_export_uses_the_term_dates(qtbot, dialog: ExportDialog, tmp_path: Path):
    dialog.set_format("ics")
    assert dialog.combined_check.isEnabled()
    dialog.combined_check.setChecked(True)
    dialog.out_edit.setText(str(tmp_path / "cal"))
    with qtbot.waitSignal(dialog.export_finished, timeout=10000) as finished:
        dialog.start_export()
    _wait_idle(qtbot, dialog)
    files = sorted(finished.args[0].files)
    assert [p.name for p in files] == ["timetable.ics", "unplaced.txt"]
    text = files[0].read_text(encoding="utf-8")
    assert "DTSTART" in text and "UNTIL=20270423" in text


def test_term_ending_before_it_starts_is_refused(dialog: ExportDialog, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(dialog_module.QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    dialog.set_format("ics")
    dialog.term_end_edit.setDate(dialog.term_start_edit.date().addDays(-1))
    assert not dialog.start_export()
    assert warnings == ["The term ends before it starts."]
    assert dialog.job is None


def test_nothing_chosen_is_refused(dialog: ExportDialog, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(dialog_module.QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    for kind in ("group", "instructor", "room"):
        dialog.picker.set_kind_checked(kind, False)
    dialog.overview_combo.setCurrentIndex(dialog.overview_combo.findData("none"))
    dialog.reports_check.setChecked(False)
    assert not dialog.start_export()  # counts the pages of the choices just made
    assert warnings and warnings[0].startswith("Choose at least one group")
    assert dialog.job is None


def test_a_failed_export_is_shown_as_an_error(qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch):
    shown: list[tuple[str, BaseException]] = []
    from scheduler_gui import error_dialog

    monkeypatch.setattr(error_dialog, "show_error", lambda _parent, title, error: shown.append((title, error)))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog.set_format("html")
    dialog.out_edit.setText(str(blocker / "site"))
    dialog.start_export()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    _wait_idle(qtbot, dialog)
    assert shown[0][0] == "Could not export the timetable" and isinstance(shown[0][1], OSError)
    assert dialog.export_button.isEnabled()
