"""The repairs of :mod:`schedule_engine.solver.rest_repair` on a two-week
cycle (a fortnightly session may move to the other week) and against a
deadline (past it they stop and return a whole timetable), the domains of a
two-week cycle (no start where every candidate instructor is away), and the
search's hard repair, which only two-week cycles get."""

from __future__ import annotations

import time

import numpy as np

from fortnight_world import G1_L0, LAB_A, LAB_B, baseline, grid, world
from schedule_engine.compiled import compile_problem
from schedule_engine.model import Instructor
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.solver.domains import build_domains
from schedule_engine.solver.memetic import SearchConfig
from schedule_engine.solver.rest_repair import keep_rest_clean, leave_unplaced, outside, rest_only, settle_held

NONE_HELD = np.zeros(0, np.int64)
MONDAY_P3 = 3
"""Monday 11:30, where the lab's 2-period block (slots 3 and 4) fits."""


def lab_only_monday_afternoon():
    """The fortnight school with I2, the labs' only teacher, free for Monday P3-P4 alone."""
    away = frozenset(range(grid().n_slots)) - {3, 4}
    instructors = (Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture"), ("C3", "lecture")}),
                   Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}, unavailable=away))
    return world(instructors=instructors)


def state(cp, solution) -> np.ndarray:
    return np.stack([*cp.encode(solution), cp.lengths(solution), cp.weeks(solution)], axis=1).astype(np.int64)


def clashing_labs(cp) -> np.ndarray:
    """The baseline with both labs in week A: they clash in room, teacher and time."""
    return state(cp, baseline(LAB_B=(MONDAY_P3, "L1", "I2", 1)))


def test_keep_rest_clean_moves_a_fortnightly_session_to_the_other_week():
    problem = lab_only_monday_afternoon()
    cp = compile_problem(problem)
    none = np.full(cp.n_sessions, -1)
    asg = clashing_labs(cp)
    before = outside(rest_only(cp, asg, NONE_HELD, none, none), NONE_HELD)
    assert sorted(cp.sessions[s].id for s in before) == sorted([LAB_A, LAB_B])
    fixed = keep_rest_clean(cp, asg, NONE_HELD, none, none)
    labs = [cp.session_index[LAB_A], cp.session_index[LAB_B]]
    assert fixed[labs, 0].tolist() == [MONDAY_P3, MONDAY_P3]  # the only time I2 can teach them
    assert sorted(fixed[labs, 4].tolist()) == [1, 2]  # one in week A, one in week B
    assert IncrementalScorer.from_asg(cp, fixed, none, none).hard == 0


def test_settle_held_moves_a_held_fortnightly_session_to_the_other_week():
    problem = lab_only_monday_afternoon()
    cp = compile_problem(problem)
    none = np.full(cp.n_sessions, -1)
    held = np.array([cp.session_index[LAB_B]], np.int64)
    settled = settle_held(cp, clashing_labs(cp), held, none, none)
    assert int(settled[cp.session_index[LAB_B], 4]) == 2
    assert IncrementalScorer.from_asg(cp, settled, none, none).hard == 0


def test_past_their_deadline_the_repairs_leave_the_timetable_as_it_is():
    problem = lab_only_monday_afternoon()
    cp = compile_problem(problem)
    none = np.full(cp.n_sessions, -1)
    asg = clashing_labs(cp)
    gone = time.monotonic() - 1.0
    held = np.array([cp.session_index[LAB_B]], np.int64)
    assert np.array_equal(keep_rest_clean(cp, asg, NONE_HELD, none, none, gone), asg)
    assert np.array_equal(settle_held(cp, asg, held, none, none, deadline=gone), asg)


def test_leave_unplaced_past_its_deadline_still_takes_out_what_clashes():
    problem = lab_only_monday_afternoon()
    cp = compile_problem(problem)
    none = np.full(cp.n_sessions, -1)
    held = np.array([cp.session_index[LAB_B]], np.int64)
    late = leave_unplaced(cp, clashing_labs(cp), held, none, none, time.monotonic() - 1.0)
    assert int(late[cp.session_index[LAB_B], 0]) == -1  # out, and not put back (no time left)
    scorer = IncrementalScorer.from_asg(cp, late, none, none)
    assert scorer.breakdown()["unplaced"] == 1 and scorer.hard == 1
    in_time = leave_unplaced(cp, clashing_labs(cp), held, none, none)
    assert int(in_time[cp.session_index[LAB_B], 0]) == MONDAY_P3  # put back, in week B
    assert int(in_time[cp.session_index[LAB_B], 4]) == 2


def both_away_at_monday_first():
    """C1's lecture may be taught by I1 or I3, both away on Monday P1 (slot 0, either week)."""
    instructors = (Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture"), ("C3", "lecture")},
                              unavailable=frozenset({0})),
                   Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}),
                   Instructor("I3", "Mr. Roy", qualifications={("C1", "lecture")}, unavailable=frozenset({0, 1})))
    return instructors


def test_a_two_week_cycle_offers_no_start_where_every_candidate_instructor_is_away():
    cp = compile_problem(world(instructors=both_away_at_monday_first()))
    none = np.full(cp.n_sessions, -1)
    s = cp.session_index[G1_L0]
    assert len(cp.candidate_instructors(s)) == 2
    starts = build_domains(cp, none, none).starts(s).tolist()
    assert 0 not in starts and 1 in starts  # I1 is free at 1


def test_a_one_week_grid_keeps_its_domains_as_they_were():
    one_week = world(instructors=both_away_at_monday_first(), time_grid=grid(week_names=()))
    cp = compile_problem(one_week)
    none = np.full(cp.n_sessions, -1)
    assert 0 in build_domains(cp, none, none).starts(cp.session_index[G1_L0]).tolist()


def test_only_two_week_cycles_get_the_hard_repair():
    two = compile_problem(world())
    one = compile_problem(world(time_grid=grid(week_names=())))
    assert SearchConfig.for_effort("balanced", two).repair_hard
    assert not SearchConfig.for_effort("balanced", one).repair_hard


def test_a_run_past_its_deadline_stops_in_the_first_construction():
    from schedule_engine.solver.island_search import search_island
    from schedule_engine.solver.options import SolveOptions

    options = SolveOptions(time_limit=None, generations=1, seed=1, workers=1)
    _, whole, _, _ = search_island(world(), options, 1, 0, None, None, None)
    assert (whole.generations, whole.stop_reason) == (1, "generations")
    _, cut, _, _ = search_island(world(), options, 1, 0, None, None, None, deadline=time.monotonic() - 1.0)
    assert (cut.generations, cut.stop_reason) == (0, "time_limit")
