"""validate's capacity check counts a co-teacher's sessions against the co-teacher's free periods."""

from __future__ import annotations

from dataclasses import replace

from schedule_engine.diagnostics import validate
from schedule_engine.model import Course, CourseComponent, Group, Instructor
from tiny_problem import ALL_SLOTS, problem


def co_taught(free_slots: set[int]):
    """C1: one three-period lecture taught by I1 (free all week) with I2 as co-teacher,
    I2 free only in ``free_slots``."""
    lecture = CourseComponent("lecture", 3, room_type="lecture", co_instructors=("I2",))
    return problem(
        instructors=(Instructor("I1", "Ada", frozenset({("C1", "lecture")})),
                     Instructor("I2", "Bea", frozenset(), unavailable=ALL_SLOTS - free_slots)),
        groups=(Group("G", "Group", 20, ("C1",)),),
        courses=(Course("C1", "Course one", (lecture,)),),
    )


def overloads(diagnostics):
    return [d for d in diagnostics if d.code == "instructor_overload"]


def test_co_teacher_with_too_few_free_periods_is_named():
    found = overloads(validate(co_taught({0, 1})))
    assert len(found) == 1
    assert "I2" in found[0].message and "I1" not in found[0].message
    assert "need 3 periods" in found[0].message and "at most 2 fit" in found[0].message


def test_co_teacher_with_enough_free_periods_is_not_named():
    diagnostics = validate(co_taught({0, 1, 2}))
    assert overloads(diagnostics) == []
    assert [d for d in diagnostics if d.severity == "error"] == []


def test_main_instructor_check_unchanged_without_co_teachers():
    lecture = CourseComponent("lecture", 3, room_type="lecture")
    p = replace(co_taught({0, 1}), courses=(Course("C1", "Course one", (lecture,)),))
    assert overloads(validate(p)) == []
