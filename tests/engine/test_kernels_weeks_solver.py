"""The solver on a two-week cycle: construction and the local search choose
week A or B for fortnightly sessions, so that two fortnightly sections can
share one slot and one room; the solution carries each session's week."""

from __future__ import annotations

import numpy as np
import pytest

from schedule_engine.compiled import compile_problem
from schedule_engine.model import (
    Course, CourseComponent, Group, Instructor, Period, Problem, Room, TimeGrid,
)
from schedule_engine.scoring import evaluate, score_arrays
from schedule_engine.solver import SolveOptions, solve


def one_lab_problem(weekly_extra: bool = False) -> Problem:
    """Two groups, one lab, four periods a day on an A/B cycle; each group has
    a fortnightly 4-period practical that may only be taught on Monday, so the
    lab is full on Monday in A and in B.  ``weekly_extra``: group G1 also has a
    weekly 1-period lecture in a hall."""
    grid = TimeGrid(days=("Monday", "Tuesday"),
                    periods=tuple(Period(f"P{k}", f"{8 + k:02d}:00", f"{9 + k:02d}:00")
                                  for k in range(4)),
                    week_names=("A", "B"))
    lab = CourseComponent("practical", 4, blocks=(4,), room_type="lab", fortnightly=True)
    tuesday = frozenset(range(4, 8))
    courses = [Course("L1", "Lab one", (lab,), unavailable=tuesday),
               Course("L2", "Lab two", (lab,), unavailable=tuesday)]
    rooms = [Room("LAB", "The lab", 30, type="lab")]
    instructors = [Instructor("T1", "Ann", qualifications={("L1", "practical")}),
                   Instructor("T2", "Bob", qualifications={("L2", "practical")})]
    g1_courses = ["L1"]
    if weekly_extra:
        courses.append(Course("X", "Extra", (CourseComponent("lecture", 1),)))
        rooms.append(Room("HALL", "Hall", 60))
        instructors.append(Instructor("T3", "Cy", qualifications={("X", "lecture")}))
        g1_courses.append("X")
    groups = (Group("G1", "First", 20, courses=tuple(g1_courses)),
              Group("G2", "Second", 20, courses=("L2",)))
    return Problem("one lab", grid, tuple(rooms), tuple(instructors), groups, tuple(courses))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_two_fortnightly_sections_share_the_lab_one_in_a_one_in_b(seed):
    problem = one_lab_problem()
    result = solve(problem, SolveOptions(time_limit=None, generations=2, seed=seed, workers=1))
    assert (result.hard, result.soft) == (0, 0)
    by_id = result.solution.by_session()
    a, b = by_id["L1|practical|G1|0"], by_id["L2|practical|G2|0"]
    assert (a.slot, a.room) == (b.slot, b.room) == (0, "LAB")
    assert {a.week, b.week} == {1, 2}
    assert evaluate(problem, result.solution).hard == 0


def test_a_weekly_session_keeps_week_0_in_the_solution():
    problem = one_lab_problem(weekly_extra=True)
    result = solve(problem, SolveOptions(time_limit=None, generations=2, seed=4, workers=1))
    assert result.hard == 0
    assert result.solution.by_session()["X|lecture|G1|0"].week == 0


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_the_annealing_week_moves_undo_a_clash_and_keep_exact_totals(seed):
    """Both practicals start in week A (a clash of the lab, the group-free
    instructors aside); the local search's week moves separate them, and the
    running totals equal full re-scoring, weeks included."""
    from schedule_engine.scoring.incremental import IncrementalScorer
    from schedule_engine.solver import ls_kernel
    from schedule_engine.solver.domains import build_domains

    cp = compile_problem(one_lab_problem(weekly_extra=True))
    pins = np.full(cp.n_sessions, -1)
    d = build_domains(cp, pins, pins)
    S = cp.n_sessions
    lab = cp.room_ids.index("LAB")
    slot = np.zeros(S, np.int32)
    room = np.where(cp.fortnightly, lab, cp.room_ids.index("HALL")).astype(np.int32)
    instr = np.array([int(cp.candidate_instructors(s)[0]) for s in range(S)], np.int32)
    week = np.where(cp.fortnightly, 1, 0)
    work = IncrementalScorer(cp, slot, room, instr, pins, pins, week=week)
    assert work.breakdown()["room_clash"] == 4
    best_asg = work.st[0].copy()
    best = np.array(work.score, np.int64)
    ls_kernel.anneal(3_000, 5.0, 1.0, 1 << 30, 100, seed, *d.anneal_args(), best_asg, best,
                     *work.pd, *work.st)
    asg = work.st[0]
    assert work.score == score_arrays(cp, asg[:, 0], asg[:, 1], asg[:, 2], length=asg[:, 3],
                                      week=asg[:, 4])[:2]
    assert tuple(best) == score_arrays(cp, best_asg[:, 0], best_asg[:, 1], best_asg[:, 2],
                                       length=best_asg[:, 3], week=best_asg[:, 4])[:2]
    assert best[0] == 0
    fortnightly = np.flatnonzero(cp.fortnightly)
    assert sorted(best_asg[fortnightly, 4].tolist()) == [1, 2]
    assert (best_asg[~cp.fortnightly, 4] == 0).all()
