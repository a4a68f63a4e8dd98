"""Drops on the painted grid: on a free cell (move), on another card (swap
offered with its effect), with Shift (room chooser with each room's change);
a drag entering from the tray starts the slot colouring."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMenu, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timetable_fixtures import G2_LEC1, G2_MATHS, TUESDAY_P1, document, widget  # noqa: E402,F401

from scheduler_gui.timetable.grid_model import session_mime_data  # noqa: E402

MOVE = Qt.DropAction.MoveAction


def _drop(view, session_id, day, period, modifiers=Qt.KeyboardModifier.NoModifier):
    rect = view.cell_rect(day, period)
    point = QPointF(rect.x() + 1, rect.center().y())  # the cell's margin, beside any card
    mime = session_mime_data(session_id)  # the event does not own it: keep it alive
    event = QDropEvent(point, MOVE, mime, Qt.MouseButton.LeftButton, modifiers)
    view.dropEvent(event)
    return event.isAccepted()


def test_drop_on_a_free_cell_moves_the_session(widget, document):
    assert _drop(widget.grid_view, G2_MATHS, 1, 0)  # Tuesday 09:00
    assert document.solution.by_session()[G2_MATHS].slot == TUESDAY_P1
    assert not widget.inspector.active


def test_drop_on_another_card_offers_the_swap_with_its_effect(monkeypatch, widget, document):
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    view = widget.grid_view
    card = next(c for c in widget.grid_model.cards() if c.entry.session_id == G2_LEC1)
    centre = view.card_rect(card).center()
    mime = session_mime_data(G2_MATHS)
    event = QDropEvent(centre, MOVE, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    assert len(asked) == 1 and "soft score changes by" in asked[0]
    by = document.solution.by_session()
    assert (by[G2_MATHS].slot, by[G2_LEC1].slot) == (5, 1)
    assert document.undo_stack.count() == 1


def test_shift_drop_opens_the_room_chooser(monkeypatch, widget, document):
    shown = []

    def pick(menu, where):
        assert isinstance(menu, QMenu)
        shown.extend((a.text(), a.isEnabled(), a.data()) for a in menu.actions())
        return "R3"

    monkeypatch.setattr(widget.grid_view, "ask_room", pick)
    _drop(widget.grid_view, G2_MATHS, 1, 0, Qt.KeyboardModifier.ShiftModifier)
    assert {data for _t, _e, data in shown} == {"R1", "R2", "R3"}
    assert all("soft" in text for text, enabled, _d in shown if enabled)
    assert shown[0][2] == "R1"  # best first
    a = document.solution.by_session()[G2_MATHS]
    assert (a.slot, a.room) == (TUESDAY_P1, "R3")


def test_a_drag_entering_from_the_tray_starts_the_colouring(widget):
    view = widget.grid_view
    mime = session_mime_data(G2_MATHS)
    event = QDragEnterEvent(view.rect().center(), MOVE, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    view.dragEnterEvent(event)
    assert event.isAccepted()
    assert widget.inspector.session_id == G2_MATHS


def test_pressing_a_card_shows_the_colouring_until_release(qtbot, widget):
    view = widget.grid_view
    card = next(c for c in widget.grid_model.cards() if c.entry.session_id == G2_MATHS)
    point = view.card_rect(card).center().toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=point)
    assert widget.inspector.session_id == G2_MATHS
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=point)
    assert not widget.inspector.active
