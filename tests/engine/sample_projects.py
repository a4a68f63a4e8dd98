"""Hand-made problems for the JSON document and project file tests.

Loaded by path from the tests (``load_samples()`` in each test module), so it
works whatever pytest's import mode.
"""

from __future__ import annotations

from schedule_engine.model import (
    Assignment,
    Course,
    CourseComponent,
    Group,
    Instructor,
    Period,
    Problem,
    Room,
    Settings,
    Solution,
    Subgroup,
    TimeGrid,
)
from schedule_engine.rules import Rule

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")


def rich_grid() -> TimeGrid:
    periods = (
        Period("P1", "08:00", "08:50"),
        Period("P2", "09:00", "09:50"),
        Period("Lunch", "10:00", "10:50", is_break=True),
        Period("P3", "11:00", "11:50"),
        Period("P4", "12:00", "12:50"),
    )
    return TimeGrid(days=DAYS, periods=periods, unavailable=frozenset({4, 24}), midday_periods=(3, 1),
                    week_names=("Odd", "Even"))


def rich_problem() -> Problem:
    """A small problem in which every field of every dataclass differs from its default."""
    grid = rich_grid()
    rooms = (
        Room("R1", "Hall One", 120, type="auditorium", features=frozenset({"projector", "audio"}),
             building="Main", unavailable=frozenset({0, 7})),
        Room("L2", "Lab Two", 24, type="lab", features=frozenset({"computers"}), building="Annex",
             unavailable=frozenset({23})),
    )
    instructors = (
        Instructor("I1", "Dr. Ada Byron", qualifications=frozenset({("C1", "lecture"), ("C1", "practical")}),
                   unavailable=frozenset({1, 2}), preferred=frozenset({5, 6}), undesired=frozenset({20}),
                   max_periods_per_day=4),
        Instructor("I2", "Prof. Émile Noether", qualifications=frozenset({("C2", "tutorial")}),
                   unavailable=frozenset({10}), preferred=frozenset({11}), undesired=frozenset({12, 13}),
                   max_periods_per_day=3),
    )
    groups = (
        Group("G1", "First year A", 48, courses=("C1", "C2"),
              subgroups=(Subgroup("G1a", 24), Subgroup("G1b", 24)), unavailable=frozenset({15}),
              prefers_break=True, max_periods_per_day=5),
        Group("G2", "First year B", 30, courses=("C2",), subgroups=(), unavailable=frozenset({16, 17}),
              prefers_break=True, max_periods_per_day=4),
    )
    courses = (
        Course("C1", "Programming", components=(
            CourseComponent("lecture", 2, blocks=(1, 1), room_type="lecture",
                            room_features=frozenset({"projector"}), instructors=("I1",), per_subgroup=False),
            CourseComponent("practical", 3, blocks=(2, 1), room_type="lab",
                            room_features=frozenset({"computers"}), instructors=("I1", "I2"), per_subgroup=True,
                            fortnightly=True),
        ), min_days=2, joint=True, students=75, department="Computing", unavailable=frozenset({3, 8})),
        Course("C2", "Algebra", components=(
            CourseComponent("tutorial", 1, blocks=(1,), room_type="lecture", room_features=frozenset({"audio"}),
                            instructors=("I2",), per_subgroup=True, min_block=1, max_block=1,
                            patterns=((1,),), tags=("seminar",)),
        ), min_days=1, joint=True, students=30, department="Mathematics", unavailable=frozenset({9})),
        Course("C3", "Reading circle", components=(
            CourseComponent("lecture", 1, blocks=(1,), needs_room=False, needs_instructor=False,
                            co_instructors=("I2",)),
        ), joint=True, students=12),
    )
    settings = Settings(
        weights={"room_capacity": 3, "group_idle_gaps": 0, "early_late": 7},
        room_capacity_hard=True,
        profile="itc2007",
        preferred_first_period=1,
        preferred_last_period=3,
        preferred_block_lengths=(2, 3),
        time_zone="Europe/Madrid",
        fractional_hours="fortnightly",
    )
    rules = (  # inactive, so that the scores of the rich samples stay the built-in ones
        Rule("r1", "min_days_between", courses=("C1",), components=(("C2", "tutorial"),),
             sessions=("C1|lecture|G1|0",), tags=("seminar",), all_of=("sessions",),
             params={"min_days": 1, "consecutive_if_same_day": True}, hard=False, weight=5, active=False,
             comment="spread the week"),
        Rule("r2", "home_rooms", instructors=("I1",), groups=("G1",), rooms=("R1",), active=False),
    )
    return Problem("Spring term – Ünïcode", grid, rooms, instructors, groups, courses, settings, rules)


