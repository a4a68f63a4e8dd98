"""A tiny school on a two-week cycle (weeks A and B) for the fortnightly tests.

Grid: Monday and Tuesday, periods P1 09:00, P2 10:00, a lunch break, P3 11:30,
P4 12:30 (slots: Monday 0 1 [2] 3 4, Tuesday 5 6 [7] 8 9; brackets are breaks),
weeks ("A", "B").

Groups: G1 (30 students, subgroups G1A and G1B of 15) and G2 (20, no subgroups).
Courses: C1 lecture, weekly, 2 single periods for each group (G1 and G2);
C2 practical, fortnightly, one 2-period block per subgroup of G1 in a lab;
C3 lecture, fortnightly, 2 single periods per fortnight for G2.
Instructors: I1 (C1 and C3 lectures), I2 (C2 practical).  Rooms: R1 (40 seats),
L1 (lab, 20), R3 (10).

``timetable(...)`` places only the sessions it is given (the others are unplaced),
so a soft count sees exactly the sessions a test places.
"""

from __future__ import annotations

from dataclasses import replace

from schedule_engine.constraint_catalog import SOFT_IDS
from schedule_engine.model import (
    Assignment, Course, CourseComponent, Group, Instructor, Period, Problem, Room, Settings,
    Solution, Subgroup, TimeGrid,
)

G1_L0, G1_L1 = "C1|lecture|G1|0", "C1|lecture|G1|1"
G2_L0, G2_L1 = "C1|lecture|G2|0", "C1|lecture|G2|1"
LAB_A, LAB_B = "C2|practical|G1A|0", "C2|practical|G1B|0"
M0, M1 = "C3|lecture|G2|0", "C3|lecture|G2|1"

BASELINE = {  # no hard violation: the two labs share slot, room and teacher in weeks A and B
    G1_L0: (0, "R1", "I1", 0),
    G1_L1: (5, "R1", "I1", 0),
    G2_L0: (1, "R1", "I1", 0),
    G2_L1: (6, "R1", "I1", 0),
    LAB_A: (3, "L1", "I2", 1),
    LAB_B: (3, "L1", "I2", 2),
    M0: (8, "R1", "I1", 1),
    M1: (8, "R1", "I1", 2),
}


def grid(**changes) -> TimeGrid:
    base = TimeGrid(
        days=("Monday", "Tuesday"),
        periods=(
            Period("P1", "09:00", "10:00"),
            Period("P2", "10:00", "11:00"),
            Period("Lunch", "11:00", "11:30", is_break=True),
            Period("P3", "11:30", "12:30"),
            Period("P4", "12:30", "13:30"),
        ),
        week_names=("A", "B"),
    )
    return replace(base, **changes)


def world(settings: Settings | None = None, *, time_grid: TimeGrid | None = None, groups=None,
          instructors=None, rooms=None, rules=(), c3_min_days: int = 0) -> Problem:
    rooms = rooms or (Room("R1", "Hall 1", 40), Room("L1", "Lab 1", 20, type="lab"), Room("R3", "Room 3", 10))
    instructors = instructors or (
        Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture"), ("C3", "lecture")}),
        Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}),
    )
    groups = groups or (
        Group("G1", "First year", 30, courses=("C1", "C2"), subgroups=(Subgroup("G1A", 15), Subgroup("G1B", 15))),
        Group("G2", "Second year", 20, courses=("C1", "C3")),
    )
    courses = (
        Course("C1", "Programming", (CourseComponent("lecture", 2),)),
        Course("C2", "Electronics", (CourseComponent("practical", 2, blocks=(2,), room_type="lab",
                                                     per_subgroup=True, fortnightly=True),)),
        Course("C3", "Maths", (CourseComponent("lecture", 2, fortnightly=True),), min_days=c3_min_days),
    )
    return Problem("fortnight", time_grid or grid(), rooms, instructors, groups, courses,
                   settings or Settings(), rules)


def only(constraint_id: str, weight: int = 1, **settings) -> Settings:
    """Settings with every soft weight 0 except one."""
    weights = {c: 0 for c in SOFT_IDS}
    weights[constraint_id] = weight
    return Settings(weights=weights, **settings)


def timetable(placed: dict[str, tuple] | None = None, *, pins: dict | None = None) -> Solution:
    """The sessions of ``placed`` (id -> (slot, room, instructor, week)) placed, every other
    session of the school unplaced."""
    placed = placed or {}
    pins = pins or {}
    out = []
    for sid in BASELINE:
        slot, room, instr, week = placed.get(sid, (None, None, None, 0))
        out.append(Assignment(sid, slot, room, instr, *pins.get(sid, (False, False)), week=week))
    return Solution(tuple(out))


def baseline(**changes: tuple) -> Solution:
    """The baseline timetable with some sessions changed (keyword: a session constant's name)."""
    names = {"G1_L0": G1_L0, "G1_L1": G1_L1, "G2_L0": G2_L0, "G2_L1": G2_L1, "LAB_A": LAB_A,
             "LAB_B": LAB_B, "M0": M0, "M1": M1}
    placed = dict(BASELINE)
    placed.update({names[k]: v for k, v in changes.items()})
    return timetable(placed)
