"""One test per soft constraint on the tiny school of ``scoring_world``: the exact
penalty (weight x units) and the violation record.  Each test switches every other
soft constraint off (weight 0).

Slots: Monday 0 1 [2 lunch] 3, Tuesday 4 5 [6 lunch] 7.  Baseline timetable:
G1A lab 0-1, G1B lab 4-5, G1 lectures 3 and 7, G2 lectures 0 and 5, G2 maths 1.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring_world import (  # noqa: E402
    G1_LEC0, G1_LEC1, G1A_LAB, G1B_LAB, G2_LEC0, G2_LEC1, G2_MATHS, grid, only, timetable, world,
)

from schedule_engine.constraint_catalog import SOFT_IDS  # noqa: E402
from schedule_engine.model import Group, Instructor, Subgroup  # noqa: E402
from schedule_engine.scoring import evaluate  # noqa: E402

# G2's two Programming lectures both on Monday (09:00 and 10:00), Maths moved to Tuesday.
G2_LECTURES_ON_MONDAY = {G2_LEC1: (1, "R1", "I1"), G2_MATHS: (5, "R1", "I3")}


def records(evaluation, constraint_id):
    return [v for v in evaluation.violations if v.constraint == constraint_id]


def assert_only(evaluation, constraint_id, penalty):
    """The constraint's exact penalty, and nothing else soft."""
    assert evaluation.breakdown[constraint_id] == penalty
    assert evaluation.soft == penalty
    assert sum(v.penalty for v in records(evaluation, constraint_id)) == penalty
    assert all(v.level == "soft" for v in records(evaluation, constraint_id))


def test_weight_zero_switches_a_constraint_off():
    evaluation = evaluate(world(only("room_capacity", 0)), timetable({G2_MATHS: (1, "R3", "I3")}))
    assert evaluation.soft == 0
    assert all(evaluation.breakdown[c] == 0 for c in SOFT_IDS)
    assert not [v for v in evaluation.violations if v.level == "soft"]


def test_room_capacity_is_weight_times_students_over():
    evaluation = evaluate(world(only("room_capacity", 2)), timetable({G2_MATHS: (1, "R3", "I3")}))
    assert_only(evaluation, "room_capacity", 2 * 15)
    (v,) = records(evaluation, "room_capacity")
    assert (v.sessions, v.slot, v.resource, v.penalty) == ((G2_MATHS,), 1, "room R3", 30)
    assert "25 students, 15 more than the 10 seats of room Room 3" in v.reason


def test_min_working_days():
    evaluation = evaluate(world(only("min_working_days", 5)), timetable(G2_LECTURES_ON_MONDAY))
    assert_only(evaluation, "min_working_days", 5)
    (v,) = records(evaluation, "min_working_days")
    assert set(v.sessions) == {G2_LEC0, G2_LEC1}
    assert (v.slot, v.resource) == (None, "section C1|lecture|G2")
    assert "Programming" in v.reason and "1 day, 1 fewer than its minimum of 2" in v.reason


def test_min_working_days_counts_placed_sessions_only():
    solution = timetable({G2_LEC0: (None, None, None), G2_LEC1: (None, None, None)})
    evaluation = evaluate(world(only("min_working_days", 5)), solution)
    assert_only(evaluation, "min_working_days", 2 * 5)


def test_curriculum_compactness_baseline():
    # Isolated: G1A Monday 11:30 and Tuesday 11:30 (the break before 11:30 is empty),
    # G1B Monday 11:30 and Tuesday 11:30, G2 Tuesday 10:00.  G2 Monday 09:00-10:00 and
    # the labs are compact.  5 units x weight 2.
    evaluation = evaluate(world(only("curriculum_compactness", 2)), timetable())
    assert_only(evaluation, "curriculum_compactness", 10)
    found = sorted((v.resource, v.slot) for v in records(evaluation, "curriculum_compactness"))
    assert found == [("group G2", 5), ("subgroup G1A", 3), ("subgroup G1A", 7),
                     ("subgroup G1B", 3), ("subgroup G1B", 7)]
    g2 = next(v for v in records(evaluation, "curriculum_compactness") if v.resource == "group G2")
    assert g2.sessions == (G2_LEC1,)
    assert "isolated for group G2" in g2.reason and "Tuesday 10:00" in g2.reason


def test_curriculum_compactness_counts_every_session_of_a_clash():
    # Maths joins G2's Tuesday 10:00 lecture: 2 isolated there, and G2's Monday 09:00
    # lecture is now alone (1); G2 was 1 before, so 5 - 1 + 3 = 7 units.
    evaluation = evaluate(world(only("curriculum_compactness", 2)),
                          timetable({G2_MATHS: (5, "R3", "I3")}))
    assert_only(evaluation, "curriculum_compactness", 14)
    (v,) = [v for v in records(evaluation, "curriculum_compactness")
            if v.resource == "group G2" and v.slot == 5]
    assert v.penalty == 4 and set(v.sessions) == {G2_LEC1, G2_MATHS}