def rich_solution() -> Solution:
    return Solution(
        assignments=(
            Assignment("C1|lecture|G1+G2|0", slot=0, room="R1", instructor="I1", pin_time=True, pin_room=True),
            Assignment("C1|lecture|G1+G2|1", slot=6, room="R1", instructor="I1", pin_time=True, pin_room=False),
            Assignment("C1|practical|G1a|0", slot=10, room="L2", instructor="I2", pin_time=False, pin_room=True,
                       week=2),
            Assignment("C2|tutorial|G2|0", slot=None, room=None, instructor=None, length=1),
        ),
        meta={"seed": 7, "engine_version": "0.1.0", "score": {"hard": 0, "soft": 12}, "notes": ["a", "b"],
              "elapsed_s": 1.25, "warm": None},
    )


def campus_sized_problem(n_courses: int = 450, n_groups: int = 37, n_rooms: int = 67,
                         n_instructors: int = 181) -> Problem:
    """A synthetic problem the size of a real campus."""
    periods = tuple(Period(f"P{i + 1}", f"{7 + i:02d}:00", f"{7 + i:02d}:50", is_break=(i == 4))
                    for i in range(10))
    grid = TimeGrid(days=("Sun", "Mon", "Tue", "Wed", "Thu", "Fri"), periods=periods)
    n_slots = grid.n_slots
    rooms = tuple(Room(f"R{i:03d}", f"Room {i}", 30 + (i * 7) % 90, type="lab" if i % 5 == 0 else "lecture",
                       features=frozenset({"projector"} if i % 2 else ()), building=f"B{i % 4}",
                       unavailable=frozenset({(i * 11) % n_slots}))
                  for i in range(n_rooms))
    instructors = tuple(
        Instructor(f"T{i:03d}", f"Teacher {i}",
                   qualifications=frozenset({(f"C{(i * 3 + k) % n_courses:03d}", t)
                                             for k in range(6) for t in ("lecture", "practical")}),
                   unavailable=frozenset({(i + k) % n_slots for k in range(4)}),
                   preferred=frozenset({(i * 5) % n_slots}), max_periods_per_day=6)
        for i in range(n_instructors))
    groups = tuple(
        Group(f"G{g:02d}", f"Group {g}", 48, courses=tuple(f"C{(g * 12 + k) % n_courses:03d}" for k in range(12)),
              subgroups=(Subgroup(f"G{g:02d}a", 24), Subgroup(f"G{g:02d}b", 24)))
        for g in range(n_groups))
    courses = tuple(
        Course(f"C{c:03d}", f"Course number {c}", components=(
            CourseComponent("lecture", 3, instructors=(f"T{c % n_instructors:03d}",)),
            CourseComponent("practical", 2, room_type="lab", per_subgroup=True),
        ), min_days=2, department=f"Dept {c % 9}")
        for c in range(n_courses))
    return Problem("Campus", grid, rooms, instructors, groups, courses, Settings())


def campus_sized_solution(problem: Problem, n_assignments: int = 3000, salt: int = 0) -> Solution:
    n_slots = problem.time_grid.n_slots
    rooms = problem.rooms
    teachers = problem.instructors
    return Solution(
        assignments=tuple(
            Assignment(f"C{k % 450:03d}|lecture|G{k % 37:02d}|{k}", slot=(k * 13 + salt) % n_slots,
                       room=rooms[(k + salt) % len(rooms)].id, instructor=teachers[k % len(teachers)].id,
                       pin_time=k % 17 == 0, pin_room=k % 23 == 0)
            for k in range(n_assignments)),
        meta={"seed": salt, "generations": 100 + salt},
    )
