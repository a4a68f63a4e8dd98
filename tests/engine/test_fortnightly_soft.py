"""Exact penalties of every soft constraint on a two-week cycle (weeks A and B).

Each test places a few sessions of ``fortnight_world`` (the others are unplaced,
which no soft constraint sees) and switches on one soft constraint.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fortnight_world import (  # noqa: E402
    G1_L0, G1_L1, G2_L0, G2_L1, LAB_A, LAB_B, M0, M1, grid, only, timetable, world,
)

from schedule_engine.constraint_catalog import SOFT_IDS  # noqa: E402
from schedule_engine.model import Group, Instructor, Subgroup  # noqa: E402
from schedule_engine.scoring import evaluate  # noqa: E402


def soft(constraint_id: str, placed: dict, problem=None, **settings):
    """(penalty, records) of one soft constraint with weight 1."""
    problem = problem if problem is not None else world()
    problem = replace(problem, settings=only(constraint_id, **settings))
    evaluation = evaluate(problem, timetable(placed))
    assert all(evaluation.breakdown[c] == 0 for c in SOFT_IDS if c != constraint_id)
    return evaluation.breakdown[constraint_id], [v for v in evaluation.violations if v.constraint == constraint_id]


def groups(g2_max: int | None = None, g2_break: bool = False):
    return (Group("G1", "First year", 30, courses=("C1", "C2"), subgroups=(Subgroup("G1A", 15), Subgroup("G1B", 15))),
            Group("G2", "Second year", 20, courses=("C1", "C3"), max_periods_per_day=g2_max, prefers_break=g2_break))


def test_room_capacity_counts_each_session_once():
    penalty, records = soft("room_capacity", {G1_L0: (0, "R3", "I1", 0), LAB_A: (3, "R3", "I2", 1)})
    assert penalty == 20 + 5  # 30 and 15 students in 10 seats, whatever the weeks
    assert sorted(v.week for v in records) == [0, 1]


def test_min_working_days_counts_weekdays_of_any_week():
    problem = world(c3_min_days=2)
    assert soft("min_working_days", {M0: (8, "R1", "I1", 1), M1: (9, "R1", "I1", 2)}, problem)[0] == 1
    assert soft("min_working_days", {M0: (3, "R1", "I1", 1), M1: (8, "R1", "I1", 2)}, problem)[0] == 0


def test_curriculum_compactness_is_per_week():
    # week A: G2 has P1 (weekly) and P2 (M0) together; week B: P1 alone is isolated
    penalty, records = soft("curriculum_compactness", {G2_L0: (0, "R1", "I1", 0), M0: (1, "R1", "I1", 1)})
    assert penalty == 1
    (record,) = records
    assert (record.slot, record.week) == (0, 2)
    assert "on Monday 09:00 in week B is isolated for group G2" in record.reason


def test_room_and_instructor_stability_count_per_section_not_per_week():
    assert soft("room_stability", {M0: (8, "R1", "I1", 1), M1: (8, "R3", "I1", 2)})[0] == 1
    assert soft("instructor_stability", {M0: (8, "R1", "I1", 1), M1: (8, "R1", "I2", 2)})[0] == 1


def test_group_idle_gaps_are_counted_in_each_week():
    penalty, records = soft("group_idle_gaps", {G2_L0: (0, "R1", "I1", 0), M0: (4, "R1", "I1", 1)})
    assert penalty == 2  # week A: free P2 and P3 between P1 and P4 (the lunch break is no gap)
    (record,) = records
    assert record.week == 1 and "has 2 idle periods on Monday in week A (10:00, 11:30)" in record.reason
    assert soft("group_idle_gaps", {G2_L0: (0, "R1", "I1", 0), G2_L1: (4, "R1", "I1", 0)})[0] == 4


def test_instructor_idle_gaps_are_counted_in_each_week():
    assert soft("instructor_idle_gaps", {G1_L0: (0, "R1", "I1", 0), M0: (4, "R1", "I1", 1)})[0] == 2
    # I2's two labs, Monday morning in week A and Monday noon in week B: no gap in either week
    assert soft("instructor_idle_gaps", {LAB_A: (0, "L1", "I2", 1), LAB_B: (3, "L1", "I2", 2)})[0] == 0


def test_instructor_preferences_count_each_taught_week():
    teachers = (Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture"), ("C3", "lecture")}, undesired={0}),
                Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}, preferred={3, 4}))
    placed = {G1_L0: (0, "R1", "I1", 0), M0: (0, "R3", "I1", 1), LAB_B: (0, "L1", "I2", 2)}
    penalty, records = soft("instructor_preferences", placed, world(instructors=teachers))
    assert penalty == 2 + 1 + 2  # weekly lecture in both weeks, M0 in A, LAB_B's two periods in B
    assert sorted((v.slot, v.week) for v in records if v.sessions == (LAB_B,)) == [(0, 2), (1, 2)]


def test_group_max_per_day_is_per_day_of_each_week():
    problem = world(groups=groups(g2_max=1))
    penalty, records = soft("group_max_per_day", {G2_L0: (0, "R1", "I1", 0), M0: (1, "R1", "I1", 1)}, problem)
    assert penalty == 1
    (record,) = records
    assert record.week == 1 and "is taught 2 periods on Monday in week A, 1 above the daily limit" in record.reason


def test_instructor_max_per_day_of_two_weekly_lectures_counts_in_both_weeks():
    teachers = (Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture"), ("C3", "lecture")},
                           max_periods_per_day=1),
                Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}))
    placed = {G1_L0: (0, "R1", "I1", 0), G2_L0: (1, "R1", "I1", 0)}
    assert soft("instructor_max_per_day", placed, world(instructors=teachers))[0] == 2


def test_early_late_counts_each_taught_week():
    placed = {G1_L0: (0, "R1", "I1", 0), LAB_A: (0, "L1", "I2", 2)}
    assert soft("early_late", placed, preferred_first_period=1)[0] == 2 + 1


def test_midday_break_is_per_day_of_each_week():
    problem = world(groups=groups(g2_break=True), time_grid=grid(midday_periods=(1,)))
    placed = {G2_L0: (1, "R1", "I1", 0), M0: (6, "R1", "I1", 1)}
    penalty, records = soft("midday_break", placed, problem)
    assert penalty == 2 + 1  # Monday in both weeks, Tuesday in week A
    assert sorted(v.week for v in records) == [1, 1, 2]


def test_same_course_same_day_counts_per_day_of_each_week():
    assert soft("same_course_same_day", {G1_L0: (0, "R1", "I1", 0), G1_L1: (1, "R1", "I1", 0)})[0] == 2
    assert soft("same_course_same_day", {M0: (8, "R1", "I1", 1), M1: (9, "R1", "I1", 1)})[0] == 1
    assert soft("same_course_same_day", {M0: (8, "R1", "I1", 1), M1: (9, "R1", "I1", 2)})[0] == 0
    _penalty, (record,) = soft("same_course_same_day", {M0: (8, "R1", "I1", 2), M1: (9, "R1", "I1", 2)})
    assert record.week == 2 and record.reason.endswith("is taught 2 times on Tuesday in week B")


def test_block_length_counts_each_session_once():
    placed = {LAB_A: (3, "L1", "I2", 1), LAB_B: (3, "L1", "I2", 2)}
    assert soft("block_length", placed, preferred_block_lengths=(3,))[0] == 2