def test_room_stability():
    evaluation = evaluate(world(only("room_stability", 3)), timetable({G1_LEC1: (7, "R3", "I1")}))
    assert_only(evaluation, "room_stability", 3)
    (v,) = records(evaluation, "room_stability")
    assert set(v.sessions) == {G1_LEC0, G1_LEC1}
    assert v.resource == "section C1|lecture|G1"
    assert "uses 2 rooms (Hall 1, Room 3)" in v.reason


def test_group_idle_gaps_skip_breaks():
    # Baseline: G1A Monday 09:00-11:00 lab, lunch, 11:30 lecture: the break is no gap.
    assert evaluate(world(only("group_idle_gaps", 3)), timetable()).soft == 0
    # Maths to Monday 11:30: G2 has 09:00, free 10:00, lunch, 11:30: one idle period.
    evaluation = evaluate(world(only("group_idle_gaps", 3)), timetable({G2_MATHS: (3, "R3", "I3")}))
    assert_only(evaluation, "group_idle_gaps", 3)
    (v,) = records(evaluation, "group_idle_gaps")
    assert (v.slot, v.resource) == (1, "group G2")
    assert set(v.sessions) == {G2_LEC0, G2_MATHS}
    assert "Group G2 has 1 idle period on Monday (10:00)" in v.reason


def test_group_idle_gaps_skip_closed_slots():
    problem = world(only("group_idle_gaps", 3), time_grid=grid(unavailable=frozenset({1})))
    solution = timetable({G2_MATHS: (3, "R3", "I3"), G1A_LAB: (4, "R2", "I2"),
                          G1B_LAB: (None, None, None)})
    assert evaluate(problem, solution).breakdown["group_idle_gaps"] == 0


def test_instructor_idle_gaps():
    # Dr. Rai teaches Monday 09:00 and 11:30: 10:00 is idle, the lunch break is not.
    evaluation = evaluate(world(only("instructor_idle_gaps", 4)), timetable())
    assert_only(evaluation, "instructor_idle_gaps", 4)
    (v,) = records(evaluation, "instructor_idle_gaps")
    assert (v.slot, v.resource) == (1, "instructor I1")
    assert set(v.sessions) == {G2_LEC0, G1_LEC0}
    assert "Dr. Rai has 1 idle period on Monday (10:00)" in v.reason


def test_instructor_preferences_undesired_and_outside_preferred():
    instructors = (
        Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture")}, undesired={0}),
        Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}, preferred={4, 5}),
        Instructor("I3", "Mr. Thapa", qualifications={("C3", "lecture")}),
    )
    problem = world(only("instructor_preferences", 2), instructors=instructors)
    evaluation = evaluate(problem, timetable())
    # Dr. Rai at Monday 09:00 (1); Ms. Shah's Monday lab, 2 periods outside her preferred
    # Tuesday morning (2).  3 units x 2.
    assert_only(evaluation, "instructor_preferences", 6)
    found = sorted((v.resource, v.slot, v.sessions) for v in records(evaluation, "instructor_preferences"))
    assert found == [("instructor I1", 0, (G2_LEC0,)), ("instructor I2", 0, (G1A_LAB,)),
                     ("instructor I2", 1, (G1A_LAB,))]
    reasons = [v.reason for v in records(evaluation, "instructor_preferences")]
    assert any("Dr. Rai would rather not teach on Monday 09:00" in r for r in reasons)
    assert any("Monday 10:00 is outside Ms. Shah's preferred times" in r for r in reasons)


def test_group_max_per_day():
    groups = (
        Group("G1", "BCT first year", 30, courses=("C1", "C2"),
              subgroups=(Subgroup("G1A", 15), Subgroup("G1B", 15)), max_periods_per_day=2),
        Group("G2", "BCT second year", 25, courses=("C1", "C3"), max_periods_per_day=1),
    )
    evaluation = evaluate(world(only("group_max_per_day", 5), groups=groups), timetable())
    # G1A Monday 3 periods (1 over), G1B Tuesday 3 (1 over), G2 Monday 2 (1 over).
    assert_only(evaluation, "group_max_per_day", 15)
    found = sorted(v.resource for v in records(evaluation, "group_max_per_day"))
    assert found == ["group G2", "subgroup G1A", "subgroup G1B"]
    g1b = next(v for v in records(evaluation, "group_max_per_day") if v.resource == "subgroup G1B")
    assert set(g1b.sessions) == {G1B_LAB, G1_LEC1}
    assert "Subgroup G1B of G1 is taught 3 periods on Tuesday, 1 above the daily limit of 2" in g1b.reason


def test_instructor_max_per_day():
    instructors = (
        Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture")}, max_periods_per_day=1),
        Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}, max_periods_per_day=2),
        Instructor("I3", "Mr. Thapa", qualifications={("C3", "lecture")}),
    )
    evaluation = evaluate(world(only("instructor_max_per_day", 5), instructors=instructors),
                          timetable())
    # Dr. Rai teaches 2 periods on each day: 1 over, twice.  Ms. Shah's 2 is within.
    assert_only(evaluation, "instructor_max_per_day", 10)
    found = sorted((v.resource, v.reason) for v in records(evaluation, "instructor_max_per_day"))
    assert [r for r, _ in found] == ["instructor I1", "instructor I1"]
    assert "Dr. Rai is taught 2 periods on Monday, 1 above the daily limit of 1" in found[0][1]


