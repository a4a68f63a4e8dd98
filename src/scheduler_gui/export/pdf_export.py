"""PDF booklets of a timetable, written with QPdfWriter.

One landscape page per selected group, instructor and room, then the overview
pages and the report pages (see :class:`~scheduler_gui.export.pages.PrintOptions`).
Text stays vector text with its fonts embedded.  The file is written beside
its target and moved into place when complete, so a cancelled or failed export
never leaves a half-written PDF.

>>> export_pdf(problem, solution, Path("timetable.pdf"), PrintOptions(kinds=("group",)))  # doctest: +SKIP
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from PySide6.QtGui import QPdfWriter

from schedule_engine.export.views import ExportResult, unplaced_warnings
from schedule_engine.model import Problem, Solution

from scheduler_gui.export.document_painter import ProgressCallback, page_layout, render_pages
from scheduler_gui.export.pages import Page, PrintOptions, plan_pages

PDF_RESOLUTION = 1200
"""Dots per inch of the PDF's coordinate system (positions; text and lines stay vector)."""


class ExportCancelled(Exception):
    """The export was cancelled; nothing was written."""


def make_pdf_writer(path: Path, paper: str, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(title)
    writer.setCreator("Schedule Engine")
    return writer


def write_pdf(path: Path, pages: list[Page], options: PrintOptions, title: str,
              progress: ProgressCallback | None = None,
              cancelled: Callable[[], bool] | None = None) -> None:
    """Paint ``pages`` into the PDF file ``path`` (replaced only when complete)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        writer = make_pdf_writer(partial, options.paper, title)
        try:
            finished = render_pages(writer, pages, options.header, progress, cancelled)
        finally:
            del writer  # closes the file
        if not finished:
            raise ExportCancelled()
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()


def export_pdf(problem: Problem, solution: Solution | None, path: Path, options: PrintOptions,
               progress: ProgressCallback | None = None,
               cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the PDF booklet; the result lists the file and a warning per unplaced session.

    Raises :class:`ExportCancelled` when ``cancelled()`` turns true, and
    ``ValueError`` when the selection has no pages.
    """
    pages = plan_pages(problem, solution, options)
    if not pages:
        raise ValueError("nothing to print: choose at least one group, instructor or room, "
                         "an overview or the reports")
    title = f"{options.header.institution or problem.name}: timetable"
    write_pdf(Path(path), pages, options, title, progress, cancelled)
    return ExportResult(files=[Path(path)], warnings=unplaced_warnings(problem, solution))
