"""Report pages: a load report (room use, instructor and group load, sessions
not placed) as a ruled table."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QColor, QPen

from scheduler_gui.export.page_frame import (
    GRID_LINE,
    HEADER_FILL,
    INK,
    PageCanvas,
    PageInfo,
    paint_footer,
    paint_header,
)
from schedule_engine.i18n import translate_text
from scheduler_gui.export.pages import ReportPage
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import engine_language

ROW = 12.5
HEAD_ROW = 16.0
CELL_PAD = 4.0
TEXT_SIZE = 7.4
STRIPE = QColor("#f6f7f9")

REPORT_NOTES = {
    "Room use": QT_TRANSLATE_NOOP("PrintedPage", "Used / available periods per day; available excludes breaks, "
                                  "closed periods and the room's own unavailable periods."),
    "Room type use": QT_TRANSLATE_NOOP("PrintedPage", "Used / available periods per day, summed over the rooms of "
                                       "each type."),
    "Instructor load": QT_TRANSLATE_NOOP("PrintedPage", "Periods taught per day; idle gaps are free periods between "
                                         "a day's first and last session."),
    "Group load": QT_TRANSLATE_NOOP("PrintedPage", "Per student set (subgroup, or the group itself): periods "
                                    "attended per day and idle gaps."),
    "Sessions not placed": QT_TRANSLATE_NOOP("PrintedPage", "These sessions have no time in this timetable; solve "
                                             "again or place them by hand."),
}
"""A report's English title (as the engine names it) -> the note printed under it."""


def report_note(title: str) -> str:
    """The note under a report whose title is ``title`` in the window's language ("" for none)."""
    language = engine_language()
    for english, note in REPORT_NOTES.items():
        if title in (english, translate_text(english, language)):
            return translate("PrintedPage", note)
    return ""


def cell_text(value: object, percent: bool) -> str:
    if percent and isinstance(value, (int, float)):
        return f"{value:.0%}"
    return "" if value is None else str(value)


_FRACTION = re.compile(r"^\d+ / \d+$")


def _is_number(value: object) -> bool:
    """Numbers and "used / available" counts are aligned right."""
    if isinstance(value, str):
        return bool(_FRACTION.match(value))
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def column_widths(canvas: PageCanvas, page: ReportPage, width: float) -> list[float]:
    """Natural widths of the columns, the text-heavy ones shrunk to fit ``width``."""
    table = page.table
    body, head = canvas.metrics(canvas.font(TEXT_SIZE)), canvas.metrics(canvas.font(TEXT_SIZE, bold=True))
    natural = []
    for c, name in enumerate(table.columns):
        cells = [body.horizontalAdvance(cell_text(row[c], c in table.percent_columns)) for row in table.rows]
        natural.append(max([head.horizontalAdvance(name), *cells]) + 2 * CELL_PAD)
    total = sum(natural)
    if total <= width:
        return [w * width / total for w in natural] if total > width * 0.8 else natural
    fixed = [w if w <= 60 else 60.0 for w in natural]
    spare = width - sum(fixed)
    wide = [w - 60 for w in natural if w > 60]
    if spare <= 0 or not wide:
        return [w * width / total for w in natural]
    scale = min(1.0, spare / sum(wide))
    return [f + (max(0.0, n - 60) * scale) for f, n in zip(fixed, natural, strict=True)]


def paint_report_page(canvas: PageCanvas, info: PageInfo, page: ReportPage) -> None:
    painter = canvas.painter
    area = canvas.content
    top = paint_header(canvas, info, page.title, page.subtitle)
    note = report_note(page.table.title)
    if note:
        canvas.text(QRectF(area.left(), top - 4, area.width(), 12), note, canvas.font(7.6, italic=True))
        top += 12
    widths = column_widths(canvas, page, area.width())
    xs = [area.left()]
    for w in widths:
        xs.append(xs[-1] + w)
    table = page.table
    painter.fillRect(QRectF(area.left(), top, xs[-1] - area.left(), HEAD_ROW), HEADER_FILL)
    head_font, body_font = canvas.font(TEXT_SIZE, bold=True), canvas.font(TEXT_SIZE)
    numeric = [all(_is_number(r[c]) or r[c] in ("", None) for r in table.rows) and table.rows
               for c in range(len(table.columns))]
    for c, name in enumerate(table.columns):
        align = Qt.AlignmentFlag.AlignRight if numeric[c] else Qt.AlignmentFlag.AlignLeft
        canvas.text(QRectF(xs[c] + CELL_PAD, top, widths[c] - 2 * CELL_PAD, HEAD_ROW), name, head_font, INK,
                    align | Qt.AlignmentFlag.AlignVCenter)
    y = top + HEAD_ROW
    for i, row in enumerate(page.rows):
        if i % 2:
            painter.fillRect(QRectF(area.left(), y, xs[-1] - area.left(), ROW), STRIPE)
        for c, value in enumerate(row):
            align = Qt.AlignmentFlag.AlignRight if numeric[c] else Qt.AlignmentFlag.AlignLeft
            canvas.text(QRectF(xs[c] + CELL_PAD, y, widths[c] - 2 * CELL_PAD, ROW),
                        cell_text(value, c in table.percent_columns), body_font, INK,
                        align | Qt.AlignmentFlag.AlignVCenter)
        y += ROW
    if not page.rows:
        canvas.text(QRectF(area.left() + CELL_PAD, y, area.width(), ROW), "(nothing to report)",
                    canvas.font(TEXT_SIZE, italic=True))
        y += ROW
    painter.setPen(QPen(GRID_LINE, 0.5))
    for x in xs[1:-1]:
        painter.drawLine(x, top, x, y)
    painter.setPen(QPen(INK, 0.9))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(area.left(), top, xs[-1] - area.left(), y - top))
    painter.drawLine(area.left(), top + HEAD_ROW, xs[-1], top + HEAD_ROW)
    paint_footer(canvas, info)
