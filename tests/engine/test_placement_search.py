"""Hand placement: unplace, the best legal places of a session, and the moves
that make room for a session dropped where another one is in the way."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring_world import G1B_LAB, G2_LEC0, G2_LEC1, G2_MATHS, timetable, world  # noqa: E402

from schedule_engine.compiled import compile_problem  # noqa: E402
from schedule_engine.placement_search import find_places, resolve_drop, unplace_session  # noqa: E402
from schedule_engine.scoring import evaluate, score_arrays  # noqa: E402
from schedule_engine.timetable_edits import TimetableInspector  # noqa: E402


def _score(problem, solution):
    cp = compile_problem(problem)
    slot, room, instr = cp.encode(solution)
    free = np.full(cp.n_sessions, -1, np.int32)
    hard, soft, _ = score_arrays(cp, slot, room, instr, free, free)
    return hard, soft


def test_unplace_takes_time_room_and_pins_and_keeps_the_instructor():
    solution = timetable(pins={G2_MATHS: (True, True)})
    out = unplace_session(solution, G2_MATHS).by_session()[G2_MATHS]
    assert (out.slot, out.room, out.instructor, out.pin_time, out.pin_room) == (None, None, "I3", False, False)
    assert unplace_session(solution, G2_MATHS).by_session()[G2_LEC0] == solution.by_session()[G2_LEC0]


def test_find_places_lists_legal_starts_best_first_without_the_current_one():
    problem, solution = world(), timetable()
    inspector = TimetableInspector(problem, solution)
    places = find_places(inspector, G2_MATHS)
    options = inspector.start_options(inspector.index(G2_MATHS))
    legal = {int(t) for t in np.flatnonzero(options.legal)} - {1}
    assert {p.slot for p in places} == legal
    assert [p.soft_delta for p in places] == sorted(p.soft_delta for p in places)
    assert all(p.hard_delta == 0 and p.room_id is not None for p in places)


def test_resolve_drop_moves_the_blocker_to_a_legal_start_and_reports_the_exact_change():
    problem, solution = world(), timetable()
    # Maths onto Monday P1, where G2's programming lecture is: a G2 clash.
    resolution = resolve_drop(problem, solution, G2_MATHS, 0)
    assert resolution is not None
    assert [m.session_id for m in resolution.moves] == [G2_MATHS, G2_LEC0]
    assert (resolution.moves[0].from_slot, resolution.moves[0].to_slot) == (1, 0)
    assert resolution.moves[1].from_slot == 0 and resolution.moves[1].to_slot in (1, 4)
    before, after = _score(problem, solution), _score(problem, resolution.solution)
    assert (resolution.hard_delta, resolution.soft_delta) == (after[0] - before[0], after[1] - before[1])
    assert after[0] == 0
    assert not [v for v in evaluate(problem, resolution.solution).for_session(G2_MATHS) if v.level == "hard"]
    moved = resolution.solution.by_session()
    assert moved[G2_MATHS].pin_time and not moved[G2_LEC0].pin_time


def test_resolve_drop_leaves_pinned_blockers_where_they_are():
    problem = world()
    solution = timetable(pins={G2_LEC0: (True, False)})
    assert resolve_drop(problem, solution, G2_MATHS, 0) is None


def test_resolve_drop_refuses_a_start_the_session_cannot_take():
    problem, solution = world(), timetable()
    assert resolve_drop(problem, solution, G1B_LAB, 3) is None  # a 2-period block at the day's end
    assert resolve_drop(problem, solution, G2_LEC1, 99) is None
