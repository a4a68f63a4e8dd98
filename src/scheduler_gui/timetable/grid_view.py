"""The painted week grid: days as columns, periods as rows with clock times,
breaks shaded, sessions as cards spanning their block (parallel sessions side
by side), lock marks for pins and a red mark on cards with hard violations.

Pressing a card colours every start slot of the week for it (green and the
soft change where the move is legal, red where not); dragging it and dropping
moves it (Shift: choose the room), dropping it on another card offers a swap,
dropping it on a red slot asks (:mod:`~scheduler_gui.timetable.hand_placement`).
The right-click menu of a card pins, unplaces, finds a place or shows a week.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QDrag, QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSizePolicy, QToolTip, QWidget

from scheduler_gui.i18n.engine_words import engine_text
from scheduler_gui.timetable.card_text import card_tooltip_lines, pin_words
from scheduler_gui.timetable.commands import SwapSessionsCommand, session_title
from scheduler_gui.timetable.grid_model import Card, WeekGridModel, session_from_mime, session_mime_data
from scheduler_gui.timetable.grid_painting import GridPainting
from scheduler_gui.timetable.hand_placement import HandPlacement
from scheduler_gui.i18n import translate


WORDS_DELAY_MS = 250
"""How long the pointer rests on a slot before the violations are worded."""


class WeekGridView(GridPainting, QWidget):
    hover_changed = Signal(str)
    """The words for the slot under the pointer during a drag ('' when none)."""
    status_message = Signal(str)

    def __init__(self, model: WeekGridModel, parent: QWidget | None = None,
                 placement: HandPlacement | None = None):
        super().__init__(parent)
        self.model = model
        self.inspector = model.inspector
        self.state = model.state
        self.placement = placement if placement is not None else HandPlacement(self.state, self)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(400, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._press: tuple[QPoint, str] | None = None
        self._hover_slot: int | None = None
        self.highlighted: str | None = None
        self._words_timer = QTimer(self)
        self._words_timer.setSingleShot(True)
        self._words_timer.setInterval(WORDS_DELAY_MS)
        self._words_timer.timeout.connect(self._on_words_timer_timeout)
        model.modelReset.connect(self.update)
        self.inspector.inspection_changed.connect(self.update)

    # -- inspection ------------------------------------------------------------
    def inspect(self, session_id: str | None) -> None:
        """Show (or, with None, hide) the slot colouring for a session."""
        if session_id is None:
            self.inspector.stop()
        else:
            self.inspector.start(session_id)

    def set_hover_slot(self, slot: int | None) -> None:
        """Outline the hovered start and say what moving there does: the broken
        constraints at once, their full wording once the pointer rests."""
        if slot != self._hover_slot:
            self._hover_slot = slot
            self._words_timer.stop()
            if slot is None:
                self.hover_changed.emit("")
            else:
                self.hover_changed.emit(self.inspector.describe(slot, words=False))
                if not self.inspector.has_words(slot):
                    self._words_timer.start()
            self.update()

    def _on_words_timer_timeout(self) -> None:
        if self._hover_slot is not None and self.inspector.active:
            self.hover_changed.emit(self.inspector.describe(self._hover_slot))

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
            self.drop_session(session_id, slot)
        self.inspect(None)

    def drop_session(self, session_id: str, slot: int) -> str:
        """Move a dropped session; on a red slot ask (place anyway, cancel, or
        the moves that make room).  Returns "moved", "refused" or the choice."""
        refusal = self.inspector.refusal(session_id, slot)
        if refusal is None:
            return "moved" if self.model.move_session(session_id, slot) else "refused"
        if session_id not in self.state.sessions:
            self.model.move_session(session_id, slot)  # says why it is refused
            return "refused"
        self.inspect(None)
        return self.placement.drop_on_conflict(session_id, slot, refusal, self)

    def offer_swap(self, dragged: str, target: str) -> bool:
        """Ask whether to swap the two sessions' times; swap as one undo step."""
        sessions = self.state.sessions
        a = session_title(sessions.get(dragged), dragged)
        b = session_title(sessions.get(target), target)
        answer = QMessageBox.question(
            self, translate("TimetableWidget", "Swap sessions"),
            translate("TimetableWidget", "Swap the times of {first} and {second}? Each keeps its room, and both "
                                         "times get pinned.").format(first=a, second=b) + "\n\n"
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
            return translate("TimetableWidget", "Careful: this adds %n hard violations (soft {soft}).", "",
                             hard).format(soft=f"{soft:+d}")
        if hard < 0:
            return translate("TimetableWidget", "This removes %n hard violations (soft {soft}).", "",
                             -hard).format(soft=f"{soft:+d}")
        return translate("TimetableWidget", "No hard violation is added; the soft score changes by {soft}.").format(
            soft=f"{soft:+d}")

    def room_menu(self, session_id: str, slot: int) -> QMenu:
        """The room chooser: each suitable room with its change of the soft
        score, best first; rooms that would break a hard constraint are disabled."""
        menu = QMenu(self)
        rooms = {r.id: r for r in self.state.problem.rooms}
        for option in self.inspector.room_options(session_id, slot):
            room = rooms.get(option.room_id)
            name = room.name if room and room.name != option.room_id else option.room_id
            state = (translate("TimetableWidget", "soft {change}").format(change=f"{option.soft_delta:+d}")
                     if option.legal else translate("TimetableWidget", "not allowed"))
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
        self.context_menu(event.pos()).exec(event.globalPos())

    def context_menu(self, pos: QPoint) -> QMenu:
        """A card's menu (pins, unplace, find a place, weeks) and the pins of all visible."""
        card = self.card_at(pos)
        if card is not None:
            menu = self.placement.session_menu(card.entry.session_id, card.entry, self)
            menu.addSeparator()
        else:
            menu = QMenu(self)
        visible = self.model.visible_session_ids()
        self._pin_action(menu, translate("SessionMenu", "Pin all visible"), visible, time=True, room=True).setEnabled(bool(visible))
        self._pin_action(menu, translate("SessionMenu", "Unpin all visible"), visible, time=False, room=False).setEnabled(bool(visible))
        return menu

    def _pin_action(self, menu: QMenu, text: str, ids: list[str], **pins):
        action = menu.addAction(text)
        action.triggered.connect(lambda: self.pin(ids, **pins))
        return action

    def pin(self, session_ids: list[str], *, time: bool | None = None, room: bool | None = None) -> None:
        self.placement.pin(session_ids, time=time, room=room)

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
        lock = self.lock_rect(card)
        if lock is not None and lock.adjusted(-2, -2, 2, 2).contains(event.pos()):
            QToolTip.showText(event.globalPos(), pin_words(card.entry), self)
            return
        QToolTip.showText(event.globalPos(), self.card_tooltip(card), self)

    def card_tooltip(self, card: Card) -> str:
        lines = card_tooltip_lines(card.entry)
        for v in self.state.evaluation.for_session(card.entry.session_id):
            lines.append(f"{'⚠' if v.level == 'hard' else '•'} {engine_text(v.reason)}")
        return "\n".join(lines)
