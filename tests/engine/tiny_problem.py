"""The tiny hand-made problem that the validation and remedy tests vary: no errors or warnings as it is."""

from __future__ import annotations

from dataclasses import replace

from schedule_engine.model import Course, CourseComponent, Group, Instructor, Period, Problem, Room, Subgroup, TimeGrid

GRID = TimeGrid(days=("Mon", "Tue"), periods=(Period("1", "09:00", "10:00"), Period("2", "10:00", "11:00"),
                                              Period("3", "11:00", "12:00")))
ALL_SLOTS = frozenset(range(GRID.n_slots))
LECTURE = CourseComponent("lecture", 2, room_type="lecture")
PRACTICAL = CourseComponent("practical", 2, room_type="practical", room_features=frozenset({"Lab"}),
                            per_subgroup=True)


def problem(**changes) -> Problem:
    """A small problem with no errors or warnings: one group of two subgroups taking C1
    (two lecture periods, and a two-period practical per subgroup) taught by I1."""
    base = Problem(
        name="tiny",
        time_grid=GRID,
        rooms=(Room("R1", "Hall", 30, "lecture"), Room("L1", "Lab", 10, "practical", frozenset({"Lab"}))),
        instructors=(Instructor("I1", "Ada", frozenset({("C1", "lecture"), ("C1", "practical")})),),
        groups=(Group("G", "Group", 20, ("C1",), (Subgroup("GA", 10), Subgroup("GB", 10))),),
        courses=(Course("C1", "Course one", (LECTURE, PRACTICAL)),),
    )
    return replace(base, **changes)
