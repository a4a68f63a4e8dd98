"""Read a FET timetable file (``.fet``, FET 5 and 6) as a problem.

What maps to what (docs/FORMATS.md, "FET files"):

- days and hours -> the time grid (an hour named ``08:00`` or ``08:00-08:45`` gives its clock
  times, any other name is kept as the period's name and start); break times -> closed slots;
- teachers -> instructors; subjects -> course titles; activity tags -> component tags;
- students: every *atom* (a subgroup; a group without subgroups; a year without groups) is one
  group of the problem; a year or group is the set of its atoms, overlaps included;
- activities: a split activity (one ``Activity_Group_Id``) is one joint course whose single
  component has one block per part, attended by the atoms of its student sets and taught by its
  first teacher, its other teachers being the component's co-instructors (their clashes,
  unavailability and rules count it); an activity without a teacher needs no instructor, and one
  that no space constraint gives a room (preferred or home rooms) needs no room, as in FET;
- rooms -> rooms (building and capacity; capacity is hard, as in FET); the built-in soft
  constraints are switched off (weight 0): FET's soft constraints are the rules;
- time and space constraints -> rules
  (:mod:`schedule_engine.io.fet_constraints`), weight 100 % -> hard, below -> soft.

Every constraint type that is not supported is reported as one warning with its FET name and
count; inactive activities and constraints are skipped.  The XML is read with the standard
parser after a size check; a file declaring a DOCTYPE or entities is refused.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

from schedule_engine import limits
from schedule_engine.constraint_catalog import SOFT_IDS
from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.io import bounded_input
from schedule_engine.io.fet_data import FetActivity, FetData, text_of
from schedule_engine.io.problem_size import problem_size_problems
from schedule_engine.model import (
    Course, CourseComponent, Group, Instructor, Period, Problem, Room, Settings, TimeGrid,
)
from schedule_engine.sessions import derive_sessions

_CLOCK = re.compile(r"\s*([0-9]{1,2}[:.][0-9]{2})\s*(?:[-\u2013]\s*([0-9]{1,2}[:.][0-9]{2}))?\s*")


def parse_xml(path: Path) -> ET.Element:
    data = bounded_input.read_bytes(path)
    upper = data.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise _fail(path.name, "The file declares a DOCTYPE or entities, which FET files never do; "
                    "it is not read.", "unreadable")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        raise _fail(f"{path.name}, line {line}, column {column + 1}", f"Malformed XML: {exc}.",
                    "malformed_fet") from None
    if root.tag != "fet":
        raise _fail(path.name, f"Not a FET file: the root element is <{root.tag}>, not <fet>.",
                    "unknown_format")
    return root


def _fail(location: str, message: str, code: str) -> InvalidInputError:
    return InvalidInputError([Diagnostic("error", message, location=location, code=code)])


def _names(root: ET.Element, list_tag: str, item_tag: str) -> tuple[str, ...]:
    lst = root.find(list_tag)
    return tuple(text_of(e, "Name") for e in lst.findall(item_tag)) if lst is not None else ()


def _period(name: str) -> Period:
    match = _CLOCK.fullmatch(name)
    if match:
        start = match.group(1).replace(".", ":").zfill(5)
        end = (match.group(2) or "").replace(".", ":")
        return Period(name, start, end.zfill(5) if end else "")
    return Period(name, name, "")


def _students(root: ET.Element, data: FetData) -> dict[str, int]:
    """Fill ``data.atoms`` and ``data.set_sizes``; the atoms' head counts."""
    sizes: dict[str, int] = {}
    lst = root.find("Students_List")
    for e in lst.iter() if lst is not None else ():
        if e.tag in ("Year", "Group", "Subgroup"):
            data.set_sizes.setdefault(text_of(e, "Name"), data.whole(
                text_of(e, "Number_of_Students") or "0", limits.STUDENTS, f"{e.tag.lower()} {text_of(e, 'Name')}",
                "Number_of_Students"))
    for year in lst.findall("Year") if lst is not None else ():
        year_atoms: list[str] = []
        for group in year.findall("Group"):
            subs = group.findall("Subgroup")
            for sub in subs:
                name = text_of(sub, "Name")
                sizes.setdefault(name, data.whole(text_of(sub, "Number_of_Students") or "0", limits.STUDENTS,
                                                  f"subgroup {name}", "Number_of_Students"))
            atoms = [text_of(s, "Name") for s in subs] or [text_of(group, "Name")]
            if not subs:
                name = atoms[0]
                sizes.setdefault(name, data.whole(text_of(group, "Number_of_Students") or "0", limits.STUDENTS,
                                                  f"group {name}", "Number_of_Students"))
            data.atoms.setdefault(text_of(group, "Name"), ())
            data.atoms[text_of(group, "Name")] = tuple(dict.fromkeys(data.atoms[text_of(group, "Name")] + tuple(atoms)))
            year_atoms.extend(atoms)
        name = text_of(year, "Name")
        if not year_atoms:
            sizes.setdefault(name, data.whole(text_of(year, "Number_of_Students") or "0", limits.STUDENTS,
                                              f"year {name}", "Number_of_Students"))
            year_atoms = [name]
        data.atoms[name] = tuple(dict.fromkeys(year_atoms))
    for name in sizes:
        data.atoms.setdefault(name, (name,))
    return sizes