def test_early_late_counts_per_session_and_period():
    settings = only("early_late", 2, preferred_first_period=1, preferred_last_period=1)
    evaluation = evaluate(world(settings), timetable())
    # Before 10:00: G1A lab's first period, G2 Monday lecture, G1B lab's first period (3).
    # After 10:00's period: the G1 lectures at 11:30 (2).  5 units x 2.
    assert_only(evaluation, "early_late", 10)
    found = {(v.slot, v.sessions) for v in records(evaluation, "early_late")}
    assert found == {(0, (G1A_LAB,)), (0, (G2_LEC0,)), (3, (G1_LEC0,)), (4, (G1B_LAB,)),
                     (7, (G1_LEC1,))}
    reasons = {v.slot: v.reason for v in records(evaluation, "early_late")}
    assert "before the preferred teaching hours" in reasons[4]
    assert "after the preferred teaching hours" in reasons[7]


def test_midday_break():
    groups = (
        Group("G1", "BCT first year", 30, courses=("C1", "C2"),
              subgroups=(Subgroup("G1A", 15), Subgroup("G1B", 15)), prefers_break=True),
        Group("G2", "BCT second year", 25, courses=("C1", "C3")),
    )
    problem = world(only("midday_break", 5), groups=groups, time_grid=grid(midday_periods=(1, 3)))
    evaluation = evaluate(problem, timetable())
    # Midday window 10:00 and 11:30: G1A on Monday (lab then lecture), G1B on Tuesday.
    # G2 is taught through Monday's window too but does not ask for a break.
    assert_only(evaluation, "midday_break", 10)
    found = sorted((v.resource, v.slot, set(v.sessions)) for v in records(evaluation, "midday_break"))
    assert found[0] == ("subgroup G1A", 1, {G1A_LAB, G1_LEC0})
    assert found[1] == ("subgroup G1B", 5, {G1B_LAB, G1_LEC1})
    monday = next(v for v in records(evaluation, "midday_break") if v.slot == 1)
    assert "Subgroup G1A of G1 has no midday break on Monday" in monday.reason


def test_midday_break_needs_a_midday_window():
    groups = (Group("G1", "BCT first year", 30, courses=("C1", "C2"),
                    subgroups=(Subgroup("G1A", 15), Subgroup("G1B", 15)), prefers_break=True),
              Group("G2", "BCT second year", 25, courses=("C1", "C3"), prefers_break=True))
    assert evaluate(world(only("midday_break", 5), groups=groups), timetable()).soft == 0


def test_same_course_same_day():
    evaluation = evaluate(world(only("same_course_same_day", 5)), timetable(G2_LECTURES_ON_MONDAY))
    assert_only(evaluation, "same_course_same_day", 5)
    (v,) = records(evaluation, "same_course_same_day")
    assert set(v.sessions) == {G2_LEC0, G2_LEC1}
    assert v.resource == "section C1|lecture|G2"
    assert "taught 2 times on Monday" in v.reason


def test_block_length():
    evaluation = evaluate(world(only("block_length", 2, preferred_block_lengths=(3,))), timetable())
    assert_only(evaluation, "block_length", 4)
    assert sorted(v.sessions for v in records(evaluation, "block_length")) == [(G1A_LAB,), (G1B_LAB,)]
    assert "2-period block; the preferred lengths are 3" in records(evaluation, "block_length")[0].reason
    preferred = evaluate(world(only("block_length", 2, preferred_block_lengths=(2, 3))), timetable())
    assert preferred.soft == 0


def test_instructor_stability():
    instructors = (
        Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture")}),
        Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}),
        Instructor("I3", "Mr. Thapa", qualifications={("C3", "lecture"), ("C1", "lecture")}),
    )
    problem = world(only("instructor_stability", 10), instructors=instructors)
    evaluation = evaluate(problem, timetable({G1_LEC1: (7, "R1", "I3")}))
    assert evaluation.hard == 0
    assert_only(evaluation, "instructor_stability", 10)
    (v,) = records(evaluation, "instructor_stability")
    assert set(v.sessions) == {G1_LEC0, G1_LEC1}
    assert "uses 2 instructors (Dr. Rai, Mr. Thapa)" in v.reason


def test_weights_come_from_the_settings_profile():
    # Default general weights: compactness 1, instructor idle gaps 1 (baseline 5 + 1).
    assert evaluate(world(), timetable()).soft == 6
    problem = world()
    heavier = replace(problem, settings=problem.settings.with_weight("instructor_idle_gaps", 7))
    assert evaluate(heavier, timetable()).breakdown["instructor_idle_gaps"] == 7
