"""File > Export timetable: format, pages, paper, term dates and where to write,
with a live preview of the first page.

The export runs in a worker thread (:class:`ExportJob`); the progress bar
follows it and Cancel stops it before its next page, leaving nothing
half-written.  The GUI stays responsive throughout.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from schedule_engine.export.presentation import safe_file_stem
from schedule_engine.export.views import ExportResult

from scheduler_gui import settings
from scheduler_gui.export.time_zone import institution_zone
from scheduler_gui.i18n import translate
from scheduler_gui.document import ProjectDocument
from scheduler_gui.export.document_painter import render_page_image
from scheduler_gui.export.entity_picker import EntityPicker
from scheduler_gui.export.export_job import ExportJob
from scheduler_gui.export.export_runner import EXPORT_FORMATS, ExportRequest, pdf_target, run_export
from scheduler_gui.export.headless import parse_meta_date, printed_today, term_label
from scheduler_gui.export.page_frame import PageHeader
from scheduler_gui.export.pages import PrintOptions, missing_summary, plan_pages

PREVIEW_WIDTH = 560
OVERVIEWS = {"week": QT_TRANSLATE_NOOP("ExportDialog", "One week overview of all groups"),
             "day": QT_TRANSLATE_NOOP("ExportDialog", "One overview page per day"),
             "none": QT_TRANSLATE_NOOP("ExportDialog", "No overview")}
TERM_WEEKS = 15


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    """Choose and run a timetable export of the open project."""

    export_finished = Signal(object)
    """The :class:`ExportResult` of a completed export."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export timetable"))
        self.document = document
        self.job: ExportJob | None = None
        self.last_result: ExportResult | None = None
        self.page_count = 0
        self._close_when_done = False
        self._auto_name = ""
        self._preview_timer = QTimer(self, singleShot=True, interval=120)
        self._preview_timer.timeout.connect(self._update_preview)
        self._build()
        self._load_defaults()
        self._connect()
        self._update_format()
        self._update_preview()

    # -- layout -----------------------------------------------------------
    def _build(self) -> None:
        self.format_combo = QComboBox()
        for key, label in EXPORT_FORMATS.items():
            self.format_combo.addItem(translate("ExportDialog", label), key)
        self.picker = EntityPicker()
        self.picker.setMinimumHeight(150)
        self.overview_combo = QComboBox()
        for key, label in OVERVIEWS.items():
            self.overview_combo.addItem(translate("ExportDialog", label), key)
        self.reports_check = QCheckBox(translate("ExportDialog", "Report pages: room use, instructor and group load"))
        self.paper_combo = QComboBox()
        self.paper_combo.addItem("A4", "A4")
        self.paper_combo.addItem(translate("ExportDialog", "Letter"), "Letter")
        self.term_name_edit = QLineEdit()
        self.term_name_edit.setPlaceholderText(translate("ExportDialog", "e.g. Autumn term 2026"))
        self.term_start_edit = QDateEdit(calendarPopup=True, displayFormat="d MMM yyyy")
        self.term_end_edit = QDateEdit(calendarPopup=True, displayFormat="d MMM yyyy")
        self.combined_check = QCheckBox(translate("ExportDialog", "One calendar file for everything"))
        self.zone_label = QLabel()
        """The institution's time zone (set in the institution settings)."""
        self.zone_label.setToolTip(translate("ExportDialog", "Calendar events carry the institution's time zone; "
                                             "change it in the institution settings."))
        self.out_edit = QLineEdit()
        self.browse_button = QPushButton(translate("ExportDialog", "Browse…"))
        self.status_label = QLabel(wordWrap=True)
        """What the timetable lacks (sessions not placed)."""
        self.result_label = QLabel(wordWrap=True)
        """The outcome of the last export."""

        pages_box = QGroupBox(translate("ExportDialog", "PDF and printing"))
        pages_form = QFormLayout(pages_box)
        pages_form.addRow(translate("ExportDialog", "Week pages for:"), self.picker)
        pages_form.addRow(translate("ExportDialog", "Overview:"), self.overview_combo)
        pages_form.addRow("", self.reports_check)
        pages_form.addRow(translate("ExportDialog", "Paper:"), self.paper_combo)
        term_box = QGroupBox(translate("ExportDialog", "Term"))
        term_form = QFormLayout(term_box)
        term_form.addRow(translate("ExportDialog", "Name:"), self.term_name_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.term_start_edit)
        dates.addWidget(QLabel(translate("ExportDialog", "to")))
        dates.addWidget(self.term_end_edit)
        term_form.addRow(translate("ExportDialog", "Dates:"), dates)
        term_form.addRow("", self.combined_check)
        term_form.addRow(translate("ExportDialog", "Time zone:"), self.zone_label)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.browse_button)
        top_form = QFormLayout()
        top_form.addRow(translate("ExportDialog", "Format:"), self.format_combo)
        top_form.addRow(translate("ExportDialog", "Save to:"), out_row)

        left = QVBoxLayout()
        left.addLayout(top_form)
        left.addWidget(pages_box, 1)
        left.addWidget(term_box)
        left.addWidget(self.status_label)
        left.addWidget(self.result_label)

        self.preview_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setMinimumSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * 0.71))
        self.preview_label.setStyleSheet("QLabel { background: #8a8f94; padding: 8px; }")
        self.preview_caption = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        right = QVBoxLayout()
        right.addWidget(self.preview_label, 1)
        right.addWidget(self.preview_caption)

        body = QHBoxLayout()
        body.addLayout(left, 0)
        body.addLayout(right, 1)

        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.print_button = QPushButton(translate("ExportDialog", "Print…"))
        self.export_button = QPushButton(translate("ExportDialog", "Export"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(translate("ExportDialog", "Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 3)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

    def _load_defaults(self) -> None:
        meta = self.document.project.meta
        problem = self.document.problem
        self.picker.set_problem(problem)
        self.overview_combo.setCurrentIndex(self.overview_combo.findData("week"))
        self.reports_check.setChecked(True)
        start = parse_meta_date(meta, "term_start") or date.today()
        end = parse_meta_date(meta, "term_end") or start + timedelta(weeks=TERM_WEEKS)
        self.term_start_edit.setDate(_qdate(start))
        self.term_end_edit.setDate(_qdate(end))
        self.term_name_edit.setText(str(meta.get("term", "") or ""))
        folder = Path(settings.last_directory() or Path.home())
        self._auto_name = self._default_name()
        self.out_edit.setText(str(folder / self._auto_name))

    def _connect(self) -> None:
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        for signal in (self.picker.selection_changed, self.overview_combo.currentIndexChanged,
                       self.reports_check.toggled, self.paper_combo.currentIndexChanged,
                       self.term_name_edit.textChanged, self.term_start_edit.dateChanged,
                       self.term_end_edit.dateChanged):
            signal.connect(self._schedule_preview)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.export_button.clicked.connect(self.start_export)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)

    # -- choices ----------------------------------------------------------
    @property
    def fmt(self) -> str:
        return self.format_combo.currentData()

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    def _default_name(self) -> str:
        stem = safe_file_stem(self.document.display_name.removesuffix(".sched"), set())
        if self.fmt in ("pdf", "xlsx"):  # one file each
            return f"{stem}.{self.fmt}"
        return f"{stem}-{self.fmt}"

    def print_options(self) -> PrintOptions:
        kinds, ids = self.picker.selection()
        start, end = _pydate(self.term_start_edit.date()), _pydate(self.term_end_edit.date())
        header = PageHeader(
            institution=str(self.document.project.meta.get("institution") or self.document.problem.name),
            term=term_label(self.term_name_edit.text().strip(), start, end),
            printed=printed_today(),
        )
        return PrintOptions(kinds=kinds, entity_ids=ids, overview=self.overview_combo.currentData(),
                            reports=self.reports_check.isChecked(), paper=self.paper_combo.currentData(),
                            header=header)

    def request(self) -> ExportRequest:
        out = Path(self.out_edit.text().strip()).expanduser()
        if self.fmt == "pdf":
            out = pdf_target(out)
        zone = institution_zone(self.document.problem)
        return ExportRequest(self.fmt, out, self.print_options(), _pydate(self.term_start_edit.date()),
                             _pydate(self.term_end_edit.date()), self.combined_check.isChecked(),
                             time_zone=zone)

    def _on_format_changed(self) -> None:
        """Keep a folder the user chose; replace a name this dialog made up (or a
        PDF file name) with the new format's default."""
        text = self.out_edit.text().strip()
        if text:
            current = Path(text)
            if current.name == self._auto_name or current.suffix.lower() in (".pdf", ".xlsx"):
                folder: Path | None = current.parent
            else:
                folder = current if self.fmt == "pdf" else None
            if folder is not None:
                self._auto_name = self._default_name()
                self.out_edit.setText(str(folder / self._auto_name))
        self._update_format()

    def _update_format(self) -> None:
        is_pdf, is_ics = self.fmt == "pdf", self.fmt == "ics"
        for widget in (self.picker, self.overview_combo, self.reports_check, self.paper_combo,
                       self.print_button):
            widget.setEnabled(is_pdf)
        self.combined_check.setEnabled(is_ics)
        self.zone_label.setText(institution_zone(self.document.problem))
        self.zone_label.setEnabled(is_ics)
        self.term_start_edit.setEnabled(is_ics or is_pdf)
        self.term_end_edit.setEnabled(is_ics or is_pdf)
        self._schedule_preview()

    def _on_browse_clicked(self) -> None:
        current = self.out_edit.text().strip()
        if self.fmt == "pdf":
            name, _ = QFileDialog.getSaveFileName(self, translate("ExportDialog", "Save the PDF as"), current,
                                                  translate("ExportDialog", "PDF files (*.pdf)"))
        else:
            name = QFileDialog.getExistingDirectory(self, translate("ExportDialog", "Export into the folder"),
                                                    str(Path(current).parent))
        if name:
            self.out_edit.setText(name)

    # -- preview ----------------------------------------------------------
    def _schedule_preview(self, *_args) -> None:
        self._preview_timer.start()

    def _update_preview(self) -> None:
        document = self.document
        self.status_label.setText(missing_summary(document.problem, document.solution))
        options = self.print_options()
        pages = plan_pages(document.problem, document.solution, options)
        if not pages:
            self.preview_label.setPixmap(QPixmap())
            self.preview_label.setText(translate("ExportDialog", "Nothing chosen to print."))
            self.preview_caption.setText("")
            self.page_count = 0
            return
        ratio = self.devicePixelRatioF() or 1.0
        image = render_page_image(pages[0], options.header, options.paper, round(PREVIEW_WIDTH * ratio),
                                  1, len(pages))
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.preview_label.setPixmap(pixmap)
        self.preview_caption.setText(
            translate("ExportDialog", "First page of %n pages ({paper}, landscape)", "", len(pages)).format(
                paper=self.paper_combo.currentText()) if self.fmt == "pdf"
            else translate("ExportDialog", "The first page as printed"))
        self.page_count = len(pages)

    # -- running ----------------------------------------------------------
    def start_export(self) -> bool:
        """Start the export in a worker thread; False when the choices are incomplete."""
        if self.job is not None:
            return False
        if not self.out_edit.text().strip():
            QMessageBox.warning(self, translate("ExportDialog", "Export timetable"),
                                translate("ExportDialog", "Choose where to save the export."))
            return False
        if self._preview_timer.isActive():  # choices changed a moment ago: count their pages now
            self._preview_timer.stop()
            self._update_preview()
        if self.fmt == "pdf" and self.page_count == 0:
            QMessageBox.warning(self, translate("ExportDialog", "Export timetable"),
                                translate("ExportDialog", "Choose at least one group, instructor or room, "
                                                          "an overview or the report pages."))
            return False
        if self.fmt == "ics" and self.term_end_edit.date() < self.term_start_edit.date():
            QMessageBox.warning(self, translate("ExportDialog", "Export timetable"),
                                translate("ExportDialog", "The term ends before it starts."))
            return False
        self.result_label.clear()
        request = self.request()
        problem, solution = self.document.problem, self.document.solution
        self.job = ExportJob(lambda progress, cancelled: run_export(problem, solution, request, progress,
                                                                    cancelled), self)
        self.job.progress_changed.connect(self._on_job_progress)
        self.job.succeeded.connect(self._on_job_succeeded)
        self.job.failed.connect(self._on_job_failed)
        self.job.cancelled.connect(self._on_job_cancelled)
        self.job.ended.connect(self._on_job_ended)
        self._set_running(True, request.fmt == "pdf")
        self.job.start()
        return True

    def _set_running(self, running: bool, counted: bool = True) -> None:
        self.progress_bar.setVisible(running)
        self.progress_bar.setRange(0, 0 if not counted else max(1, self.page_count))
        self.progress_bar.setValue(0)
        self.export_button.setEnabled(not running)
        self.print_button.setEnabled(not running and self.fmt == "pdf")
        self.cancel_button.setText(translate("ExportDialog", "Cancel") if running
                                   else translate("ExportDialog", "Close"))

    def _on_job_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(translate("ExportDialog", "Page {done} of {total}").format(
            done=done, total=total))

    def _on_job_succeeded(self, result: ExportResult) -> None:
        self.last_result = result
        count = len(result.files)
        where = result.files[0] if count == 1 else Path(self.out_edit.text())
        text = (translate("ExportDialog", "Wrote 1 file to {where}.") if count == 1
                else translate("ExportDialog", "Wrote %n files to {where}.", "", count)).format(where=where)
        if result.warnings:
            text += " " + translate("ExportDialog", "%n sessions are not placed.", "", len(result.warnings))
        self.result_label.setText(text)
        settings.remember_directory(Path(self.out_edit.text()).expanduser())
        self.export_finished.emit(result)

    def _on_job_failed(self, error: BaseException) -> None:
        from scheduler_gui import error_dialog

        error_dialog.show_error(self, translate("ExportDialog", "Could not export the timetable"), error)

    def _on_job_cancelled(self) -> None:
        self.result_label.setText(translate("ExportDialog", "Export cancelled; nothing was written."))

    def _on_job_ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._set_running(False)
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    def _on_cancel_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()
        else:
            self.reject()

    def _on_print_clicked(self) -> None:
        from scheduler_gui.export.printing import open_print_preview

        open_print_preview(self.document.problem, self.document.solution, self.print_options(), self)

    def closeEvent(self, event) -> None:
        if self.job is not None:  # the window is going away: stop the worker first
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)

    def reject(self) -> None:
        if self.job is not None:  # Escape or the close box while exporting: stop, then close
            self._close_when_done = True
            self.job.cancel()
            return
        super().reject()


def default_print_options(document: ProjectDocument) -> PrintOptions:
    """The pages the Export dialog offers at first (what File > Print previews,
    so that both state the same page count)."""
    dialog = ExportDialog(document)
    try:
        return dialog.print_options()
    finally:
        dialog._preview_timer.stop()
        dialog.deleteLater()


def open_export_dialog(document: ProjectDocument, parent: QWidget | None = None) -> int:
    """Show the Export dialog (modal) for the open project."""
    dialog = ExportDialog(document, parent)
    return dialog.exec()