def _activities(root: ET.Element, data: FetData) -> list[Diagnostic]:
    notes: list[Diagnostic] = []
    lst = root.find("Activities_List")
    inactive = too_long = 0
    for e in lst.findall("Activity") if lst is not None else ():
        aid = text_of(e, "Id")
        where = f"activity {aid}"
        if text_of(e, "Active").lower() == "false":
            inactive += 1
            continue
        duration = data.whole(text_of(e, "Duration"), limits.WEEKLY_PERIODS, where, "Duration", 1)
        if duration > len(data.hours):
            too_long += 1
            continue
        count = text_of(e, "Number_Of_Students")
        act = FetActivity(
            id=aid, group_id=text_of(e, "Activity_Group_Id") or "0",
            teachers=tuple((t.text or "").strip() for t in e.findall("Teacher")),
            subject=text_of(e, "Subject"), tags=tuple((t.text or "").strip() for t in e.findall("Activity_Tag")),
            students=tuple((s.text or "").strip() for s in e.findall("Students")), duration=duration,
            students_count=data.whole(count, limits.STUDENTS, where, "Number_Of_Students") if count else None)
        for name in act.students:
            if name not in data.atoms:
                data.error(where, f"'Students' names '{name}', which is not a year, group or subgroup "
                           "of the file", "unknown_reference")
        data.activities[aid] = act
    if inactive:
        notes.append(Diagnostic("warning", f"{inactive} inactive activities were skipped.",
                                location=data.source, code="fet_inactive_activity"))
    if too_long:
        notes.append(Diagnostic("warning", f"{too_long} activities last longer than a day "
                                f"({len(data.hours)} hours) and were skipped: they cannot be placed.",
                                location=data.source, code="fet_activity_too_long"))
    return notes


def _courses(data: FetData) -> tuple[list[Course], dict[str, list[str]], dict[str, list[str]]]:
    """The courses; course id -> its activity ids (in block order); atom -> its courses."""
    parts: dict[tuple, list[FetActivity]] = {}
    for act in data.activities.values():
        group = act.group_id if act.group_id != "0" else act.id
        key = (group, act.teachers, act.students, act.subject, act.tags)
        parts.setdefault(key, []).append(act)
    courses, members, enrolled = [], {}, {}
    for key, acts in parts.items():
        first = acts[0]
        cid = f"A{first.id}"
        atoms = tuple(dict.fromkeys(a for name in first.students for a in data.atoms.get(name, ())))
        component = CourseComponent(
            "lecture", sum(a.duration for a in acts), blocks=tuple(a.duration for a in acts),
            instructors=first.teachers[:1], tags=first.tags, needs_instructor=bool(first.teachers),
            co_instructors=tuple(t for t in dict.fromkeys(first.teachers[1:]) if t != first.teachers[0]))
        students = first.students_count
        if students is None:  # FET counts the sets' own numbers of students
            students = min(limits.STUDENTS.value, sum(data.set_sizes.get(name, 0) for name in first.students))
        courses.append(Course(cid, first.subject or cid, (component,), joint=True, students=students))
        members[cid] = [a.id for a in acts]
        for atom in atoms:
            enrolled.setdefault(atom, []).append(cid)
    return courses, members, enrolled


