"""One test per hard constraint on the tiny school of ``scoring_world``: the exact
count and the violation record (sessions, slot, resource, reason)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring_world import (  # noqa: E402
    G1_LEC0, G1_LEC1, G1A_LAB, G1B_LAB, G2_LEC0, G2_LEC1, G2_MATHS, grid, timetable, world,
)

from schedule_engine.model import Group, Instructor, Room, Settings, Subgroup  # noqa: E402
from schedule_engine.scoring import evaluate  # noqa: E402


def records(evaluation, constraint_id):
    return [v for v in evaluation.violations if v.constraint == constraint_id]


def test_baseline_timetable_has_no_hard_violation():
    evaluation = evaluate(world(), timetable())
    assert evaluation.hard == 0
    assert not [v for v in evaluation.violations if v.level == "hard"]


def test_unplaced_counts_each_session_without_a_slot():
    evaluation = evaluate(world(), timetable({G2_MATHS: (None, "R1", "I3"),
                                              G1_LEC1: (None, None, None)}))
    assert evaluation.breakdown["unplaced"] == 2
    assert evaluation.hard == 2
    (maths,) = [v for v in records(evaluation, "unplaced") if v.sessions == (G2_MATHS,)]
    assert maths.slot is None and maths.penalty == 1
    assert maths.resource == "section C3|lecture|G2"
    assert "C3 (Maths) lecture for G2 is not placed" in maths.reason


def test_block_crossing_a_break_counts_the_break_period():
    # The 2-period lab from Monday 10:00 runs into the lunch break (slot 2).
    evaluation = evaluate(world(), timetable({G1A_LAB: (1, "R2", "I2")}))
    assert evaluation.breakdown["invalid_start"] == 1
    assert evaluation.hard == 1
    (v,) = records(evaluation, "invalid_start")
    assert (v.sessions, v.slot, v.resource) == ((G1A_LAB,), 2, "period Lunch")
    assert "Electronics" in v.reason and "break 'Lunch'" in v.reason and "Monday 11:00" in v.reason


def test_block_running_past_the_end_of_the_day():
    # From Monday 11:30 (the last period) a 2-period lab runs past the day's end; its first
    # period also clashes with the group lecture of the lab's parent group.
    evaluation = evaluate(world(), timetable({G1A_LAB: (3, "R2", "I2")}))
    assert evaluation.breakdown["invalid_start"] == 1
    (v,) = records(evaluation, "invalid_start")
    assert (v.sessions, v.slot, v.resource) == ((G1A_LAB,), 3, "day Monday")
    assert "runs past the end of Monday" in v.reason
    assert evaluation.breakdown["student_clash"] == 1


def test_session_in_a_closed_slot():
    problem = world(time_grid=grid(unavailable=frozenset({7})))
    evaluation = evaluate(problem, timetable())
    assert evaluation.breakdown["invalid_start"] == 1
    (v,) = records(evaluation, "invalid_start")
    assert (v.sessions, v.slot, v.resource) == ((G1_LEC1,), 7, "time grid")
    assert "Tuesday 11:30" in v.reason and "closed" in v.reason


def test_subgroup_clashes_with_its_parent_group():
    # The whole group's lecture at Monday 10:00 meets subgroup G1A's lab (09:00-11:00).
    evaluation = evaluate(world(), timetable({G1_LEC0: (1, "R3", "I1")}))
    assert evaluation.breakdown["student_clash"] == 1
    assert evaluation.hard == 1
    (v,) = records(evaluation, "student_clash")
    assert set(v.sessions) == {G1_LEC0, G1A_LAB}
    assert (v.slot, v.resource, v.penalty) == (1, "subgroup G1A", 1)
    assert "Subgroup G1A of G1" in v.reason
    assert "Programming" in v.reason and "Electronics" in v.reason and "Monday 10:00" in v.reason


def test_two_subgroups_of_a_group_do_not_clash():
    # Both labs at Monday 09:00 share the lab and Ms. Shah, but not their students.
    evaluation = evaluate(world(), timetable({G1B_LAB: (0, "R2", "I2")}))
    assert evaluation.breakdown["student_clash"] == 0
    assert evaluation.breakdown["room_clash"] == 2  # slots 0 and 1
    assert evaluation.breakdown["instructor_clash"] == 2


def test_group_lecture_clashing_with_both_labs_counts_per_subgroup():
    # Second lab room and lab teacher so that both labs can run at Monday 09:00;
    # the group lecture at 10:00 then clashes in each subgroup.
    rooms = (Room("R1", "Hall 1", 40), Room("R2", "Lab A", 20, type="lab", features={"computers"}),
             Room("R3", "Room 3", 40), Room("R4", "Lab B", 20, type="lab", features={"computers"}))
    instructors = (Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture")}),
                   Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}),
                   Instructor("I3", "Mr. Thapa", qualifications={("C3", "lecture")}),
                   Instructor("I4", "Ms. Karki", qualifications={("C2", "practical")}))
    problem = world(rooms=rooms, instructors=instructors)
    evaluation = evaluate(problem, timetable({G1B_LAB: (0, "R4", "I4"),
                                              G1_LEC0: (1, "R3", "I1")}))
    assert evaluation.breakdown["student_clash"] == 2
    assert {v.resource for v in records(evaluation, "student_clash")} == {"subgroup G1A",
                                                                          "subgroup G1B"}
    assert evaluation.hard == 2


def test_a_group_without_subgroups_clashes_with_itself():
    evaluation = evaluate(world(), timetable({G2_MATHS: (0, "R3", "I3")}))
    assert evaluation.breakdown["student_clash"] == 1
    (v,) = records(evaluation, "student_clash")
    assert (set(v.sessions), v.slot, v.resource) == ({G2_LEC0, G2_MATHS}, 0, "group G2")
    assert v.reason.startswith("Group G2 has ")


def test_instructor_clash():
    evaluation = evaluate(world(), timetable({G2_LEC1: (7, "R3", "I1")}))
    assert evaluation.breakdown["instructor_clash"] == 1
    assert evaluation.hard == 1
    (v,) = records(evaluation, "instructor_clash")
    assert (set(v.sessions), v.slot, v.resource) == ({G1_LEC1, G2_LEC1}, 7, "instructor I1")
    assert v.reason.startswith("Dr. Rai teaches ")
    assert "for G1" in v.reason and "for G2" in v.reason and "Tuesday 11:30" in v.reason


def test_room_clash():
    evaluation = evaluate(world(), timetable({G2_MATHS: (7, "R1", "I3")}))
    assert evaluation.breakdown["room_clash"] == 1
    assert evaluation.hard == 1
    (v,) = records(evaluation, "room_clash")
    assert (set(v.sessions), v.slot, v.resource) == ({G1_LEC1, G2_MATHS}, 7, "room R1")
    assert "Room Hall 1 hosts" in v.reason and "Maths" in v.reason and "Tuesday 11:30" in v.reason


def test_three_sessions_in_one_room_count_two():
    evaluation = evaluate(world(), timetable({G2_MATHS: (7, "R1", "I3"),
                                              G1A_LAB: (None, None, None),
                                              G2_LEC1: (7, "R1", "I1")}))
    (v,) = [v for v in records(evaluation, "room_clash") if v.slot == 7]
    assert v.penalty == 2 and len(v.sessions) == 3


def test_instructor_unavailable_counts_each_period_of_the_block():
    instructors = (
        Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture")}, unavailable={0}),
        Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}, unavailable={0, 1, 4}),
        Instructor("I3", "Mr. Thapa", qualifications={("C3", "lecture")}),
    )
    evaluation = evaluate(world(instructors=instructors), timetable())
    # Dr. Rai at Monday 09:00 (1); Ms. Shah's Monday lab 09:00-11:00 (2) and Tuesday 09:00 (1).
    assert evaluation.breakdown["instructor_unavailable"] == 4
    assert evaluation.hard == 4
    rai = [v for v in records(evaluation, "instructor_unavailable") if v.resource == "instructor I1"]
    assert [(v.sessions, v.slot) for v in rai] == [((G2_LEC0,), 0)]
    assert "Dr. Rai is unavailable on Monday 09:00" in rai[0].reason
    shah = records(evaluation, "instructor_unavailable")
    assert sorted(v.slot for v in shah if v.resource == "instructor I2") == [0, 1, 4]


def test_group_unavailable_counts_per_leaf_and_period():
    groups = (
        Group("G1", "BCT first year", 30, courses=("C1", "C2"),
              subgroups=(Subgroup("G1A", 15), Subgroup("G1B", 15)), unavailable={1, 3}),
        Group("G2", "BCT second year", 25, courses=("C1", "C3")),
    )
    evaluation = evaluate(world(groups=groups), timetable())
    # G1A's lab covers slot 1 (1); the group lecture at slot 3 occupies both subgroups (2).
    assert evaluation.breakdown["group_unavailable"] == 3
    found = sorted((v.slot, v.resource, v.sessions) for v in records(evaluation, "group_unavailable"))
    assert found == [(1, "subgroup G1A", (G1A_LAB,)), (3, "subgroup G1A", (G1_LEC0,)),
                     (3, "subgroup G1B", (G1_LEC0,))]
    assert any("Subgroup G1B of G1 is unavailable on Monday 11:30" in v.reason
               for v in records(evaluation, "group_unavailable"))


def test_course_unavailable():
    base = world()
    maths = replace(base.courses[2], unavailable=frozenset({1}))
    problem = replace(base, courses=(base.courses[0], base.courses[1], maths))
    evaluation = evaluate(problem, timetable())
    assert evaluation.breakdown["course_unavailable"] == 1
    (v,) = records(evaluation, "course_unavailable")
    assert (v.sessions, v.slot, v.resource) == ((G2_MATHS,), 1, "course C3")
    assert "C3 may not be taught on Monday 10:00" in v.reason


def test_room_unavailable():
    rooms = (Room("R1", "Hall 1", 40),
             Room("R2", "Lab A", 20, type="lab", features={"computers"}, unavailable={5}),
             Room("R3", "Room 3", 10))
    evaluation = evaluate(world(rooms=rooms), timetable())
    assert evaluation.breakdown["room_unavailable"] == 1
    (v,) = records(evaluation, "room_unavailable")
    assert (v.sessions, v.slot, v.resource) == ((G1B_LAB,), 5, "room R2")
    assert "Room Lab A is unavailable on Tuesday 10:00" in v.reason


def test_room_unsuitable_wrong_type_missing_feature_or_no_room():
    evaluation = evaluate(world(), timetable({G1A_LAB: (0, "R3", "I2"),
                                              G2_MATHS: (1, None, "I3")}))
    assert evaluation.breakdown["room_unsuitable"] == 2
    lab, maths = sorted(records(evaluation, "room_unsuitable"), key=lambda v: v.sessions)
    assert (lab.sessions, lab.slot, lab.resource) == ((G1A_LAB,), 0, "room R3")
    assert "needs a lab room but Room 3 is a lecture room" in lab.reason
    assert "needs computers" in lab.reason
    assert (maths.sessions, maths.resource) == ((G2_MATHS,), "section C3|lecture|G2")
    assert "has no room" in maths.reason


def test_room_lacking_a_feature_only():
    rooms = (Room("R1", "Hall 1", 40), Room("R2", "Lab A", 20, type="lab"), Room("R3", "Room 3", 10))
    evaluation = evaluate(world(rooms=rooms), timetable())
    assert evaluation.breakdown["room_unsuitable"] == 2  # both labs
    assert all("needs computers, which room Lab A lacks" in v.reason
               for v in records(evaluation, "room_unsuitable"))


def test_instructor_unqualified_or_missing():
    evaluation = evaluate(world(), timetable({G2_MATHS: (1, "R1", "I1"),
                                              G2_LEC1: (5, "R1", None)}))
    assert evaluation.breakdown["instructor_unqualified"] == 2
    assert evaluation.hard == 2
    by_session = {v.sessions: v for v in records(evaluation, "instructor_unqualified")}
    assert by_session[(G2_MATHS,)].resource == "instructor I1"
    assert "Dr. Rai is not qualified to teach C3 (Maths) lecture for G2" in by_session[(G2_MATHS,)].reason
    assert "has no instructor" in by_session[(G2_LEC1,)].reason


def test_capacity_is_soft_by_default():
    solution = timetable({G2_MATHS: (1, "R3", "I3")})  # 25 students, 10 seats
    evaluation = evaluate(world(), solution)
    assert evaluation.breakdown["room_capacity_hard"] == 0
    assert evaluation.breakdown["room_capacity"] == 15
    assert evaluation.hard == 0


def test_capacity_hard_counts_once_per_session_and_not_as_unsuitable():
    solution = timetable({G2_MATHS: (1, "R3", "I3")})
    evaluation = evaluate(world(Settings(room_capacity_hard=True)), solution)
    assert evaluation.breakdown["room_capacity_hard"] == 1
    assert evaluation.breakdown["room_unsuitable"] == 0
    assert evaluation.breakdown["room_capacity"] == 0
    assert evaluation.hard == 1
    (v,) = records(evaluation, "room_capacity_hard")
    assert (v.sessions, v.slot, v.resource) == ((G2_MATHS,), 1, "room R3")
    assert "has 25 students but room Room 3 seats only 10" in v.reason


def test_pins_moved_time_and_room_count_separately():
    pins = timetable(pins={G2_MATHS: (True, True), G1_LEC0: (True, False)})
    moved = timetable({G2_MATHS: (7, "R3", "I3"), G1_LEC0: (3, "R3", "I1")})
    evaluation = evaluate(world(), moved, pins=pins)
    # Maths: time and room both moved (2); G1's lecture kept its pinned time, and its room
    # was not pinned (0).
    assert evaluation.breakdown["pin_violated"] == 2
    found = sorted((v.resource, v.slot) for v in records(evaluation, "pin_violated"))
    assert found == [("room R1", 7), ("section C3|lecture|G2", 1)]
    reasons = " / ".join(v.reason for v in records(evaluation, "pin_violated"))
    assert "pinned to Monday 10:00 but is placed on Tuesday 11:30" in reasons
    assert "pinned to room Hall 1 but is in room Room 3" in reasons


def test_pins_default_to_the_solutions_own_flags_and_an_unplaced_pin_counts():
    own = timetable(pins={G2_MATHS: (True, True)})
    assert evaluate(world(), own).breakdown["pin_violated"] == 0
    unplaced = timetable({G2_MATHS: (None, None, None)})
    evaluation = evaluate(world(), unplaced, pins=own)
    # The pinned time counts; the room pin of an unplaced session is not checked.
    assert evaluation.breakdown["pin_violated"] == 1
    assert evaluation.breakdown["unplaced"] == 1
    (v,) = records(evaluation, "pin_violated")
    assert "pinned to Monday 10:00 but is not placed" in v.reason
