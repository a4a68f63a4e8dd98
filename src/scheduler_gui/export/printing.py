"""Print a timetable through a print preview dialog.

The pages are the PDF's pages (:func:`~scheduler_gui.export.pages.plan_pages`),
painted by the same code; the preview dialog lets the user pick the printer,
the paper size and the orientation (pages are laid out for landscape and
re-flow for portrait).
"""

from __future__ import annotations

from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from schedule_engine.model import Problem, Solution

from scheduler_gui.export.document_painter import page_layout, render_pages
from scheduler_gui.export.pages import Page, PrintOptions, plan_pages
from scheduler_gui.i18n import translate

ORIENTATIONS = {"landscape": QPageLayout.Orientation.Landscape, "portrait": QPageLayout.Orientation.Portrait}


def make_printer(paper: str = "A4", orientation: str = "landscape") -> QPrinter:
    """A high-resolution printer on the whole sheet (the pages keep their own margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(paper, ORIENTATIONS.get(orientation, QPageLayout.Orientation.Landscape)))
    printer.setDocName("Timetable")
    return printer


def print_pages(printer: QPrinter, pages: list[Page], options: PrintOptions) -> bool:
    """Paint ``pages`` on ``printer`` (called by the preview and by Print)."""
    return render_pages(printer, pages, options.header)


class TimetablePrintPreview(QPrintPreviewDialog):
    """A print preview of the timetable pages chosen in ``options``."""

    def __init__(self, problem: Problem, solution: Solution | None, options: PrintOptions,
                 parent: QWidget | None = None, orientation: str = "landscape"):
        self.printer = make_printer(options.paper, orientation)
        super().__init__(self.printer, parent)
        self.setWindowTitle(translate("ExportDialog", "Print timetable"))
        self.options = options
        self.pages = plan_pages(problem, solution, options)
        self.paintRequested.connect(self._on_paint_requested)

    def _on_paint_requested(self, printer: QPrinter) -> None:
        print_pages(printer, self.pages, self.options)


def open_print_preview(problem: Problem, solution: Solution | None, options: PrintOptions,
                       parent: QWidget | None = None) -> int:
    """Show the print preview (modal); returns the dialog's result code."""
    dialog = TimetablePrintPreview(problem, solution, options, parent)
    dialog.resize(1100, 800)
    return dialog.exec()