def _rooms(root: ET.Element, data: FetData) -> tuple[list[Room], int]:
    rooms, virtual = [], 0
    lst = root.find("Rooms_List")
    for e in lst.findall("Room") if lst is not None else ():
        name = text_of(e, "Name")
        if text_of(e, "Virtual").lower() == "true":
            virtual += 1
        cap = data.whole(text_of(e, "Capacity") or "0", limits.STUDENTS, f"room {name}", "Capacity")
        rooms.append(Room(name, name, cap, building=text_of(e, "Building")))
    return rooms, virtual


def load_fet(path: str | Path) -> tuple[Problem, list[Diagnostic]]:
    """The problem of a FET file and the import's warnings (unsupported constraints by type)."""
    from schedule_engine.io.fet_constraints import apply_constraints

    path = Path(path)
    root = parse_xml(path)
    data = FetData(source=path.name, days=_names(root, "Days_List", "Day"),
                   hours=_names(root, "Hours_List", "Hour"), atoms={}, activities={})
    for what, names, limit in (("days", data.days, limits.DAYS), ("hours", data.hours, limits.PERIODS_PER_DAY)):
        if len(names) > limit.value:
            raise _fail(f"{path.name}, {'Days_List' if what == 'days' else 'Hours_List'}",
                        f"The file has {len(names)} {what}; at most {limit.describe()} are read.", "over_limit")
    sizes = _students(root, data)
    warnings = _activities(root, data)
    courses, members, enrolled = _courses(data)
    rooms, virtual = _rooms(root, data)
    if data.errors:
        raise InvalidInputError(data.errors)
    teacher_list = root.find("Teachers_List")
    teachers = [text_of(t, "Name") for t in teacher_list.findall("Teacher")] if teacher_list is not None else []
    quals: dict[str, set] = {t: set() for t in teachers}
    for c in courses:
        for t in c.components[0].instructors:
            quals.setdefault(t, set()).add((c.id, "lecture"))
        for t in c.components[0].co_instructors:
            quals.setdefault(t, set())
    problem = Problem(
        name=text_of(root, "Institution_Name") or path.stem,
        time_grid=TimeGrid(days=data.days, periods=tuple(_period(h) for h in data.hours)),
        rooms=tuple(rooms),
        instructors=tuple(Instructor(t, t, qualifications=frozenset(q)) for t, q in quals.items()),
        groups=tuple(Group(a, a, size, courses=tuple(enrolled.get(a, ()))) for a, size in sizes.items()),
        courses=tuple(courses),
        settings=Settings(weights={c: 0 for c in SOFT_IDS}, room_capacity_hard=True),
    )
    too_big = problem_size_problems(problem, path.name)
    if too_big:
        raise InvalidInputError(too_big)
    by_course: dict[str, list[str]] = {}
    for sess in derive_sessions(problem):
        by_course.setdefault(sess.course_id, []).append(sess.id)
    for cid, acts in members.items():
        data.session_of.update(zip(acts, by_course.get(cid, ())))
    if virtual:
        warnings.append(Diagnostic("warning", f"{virtual} virtual rooms (sets of real rooms) are read as "
                                   "ordinary rooms.", location=path.name, code="fet_virtual_room"))
    problem, notes = apply_constraints(root, data, problem)
    if data.errors:
        raise InvalidInputError(data.errors)
    return without_rooms_unless_named(problem), warnings + notes


def without_rooms_unless_named(problem: Problem) -> Problem:
    """FET gives a room only to an activity that a space constraint names (preferred or home
    rooms): every other course's component needs no room."""
    roomed = {sid.split("|", 1)[0] for r in problem.rules if r.type == "preferred_rooms" for sid in r.sessions}
    courses = tuple(c if c.id in roomed else replace(c, components=tuple(
        replace(comp, needs_room=False) for comp in c.components)) for c in problem.courses)
    return replace(problem, courses=courses)
