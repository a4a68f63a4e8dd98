"""Hand edits of a timetable: move, swap, pins, reconcile, and the start options
of a dragged session checked against full re-scoring."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring_world import (  # noqa: E402
    G1_LEC0, G1A_LAB, G1B_LAB, G2_LEC0, G2_MATHS, timetable, world,
)

from schedule_engine.compiled import compile_problem  # noqa: E402
from schedule_engine.model import Instructor, Room  # noqa: E402
from schedule_engine.scoring import score_arrays  # noqa: E402
from schedule_engine.timetable_edits import (  # noqa: E402
    TimetableInspector, move_session, reconcile, set_pins, swap_sessions,
)


def _score(cp, solution):
    slot, room, instr = cp.encode(solution)
    free = np.full(cp.n_sessions, -1, np.int32)
    hard, soft, _ = score_arrays(cp, slot, room, instr, free, free)
    return hard, soft


def _check_options_against_full_scoring(problem, solution, session_id):
    insp = TimetableInspector(problem, solution)
    cp = insp.cp
    s = insp.index(session_id)
    options = insp.start_options(s)
    before = _score(cp, solution)
    unplaced = move_session(problem, solution, session_id, 0, pin=False)
    unplaced = replace(unplaced, assignments=tuple(
        replace(a, slot=None) if a.session_id == session_id else a for a in unplaced.assignments))
    hard_unplaced = _score(cp, unplaced)[0]
    for t in range(cp.n_slots):
        room = int(options.room[t])
        moved = move_session(problem, solution, session_id, t,
                             cp.room_ids[room] if room >= 0 else None, pin=False)
        after = _score(cp, moved)
        assert (int(options.hard_delta[t]), int(options.soft_delta[t])) == \
            (after[0] - before[0], after[1] - before[1]), t
        own = after[0] - hard_unplaced + 1
        assert bool(options.legal[t]) == (own == 0), t
    return options


def test_start_options_equal_full_rescoring_of_each_move():
    problem = world()
    for sid in (G1_LEC0, G1A_LAB, G2_MATHS):
        options = _check_options_against_full_scoring(problem, timetable(), sid)
        assert options.own_now == 0
        assert options.legal.any() and not options.legal.all()


def test_start_options_of_a_clashing_and_of_an_unplaced_session():
    problem = world()
    clashing = timetable({G1_LEC0: (0, "R3", "I1")})  # Dr. Rai already teaches G2 then
    options = _check_options_against_full_scoring(problem, clashing, G1_LEC0)
    assert options.own_now > 0
    assert not options.legal[0]
    unplaced = timetable({G2_MATHS: (None, None, None)})
    options = _check_options_against_full_scoring(problem, unplaced, G2_MATHS)
    assert options.own_now == 1
    assert options.legal[4]  # Tuesday 09:00 is free for G2, Mr. Thapa and a room


def test_broken_constraints_and_reasons_of_an_illegal_start():
    problem = world()
    insp = TimetableInspector(problem, timetable())
    s = insp.index(G2_MATHS)
    options = insp.start_options(s)
    assert not options.legal[0]  # G2's lecture is at Monday 09:00
    broken = insp.broken_hard(s, 0, int(options.room[0]))
    assert "student_clash" in broken
    reasons = [v.reason for v in insp.explain(s, 0, int(options.room[0]))]
    assert any("G2" in r for r in reasons)


def test_move_picks_the_best_legal_room_and_pins():
    problem = world()
    moved = move_session(problem, timetable(), G2_MATHS, 4)
    a = moved.by_session()[G2_MATHS]
    assert (a.slot, a.pin_time, a.pin_room) == (4, True, True)
    assert a.room == "R1"  # R3 seats 10 of 25: the capacity penalty makes R1 best
    chosen = move_session(problem, timetable(), G2_MATHS, 4, "R3", pin=False)
    a = chosen.by_session()[G2_MATHS]
    assert (a.room, a.pin_time, a.pin_room) == ("R3", False, False)
    with pytest.raises(ValueError, match="outside the week"):
        move_session(problem, timetable(), G2_MATHS, 99)


def test_room_options_list_each_suitable_room_with_its_delta():
    problem = world()
    insp = TimetableInspector(problem, timetable())
    options = insp.room_options(insp.index(G2_MATHS), 4)
    assert {o.room_id for o in options} == {"R1", "R2", "R3"}  # a lecture needs no room type
    assert options[0].room_id == "R1" and options[0].legal
    assert all(o.soft_delta > options[0].soft_delta for o in options[1:])


def test_swap_exchanges_times_and_keeps_rooms():
    problem = world()
    swapped = swap_sessions(problem, timetable(), G1A_LAB, G1B_LAB)
    by = swapped.by_session()
    assert (by[G1A_LAB].slot, by[G1B_LAB].slot) == (4, 0)
    assert by[G1A_LAB].room == by[G1B_LAB].room == "R2"
    assert by[G1A_LAB].pin_time and by[G1B_LAB].pin_time


def test_set_pins_changes_only_the_named_pins():
    pinned = set_pins(timetable(), [G1_LEC0, G2_LEC0], time=True)
    by = pinned.by_session()
    assert by[G1_LEC0].pin_time and not by[G1_LEC0].pin_room
    assert not by[G2_MATHS].pin_time
    cleared = set_pins(pinned, [G1_LEC0], time=False, room=None)
    assert not cleared.by_session()[G1_LEC0].pin_time and cleared.by_session()[G2_LEC0].pin_time


def test_reconcile_keeps_valid_sessions_and_unplaces_the_rest():
    problem = world()
    solution = set_pins(timetable(), [G2_MATHS], time=True, room=True)
    # Mr. Thapa becomes unavailable on Monday 10:00 (G2_MATHS's slot); Lab A is removed.
    edited = replace(problem,
                     instructors=tuple(replace(i, unavailable={1}) if i.id == "I3" else i
                                       for i in problem.instructors),
                     rooms=tuple(r for r in problem.rooms if r.id != "R2"))
    kept, invalid = reconcile(edited, solution)
    assert set(invalid) == {G2_MATHS, G1A_LAB, G1B_LAB}
    by = kept.by_session()
    assert by[G2_MATHS].slot is None and not by[G2_MATHS].pin_time
    assert by[G2_MATHS].instructor == "I3"
    assert by[G1_LEC0] == solution.by_session()[G1_LEC0]
    same, none = reconcile(problem, timetable())
    assert none == [] and same.by_session() == timetable().by_session()


def test_reconcile_drops_unknown_sessions_and_adds_new_ones():
    problem = world()
    unknown = replace(timetable(), assignments=timetable().assignments[:-1] + (
        timetable().assignments[-1].__class__("GONE|lecture|G9|0", 1, "R1", "I1"),))
    kept, invalid = reconcile(problem, unknown)
    ids = {a.session_id for a in kept.assignments}
    assert "GONE|lecture|G9|0" not in ids
    assert ids == {s.id for s in compile_problem(problem).sessions}
    assert invalid == []


def test_unplaced_session_without_instructor_gets_a_qualified_one():
    problem = world(instructors=(
        Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture")}),
        Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}),
        Instructor("I3", "Mr. Thapa", qualifications={("C3", "lecture")}),
    ), rooms=(Room("R1", "Hall 1", 40), Room("R2", "Lab A", 20, type="lab", features={"computers"})))
    solution = timetable({G2_MATHS: (None, None, None)})
    moved = move_session(problem, solution, G2_MATHS, 4)
    assert moved.by_session()[G2_MATHS].instructor == "I3"
