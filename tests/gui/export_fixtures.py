"""A small timetable for the PDF, dialog and command-line export tests.

Grid: Monday to Wednesday, P1, P2, a lunch break, P3 and P4 (slot = day * 5 + period).

| session                 | placed at         | room  | instructor |
|-------------------------|-------------------|-------|------------|
| BIO lecture Y1 #0       | Mon P1 (slot 0)   | HALL  | CURIE      |
| BIO lecture Y1 #1       | Tue P2 (slot 6)   | HALL  | CURIE      |
| BIO practical Y1a #0 (2)| Wed P3-P4 (13)    | LAB   | DARWIN     |
| BIO practical Y1b #0 (2)| Wed P3-P4 (13)    | LAB2  | DARWIN*    |
| MATH lecture Y1+Y2 #0   | Mon P2 (slot 1)   | HALL  | NOETHER    |
| MATH lecture Y1+Y2 #1   | Tue P1 (slot 5)   | HALL  | NOETHER    |
| CHEM lecture Y2 #0      | Mon P3 (slot 3)   | ROOM1 | CURIE      |

(*) Y1a and Y1b practicals run in parallel: no clash for the group, but a clash
for DARWIN, who teaches both.
"""

from __future__ import annotations

from schedule_engine.model import (
    Assignment, Course, CourseComponent, Group, Instructor, Period, Problem, Room, Solution, Subgroup,
    TimeGrid,
)

PLACEMENT = {
    "BIO|lecture|Y1|0": (0, "HALL", "CURIE"),
    "BIO|lecture|Y1|1": (6, "HALL", "CURIE"),
    "BIO|practical|Y1a|0": (13, "LAB", "DARWIN"),
    "BIO|practical|Y1b|0": (13, "LAB2", "DARWIN"),
    "MATH|lecture|Y1+Y2|0": (1, "HALL", "NOETHER"),
    "MATH|lecture|Y1+Y2|1": (5, "HALL", "NOETHER"),
    "CHEM|lecture|Y2|0": (3, "ROOM1", "CURIE"),
}

GROUPS = {"Y1": "Biology Year 1", "Y2": "Chemistry Year 2"}
INSTRUCTORS = {"CURIE": "Marie Curie", "DARWIN": "Charles Darwin", "NOETHER": "Emmy Noether"}
ROOMS = {"HALL": "Great Hall", "ROOM1": "Room One", "LAB": "Bio Lab", "LAB2": "Bio Lab Two"}


def small_problem() -> Problem:
    grid = TimeGrid(
        days=("Monday", "Tuesday", "Wednesday"),
        periods=(
            Period("P1", "09:00", "09:50"),
            Period("P2", "10:00", "10:50"),
            Period("Lunch", "10:50", "12:00", is_break=True),
            Period("P3", "12:00", "12:50"),
            Period("P4", "13:00", "13:50"),
        ),
        unavailable=frozenset({9}),  # Tuesday P4 closed
    )
    return Problem(
        name="Hilltop Academy",
        time_grid=grid,
        rooms=(Room("HALL", ROOMS["HALL"], 80), Room("ROOM1", ROOMS["ROOM1"], 40),
               Room("LAB", ROOMS["LAB"], 20, type="lab"), Room("LAB2", ROOMS["LAB2"], 20, type="lab")),
        instructors=(
            Instructor("CURIE", INSTRUCTORS["CURIE"], {("BIO", "lecture"), ("CHEM", "lecture")}),
            Instructor("DARWIN", INSTRUCTORS["DARWIN"], {("BIO", "practical")}),
            Instructor("NOETHER", INSTRUCTORS["NOETHER"], {("MATH", "lecture")}),
        ),
        groups=(
            Group("Y1", GROUPS["Y1"], 40, ("BIO", "MATH"), subgroups=(Subgroup("Y1a", 20), Subgroup("Y1b", 20))),
            Group("Y2", GROUPS["Y2"], 30, ("MATH", "CHEM")),
        ),
        courses=(
            Course("BIO", "Cell Biology", (
                CourseComponent("lecture", 2, room_type="lecture"),
                CourseComponent("practical", 2, blocks=(2,), room_type="lab", per_subgroup=True),
            )),
            Course("MATH", "Statistics", (CourseComponent("lecture", 2),), joint=True),
            Course("CHEM", "Organic Chemistry", (CourseComponent("lecture", 1),)),
        ),
    )


def small_solution(skip: tuple[str, ...] = ()) -> Solution:
    """The placement above; sessions in ``skip`` are left without a time."""
    return Solution(tuple(
        Assignment(sid) if sid in skip else Assignment(sid, slot, room, instructor)
        for sid, (slot, room, instructor) in PLACEMENT.items()
    ))


def full_solution(problem: Problem, seed: int = 0) -> Solution:
    """Every session of ``problem`` at an allowed start with an allowed room and
    instructor (clashes and all): a complete timetable without running the solver."""
    import numpy as np

    from schedule_engine.compiled import compile_problem

    cp = compile_problem(problem)
    rng = np.random.default_rng(seed)
    slot = np.full(cp.n_sessions, -1, np.int32)
    room, instr = slot.copy(), slot.copy()
    for s in range(cp.n_sessions):
        starts = np.flatnonzero(cp.start_ok[s])
        slot[s] = rng.choice(starts) if len(starts) else 0
        if len(cp.candidate_rooms(s)):
            room[s] = rng.choice(cp.candidate_rooms(s))
        if len(cp.candidate_instructors(s)):
            instr[s] = rng.choice(cp.candidate_instructors(s))
    return cp.decode(slot, room, instr)
