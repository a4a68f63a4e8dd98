"""Co-teachers in edits and checks: an unknown one is refused or reported naming
course, component and id; renaming or deleting an instructor follows the lists."""

from __future__ import annotations

import pytest

from schedule_engine import edits
from schedule_engine.diagnostics import validate
from schedule_engine.errors import InvalidInputError
from schedule_engine.model import Course, CourseComponent, Group, Instructor, Period, Problem, Room, TimeGrid


def school(co_instructors: tuple[str, ...] = ("T2",)) -> Problem:
    grid = TimeGrid(days=("Mon", "Tue"), periods=(Period("P1", "08:00", "08:50"), Period("P2", "09:00", "09:50")))
    return Problem(
        name="School", time_grid=grid, rooms=(Room("R1", "Room", 30),),
        instructors=(Instructor("T1", "Ada", {("MATHS", "lecture")}), Instructor("T2", "Bob")),
        groups=(Group("G1", "Group", 20, ("MATHS",)),),
        courses=(Course("MATHS", "Maths", (CourseComponent("lecture", 2, co_instructors=co_instructors),)),),
    )


def test_an_unknown_co_teacher_is_a_diagnostic_naming_course_component_and_id():
    found = [d for d in validate(school(("T2", "GHOST"))) if d.code == "unknown_instructor"]
    assert len(found) == 1
    (d,) = found
    assert d.severity == "error" and d.entity == "course MATHS"
    assert d.field == "components.lecture.co_instructors" and "'GHOST'" in d.message and "lecture" in d.message
    assert not [d for d in validate(school()) if d.code == "unknown_instructor"]


def test_an_edit_that_adds_an_unknown_co_teacher_is_refused():
    problem = school(())
    course = problem.course("MATHS")
    bad = Course("MATHS", "Maths", (CourseComponent("lecture", 2, co_instructors=("NOBODY",)),))
    with pytest.raises(InvalidInputError, match="Unknown co-teacher 'NOBODY'"):
        edits.replace_entity(problem, "course", course.id, bad)


def test_renaming_an_instructor_renames_the_co_teacher():
    renamed = edits.replace_entity(school(), "instructor", "T2", Instructor("T9", "Bob"))
    assert renamed.course("MATHS").components[0].co_instructors == ("T9",)


def test_deleting_an_instructor_removes_the_co_teacher_and_says_so():
    problem = school(("T2",))
    assert edits.references_to(problem, "instructor", "T2") == ["Course MATHS lists T2 as a lecture co-teacher"]
    after, consequences = edits.delete_entities(problem, "instructor", ["T2"])
    assert after.course("MATHS").components[0].co_instructors == ()
    assert consequences == ["Course MATHS: instructor T2 no longer co-teaches its lecture"]
    assert not [d for d in validate(after) if d.severity == "error" and d.code == "unknown_instructor"]
