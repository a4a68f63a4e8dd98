"""The week grid of a two-week (A/B) cycle: the switch, the halves of the
combined view, the week on cards and tooltips, and drags that give a week."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "engine"))

from ab_samples import G1A, G1B, ab_problem, ab_solution  # noqa: E402
from export_samples import sample_problem  # noqa: E402

from schedule_engine.export.views import timetable_entries  # noqa: E402
from schedule_engine.project_store import Project  # noqa: E402
from scheduler_gui.document import ProjectDocument  # noqa: E402
from scheduler_gui.roles import ENTRIES_ROLE  # noqa: E402
from scheduler_gui.timetable import TimetableWidget  # noqa: E402
from scheduler_gui.timetable.week_lanes import FIRST_HALF, SECOND_HALF, WHOLE, assign_week_lanes  # noqa: E402

THURSDAY_P1 = 3 * 6  # slot = day * 6 + period
C2_LECTURE = "C2|lecture|G1+G2|0"


def _widget(qtbot, problem, solution) -> TimetableWidget:
    document = ProjectDocument(Project(problem, solution))
    w = TimetableWidget(document)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def ab_widget(qtbot, qapp) -> TimetableWidget:
    w = _widget(qtbot, ab_problem(), ab_solution())
    w.show_entity("room", "L1")
    return w


def _cards(widget) -> dict[str, tuple[int, int, int]]:
    return {c.entry.session_id: (c.half, c.lane, c.lanes) for c in widget.grid_model.cards()}


def test_switch_shows_only_with_two_weeks_and_names_them(qtbot, qapp, ab_widget):
    switch = ab_widget.week_switch
    assert switch.isVisibleTo(ab_widget)
    assert [switch.buttons[w].text() for w in (1, 2, 0)] == ["Week A", "Week B", "Both"]
    assert switch.week == 0
    one_week = _widget(qtbot, sample_problem(), ab_solution({}))
    one_week.show_entity("room", "L1")
    assert not one_week.week_switch.isVisibleTo(one_week)
    assert {c.half for c in one_week.grid_model.cards()} == {WHOLE}


def test_model_passes_the_model_tester_in_every_view(qtmodeltester, ab_widget):
    for week in (0, 1, 2):
        ab_widget.week_switch.set_week(week)
        qtmodeltester.check(ab_widget.grid_model)
        qtmodeltester.check(ab_widget.overview.model)


def test_both_view_puts_week_a_left_and_week_b_right(ab_widget):
    assert _cards(ab_widget) == {G1A: (FIRST_HALF, 0, 1), G1B: (SECOND_HALF, 0, 1)}
    view = ab_widget.grid_view
    cards = {c.entry.session_id: c for c in ab_widget.grid_model.cards()}
    cell = view.cell_rect(1, 0, 2)
    a, b = view.card_rect(cards[G1A]), view.card_rect(cards[G1B])
    assert a.left() < cell.center().x() < b.left()
    assert abs(a.width() - b.width()) < 0.01 and a.width() < cell.width() / 2
    assert not any(c.violated for c in cards.values())
    text = ab_widget.grid_model.index(0, 1).data()  # Tuesday P1
    assert "C1 practical · week A" in text and "C1 practical · week B" in text


def test_a_weekly_session_spans_the_whole_cell(ab_widget):
    ab_widget.show_entity("group", "G1")
    cards = _cards(ab_widget)
    assert cards[C2_LECTURE] == (WHOLE, 0, 1)
    assert cards[G1A][0] == FIRST_HALF and cards[G1B][0] == SECOND_HALF


def test_one_week_view_keeps_that_week_and_the_weekly_sessions(ab_widget):
    ab_widget.week_switch.set_week(1)
    assert _cards(ab_widget) == {G1A: (WHOLE, 0, 1)}
    ab_widget.week_switch.set_week(2)
    assert _cards(ab_widget) == {G1B: (WHOLE, 0, 1)}
    ab_widget.show_entity("group", "G1")
    assert C2_LECTURE in _cards(ab_widget) and G1A not in _cards(ab_widget)
    ab_widget.overview_button.setChecked(True)
    overview = ab_widget.overview.model
    overview.set_kind("room")
    lab_row = [overview.index(r, 0).data(0x0100) for r in range(overview.rowCount())].index("L1")
    assert overview.index(lab_row, 6).data() == "C1·B"
    ab_widget.week_switch.set_week(0)
    assert overview.index(lab_row, 6).data() == "C1·A C1·B"


def test_card_tooltip_says_the_week(ab_widget):
    cards = {c.entry.session_id: c for c in ab_widget.grid_model.cards()}
    tip = ab_widget.grid_view.card_tooltip(cards[G1B])
    assert "Taught every other week: week B only" in tip.splitlines()


def test_a_weekly_session_beside_single_week_ones_is_in_both_halves():
    entries = {e.session_id: e for e in timetable_entries(ab_problem(), ab_solution())}
    weekly = replace(entries[G1A], session_id="W", week=0, week_name="")
    placed = sorted((e.session_id, half, lane, n) for e, lane, n, half in
                    assign_week_lanes([entries[G1A], entries[G1B], weekly], combined=True))
    assert placed == [(G1A, FIRST_HALF, 0, 2), (G1B, SECOND_HALF, 0, 2),
                      ("W", FIRST_HALF, 1, 2), ("W", SECOND_HALF, 1, 2)]
    alone = assign_week_lanes([weekly], combined=True)
    assert [(e.session_id, lane, n, half) for e, lane, n, half in alone] == [("W", 0, 1, WHOLE)]


def test_drag_in_week_b_view_scores_and_gives_week_b(ab_widget):
    document = ab_widget.document
    ab_widget.week_switch.set_week(2)
    ab_widget.show_entity("group", "G1")
    inspector = ab_widget.inspector
    inspector.start(G1A)
    assert inspector.week == 2
    assert ", week B" in inspector.describe(THURSDAY_P1).splitlines()[0]
    inspector.stop()
    assert ab_widget.grid_model.move_session(G1A, THURSDAY_P1)
    moved = document.solution.by_session()[G1A]
    assert (moved.slot, moved.week) == (THURSDAY_P1, 2)
    assert "(week B)" in document.undo_stack.undoText()
    document.undo_stack.undo()
    back = document.solution.by_session()[G1A]
    assert (back.slot, back.week) == (6, 1)


def test_drag_in_both_view_keeps_the_session_week_and_weekly_stays_weekly(ab_widget):
    document = ab_widget.document
    inspector = ab_widget.inspector
    inspector.start(G1B)
    assert inspector.week == 2
    inspector.stop()
    assert ab_widget.grid_model.move_session(G1B, THURSDAY_P1)
    assert document.solution.by_session()[G1B].week == 2
    ab_widget.week_switch.set_week(1)
    assert inspector.week_for(C2_LECTURE) == 0
    assert ab_widget.grid_model.move_session(C2_LECTURE, 3 * 6 + 2)
    moved = document.solution.by_session()[C2_LECTURE]
    assert (moved.slot, moved.week) == (3 * 6 + 2, 0)


def test_cells_of_the_grid_model_hold_the_entries_of_the_view(ab_widget):
    ab_widget.week_switch.set_week(1)
    assert [e.session_id for e in ab_widget.grid_model.index(0, 1).data(ENTRIES_ROLE)] == [G1A]


def test_colouring_is_for_the_week_in_view(ab_widget):
    """G1b's week-B practical shares Tuesday P1 with G1a's week-A one (same
    instructor): legal in week B where it is, an instructor clash in week A."""
    inspector = ab_widget.inspector
    tuesday_p1 = 6
    ab_widget.week_switch.set_week(2)
    inspector.start(G1B)
    assert inspector.slot_info(tuesday_p1).legal
    ab_widget.week_switch.set_week(1)
    inspector.start(G1B)
    assert inspector.week == 1
    info = inspector.slot_info(tuesday_p1)
    assert not info.legal and info.hard_delta > 0
    words = inspector.describe(tuesday_p1)
    assert words.splitlines()[0].endswith("week A: not allowed")
    assert "Alan Turing" in words or "I2" in words
    inspector.stop()
    assert not ab_widget.grid_model.move_session(G1B, tuesday_p1)
    assert "week A" in ab_widget.grid_model.last_refusal
    ab_widget.week_switch.set_week(0)
    inspector.start(G1B)
    assert inspector.week == 2 and inspector.slot_info(tuesday_p1).legal


def test_switch_follows_edits_of_the_cycle(qtbot, qapp):
    widget = _widget(qtbot, sample_problem(), ab_solution({}))
    widget.show_entity("room", "L1")
    assert not widget.week_switch.isVisibleTo(widget)
    widget.document.set_problem(ab_problem(("Odd", "Even")))
    assert widget.week_switch.isVisibleTo(widget)
    assert widget.week_switch.buttons[2].text() == "Week Even"
    widget.week_switch.set_week(2)
    assert widget.grid_model.shown_week == 2 and widget.inspector.view_week == 2
    widget.document.set_problem(sample_problem())
    assert not widget.week_switch.isVisibleTo(widget)
    assert widget.week_switch.week == 0 and widget.grid_model.shown_week == 0
    assert {c.half for c in widget.grid_model.cards()} == {WHOLE}
