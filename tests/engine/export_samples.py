"""A small hand-made timetable for the export and report tests.

Grid: Monday to Friday, periods P1..P3, a lunch break, P4 and P5 (6 rows).
Slot = day * 6 + period.  Sessions (7):

| session                 | placed at        | room | instructor |
|-------------------------|------------------|------|------------|
| C1 lecture G1 #0        | Mon P1 (slot 0)  | R1   | I1 |
| C1 lecture G1 #1        | Wed P2 (slot 13) | R1   | I1 |
| C1 practical G1a #0 (2) | Tue P1-P2 (6)    | L1   | I2 |
| C1 practical G1b #0 (2) | Tue P4-P5 (10)   | L1   | I2 |
| C2 lecture G1+G2 #0     | Mon P3 (slot 2)  | R1   | I2 |
| C3 lecture G2 #0        | Mon P5 (slot 5)  | R2   | I1 |
"""

from __future__ import annotations

from schedule_engine.model import (
    Assignment, Course, CourseComponent, Group, Instructor, Period, Problem, Room,
    Solution, Subgroup, TimeGrid,
)

N_PERIODS = 6

PLACEMENT = {
    "C1|lecture|G1|0": (0, "R1", "I1"),
    "C1|lecture|G1|1": (13, "R1", "I1"),
    "C1|practical|G1a|0": (6, "L1", "I2"),
    "C1|practical|G1b|0": (10, "L1", "I2"),
    "C2|lecture|G1+G2|0": (2, "R1", "I2"),
    "C3|lecture|G2|0": (5, "R2", "I1"),
}


def sample_grid(days=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")) -> TimeGrid:
    return TimeGrid(
        days=days,
        periods=(
            Period("P1", "08:00", "08:50"),
            Period("P2", "09:00", "09:50"),
            Period("P3", "10:00", "10:50"),
            Period("Lunch", "10:50", "12:00", is_break=True),
            Period("P4", "12:00", "12:50"),
            Period("P5", "13:00", "13:50"),
        ),
        unavailable=frozenset({4 * 6 + 5}),  # Friday P5 closed
    )


def sample_problem(days=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")) -> Problem:
    return Problem(
        name="Sample <College> & Co",
        time_grid=sample_grid(days),
        rooms=(
            Room("R1", "Hall 1", 60),
            Room("R2", "Seminar 2", 30),
            Room("L1", "Lab 1", 25, type="practical", features=frozenset({"computers"}),
                 unavailable=frozenset({0})),
        ),
        instructors=(
            Instructor("I1", "Ada Byron", qualifications=frozenset({("C1", "lecture"), ("C3", "lecture")}),
                       max_periods_per_day=4),
            Instructor("I2", "Alan Turing", qualifications=frozenset({("C1", "practical"), ("C2", "lecture")})),
            Instructor("I3", "Grace Hopper"),
        ),
        groups=(
            Group("G1", "Year 1", 40, courses=("C1", "C2"), subgroups=(Subgroup("G1a", 20), Subgroup("G1b", 20))),
            Group("G2", "Year 2", 30, courses=("C2", "C3"), max_periods_per_day=5),
        ),
        courses=(
            Course("C1", "Programming", components=(
                CourseComponent("lecture", 2),
                CourseComponent("practical", 2, blocks=(2,), room_type="practical",
                                room_features=frozenset({"computers"}), per_subgroup=True),
            )),
            Course("C2", "Maths & Logic", components=(CourseComponent("lecture", 1),), joint=True),
            Course("C3", "Physics", components=(CourseComponent("lecture", 1),)),
        ),
    )


def sample_solution(skip: tuple[str, ...] = ()) -> Solution:
    """The placement above; sessions in ``skip`` are left unplaced."""
    assignments = []
    for session_id, (slot, room, instructor) in PLACEMENT.items():
        if session_id in skip:
            assignments.append(Assignment(session_id))
        else:
            assignments.append(Assignment(session_id, slot, room, instructor, pin_time=session_id.startswith("C3")))
    return Solution(tuple(assignments))


def random_solution(problem: Problem, seed: int, skip_share: float = 0.1) -> Solution:
    """Random starts, rooms and instructors among the allowed ones; about
    ``skip_share`` of the sessions left unplaced."""
    import numpy as np

    from schedule_engine.compiled import compile_problem

    cp = compile_problem(problem)
    rng = np.random.default_rng(seed)
    slot = np.full(cp.n_sessions, -1, np.int32)
    room, instr = slot.copy(), slot.copy()
    for s in range(cp.n_sessions):
        starts = np.flatnonzero(cp.start_ok[s])
        if len(starts) and rng.random() >= skip_share:
            slot[s] = rng.choice(starts)
        if len(cp.candidate_rooms(s)):
            room[s] = rng.choice(cp.candidate_rooms(s))
        if len(cp.candidate_instructors(s)):
            instr[s] = rng.choice(cp.candidate_instructors(s))
    return cp.decode(slot, room, instr)
