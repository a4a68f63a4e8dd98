"""Derive the sessions the solver places from courses and enrolments.

A *section* is one course component taught to one set of attendees (a group,
a subgroup, or all enrolled groups together for a joint course).  Its weekly
periods are cut into blocks; each block is one *session* with a stable id
``"<course>|<type>|<attendees>|<k>"`` that survives unrelated data edits.
"""

from __future__ import annotations

from collections import defaultdict

import math
from dataclasses import dataclass

from schedule_engine.model import Course, CourseComponent, Group, Problem, TimeGrid


@dataclass(frozen=True)
class Session:
    id: str
    course_id: str
    session_type: str
    section: str
    index: int
    length: int
    attendees: tuple[str, ...]
    """Group or subgroup ids attending."""
    size: int
    candidate_instructors: tuple[str, ...]
    room_type: str
    room_features: frozenset[str]


def longest_stretch(grid: TimeGrid) -> int:
    """The most consecutive teaching (non-break) periods in a day."""
    best = run = 0
    for period in grid.periods:
        run = 0 if period.is_break else run + 1
        best = max(best, run)
    return best


def default_blocks(component: CourseComponent, grid: TimeGrid) -> tuple[int, ...]:
    n = int(component.periods_per_week)
    if n <= 0:
        return ()
    if component.blocks:
        return component.blocks
    if component.session_type != "practical":
        return (1,) * n
    stretch = max(1, longest_stretch(grid))
    parts = math.ceil(n / stretch)
    base, extra = divmod(n, parts)
    return tuple(base + 1 if i < extra else base for i in range(parts))


def leaves_of(group: Group) -> tuple[str, ...]:
    """The student sets a group occupies: its subgroups, or itself."""
    return tuple(s.id for s in group.subgroups) or (group.id,)


def _attendee_sets(course: Course, component: CourseComponent, groups: list[Group]) -> list[tuple[tuple[str, ...], int]]:
    """(attendee ids, head count) for each section of the component."""
    def units(group: Group) -> list[tuple[str, int]]:
        if component.per_subgroup and group.subgroups:
            return [(s.id, s.size) for s in group.subgroups]
        return [(group.id, group.size)]

    if course.joint:
        if component.per_subgroup:
            return [((uid,), size) for g in groups for uid, size in units(g)]
        ids = tuple(g.id for g in groups)
        size = course.students if course.students is not None else sum(g.size for g in groups)
        return [(ids, size)]
    sets = []
    for g in groups:
        for uid, size in units(g):
            if course.students is not None and not component.per_subgroup:
                size = course.students
            sets.append(((uid,), size))
    return sets


def derive_sessions(problem: Problem) -> list[Session]:
    """All sessions of the problem, in a stable order (courses, components, sections, blocks)."""
    sessions: list[Session] = []
    enrolled: dict[str, list[Group]] = defaultdict(list)  # course -> groups, in problem order
    for group in problem.groups:
        for course_id in dict.fromkeys(group.courses):
            enrolled[course_id].append(group)
    qualified: dict[tuple[str, str], list[str]] = defaultdict(list)  # (course, type) -> instructors
    for instructor in problem.instructors:
        for pair in instructor.qualifications:
            qualified[pair].append(instructor.id)
    for course in problem.courses:
        groups = enrolled.get(course.id, [])
        if not groups:
            continue
        for component in course.components:
            blocks = default_blocks(component, problem.time_grid)
            if not blocks:
                continue
            instructors = component.instructors or tuple(qualified.get((course.id, component.session_type), ()))
            for attendees, size in _attendee_sets(course, component, groups):
                section = f"{course.id}|{component.session_type}|{'+'.join(attendees)}"
                for k, length in enumerate(blocks):
                    sessions.append(
                        Session(
                            id=f"{section}|{k}",
                            course_id=course.id,
                            session_type=component.session_type,
                            section=section,
                            index=k,
                            length=length,
                            attendees=attendees,
                            size=int(size),
                            candidate_instructors=instructors,
                            room_type=component.room_type,
                            room_features=component.room_features,
                        )
                    )
    return sessions
