"""Hand placement: the card menu (pins, unplace, find a place, weeks), the tray
(drop a card to unplace, find a place), a drop on a red slot (place anyway,
cancel, or the moves that make room with the score change), the card text and
the marked slots of instructor and room views."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timetable_fixtures import (  # noqa: E402,F401
    G2_LEC0, G2_MATHS, MONDAY_P1, document, full_score, widget, world,
)

from schedule_engine.model import Instructor  # noqa: E402
from schedule_engine.project_store import Project  # noqa: E402
from scheduler_gui.document import ProjectDocument  # noqa: E402
from scheduler_gui.timetable import TimetableWidget  # noqa: E402
from scheduler_gui.timetable.card_text import card_lines, pin_words, shorten_words  # noqa: E402
from scheduler_gui.timetable.conflict_question import CANCEL, PLACE_ANYWAY, RESOLVE  # noqa: E402
from scheduler_gui.timetable.grid_model import session_mime_data  # noqa: E402
from scheduler_gui.timetable.slot_marks import PREFERRED, UNAVAILABLE, UNDESIRED  # noqa: E402

MOVE = Qt.DropAction.MoveAction


def _card(widget, session_id):
    return next(c for c in widget.grid_model.cards() if c.entry.session_id == session_id)


def _menu_texts(menu):
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _trigger(menu, text):
    action = next(a for a in menu.actions() if a.text() == text)
    assert action.isEnabled(), text
    action.trigger()


def _answer(widget, key, asked):
    def ask(box):
        asked.append(box.text())
        if key in box.buttons:
            box.buttons[key].click()
        return 0
    widget.placement.ask = ask


def test_card_menu_lists_pins_unplace_find_and_the_weeks(widget):
    view = widget.grid_view
    menu = view.context_menu(view.card_rect(_card(widget, G2_MATHS)).center().toPoint())
    assert _menu_texts(menu) == [
        "Pin time", "Pin room", "Pin time and room", "Unpin", "Unplace", "Find a place…",
        "Show Mr. Thapa's week", "Show BCT second year's week", "Show Hall 1's week",
        "Pin all visible", "Unpin all visible"]
    _trigger(menu, "Show Mr. Thapa's week")
    assert (widget.grid_model.kind, widget.grid_model.entity_id) == ("instructor", "I3")


def test_pin_room_then_unpin_from_the_menu(widget, document):
    view = widget.grid_view
    _trigger(view.context_menu(view.card_rect(_card(widget, G2_MATHS)).center().toPoint()), "Pin room")
    a = document.solution.by_session()[G2_MATHS]
    assert (a.pin_time, a.pin_room) == (False, True)
    card = _card(widget, G2_MATHS)
    assert view.lock_rect(card) is not None
    assert pin_words(card.entry).startswith("Pinned: room")
    _trigger(view.context_menu(view.card_rect(card).center().toPoint()), "Unpin")
    a = document.solution.by_session()[G2_MATHS]
    assert (a.pin_time, a.pin_room) == (False, False)
    assert view.lock_rect(_card(widget, G2_MATHS)) is None


def test_unplace_sends_the_session_to_the_tray_and_undo_brings_it_back(widget, document):
    view = widget.grid_view
    _trigger(view.context_menu(view.card_rect(_card(widget, G2_MATHS)).center().toPoint()), "Unplace")
    assert document.solution.by_session()[G2_MATHS].slot is None
    assert widget.tray_model.session_ids() == [G2_MATHS]
    assert widget.tray_label.text() == "Unplaced (1)"
    document.undo_stack.undo()
    assert document.solution.by_session()[G2_MATHS].slot == 1
    assert widget.tray_model.session_ids() == []


def test_a_card_dropped_on_the_tray_is_unplaced(widget, document):
    mime = session_mime_data(G2_MATHS)
    event = QDropEvent(QPointF(10, 10), MOVE, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.tray.dropEvent(event)
    assert event.isAccepted()
    assert widget.tray_model.session_ids() == [G2_MATHS]


def test_find_a_place_from_the_tray_lists_legal_places_and_moves_to_the_chosen(widget, document):
    widget.placement.unplace(G2_MATHS)
    shown = []

    def accept_second(dialog):
        shown.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.list.setCurrentRow(1)
        return QDialog.DialogCode.Accepted
    widget.placement.ask = accept_second
    index = widget.tray_model.index(0)
    widget.tray._on_double_clicked(index)
    labels = shown[0]
    assert len(labels) >= 2 and all(" — soft " in text for text in labels)
    chosen = document.solution.by_session()[G2_MATHS]
    assert chosen.slot is not None and chosen.pin_time
    assert widget.state.evaluation.hard == 0
    assert widget.tray_model.session_ids() == []


def _drop_beside_cards(view, session_id, day, period):
    rect = view.cell_rect(day, period)
    mime = session_mime_data(session_id)
    event = QDropEvent(QPointF(rect.x() + 1, rect.center().y()), MOVE, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)


def test_drop_on_a_red_slot_offers_the_moves_that_make_room_with_the_score_change(widget, document):
    asked = []
    _answer(widget, RESOLVE, asked)
    before = full_score(document.problem, document.solution)
    _drop_beside_cards(widget.grid_view, G2_MATHS, 0, 0)  # Monday P1: G2's lecture is there
    assert len(asked) == 1
    assert "Moving the sessions in the way makes room for it" in asked[0]
    by = document.solution.by_session()
    assert by[G2_MATHS].slot == MONDAY_P1 and by[G2_LEC0].slot != MONDAY_P1
    after = full_score(document.problem, document.solution)
    assert after[0] == 0
    change = f"hard {after[0] - before[0]:+d}, soft {after[1] - before[1]:+d}".replace("-", "−")
    assert f"Total change of the score: {change}." in asked[0]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.solution.by_session()[G2_MATHS].slot == 1


def test_drop_on_a_red_slot_placed_anyway_shows_the_conflict(widget, document):
    asked = []
    _answer(widget, PLACE_ANYWAY, asked)
    _drop_beside_cards(widget.grid_view, G2_MATHS, 0, 0)
    assert document.solution.by_session()[G2_MATHS].slot == MONDAY_P1
    assert widget.state.evaluation.hard > 0
    assert _card(widget, G2_MATHS).violated
    assert any(G2_MATHS in v.sessions for v in widget.state.evaluation.violations if v.level == "hard")


def test_drop_on_a_red_slot_cancelled_changes_nothing(widget, document):
    asked = []
    _answer(widget, CANCEL, asked)
    _drop_beside_cards(widget.grid_view, G2_MATHS, 0, 0)
    assert asked and document.undo_stack.count() == 0
    assert document.solution.by_session()[G2_MATHS].slot == 1


def test_card_lines_show_room_and_instructor_in_every_view(widget):
    entry = _card(widget, G2_MATHS).entry
    for kind in ("group", "instructor", "room"):
        assert card_lines(entry, kind)[1] == "Hall 1 · Mr. Thapa"
    assert card_lines(entry, "group")[2] == "Maths"


def test_shorten_words_cuts_at_a_word_boundary():
    width = len  # one unit per character
    assert shorten_words("Digital Signal Processing", 25, width) == "Digital Signal Processing"
    assert shorten_words("Digital Signal Processing", 20, width) == "Digital Signal…"
    assert shorten_words("Digital Signal Processing", 9, width) == "Digital…"
    assert shorten_words("Electromagnetics", 8, width) == "Electro…"


def test_instructor_view_marks_unavailable_preferred_and_undesired_slots(qtbot):
    base = world()
    thapa = Instructor("I3", "Mr. Thapa", qualifications={("C3", "lecture")},
                       unavailable={4}, preferred={0}, undesired={7})
    problem = replace(base, instructors=(*base.instructors[:2], thapa))
    from timetable_fixtures import timetable
    doc = ProjectDocument(Project(problem, timetable()))
    w = TimetableWidget(doc)
    qtbot.addWidget(w)
    w.show_entity("instructor", "I3")
    assert w.grid_model.slot_marks == {4: UNAVAILABLE, 0: PREFERRED, 7: UNDESIRED}
    w.show_entity("room", "R1")
    assert w.grid_model.slot_marks == {}
