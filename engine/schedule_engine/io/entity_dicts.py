"""Model objects to plain JSON-ready dicts, one function per dataclass.

Keys are the dataclass field names; references are ids; sets become sorted
lists; slots stay integers (``day * n_periods + period``).  The engine JSON
document and the project file both store entities with these.
"""

from __future__ import annotations

from schedule_engine.model import (Assignment, Course, CourseComponent, Group, Instructor, Period, Problem,
                                   Room, Settings, Solution, Subgroup, TimeGrid)
from schedule_engine.io.rule_dicts import rule_to_dict


def period_to_dict(period: Period) -> dict:
    return {"name": period.name, "start": period.start, "end": period.end, "is_break": period.is_break}


def time_grid_to_dict(grid: TimeGrid) -> dict:
    return {
        "days": list(grid.days),
        "n_periods": grid.n_periods,
        "periods": [period_to_dict(p) for p in grid.periods],
        "unavailable": sorted(grid.unavailable),
        "midday_periods": list(grid.midday_periods),
        **({"week_names": list(grid.week_names)} if grid.week_names else {}),
    }


def room_to_dict(room: Room) -> dict:
    return {
        "id": room.id,
        "name": room.name,
        "capacity": room.capacity,
        "type": room.type,
        "features": sorted(room.features),
        "building": room.building,
        "unavailable": sorted(room.unavailable),
    }


def instructor_to_dict(instructor: Instructor) -> dict:
    return {
        "id": instructor.id,
        "name": instructor.name,
        "qualifications": [
            {"course": course, "session_type": session_type}
            for course, session_type in sorted(instructor.qualifications)
        ],
        "unavailable": sorted(instructor.unavailable),
        "preferred": sorted(instructor.preferred),
        "undesired": sorted(instructor.undesired),
        "max_periods_per_day": instructor.max_periods_per_day,
    }


def subgroup_to_dict(subgroup: Subgroup) -> dict:
    return {"id": subgroup.id, "size": subgroup.size}


def group_to_dict(group: Group) -> dict:
    return {
        "id": group.id,
        "name": group.name,
        "size": group.size,
        "courses": list(group.courses),
        "subgroups": [subgroup_to_dict(s) for s in group.subgroups],
        "unavailable": sorted(group.unavailable),
        "prefers_break": group.prefers_break,
        "max_periods_per_day": group.max_periods_per_day,
    }


def component_to_dict(component: CourseComponent) -> dict:
    return {
        "session_type": component.session_type,
        "periods_per_week": component.periods_per_week,
        "blocks": list(component.blocks),
        "room_type": component.room_type,
        "room_features": sorted(component.room_features),
        "instructors": list(component.instructors),
        "per_subgroup": component.per_subgroup,
        **({"min_block": component.min_block} if component.min_block is not None else {}),
        **({"max_block": component.max_block} if component.max_block is not None else {}),
        **({"patterns": [list(p) for p in component.patterns]} if component.patterns else {}),
        **({"tags": list(component.tags)} if component.tags else {}),
        **({"fortnightly": True} if component.fortnightly else {}),
        **({"needs_room": False} if not component.needs_room else {}),
        **({"needs_instructor": False} if not component.needs_instructor else {}),
        **({"co_instructors": list(component.co_instructors)} if component.co_instructors else {}),
    }


def course_to_dict(course: Course) -> dict:
    return {
        "id": course.id,
        "title": course.title,
        "components": [component_to_dict(c) for c in course.components],
        "min_days": course.min_days,
        "joint": course.joint,
        "students": course.students,
        "department": course.department,
        "unavailable": sorted(course.unavailable),
    }


def settings_to_dict(settings: Settings) -> dict:
    out = {
        "weights": {key: settings.weights[key] for key in sorted(settings.weights)},
        "room_capacity_hard": settings.room_capacity_hard,
        "profile": settings.profile,
        "preferred_first_period": settings.preferred_first_period,
        "preferred_last_period": settings.preferred_last_period,
        "preferred_block_lengths": list(settings.preferred_block_lengths),
    }
    if settings.time_zone:
        out["time_zone"] = settings.time_zone
    if settings.fractional_hours:
        out["fractional_hours"] = settings.fractional_hours
    return out


def problem_to_dict(problem: Problem) -> dict:
    return {
        "name": problem.name,
        "time_grid": time_grid_to_dict(problem.time_grid),
        "rooms": [room_to_dict(r) for r in problem.rooms],
        "instructors": [instructor_to_dict(i) for i in problem.instructors],
        "groups": [group_to_dict(g) for g in problem.groups],
        "courses": [course_to_dict(c) for c in problem.courses],
        "settings": settings_to_dict(problem.settings),
        **({"rules": [rule_to_dict(r) for r in problem.rules]} if problem.rules else {}),
    }


def assignment_to_dict(assignment: Assignment) -> dict:
    return {
        "session_id": assignment.session_id,
        "slot": assignment.slot,
        "room": assignment.room,
        "instructor": assignment.instructor,
        "pin_time": assignment.pin_time,
        "pin_room": assignment.pin_room,
        **({"length": assignment.length} if assignment.length is not None else {}),
        **({"week": assignment.week} if assignment.week else {}),
    }


def solution_to_dict(solution: Solution) -> dict:
    return {
        "assignments": [assignment_to_dict(a) for a in solution.assignments],
        "meta": dict(solution.meta),
    }
