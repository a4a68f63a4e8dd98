"""A tiny hand-made school for the scoring tests.

Grid: Monday and Tuesday, periods 09:00, 10:00, a lunch break at 11:00 and 11:30
(slots: Monday 0 1 [2] 3, Tuesday 4 5 [6] 7; brackets are breaks).

Groups: BCT1 (30 students) split into subgroups BCT1A and BCT1B (15 each);
BCT2 (25 students, no subgroups).  Courses: C1 Programming (2 lectures a week,
both groups), C2 Electronics (one 2-period practical per subgroup in a lab with
computers), C3 Maths (1 lecture, BCT2).  Instructors: Dr. Rai (C1), Ms. Shah
(C2 practical), Mr. Thapa (C3).

The baseline timetable has no hard violation.
"""

from __future__ import annotations

from dataclasses import replace

from schedule_engine.model import (
    Assignment, Course, CourseComponent, Group, Instructor, Period, Problem, Room, Settings,
    Solution, Subgroup, TimeGrid,
)

G1_LEC0 = "C1|lecture|G1|0"
G1_LEC1 = "C1|lecture|G1|1"
G2_LEC0 = "C1|lecture|G2|0"
G2_LEC1 = "C1|lecture|G2|1"
G1A_LAB = "C2|practical|G1A|0"
G1B_LAB = "C2|practical|G1B|0"
G2_MATHS = "C3|lecture|G2|0"

BASELINE = {
    G1A_LAB: (0, "R2", "I2"),
    G1B_LAB: (4, "R2", "I2"),
    G1_LEC0: (3, "R1", "I1"),
    G1_LEC1: (7, "R1", "I1"),
    G2_LEC0: (0, "R1", "I1"),
    G2_LEC1: (5, "R1", "I1"),
    G2_MATHS: (1, "R1", "I3"),
}


def grid(**changes) -> TimeGrid:
    base = TimeGrid(
        days=("Monday", "Tuesday"),
        periods=(
            Period("P1", "09:00", "10:00"),
            Period("P2", "10:00", "11:00"),
            Period("Lunch", "11:00", "11:30", is_break=True),
            Period("P3", "11:30", "12:30"),
        ),
    )
    return replace(base, **changes)


def world(settings: Settings | None = None, *, rooms=None, instructors=None, groups=None,
          courses=None, time_grid: TimeGrid | None = None) -> Problem:
    rooms = rooms or (
        Room("R1", "Hall 1", 40),
        Room("R2", "Lab A", 20, type="lab", features={"computers"}),
        Room("R3", "Room 3", 10),
    )
    instructors = instructors or (
        Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture")}),
        Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}),
        Instructor("I3", "Mr. Thapa", qualifications={("C3", "lecture")}),
    )
    groups = groups or (
        Group("G1", "BCT first year", 30, courses=("C1", "C2"),
              subgroups=(Subgroup("G1A", 15), Subgroup("G1B", 15))),
        Group("G2", "BCT second year", 25, courses=("C1", "C3")),
    )
    courses = courses or (
        Course("C1", "Programming", (CourseComponent("lecture", 2),), min_days=2),
        Course("C2", "Electronics", (CourseComponent("practical", 2, blocks=(2,), room_type="lab",
                                                     room_features={"computers"},
                                                     per_subgroup=True),)),
        Course("C3", "Maths", (CourseComponent("lecture", 1),)),
    )
    return Problem("tiny", time_grid or grid(), rooms, instructors, groups, courses,
                   settings or Settings())


def only(weight_id: str, weight: int = 1, **settings) -> Settings:
    """Settings with every soft weight 0 except one."""
    from schedule_engine.constraint_catalog import SOFT_IDS
    weights = {c: 0 for c in SOFT_IDS}
    weights[weight_id] = weight
    return Settings(weights=weights, **settings)


def timetable(changes: dict | None = None, *, pins: dict | None = None) -> Solution:
    """The baseline timetable with some sessions changed.

    ``changes`` maps a session id to ``(slot, room, instructor)`` (None for
    unplaced / no room / no instructor); ``pins`` maps a session id to
    ``(pin_time, pin_room)``.
    """
    placed = dict(BASELINE)
    placed.update(changes or {})
    pins = pins or {}
    return Solution(tuple(
        Assignment(sid, slot, room, instr, *pins.get(sid, (False, False)))
        for sid, (slot, room, instr) in placed.items()
    ))
