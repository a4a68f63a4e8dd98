"""The painted week grid: days as columns, periods as rows with clock times,
breaks shaded, sessions as cards spanning their block (parallel sessions side
by side), lock marks for pins and a red mark on cards with hard violations.

Pressing a card colours every start slot of the week for it (green and the
soft change where the move is legal, red where not); dragging it and dropping
moves it (Shift: choose the room), dropping it on another card offers a swap.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QContextMenuEvent, QDrag, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen,
)
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSizePolicy, QToolTip, QWidget

from schedule_engine.export.presentation import entry_details, entry_heading
from scheduler_gui.timetable.commands import PinCommand, SwapSessionsCommand, session_title
from scheduler_gui.timetable.grid_model import Card, WeekGridModel, session_from_mime, session_mime_data
from scheduler_gui.timetable.palette import (
    BREAK_SHADE_DARK, BREAK_SHADE_LIGHT, VIOLATION_MARK, card_colours, is_dark, slot_colour,
)

BREAK_ROW_WEIGHT = 0.45
CARD_MARGIN = 2


class WeekGridView(QWidget):
    hover_changed = Signal(str)
    """The words for the slot under the pointer during a drag ('' when none)."""
    status_message = Signal(str)

    def __init__(self, model: WeekGridModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.inspector = model.inspector
        self.state = model.state
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(400, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._press: tuple[QPoint, str] | None = None
        self._hover_slot: int | None = None
        self.highlighted: str | None = None
        model.modelReset.connect(self.update)
        self.inspector.inspection_changed.connect(self.update)

    # -- geometry ------------------------------------------------------------
    def _header_height(self) -> int:
        return int(self.fontMetrics().height() * 1.9)

    def _left_width(self) -> int:
        grid = self.state.problem.time_grid
        fm = self.fontMetrics()
        widest = max([fm.horizontalAdvance(f"{p.start}–{p.end}") for p in grid.periods] + [40])
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

    def cell_rect(self, day: int, period: int, length: int = 1) -> QRectF:
        cols, rows = self._column_edges(), self._row_edges()
        end = min(period + length, len(rows) - 1)
        return QRectF(cols[day], rows[period], cols[day + 1] - cols[day], rows[end] - rows[period])

    def card_rect(self, card: Card) -> QRectF:
        e = card.entry
        cell = self.cell_rect(e.day, e.start_period, e.length)
        width = cell.width() / card.lanes
        return QRectF(cell.x() + card.lane * width + CARD_MARGIN, cell.y() + CARD_MARGIN,
                      width - 2 * CARD_MARGIN, cell.height() - 2 * CARD_MARGIN)

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        """(day, period) under a point, or None outside the cells."""
        cols, rows = self._column_edges(), self._row_edges()
        day = next((d for d in range(len(cols) - 1) if cols[d] <= pos.x() < cols[d + 1]), None)
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
                             "Choose a group, an instructor or a room.")
        painter.end()

    def _paint_frame(self, painter: QPainter, dark: bool) -> None:
        grid = self.state.problem.time_grid
        palette = self.palette()
        cols, rows = self._column_edges(), self._row_edges()
        header = self._header_height()
        painter.fillRect(QRectF(0, 0, self.width(), header), palette.button())
        painter.fillRect(QRectF(0, header, cols[0], self.height()), palette.button())
        shade = BREAK_SHADE_DARK if dark else BREAK_SHADE_LIGHT
        for p, period in enumerate(grid.periods):
            if period.is_break:
                painter.fillRect(QRectF(cols[0], rows[p], cols[-1] - cols[0], rows[p + 1] - rows[p]), shade)
        for t in grid.unavailable:
            d, p = grid.day_period(t)
            if d < grid.n_days:
                painter.fillRect(self.cell_rect(d, p), shade)
        painter.setPen(QPen(palette.mid().color(), 1))
        for x in cols:
            painter.drawLine(round(x), 0, round(x), round(rows[-1]))
        for y in rows:
            painter.drawLine(0, round(y), round(cols[-1]), round(y))
        painter.setPen(palette.buttonText().color())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for d, name in enumerate(grid.days):
            painter.drawText(QRectF(cols[d], 0, cols[d + 1] - cols[d], header), Qt.AlignmentFlag.AlignCenter, name)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        for p, period in enumerate(grid.periods):
            rect = QRectF(4, rows[p], cols[0] - 8, rows[p + 1] - rows[p])
            if period.is_break:
                painter.setFont(small)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{period.name} {period.start}")
                continue
            painter.setFont(bold)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                             f"{period.name}\n")
            painter.setFont(small)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                             f"\n{period.start}–{period.end}")
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
        lines = [entry_heading(card.entry), *entry_details(card.entry, self.model.kind)]
        y = inner.y()
        for k, line in enumerate(lines):
            if y + fm.height() > inner.bottom() + 2:
                break
            width = inner.width() - (marks if k == 0 else 0)
            painter.setFont(bold if k == 0 else self.font())
            metrics = painter.fontMetrics()
            painter.drawText(QRectF(inner.x(), y, width, fm.height()), Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(width)))
            y += fm.height()
        painter.setFont(self.font())

    def _paint_marks(self, painter: QPainter, card: Card, inner: QRectF, text: QColor) -> float:
        """Lock marks (T: time pinned, R: room pinned) and the violation mark at the
        top right; returns the width they take."""
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
        letters = ("T" if card.entry.pin_time else "") + ("R" if card.entry.pin_room else "")
        if letters:
            small = QFont(self.font())
            small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.75))
            small.setBold(True)
            painter.setFont(small)
            width = painter.fontMetrics().horizontalAdvance(letters) + 2
            x -= width
            painter.setPen(text)
            painter.drawText(QRectF(x, inner.y(), width, size + 2), Qt.AlignmentFlag.AlignCenter, letters)
            x -= size * 0.75 + 1
            self._paint_lock(painter, QRectF(x, inner.y() + 1, size * 0.75, size), text)
            painter.setFont(self.font())
        return inner.right() - x + 4

    @staticmethod
    def _paint_lock(painter: QPainter, rect: QRectF, colour: QColor) -> None:
        body = QRectF(rect.x(), rect.y() + rect.height() * 0.45, rect.width(), rect.height() * 0.55)
        painter.setPen(QPen(colour, 1.3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        shackle = QRectF(rect.x() + rect.width() * 0.2, rect.y(), rect.width() * 0.6, rect.height() * 0.8)
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
            pill = QRectF(cell.right() - width - 3, cell.bottom() - fm.height() - 5, width, fm.height() + 2)
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

    # -- inspection ------------------------------------------------------------
    def inspect(self, session_id: str | None) -> None:
        """Show (or, with None, hide) the slot colouring for a session."""
        if session_id is None:
            self.inspector.stop()
        else:
            self.inspector.start(session_id)

    def set_hover_slot(self, slot: int | None) -> None:
        if slot != self._hover_slot:
            self._hover_slot = slot
            self.hover_changed.emit(self.inspector.describe(slot) if slot is not None else "")
            self.update()

    # -- mouse -----------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        card = self.card_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and card is not None:
            self._press = (event.position().toPoint(), card.entry.session_id)
            self.inspect(card.entry.session_id)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and (event.buttons() & Qt.MouseButton.LeftButton):
            start, session_id = self._press
            if (event.position().toPoint() - start).manhattanLength() >= QApplication.startDragDistance():
                self._press = None
                self._run_drag(session_id)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        self.inspect(None)
        self.set_hover_slot(None)
        super().mouseReleaseEvent(event)

    def _run_drag(self, session_id: str) -> None:
        drag = QDrag(self)
        drag.setMimeData(session_mime_data(session_id))
        drag.exec(Qt.DropAction.MoveAction)
        self.inspect(None)
        self.set_hover_slot(None)

    # -- drop ------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        session_id = session_from_mime(event.mimeData())
        if session_id is None or self.model.entity_id is None:
            event.ignore()
            return
        if self.inspector.session_id != session_id:
            self.inspect(session_id)
        event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        slot = self.slot_at(event.position().toPoint())
        self.set_hover_slot(slot)
        if slot is None:
            event.ignore()
            return
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self.set_hover_slot(None)

    def dropEvent(self, event) -> None:
        session_id = session_from_mime(event.mimeData())
        pos = event.position().toPoint()
        slot = self.slot_at(pos)
        self.set_hover_slot(None)
        if session_id is None or slot is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        target = self.card_at(pos)
        if target is not None and target.entry.session_id != session_id:
            self.offer_swap(session_id, target.entry.session_id)
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.choose_room_and_move(session_id, slot, self.mapToGlobal(pos))
        else:
            self.model.move_session(session_id, slot)
        self.inspect(None)

    def offer_swap(self, dragged: str, target: str) -> bool:
        """Ask whether to swap the two sessions' times; swap as one undo step."""
        sessions = self.state.sessions
        a = session_title(sessions.get(dragged), dragged)
        b = session_title(sessions.get(target), target)
        answer = QMessageBox.question(
            self, "Swap sessions",
            f"Swap the times of {a} and {b}? Each keeps its room, and both times get pinned.\n\n"
            + self._swap_effect(dragged, target))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.state.document.push(SwapSessionsCommand(self.state.document, dragged, target,
                                                     base=self.state.solution, titles=(a, b)))
        return True

    def _swap_effect(self, first: str, second: str) -> str:
        """The change of the timetable's score a swap would make, in words."""
        inspector = self.state.inspector
        try:
            hard, soft = inspector.scorer.delta_swap(inspector.index(first), inspector.index(second))
        except KeyError:
            return ""
        if hard > 0:
            return f"Careful: this adds {hard} hard violation{'s' if hard != 1 else ''} (soft {soft:+d})."
        if hard < 0:
            return f"This removes {-hard} hard violation{'s' if hard != -1 else ''} (soft {soft:+d})."
        return f"No hard violation is added; the soft score changes by {soft:+d}."

    def room_menu(self, session_id: str, slot: int) -> QMenu:
        """The room chooser: each suitable room with its change of the soft
        score, best first; rooms that would break a hard constraint are disabled."""
        menu = QMenu(self)
        rooms = {r.id: r for r in self.state.problem.rooms}
        for option in self.inspector.room_options(session_id, slot):
            room = rooms.get(option.room_id)
            name = room.name if room and room.name != option.room_id else option.room_id
            state = f"soft {option.soft_delta:+d}" if option.legal else "not allowed"
            action = menu.addAction(f"{name} — {state}")
            action.setEnabled(option.legal)
            action.setData(option.room_id)
        return menu

    def ask_room(self, menu: QMenu, where: QPoint) -> str | None:
        """Show the room chooser; the room id chosen, or None."""
        chosen = menu.exec(where)
        return chosen.data() if chosen is not None else None

    def choose_room_and_move(self, session_id: str, slot: int, where: QPoint) -> None:
        room = self.ask_room(self.room_menu(session_id, slot), where)
        if room:
            self.model.move_session(session_id, slot, room)

    # -- context menu and tooltips ---------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        card = self.card_at(event.pos())
        menu = QMenu(self)
        if card is not None:
            e, sid = card.entry, card.entry.session_id
            self._pin_action(menu, "Unpin time" if e.pin_time else "Pin time", [sid], time=not e.pin_time)
            self._pin_action(menu, "Unpin room" if e.pin_room else "Pin room", [sid], room=not e.pin_room)
            both = e.pin_time and e.pin_room
            self._pin_action(menu, "Unpin time and room" if both else "Pin time and room", [sid],
                             time=not both, room=not both)
            menu.addSeparator()
        visible = self.model.visible_session_ids()
        self._pin_action(menu, "Pin all visible", visible, time=True, room=True).setEnabled(bool(visible))
        self._pin_action(menu, "Unpin all visible", visible, time=False, room=False).setEnabled(bool(visible))
        menu.exec(event.globalPos())

    def _pin_action(self, menu: QMenu, text: str, ids: list[str], **pins):
        action = menu.addAction(text)
        action.triggered.connect(lambda: self.pin(ids, **pins))
        return action

    def pin(self, session_ids: list[str], *, time: bool | None = None, room: bool | None = None) -> None:
        self.state.document.push(PinCommand(self.state.document, session_ids, time=time, room=room,
                                            base=self.state.solution))

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        card = self.card_at(event.pos())
        if card is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPos(), self.card_tooltip(card), self)

    def card_tooltip(self, card: Card) -> str:
        e = card.entry
        lines = [f"{entry_heading(e)} — {e.day_name} {e.start_time}–{e.end_time}",
                 *entry_details(e, "group")]
        pins = [w for w, on in (("time", e.pin_time), ("room", e.pin_room)) if on]
        if pins:
            lines.append("Pinned: " + " and ".join(pins))
        for v in self.state.evaluation.for_session(e.session_id):
            lines.append(f"{'⚠' if v.level == 'hard' else '•'} {v.reason}")
        return "\n".join(lines)
