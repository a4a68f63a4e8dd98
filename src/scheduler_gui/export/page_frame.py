"""What every printed page shares: coordinates in points, fonts, colours, the
header (institution, title, term, date) and the footer (page number).

All painters draw in *points* (1/72 inch) on a landscape page: :func:`begin_page`
maps the page onto the paint device (a PDF writer, a printer or an image), and
:meth:`PageCanvas.font` gives fonts whose size is in points whatever the
device's resolution, so one drawing code serves the PDF, the printer and the
on-screen preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPen

from scheduler_gui.i18n import translate

MARGIN = 28.0
"""Page margin in points (about 10 mm): inside what every printer can print."""
HEADER_HEIGHT = 48.0
FOOTER_HEIGHT = 14.0

INK = QColor("#1a1a1a")
MUTED = QColor("#5f6368")
RULE = QColor("#9aa0a6")
GRID_LINE = QColor("#c8ccd0")
HEADER_FILL = QColor("#eef1f4")
BREAK_FILL = QColor("#f1f1f1")
CLOSED_FILL = QColor("#e3e3e3")
WARNING = QColor("#a50e0e")
CLASH = QColor("#c5221f")

_PREFERRED_FAMILIES = ("DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans")


@lru_cache(maxsize=1)
def font_family() -> str:
    """The bundled page font (DejaVu Sans, Latin and Arabic), else a clean sans-serif
    family present on this system."""
    from scheduler_gui.export.page_fonts import bundled_family

    bundled = bundled_family()
    if bundled:
        return bundled
    available = set(QFontDatabase.families())
    for family in _PREFERRED_FAMILIES:
        if family in available:
            return family
    return QFont().defaultFamily()


@dataclass(frozen=True)
class PageHeader:
    """The words at the top of every page."""

    institution: str
    term: str = ""
    printed: str = ""
    """The date the timetable was printed, already formatted ("28 November 2026")."""


@dataclass(frozen=True)
class PageInfo:
    """Where a page sits in its document."""

    number: int
    count: int
    header: PageHeader


class PageCanvas:
    """A painter set up in points, with fonts sized in points."""

    def __init__(self, painter: QPainter, size: QSizeF, right_to_left: bool = False):
        self.painter = painter
        self.size = size
        # a right-to-left page is drawn mirrored (days and columns run right to left); text is not
        self.right_to_left = right_to_left
        device = painter.device()
        self._dpi = float(device.logicalDpiY()) if device is not None else 72.0

    @property
    def content(self) -> QRectF:
        return QRectF(MARGIN, MARGIN, self.size.width() - 2 * MARGIN, self.size.height() - 2 * MARGIN)

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(font_family())
        # Qt turns point sizes into pixels with the device's resolution; the page
        # transform already maps points to pixels, so undo that conversion here.
        font.setPointSizeF(max(0.1, size * 72.0 / self._dpi))
        font.setBold(bold)
        font.setItalic(italic)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setKerning(True)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.painter.device())

    def text(self, rect: QRectF, text: str, font: QFont, colour: QColor = INK,
             flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
             elide: bool = True) -> None:
        """One line of text in ``rect``, elided with "…" when it does not fit."""
        font = covering_font(font, text)
        if elide:
            text = self.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, rect.width()))
        self.painter.setFont(font)
        self.painter.setPen(colour)
        if not self.right_to_left:
            self.painter.drawText(rect, int(flags) | int(Qt.TextFlag.TextSingleLine), text)
            return
        # the page is mirrored: draw the text unmirrored in the mirrored place
        self.painter.save()
        self.painter.translate(self.size.width(), 0)
        self.painter.scale(-1, 1)
        place = QRectF(self.size.width() - rect.right(), rect.top(), rect.width(), rect.height())
        absolute = int(mirrored_alignment(flags)) | int(Qt.AlignmentFlag.AlignAbsolute)  # no second swap by Qt
        self.painter.drawText(place, absolute | int(Qt.TextFlag.TextSingleLine), text)
        self.painter.restore()

    def hline(self, x1: float, x2: float, y: float, colour: QColor = RULE, width: float = 0.6) -> None:
        self.painter.setPen(QPen(colour, width))
        self.painter.drawLine(QPointF(x1, y), QPointF(x2, y))


def covering_font(font: QFont, text: str) -> QFont:
    """``font``, or its upright face when its italic face lacks a letter of ``text``
    (an oblique face found on the system may have no Arabic: its words would print
    as empty boxes)."""
    if not font.italic():
        return font
    metrics = QFontMetricsF(font)
    if all(c.isspace() or metrics.inFontUcs4(ord(c)) for c in text):
        return font
    upright = QFont(font)
    upright.setItalic(False)
    return upright


def mirrored_alignment(flags: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
    """Left and right alignment swapped (centred and vertical alignment kept)."""
    value = int(flags)
    left, right = int(Qt.AlignmentFlag.AlignLeft), int(Qt.AlignmentFlag.AlignRight)
    swapped = value & ~(left | right)
    if value & left:
        swapped |= right
    if value & right:
        swapped |= left
    return Qt.AlignmentFlag(swapped)


def layout_right_to_left() -> bool:
    """True when the application speaks a right-to-left language (Arabic)."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def begin_page(painter: QPainter, device_width: float, device_height: float, page: QSizeF,
               right_to_left: bool | None = None) -> PageCanvas:
    """Map a page of ``page`` points onto a device area of the given pixel size.
    A right-to-left page (default: the application's direction) is mirrored, so
    the week's days and the tables' columns run from right to left."""
    rtl = layout_right_to_left() if right_to_left is None else right_to_left
    painter.resetTransform()
    scale = min(device_width / page.width(), device_height / page.height())
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(0, 0, page.width(), page.height()), Qt.GlobalColor.white)
    # on a right-to-left page each text runs in its own direction (Arabic right to left, "09:00-09:50" not)
    painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto if rtl else Qt.LayoutDirection.LeftToRight)
    if rtl:
        painter.translate(page.width(), 0)
        painter.scale(-1, 1)
    return PageCanvas(painter, page, rtl)


