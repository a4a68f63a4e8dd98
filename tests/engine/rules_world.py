"""A tiny school for the rule tests.

Grid: Monday to Wednesday, periods P1 P2 [Break] P3 P4 (5 a day, slot = day * 5 + period).
Groups: G1 (subgroups G1A, G1B), G2.  Instructors: I1 (maths), I2 (English and the lab).
Courses: M maths, 4 single lectures for G2 by I1; E English, 2 single lectures for G1 by I2,
tagged "lang"; P lab, one 2-period practical per subgroup of G1 by I2, in the lab R2.

The placements (slot, room) of :data:`PLACED`:
    M0 Mon P1, M1 Mon P4, M2 Tue P1, M3 Wed P2 (all in R1)
    E0 Mon P2, E1 Tue P3 (R1); lab G1A Tue P1-P2, lab G1B Wed P1-P2 (R2)
"""

from __future__ import annotations

from dataclasses import replace

from schedule_engine.model import (
    Assignment, Course, CourseComponent, Group, Instructor, Period, Problem, Room, Solution,
    Subgroup, TimeGrid,
)

M = [f"M|lecture|G2|{k}" for k in range(4)]
E = [f"E|lecture|G1|{k}" for k in range(2)]
LAB_A, LAB_B = "P|practical|G1A|0", "P|practical|G1B|0"

PLACED = {
    M[0]: (0, "R1", "I1"), M[1]: (4, "R1", "I1"), M[2]: (5, "R1", "I1"), M[3]: (11, "R1", "I1"),
    E[0]: (1, "R1", "I2"), E[1]: (8, "R1", "I2"),
    LAB_A: (5, "R2", "I2"), LAB_B: (10, "R2", "I2"),
}


def problem(rules=()) -> Problem:
    grid = TimeGrid(days=("Monday", "Tuesday", "Wednesday"), periods=(
        Period("P1", "08:00", "09:00"), Period("P2", "09:00", "10:00"),
        Period("Break", "10:00", "10:20", is_break=True),
        Period("P3", "10:20", "11:20"), Period("P4", "11:20", "12:20")))
    return Problem(
        name="rules world", time_grid=grid,
        rooms=(Room("R1", "Room 1", 40), Room("R2", "Lab", 20, type="lab")),
        instructors=(Instructor("I1", "Ms One"), Instructor("I2", "Mr Two")),
        groups=(Group("G1", "G1", 20, courses=("E", "P"), subgroups=(Subgroup("G1A", 10), Subgroup("G1B", 10))),
                Group("G2", "G2", 20, courses=("M",))),
        courses=(
            Course("M", "Maths", (CourseComponent("lecture", 4, blocks=(1, 1, 1, 1), instructors=("I1",)),)),
            Course("E", "English", (CourseComponent("lecture", 2, blocks=(1, 1), instructors=("I2",),
                                                    tags=("lang",)),)),
            Course("P", "Lab", (CourseComponent("practical", 2, blocks=(2,), room_type="lab",
                                                instructors=("I2",), per_subgroup=True),)),
        ),
        rules=tuple(rules),
    )


def solution(**moves) -> Solution:
    placed = dict(PLACED)
    for sid, where in moves.items():
        placed[sid] = where
    return Solution(tuple(Assignment(sid, slot, room, instr) for sid, (slot, room, instr) in placed.items()))


def with_rules(p: Problem, *rules) -> Problem:
    return replace(p, rules=tuple(rules))
