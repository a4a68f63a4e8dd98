"""Exact penalties of every hard constraint on a two-week cycle (weeks A and B).

The school of ``fortnight_world``: a weekly session occupies its periods in both
weeks, a fortnightly one (week 1 = A, 2 = B) in its week only; counts are per
(week, slot) and summed over the weeks (docs/ARCHITECTURE.md, "Two-week cycles").
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fortnight_world import (  # noqa: E402
    G2_L0, LAB_A, LAB_B, baseline, grid, timetable, world,
)

from schedule_engine.model import Group, Instructor, Room, Settings, Subgroup  # noqa: E402
from schedule_engine.scoring import evaluate  # noqa: E402

HARD = ("unplaced", "invalid_start", "student_clash", "instructor_clash", "room_clash",
        "instructor_unavailable", "group_unavailable", "course_unavailable", "room_unavailable",
        "room_unsuitable", "instructor_unqualified", "room_capacity_hard", "pin_violated")


def hard_counts(evaluation) -> dict[str, int]:
    return {c: evaluation.breakdown[c] for c in HARD if evaluation.breakdown[c]}


def records(evaluation, constraint_id):
    return [v for v in evaluation.violations if v.constraint == constraint_id]


def test_an_a_and_a_b_session_share_slot_room_and_teacher_without_a_clash():
    evaluation = evaluate(world(), baseline())
    assert evaluation.hard == 0 and hard_counts(evaluation) == {}


def test_weekly_and_week_a_session_in_one_room_clash_once_in_week_a():
    # G2's weekly lecture moves into the lab at Monday 11:30 where G1A's practical is in week A;
    # G1B's practical (week B) moves away, so week B has no clash.
    evaluation = evaluate(world(), baseline(G2_L0=(3, "L1", "I1", 0), LAB_B=(8, "L1", "I2", 2)))
    assert hard_counts(evaluation) == {"room_clash": 1}
    (clash,) = records(evaluation, "room_clash")
    assert (clash.slot, clash.week, clash.sessions) == (3, 1, (G2_L0, LAB_A))
    assert clash.reason.endswith("at the same time on Monday 11:30 in week A")


def test_two_weekly_sessions_clash_in_both_weeks_and_count_two():
    evaluation = evaluate(world(), baseline(G2_L0=(0, "R1", "I1", 0)))  # on G1's lecture, same room and teacher
    assert hard_counts(evaluation) == {"room_clash": 2, "instructor_clash": 2}
    assert sorted((v.slot, v.week) for v in records(evaluation, "instructor_clash")) == [(0, 1), (0, 2)]
    assert {v.reason.rsplit(" in ", 1)[1] for v in records(evaluation, "room_clash")} == {"week A", "week B"}


def test_two_fortnightly_sessions_in_the_same_week_clash_per_period():
    evaluation = evaluate(world(), baseline(LAB_B=(3, "L1", "I2", 1)))  # both labs in week A, 2 periods each
    assert hard_counts(evaluation) == {"room_clash": 2, "instructor_clash": 2}
    assert sorted(v.slot for v in records(evaluation, "room_clash")) == [3, 4]
    assert all(v.week == 1 for v in records(evaluation, "room_clash"))


def test_student_clash_of_a_weekly_lecture_with_each_subgroups_practical():
    # G1's weekly lecture at Monday 11:30 meets G1A's lab in week A and G1B's in week B (one period each).
    evaluation = evaluate(world(), baseline(G1_L0=(3, "R1", "I1", 0)))
    assert hard_counts(evaluation) == {"student_clash": 2}
    assert sorted((v.resource, v.week) for v in records(evaluation, "student_clash")) == [
        ("subgroup G1A", 1), ("subgroup G1B", 2)]


def test_fortnightly_sessions_of_one_section_in_different_weeks_do_not_clash_but_in_one_week_do():
    assert evaluate(world(), baseline()).breakdown["student_clash"] == 0  # M0 (A) and M1 (B) share Tuesday 11:30
    evaluation = evaluate(world(), baseline(M1=(8, "R1", "I1", 1)))
    assert hard_counts(evaluation) == {"student_clash": 1, "instructor_clash": 1, "room_clash": 1}


def test_instructor_unavailable_counts_each_taught_week():
    teachers = (Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture"), ("C3", "lecture")},
                           unavailable={0, 8}),
                Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}, unavailable={3}))
    evaluation = evaluate(world(instructors=teachers), baseline())
    # I1: G1's weekly lecture at slot 0 (2 weeks) + M0 (A) and M1 (B) at slot 8; I2: both labs at slot 3.
    assert hard_counts(evaluation) == {"instructor_unavailable": 2 + 2 + 2}
    lab = [v for v in records(evaluation, "instructor_unavailable") if v.sessions == (LAB_B,)]
    assert [(v.slot, v.week) for v in lab] == [(3, 2)]
    assert "is unavailable on Monday 11:30 in week B" in lab[0].reason


def test_group_course_and_room_unavailable_count_each_taught_week():
    groups = (Group("G1", "First year", 30, courses=("C1", "C2"),
                    subgroups=(Subgroup("G1A", 15), Subgroup("G1B", 15)), unavailable={4}),
              Group("G2", "Second year", 20, courses=("C1", "C3"), unavailable={1}))
    rooms = (Room("R1", "Hall 1", 40, unavailable={5, 8}), Room("L1", "Lab 1", 20, type="lab"),
             Room("R3", "Room 3", 10))
    evaluation = evaluate(world(groups=groups, rooms=rooms), baseline())
    # G1 closed at slot 4: G1A's lab (A) and G1B's lab (B) each one period there; G2 closed at slot 1:
    # its weekly lecture, both weeks.  R1 closed at 5 (G1's weekly lecture: 2) and 8 (M0, M1: 1 each).
    assert evaluation.breakdown["group_unavailable"] == 2 + 2
    assert evaluation.breakdown["room_unavailable"] == 2 + 2
    problem = world()
    c3 = replace(problem.courses[2], unavailable=frozenset({8}))
    evaluation = evaluate(replace(problem, courses=(*problem.courses[:2], c3)), baseline())
    assert hard_counts(evaluation) == {"course_unavailable": 2}  # M0 in week A, M1 in week B
    assert sorted(v.week for v in records(evaluation, "course_unavailable")) == [1, 2]


def test_invalid_start_counts_closed_periods_per_week_and_a_block_past_the_day_once():
    evaluation = evaluate(world(time_grid=grid(unavailable=frozenset({4, 0}))), baseline())
    # slot 4 (second period of both labs: one week each) and slot 0 (G1's weekly lecture: both weeks)
    assert hard_counts(evaluation) == {"invalid_start": 2 + 2}
    evaluation = evaluate(world(), baseline(LAB_A=(4, "L1", "I2", 1)))
    assert hard_counts(evaluation) == {"invalid_start": 1}
    (past,) = records(evaluation, "invalid_start")
    assert (past.week, past.slot) == (1, 4)
    assert "from Monday 12:30 in week A) runs past the end of Monday" in past.reason


def test_per_session_constraints_count_once_whatever_the_weeks():
    teachers = (Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture")}),
                Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}))
    solution = baseline(LAB_A=(3, "R1", "I2", 1), G1_L0=(0, "R3", "I1", 0))
    evaluation = evaluate(world(Settings(room_capacity_hard=True), instructors=teachers), solution)
    # LAB_A in a lecture hall; G1 (30) in R3 (10 seats); I1 not qualified for C3 (M0, M1)
    assert hard_counts(evaluation) == {"room_unsuitable": 1, "room_capacity_hard": 1, "instructor_unqualified": 2}
    (unsuitable,) = records(evaluation, "room_unsuitable")
    assert unsuitable.week == 1
    (capacity,) = records(evaluation, "room_capacity_hard")
    assert capacity.week == 0  # a weekly session


def test_unplaced_and_pins_count_once_per_session():
    solution = timetable({LAB_A: (3, "L1", "I2", 1)}, pins={LAB_B: (True, False)})
    evaluation = evaluate(world(), solution, pins=timetable({LAB_B: (5, "L1", "I2", 2)},
                                                            pins={LAB_B: (True, False)}))
    assert evaluation.breakdown["unplaced"] == 7
    assert evaluation.breakdown["pin_violated"] == 1


def test_a_fortnightly_session_stored_in_week_0_is_read_as_week_a_and_a_weekly_one_ignores_a_week():
    as_zero = evaluate(world(), baseline(LAB_A=(3, "L1", "I2", 0), LAB_B=(3, "L1", "I2", 1)))
    assert hard_counts(as_zero) == {"room_clash": 2, "instructor_clash": 2}
    assert {v.week for v in records(as_zero, "room_clash")} == {1}
    weekly_with_a_week = evaluate(world(), baseline(G2_L0=(0, "R1", "I1", 2)))
    assert weekly_with_a_week.breakdown["room_clash"] == 2  # still taught in both weeks


def test_one_week_grid_reasons_never_name_a_week():
    problem = world(time_grid=grid(week_names=()))
    problem = replace(problem, courses=tuple(
        replace(c, components=tuple(replace(k, fortnightly=False) for k in c.components))
        for c in problem.courses))
    evaluation = evaluate(problem, baseline(G2_L0=(0, "R1", "I1", 0)))
    # the lectures of G1 and G2 (1), both labs (2 periods) and both maths lectures (1) share rooms
    assert hard_counts(evaluation)["room_clash"] == 1 + 2 + 1
    assert all("week" not in v.reason and v.week == 0 for v in evaluation.violations)
