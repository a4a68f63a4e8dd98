"""Paint planned pages onto a PDF writer, a printer or an image.

:func:`render_pages` is the one loop behind the PDF export and printing;
:func:`render_page_image` draws one page into a QImage for the export dialog's
preview.  Both go through :func:`paint_page`, so the preview, the printout and
the PDF look the same.
"""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPainter

from scheduler_gui.export.page_frame import PageHeader, PageInfo, begin_page
from scheduler_gui.export.pages import (
    DayOverviewPage,
    Page,
    ReportPage,
    WeekOverviewPage,
    WeekPage,
)

ProgressCallback = Callable[[int, int], None]
"""Called with (pages done, pages in all)."""


def page_size(paper: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper.lower() == "letter" else QPageSize.PageSizeId.A4)


def landscape_points(paper: str) -> QSizeF:
    """The landscape page size in points (A4: 841.9 x 595.3)."""
    size = page_size(paper).size(QPageSize.Unit.Point)
    return QSizeF(max(size.width(), size.height()), min(size.width(), size.height()))


def page_layout(paper: str, orientation: QPageLayout.Orientation = QPageLayout.Orientation.Landscape) -> QPageLayout:
    """The paper with no device margins: pages keep their own margins."""
    from PySide6.QtCore import QMarginsF

    return QPageLayout(page_size(paper), orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def paint_page(painter: QPainter, width: float, height: float, page: Page, info: PageInfo,
               paper_size: QSizeF) -> None:
    """Draw one page onto a device area of ``width`` x ``height`` pixels."""
    from scheduler_gui.export.overview_painter import paint_day_overview, paint_week_overview
    from scheduler_gui.export.page_painter import paint_week_page
    from scheduler_gui.export.report_painter import paint_report_page

    canvas = begin_page(painter, width, height, paper_size)
    if isinstance(page, WeekPage):
        paint_week_page(canvas, info, page)
    elif isinstance(page, DayOverviewPage):
        paint_day_overview(canvas, info, page)
    elif isinstance(page, WeekOverviewPage):
        paint_week_overview(canvas, info, page)
    elif isinstance(page, ReportPage):
        paint_report_page(canvas, info, page)
    else:  # pragma: no cover - a new page type without a painter
        raise TypeError(f"no painter for {type(page).__name__}")


def device_page_points(device: QPagedPaintDevice) -> QSizeF:
    """The paper of a PDF writer or printer in points, in its orientation."""
    return device.pageLayout().fullRectPoints().size()


def render_pages(device: QPagedPaintDevice, pages: Sequence[Page], header: PageHeader,
                 progress: ProgressCallback | None = None,
                 cancelled: Callable[[], bool] | None = None) -> bool:
    """Paint every page onto ``device`` (whole paper, margins drawn by the pages);
    returns False when cancelled part-way.  Pages are laid out for the device's
    orientation: landscape by default, portrait when a printer is set so."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting on the output device")
    size = device_page_points(device)
    try:
        for number, page in enumerate(pages, start=1):
            if cancelled is not None and cancelled():
                return False
            if number > 1:
                device.newPage()
            rect = painter.viewport()
            paint_page(painter, rect.width(), rect.height(), page,
                       PageInfo(number, len(pages), header), size)
            if progress is not None:
                progress(number, len(pages))
        return True
    finally:
        painter.end()


def render_page_image(page: Page, header: PageHeader, paper: str, width_px: int,
                      number: int = 1, count: int = 1) -> QImage:
    """One page as an image ``width_px`` wide (the preview in the export dialog)."""
    size = landscape_points(paper)
    height_px = round(width_px * size.height() / size.width())
    image = QImage(width_px, height_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        paint_page(painter, width_px, height_px, page, PageInfo(number, count, header), size)
    finally:
        painter.end()
    return image