def paint_header(canvas: PageCanvas, info: PageInfo, title: str, subtitle: str = "") -> float:
    """Institution and term on the first line, the page title under it, the
    date on the right; returns the y where the page body starts."""
    area = canvas.content
    top, left, width = area.top(), area.left(), area.width()
    small = canvas.font(8.5)
    header = info.header
    canvas.text(QRectF(left, top, width * 0.6, 12), header.institution.upper(), canvas.font(8.5, bold=True), MUTED)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    canvas.text(QRectF(left + width * 0.6, top, width * 0.4, 12), header.term, small, MUTED, right)
    title_font = canvas.font(17, bold=True)
    title_width = min(canvas.metrics(title_font).horizontalAdvance(title) + 2, width * 0.75)
    canvas.text(QRectF(left, top + 13, title_width, 24), title, title_font)
    if subtitle:
        sub_left = left + title_width + 10
        canvas.text(QRectF(sub_left, top + 18, width * 0.78 - sub_left + left, 18), subtitle, canvas.font(10), MUTED)
    if header.printed:
        printed = translate("PrintedPage", "Printed {date}").format(date=header.printed)
        canvas.text(QRectF(left + width * 0.6, top + 18, width * 0.4, 18), printed, small,
                    MUTED, right)
    canvas.hline(left, left + width, top + HEADER_HEIGHT - 8, INK, 1.0)
    return top + HEADER_HEIGHT


def paint_footer(canvas: PageCanvas, info: PageInfo, note: str = "") -> None:
    """Page number on the right and an optional note on the left, on the bottom margin line."""
    area = canvas.content
    y = area.bottom() - FOOTER_HEIGHT
    canvas.hline(area.left(), area.right(), y + 1, GRID_LINE, 0.5)
    font = canvas.font(7.5)
    rect = QRectF(area.left(), y + 2, area.width(), FOOTER_HEIGHT - 2)
    canvas.text(QRectF(rect.left(), rect.top(), rect.width() * 0.7, rect.height()),
                note or translate("PrintedPage", "Made with Schedule Engine"), font, MUTED)
    page = translate("PrintedPage", "Page {number} of {count}").format(number=info.number, count=info.count)
    canvas.text(rect, page, font, MUTED, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
