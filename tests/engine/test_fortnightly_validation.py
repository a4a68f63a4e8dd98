"""Validation of the two-week cycle fields and hand edits that carry a week."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fortnight_world import G1_L0, LAB_A, LAB_B, M0, baseline, grid, world  # noqa: E402

from schedule_engine.diagnostics import validate  # noqa: E402
from schedule_engine.model import Solution  # noqa: E402
from schedule_engine.timetable_edits import move_session, reconcile, swap_sessions  # noqa: E402
from schedule_engine.weeks_check import solution_week_problems, week_names_problem  # noqa: E402

WEEK_CODES = {"bad_week_names", "fortnightly_without_cycle", "bad_week", "week_on_weekly_session"}


def week_errors(problem):
    return [(d.code, d.entity, d.field) for d in validate(problem) if d.code in WEEK_CODES]


def test_a_two_week_school_has_no_week_error():
    assert week_errors(world()) == []


def test_fortnightly_components_on_a_one_week_grid_are_errors_naming_the_course():
    problem = world(time_grid=grid(week_names=()))
    assert week_errors(problem) == [
        ("fortnightly_without_cycle", "course C2", "components.practical.fortnightly"),
        ("fortnightly_without_cycle", "course C3", "components.lecture.fortnightly")]
    (message,) = {d.message for d in validate(problem) if d.entity == "course C3"}
    assert message.startswith("The lecture of course C3 is taught fortnightly, but the time grid has one week")


@pytest.mark.parametrize("names", [("A",), ("A", "B", "C"), ("A", ""), ("B", "B")])
def test_week_names_are_none_or_two_distinct_non_empty_names(names):
    problem = world(time_grid=grid(week_names=names))
    assert ("bad_week_names", "time grid", "week_names") in week_errors(problem)
    assert week_names_problem(names)


def test_solution_weeks_outside_the_cycle_or_on_weekly_sessions_are_named():
    problem = world()
    solution = baseline(M0=(8, "R1", "I1", 5), G1_L0=(0, "R1", "I1", 1))
    found = {(d.code, d.entity, d.field) for d in solution_week_problems(problem, solution, "term.json")}
    index = {a.session_id: i for i, a in enumerate(solution.assignments)}
    assert found == {("bad_week", f"session {M0}", f"solution.assignments[{index[M0]}].week"),
                     ("week_on_weekly_session", f"session {G1_L0}", f"solution.assignments[{index[G1_L0]}].week")}
    assert solution_week_problems(problem, baseline()) == []


def week_of(solution: Solution, session_id: str) -> int:
    return solution.by_session()[session_id].week


def test_a_move_keeps_the_week_unless_one_is_given():
    problem, solution = world(), baseline()
    kept = move_session(problem, solution, LAB_A, 0, "L1")
    assert (kept.by_session()[LAB_A].slot, week_of(kept, LAB_A)) == (0, 1)
    moved = move_session(problem, solution, LAB_A, 0, "L1", week=2)
    assert (moved.by_session()[LAB_A].slot, week_of(moved, LAB_A)) == (0, 2)
    assert week_of(move_session(problem, solution, G1_L0, 3, "R1", week=0), G1_L0) == 0


def test_a_move_to_a_week_a_session_cannot_have_is_refused_in_plain_words():
    problem, solution = world(), baseline()
    with pytest.raises(ValueError, match=f"{G1_L0} cannot move to week 1: it is taught every week"):
        move_session(problem, solution, G1_L0, 3, "R1", week=1)
    with pytest.raises(ValueError, match=r"its week is 1 \(A\) or 2 \(B\), not 3"):
        move_session(problem, solution, LAB_A, 3, "L1", week=3)


def test_a_swap_of_two_fortnightly_sessions_exchanges_their_weeks():
    problem = world()
    solution = baseline(LAB_B=(0, "L1", "I2", 2))
    swapped = swap_sessions(problem, solution, LAB_A, LAB_B)
    a, b = swapped.by_session()[LAB_A], swapped.by_session()[LAB_B]
    assert (a.slot, a.week, b.slot, b.week) == (0, 2, 3, 1)
    mixed = swap_sessions(problem, solution, LAB_A, G1_L0)
    assert (week_of(mixed, LAB_A), week_of(mixed, G1_L0)) == (1, 0)


def test_reconcile_resets_the_week_of_a_session_no_longer_fortnightly():
    problem = world()
    weekly = replace(problem, courses=(problem.courses[0],
                                       replace(problem.courses[1], components=(
                                           replace(problem.courses[1].components[0], fortnightly=False),)),
                                       problem.courses[2]))
    fitted, _unplaced = reconcile(weekly, baseline())
    assert (week_of(fitted, LAB_A), week_of(fitted, LAB_B), week_of(fitted, M0)) == (0, 0, 1)
