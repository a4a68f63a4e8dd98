"""A session type the engine does not know is a warning naming the row, and
the sessions are still timetabled (like lectures); a name that cannot be part
of a session id is an error."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring_world import world  # noqa: E402

from schedule_engine.diagnostics import validate  # noqa: E402
from schedule_engine.edits import replace_entity  # noqa: E402
from schedule_engine.errors import InvalidInputError  # noqa: E402
from schedule_engine.sessions import derive_sessions  # noqa: E402


def _renamed(problem, old: str, new: str):
    courses = []
    for c in problem.courses:
        comps = tuple(replace(comp, session_type=new) if comp.session_type == old else comp
                      for comp in c.components)
        courses.append(replace(c, components=comps))
    instructors = tuple(replace(x, qualifications={(cid, new if t == old else t) for cid, t in x.qualifications})
                        for x in problem.instructors)
    return replace(problem, courses=tuple(courses), instructors=instructors)


def test_unknown_session_type_is_a_warning_naming_the_course_row():
    problem = _renamed(world(), "practical", "seminar")
    found = [d for d in validate(problem) if d.code == "unknown_session_type"]
    assert [(d.severity, d.entity, d.field) for d in found] == [
        ("warning", "course C2", "components.seminar")]
    assert "'seminar'" in found[0].message and "like a lecture" in found[0].message
    assert not [d for d in validate(problem) if d.severity == "error"]
    seminar = [s for s in derive_sessions(problem) if s.session_type == "seminar"]
    assert seminar and all(s.course_id == "C2" for s in seminar)


def test_a_qualification_for_a_type_no_course_teaches_is_a_warning_naming_the_instructor():
    problem = world()
    first = problem.instructors[0]
    problem = replace(problem, instructors=(replace(first, qualifications=first.qualifications | {("C1", "lab")}),)
                      + problem.instructors[1:])
    found = [d for d in validate(problem) if d.code == "unknown_session_type"]
    assert [(d.severity, d.entity, d.field) for d in found] == [
        ("warning", f"instructor {first.id}", "qualifications")]
    assert "'lab'" in found[0].message


def test_a_type_name_that_breaks_session_ids_is_an_error():
    problem = _renamed(world(), "practical", "lab|2")
    errors = [d for d in validate(problem) if d.code == "bad_session_type"]
    assert [(d.severity, d.entity) for d in errors] == [("error", "course C2")]


def test_the_editor_accepts_a_new_type_and_refuses_a_broken_name():
    problem = world()
    first = problem.instructors[0]
    edited = replace_entity(problem, "instructor", first.id,
                            replace(first, qualifications=first.qualifications | {("C1", "seminar")}))
    assert ("C1", "seminar") in edited.instructor(first.id).qualifications
    try:
        replace_entity(problem, "instructor", first.id,
                       replace(first, qualifications=first.qualifications | {("C1", "a+b")}))
    except InvalidInputError as exc:
        assert any("'a+b'" in d.message for d in exc.diagnostics)
    else:
        raise AssertionError("a session type with '+' was accepted")
