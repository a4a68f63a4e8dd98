"""Remedy: teach the sections of a course together, where a room seats them all."""

from __future__ import annotations

from schedule_engine.model import Course, Problem, Room
from schedule_engine.remedies.base import EntityEdit, Remedy, make_remedy
from schedule_engine.remedies.case import Case
from schedule_engine.remedies.verify import Checker, neighbour_courses
from schedule_engine.remedies.words import names


def _enrolled(problem: Problem, course_id: str) -> list[str]:
    return [g.id for g in problem.groups if course_id in g.courses]


def _room_for(problem: Problem, course: Course, session_type: str, size: int) -> Room | None:
    """The smallest room that suits the component and seats ``size``."""
    comp = course.component(session_type)
    fits = [r for r in problem.rooms
            if (not comp.room_type or r.type == comp.room_type) and comp.room_features <= r.features
            and r.capacity >= size]
    return min(fits, key=lambda r: (r.capacity, r.id)) if fits else None


def joint_remedies(case: Case, checker: Checker) -> list[Remedy]:
    problem = case.problem
    found = []
    for course_id, session_type in sorted(case.components()):
        course = problem.course(course_id)
        comp = course.component(session_type)
        groups = _enrolled(problem, course_id)
        if course.joint or comp.per_subgroup or len(groups) < 2:
            continue
        size = course.students if course.students is not None else sum(
            g.size for g in problem.groups if g.id in groups)
        room = _room_for(problem, course, session_type, size)
        if room is None:
            continue
        edit = EntityEdit("course", course_id, "joint", "set_joint", True,
                          f"taught jointly to {names(groups)}")
        text = (f"Teach {course_id} to {names(groups)} together: one {session_type} section of {size} "
                f"students instead of {len(groups)}; room {room.id} seats {room.capacity}.")
        remedy = make_remedy("joint", text, (edit,), case.diagnostic, 20)
        if checker.passes(remedy, neighbour_courses(case, rooms=[room.id])):
            found.append(remedy)
    return found[:2]
