"""One export, described by an :class:`ExportRequest` and run by :func:`run_export`.

Used by the Export dialog (in a worker thread) and by the command line.  PDF
is drawn here with Qt; CSV, XLSX, HTML and iCalendar come from
``schedule_engine.export``.  Every format is written completely or not at all:
files are made in a scratch folder beside the target and moved into place at
the end, so a cancelled or failed export leaves nothing half-written.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from schedule_engine.export.views import ExportResult
from schedule_engine.model import Problem, Solution

from scheduler_gui.export.document_painter import ProgressCallback
from scheduler_gui.export.pages import PrintOptions
from scheduler_gui.export.pdf_export import ExportCancelled, export_pdf
from scheduler_gui.i18n.engine_words import engine_language

EXPORT_FORMATS: dict[str, str] = {  # labels translated where shown (context "ExportDialog")
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF booklet (.pdf)"),
    "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV list of sessions (.csv)"),
    "html": QT_TRANSLATE_NOOP("ExportDialog", "Web pages (HTML folder)"),
    "ics": QT_TRANSLATE_NOOP("ExportDialog", "iCalendar files (.ics)"),
}
DEFAULT_PDF_NAME = "timetable.pdf"

__all__ = ["EXPORT_FORMATS", "ExportCancelled", "ExportRequest", "pdf_target", "run_export"]


@dataclass(frozen=True)
class ExportRequest:
    """What to export, where, and the choices that apply to the format."""

    fmt: str
    out: Path
    """A folder; for PDF it may also be the ``.pdf`` file itself."""
    print_options: PrintOptions = field(default_factory=PrintOptions)
    term_start: date | None = None
    term_end: date | None = None
    combined_calendar: bool = False
    time_zone: str | None = None


def pdf_target(out: Path) -> Path:
    """The PDF file for an output path: the path itself when it ends in .pdf,
    otherwise ``timetable.pdf`` inside that folder."""
    out = Path(out)
    return out if out.suffix.lower() == ".pdf" else out / DEFAULT_PDF_NAME


def _move_into(scratch: Path, out_dir: Path, files: list[Path]) -> list[Path]:
    moved = []
    for path in files:
        target = out_dir / path.relative_to(scratch)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
        moved.append(target)
    return moved


def _engine_export(problem: Problem, solution: Solution | None, request: ExportRequest,
                   cancelled: Callable[[], bool] | None) -> ExportResult:
    from schedule_engine.export import export_timetable

    out_dir = Path(request.out)
    workbook = request.fmt == "xlsx" and out_dir.suffix.lower() == ".xlsx"
    if workbook:  # one workbook file, exactly where the user asked
        out_dir = out_dir.parent
    out_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".export-", dir=out_dir))
    try:
        result = export_timetable(problem, solution, request.fmt, scratch,
                                  term_start=request.term_start, term_end=request.term_end,
                                  combined=request.combined_calendar, tz_name=request.time_zone,
                                  language=engine_language())
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        written = [p for p in scratch.rglob("*") if p.is_file()]
        if workbook:
            books = [p for p in written if p.suffix.lower() == ".xlsx"]
            if len(books) == 1:
                os.replace(books[0], request.out)
                return ExportResult(files=[Path(request.out)], warnings=list(result.warnings))
        return ExportResult(files=_move_into(scratch, out_dir, written), warnings=list(result.warnings))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def run_export(problem: Problem, solution: Solution | None, request: ExportRequest,
               progress: ProgressCallback | None = None,
               cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the export; raises :class:`ExportCancelled`, ``ValueError`` (nothing
    selected, unknown format), ``InvalidInputError`` (bad term dates) or ``OSError``."""
    if request.fmt == "pdf":
        return export_pdf(problem, solution, pdf_target(request.out), request.print_options, progress, cancelled)
    if request.fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {request.fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
    return _engine_export(problem, solution, request, cancelled)
