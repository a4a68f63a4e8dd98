"""How the week grid is drawn: the geometry of its cells and cards, the frame
(days, periods with clock times, shaded breaks and closed slots, the shown
entity's unavailable slots hatched and its preferred/undesired ones tinted),
the course cards (room and instructor on each, the title shortened at a word)
with their lock and violation marks, and the drag overlay (green or red
per start slot, the soft change in a corner, the hovered block outlined).

:class:`GridPainting` is mixed into :class:`~scheduler_gui.timetable.grid_view.WeekGridView`,
which provides ``model``, ``state``, ``inspector``, ``highlighted`` and
``_hover_slot``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen

from scheduler_gui.timetable.card_text import card_lines, shorten_words
from scheduler_gui.timetable.grid_model import Card
from scheduler_gui.timetable.palette import (
    BREAK_SHADE_DARK, BREAK_SHADE_LIGHT, PREFERRED_TINT, UNAVAILABLE_HATCH, UNDESIRED_TINT,
    VIOLATION_MARK, card_colours, is_dark, slot_colour,
)
from scheduler_gui.timetable.slot_marks import PREFERRED, UNAVAILABLE
from scheduler_gui.i18n.formats import clock_time, day_name
from scheduler_gui.i18n import translate

BREAK_ROW_WEIGHT = 0.45
CARD_MARGIN = 2


class GridPainting:
    # -- geometry ------------------------------------------------------------
    def _header_height(self) -> int:
        return int(self.fontMetrics().height() * (2.4 if self._combined() else 1.9))

    def _left_width(self) -> int:
        grid = self.state.problem.time_grid
        fm = self.fontMetrics()
        widest = max([fm.horizontalAdvance(f"{clock_time(p.start)}–{clock_time(p.end)}")
                      for p in grid.periods] + [40])
        return widest + 16

    def _row_edges(self) -> list[float]:
        grid = self.state.problem.time_grid
        weights = [BREAK_ROW_WEIGHT if p.is_break else 1.0 for p in grid.periods]
        top, height = self._header_height(), self.height() - self._header_height() - 1
        total = sum(weights) or 1.0
        edges, y = [float(top)], float(top)
        for w in weights:
            y += height * w / total
            edges.append(y)
        return edges

    def _column_edges(self) -> list[float]:
        n = max(1, self.state.problem.time_grid.n_days)
        left = self._left_width()
        width = (self.width() - left - 1) / n
        return [left + k * width for k in range(n + 1)]

    def _mirrored(self) -> bool:
        """A right-to-left language: the first day on the right, the times at the right edge."""
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _on_screen(self, rect: QRectF) -> QRectF:
        """``rect`` of the left-to-right layout where it is drawn (mirrored for right to left)."""
        if not self._mirrored():
            return rect
        return QRectF(self.width() - rect.right(), rect.y(), rect.width(), rect.height())

    def cell_rect(self, day: int, period: int, length: int = 1) -> QRectF:
        cols, rows = self._column_edges(), self._row_edges()
        end = min(period + length, len(rows) - 1)
        return self._on_screen(QRectF(cols[day], rows[period], cols[day + 1] - cols[day], rows[end] - rows[period]))

    def card_rect(self, card: Card) -> QRectF:
        e = card.entry
        cell = self.cell_rect(e.day, e.start_period, e.length)
        if card.half:  # combined view of two weeks: week A on the left, B on the right (mirrored for RTL)
            first = (card.half == 1) != self._mirrored()
            cell = QRectF(cell.x() + (0 if first else cell.width() / 2), cell.y(), cell.width() / 2, cell.height())
        width = cell.width() / card.lanes
        return QRectF(cell.x() + card.lane * width + CARD_MARGIN, cell.y() + CARD_MARGIN,
                      width - 2 * CARD_MARGIN, cell.height() - 2 * CARD_MARGIN)

    def _combined(self) -> bool:
        """Both weeks of a two-week cycle in view (cells cut in halves)."""
        return self.model.two_weeks and not self.model.week_view

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        """(day, period) under a point, or None outside the cells."""
        cols, rows = self._column_edges(), self._row_edges()
        x = self.width() - pos.x() if self._mirrored() else pos.x()
        day = next((d for d in range(len(cols) - 1) if cols[d] <= x < cols[d + 1]), None)
        period = next((p for p in range(len(rows) - 1) if rows[p] <= pos.y() < rows[p + 1]), None)
        return None if day is None or period is None else (day, period)

    def card_at(self, pos: QPoint) -> Card | None:
        for card in reversed(self.model.cards()):
            if self.card_rect(card).contains(pos):
                return card
        return None

    def slot_at(self, pos: QPoint) -> int | None:
        cell = self.cell_at(pos)
        if cell is None:
            return None
        return cell[0] * self.state.problem.time_grid.n_periods + cell[1]

    # -- painting ------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        dark = is_dark(palette)
        painter.fillRect(self.rect(), palette.base())
        self._paint_frame(painter, dark)
        if self.inspector.active:
            self._paint_overlay(painter, dark)
        for card in self.model.cards():
            self._paint_card(painter, card, dark)
        if self.inspector.active:
            self._paint_overlay_labels(painter, dark)
        if self.model.entity_id is None:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("TimetableWidget", "Choose a group, an instructor or a room."))
        painter.end()

    def _paint_frame(self, painter: QPainter, dark: bool) -> None:
        grid = self.state.problem.time_grid
        palette = self.palette()
        cols, rows = self._column_edges(), self._row_edges()
        header = self._header_height()
        painter.fillRect(QRectF(0, 0, self.width(), header), palette.button())
        painter.fillRect(self._on_screen(QRectF(0, header, cols[0], self.height())), palette.button())
        shade = BREAK_SHADE_DARK if dark else BREAK_SHADE_LIGHT
        for p, period in enumerate(grid.periods):
            if period.is_break:
                painter.fillRect(self._on_screen(QRectF(cols[0], rows[p], cols[-1] - cols[0],
                                                        rows[p + 1] - rows[p])), shade)
        for t in grid.unavailable:
            d, p = grid.day_period(t)
            if d < grid.n_days:
                painter.fillRect(self.cell_rect(d, p), shade)
        self._paint_slot_marks(painter, dark)
        painter.setPen(QPen(palette.mid().color(), 1))
        for edge in cols:
            x = self.width() - edge if self._mirrored() else edge
            painter.drawLine(round(x), 0, round(x), round(rows[-1]))
        span = self._on_screen(QRectF(0, 0, cols[-1], 1))
        for y in rows:
            painter.drawLine(round(span.left()), round(y), round(span.right()), round(y))
        painter.setPen(palette.buttonText().color())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        name_height = header * 0.6 if self._combined() else header  # room for the week names below
        for d, name in enumerate(grid.days):
            painter.drawText(self._on_screen(QRectF(cols[d], 0, cols[d + 1] - cols[d], name_height)),
                             Qt.AlignmentFlag.AlignCenter, day_name(name))
        if self._combined():
            self._paint_week_halves(painter, cols, rows, header)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        for p, period in enumerate(grid.periods):
            rect = self._on_screen(QRectF(4, rows[p], cols[0] - 8, rows[p + 1] - rows[p]))
            if period.is_break:
                painter.setFont(small)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{period.name} {clock_time(period.start)}")
                continue
            painter.setFont(bold)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                             f"{period.name}\n")
            painter.setFont(small)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                             f"\n{clock_time(period.start)}–{clock_time(period.end)}")
        painter.setFont(self.font())

    def _paint_week_halves(self, painter: QPainter, cols: list[float], rows: list[float], header: int) -> None:
        """The combined view: a dotted line down the middle of each day and the
        week names over its halves (day name centred, weeks in the corners)."""
        grid = self.state.problem.time_grid
        painter.save()
        painter.setPen(QPen(self.palette().mid().color(), 1, Qt.PenStyle.DotLine))
        for d in range(grid.n_days):
            mid = self._on_screen(QRectF((cols[d] + cols[d + 1]) / 2, 0, 0, 1)).x()
            painter.drawLine(round(mid), header, round(mid), round(rows[-1]))
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
        painter.setFont(small)
        painter.setPen(self.palette().placeholderText().color())
        for d in range(grid.n_days):
            half = (cols[d + 1] - cols[d]) / 2
            for k, name in enumerate(grid.week_names[:2]):
                rect = self._on_screen(QRectF(cols[d] + k * half + 3, 0, half - 6, header - 2))
                painter.drawText(rect, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter, name)
        painter.restore()

    def _paint_slot_marks(self, painter: QPainter, dark: bool) -> None:
        """The shown entity's closed slots hatched, its preferred and undesired
        ones tinted with a corner word."""
        grid = self.state.problem.time_grid
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.75))
        for t, mark in self.model.slot_marks.items():
            d, p = grid.day_period(t)
            if grid.periods[p].is_break:
                continue
            cell = self.cell_rect(d, p)
            if mark == UNAVAILABLE:
                painter.fillRect(cell, BREAK_SHADE_DARK if dark else BREAK_SHADE_LIGHT)
                painter.fillRect(cell, QBrush(UNAVAILABLE_HATCH, Qt.BrushStyle.BDiagPattern))
                continue
            painter.fillRect(cell, PREFERRED_TINT if mark == PREFERRED else UNDESIRED_TINT)
            painter.setFont(small)
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(cell.adjusted(3, 1, -3, -1), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             "preferred" if mark == PREFERRED else "undesired")
        painter.setFont(self.font())

    def _paint_card(self, painter: QPainter, card: Card, dark: bool) -> None:
        rect = self.card_rect(card)
        background, text = card_colours(card.entry.course_id, dark)
        dragging = self.inspector.active
        dragged = dragging and card.entry.session_id == self.inspector.session_id
        if dragging:
            background.setAlpha(120 if not dragged else 200)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 4, 4)
        if card.violated:
            painter.fillRect(QRectF(rect.x(), rect.y() + 2, 4, rect.height() - 4), VIOLATION_MARK)
        if dragged or card.entry.session_id == self.highlighted:
            pen = QPen(self.palette().highlight().color(), 2.5,
                       Qt.PenStyle.DashLine if dragged else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        inner = rect.adjusted(7, 3, -5, -3)
        marks = self._paint_marks(painter, card, inner, text)
        painter.setPen(text)
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        lines = card_lines(card.entry, self.model.kind)
        title = card.entry.course_title
        y = inner.y()
        for k, line in enumerate(lines):
            if y + fm.height() > inner.bottom() + 2:
                break
            width = inner.width() - (marks if k == 0 else 0)
            painter.setFont(bold if k == 0 else self.font())
            metrics = painter.fontMetrics()
            shown = (shorten_words(line, width, metrics.horizontalAdvance) if line == title
                     else metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(width)))
            painter.drawText(QRectF(inner.x(), y, width, fm.height()), Qt.AlignmentFlag.AlignLeft, shown)
            y += fm.height()
        if card.entry.week:
            self._paint_week_badge(painter, rect, card.entry.week_name or str(card.entry.week), text)
        painter.setFont(self.font())

    def _paint_week_badge(self, painter: QPainter, rect: QRectF, name: str, colour: QColor) -> None:
        """The week of a fortnightly session, in a pill at the card's bottom right."""
        small = QFont(self.font())
        small.setBold(True)
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        width, height = metrics.horizontalAdvance(name) + 8, metrics.height() + 1
        if rect.width() < width + 6 or rect.height() < height + 6:
            return
        left = rect.left() + 3 if self._mirrored() else rect.right() - width - 3  # the text's far end
        pill = QRectF(left, rect.bottom() - height - 3, width, height)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(pill, 4, 4)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, name)

    def lock_rect(self, card: Card) -> QRectF | None:
        """Where a pinned card's lock is drawn (None when nothing is pinned)."""
        if not (card.entry.pin_time or card.entry.pin_room):
            return None
        inner = self.card_rect(card).adjusted(7, 3, -5, -3)
        size = self.fontMetrics().height() * 0.8
        x = inner.right() - (size + 3 if card.violated else 0) - size * 0.8
        return QRectF(x, inner.y() + 1, size * 0.8, size)

    def _paint_marks(self, painter: QPainter, card: Card, inner: QRectF, text: QColor) -> float:
        """The violation mark and, for a pinned session, a lock at the top right
        (closed for time and room, open shackle for one of them); returns the
        width they take."""
        x = inner.right()
        fm = self.fontMetrics()
        size = fm.height() * 0.8
        if card.violated:
            x -= size
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(VIOLATION_MARK)
            painter.drawEllipse(QRectF(x, inner.y() + 1, size, size))
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(x, inner.y() + 1, size, size), Qt.AlignmentFlag.AlignCenter, "!")
            x -= 3
        lock = self.lock_rect(card)
        if lock is not None:
            x = lock.x()
            self._paint_lock(painter, lock, text, closed=card.entry.pin_time and card.entry.pin_room)
        return inner.right() - x + 4

    @staticmethod
    def _paint_lock(painter: QPainter, rect: QRectF, colour: QColor, closed: bool = True) -> None:
        body = QRectF(rect.x(), rect.y() + rect.height() * 0.45, rect.width(), rect.height() * 0.55)
        painter.setPen(QPen(colour, 1.3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        shackle = QRectF(rect.x() + rect.width() * 0.2, rect.y(), rect.width() * 0.6, rect.height() * 0.8)
        if not closed:  # one of time and room: the shackle lifted
            shackle.translate(0, -rect.height() * 0.15)
        painter.drawArc(shackle, 0, 180 * 16)
        painter.setBrush(colour)
        painter.drawRect(body)

    def _paint_overlay(self, painter: QPainter, dark: bool) -> None:
        grid = self.state.problem.time_grid
        for t in range(grid.n_slots):
            info = self.inspector.slot_info(t)
            if info is None:
                continue
            d, p = grid.day_period(t)
            if grid.periods[p].is_break:
                continue
            painter.fillRect(self.cell_rect(d, p), slot_colour(info.legal, info.goodness, dark))

    def _paint_overlay_labels(self, painter: QPainter, dark: bool) -> None:
        grid = self.state.problem.time_grid
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for t in range(grid.n_slots):
            info = self.inspector.slot_info(t)
            d, p = grid.day_period(t)
            if info is None or grid.periods[p].is_break:
                continue
            cell = self.cell_rect(d, p)
            label = info.soft_label if info.legal else "✕"
            width = fm.horizontalAdvance(label) + 10
            left = cell.left() + 3 if self._mirrored() else cell.right() - width - 3  # the text's far end
            pill = QRectF(left, cell.bottom() - fm.height() - 5, width, fm.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 215) if not dark else QColor(20, 20, 20, 215))
            painter.drawRoundedRect(pill, 6, 6)
            painter.setPen(QColor("#1b7f33") if info.legal else QColor("#c62828"))
            if dark:
                painter.setPen(QColor("#7ee08f") if info.legal else QColor("#ff8a80"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        if self._hover_slot is not None and self.inspector.session_id in self.state.sessions:
            length = self.state.sessions[self.inspector.session_id].length
            d, p = grid.day_period(self._hover_slot)
            painter.setPen(QPen(self.palette().highlight().color(), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.cell_rect(d, p, length).adjusted(1, 1, -1, -1))
        painter.setFont(self.font())

