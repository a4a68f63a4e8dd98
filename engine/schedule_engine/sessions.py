"""Derive the sessions the solver places from courses and enrolments.

A *section* is one course component taught to one set of attendees (a group,
a subgroup, or all enrolled groups together for a joint course).  Its weekly
periods are cut into blocks by one of its allowed patterns
(:mod:`schedule_engine.patterns`); the section has as many *pieces* as its
pattern with the most blocks, each one *session* with a stable id
``"<course>|<type>|<attendees>|<k>"`` that survives unrelated data edits and
re-cuts (piece k keeps its id whatever pattern is chosen).

A session's ``length`` is its length under the default cut (0: the default
cut does not use this piece).  :func:`current_lengths` is the one place that
says how long each piece is in a given timetable.
"""

from __future__ import annotations

from collections import defaultdict

from dataclasses import dataclass, replace
from typing import Sequence

from schedule_engine.model import Course, CourseComponent, Group, Problem, Solution, TimeGrid
from schedule_engine.patterns import allowed_patterns, longest_stretch


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
    patterns: tuple[tuple[int, ...], ...] = ()
    """The section's allowed patterns, the default cut first."""
    fortnightly: bool = False
    """Taught in one week of a two-week cycle (A or B), not every week."""
    needs_room: bool = True
    """False: the session takes no room (its component's ``needs_room``)."""
    needs_instructor: bool = True
    """False: the session takes no instructor (its component's ``needs_instructor``)."""
    co_instructors: tuple[str, ...] = ()
    """Instructors who teach the session besides its own (its component's ``co_instructors``)."""


__all__ = ["Session", "current_lengths", "default_blocks", "derive_sessions", "effective_sessions",
           "leaves_of", "longest_stretch"]


def default_blocks(component: CourseComponent, grid: TimeGrid) -> tuple[int, ...]:
    """The default cut of the component (the first allowed pattern)."""
    patterns = allowed_patterns(component, grid)
    return patterns[0] if patterns else ()


def leaves_of(group: Group) -> tuple[str, ...]:
    """The student sets a group occupies: its subgroups, or itself."""
    return tuple(s.id for s in group.subgroups) or (group.id,)


def taught_without_groups(course: Course) -> bool:
    """A joint course with its own head count is taught even when no group
    attends it: one section without attendees (ITC-2007: a course in no
    curriculum, which no student set ties to other courses)."""
    return course.joint and course.students is not None


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
        if not groups and not taught_without_groups(course):
            continue
        for component in course.components:
            patterns = allowed_patterns(component, problem.time_grid)
            if not patterns:
                continue
            pieces = max(len(p) for p in patterns)
            blocks = patterns[0] + (0,) * (pieces - len(patterns[0]))
            instructors = component.instructors or tuple(qualified.get((course.id, component.session_type), ()))
            if not component.needs_instructor:
                instructors = ()
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
                            patterns=patterns,
                            fortnightly=component.fortnightly and problem.time_grid.n_weeks == 2,
                            needs_room=component.needs_room,
                            needs_instructor=component.needs_instructor,
                            co_instructors=component.co_instructors,
                        )
                    )
    return sessions


def _fits(lengths: Sequence[int], patterns: tuple[tuple[int, ...], ...]) -> bool:
    """The active lengths of a section's pieces form one of its patterns."""
    used = sorted((int(x) for x in lengths if x), reverse=True)
    return any(used == sorted(p, reverse=True) for p in patterns)


def current_lengths(sessions: Sequence[Session], solution: Solution | None) -> list[int]:
    """Each session's length in ``solution`` (same order as ``sessions``).

    An assignment's ``length`` (None: the default) is taken when the lengths
    of its section's pieces together form an allowed pattern; a section
    whose recorded lengths form none keeps its default cut.  0 means the
    piece is not used by the section's current pattern.
    """
    out = [s.length for s in sessions]
    if solution is None:
        return out
    by_id = solution.by_session()
    sections: dict[str, list[int]] = {}
    for k, sess in enumerate(sessions):
        sections.setdefault(sess.section, []).append(k)
    for members in sections.values():
        wanted = []
        changed = False
        for k in members:
            a = by_id.get(sessions[k].id)
            length = sessions[k].length if a is None or a.length is None else int(a.length)
            changed |= length != sessions[k].length
            wanted.append(length)
        if changed and _fits(wanted, sessions[members[0]].patterns):
            for k, length in zip(members, wanted):
                out[k] = length
    return out


def effective_sessions(sessions: Sequence[Session], solution: Solution | None) -> list[Session]:
    """The sessions as they fall in ``solution``: each with its current
    length, the pieces its section's current pattern does not use left out."""
    lengths = current_lengths(sessions, solution)
    return [s if s.length == n else replace(s, length=n) for s, n in zip(sessions, lengths) if n > 0]
