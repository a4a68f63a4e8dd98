"""Read ITC-2007 curriculum-based timetabling (``.ctt``) instances.

The mapping onto the domain model (documented in ``docs/FORMATS.md``): each
course is a *joint* course with one lecture component taught by its teacher;
each curriculum is a group of size 0 enrolling in its courses (a course in no
curriculum is taught to no group: it has its head count, so it is still
scheduled, and no curriculum's compactness counts it); unavailability lines become
``Course.unavailable``; the settings use the ``itc2007`` profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from schedule_engine import limits
from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.io import bounded_input
from schedule_engine.io.campus_time import format_clock, midday_periods
from schedule_engine.io.numbers import NumberProblem, whole_from_text
from schedule_engine.io.problem_size import problem_size_problems
from schedule_engine.limits import Limit
from schedule_engine.model import (Course, CourseComponent, Group, Instructor, Period, Problem, Room,
                                   Settings, TimeGrid)

HEADER_KEYS = ("Name", "Courses", "Rooms", "Days", "Periods_per_day", "Curricula", "Constraints")
SECTIONS = ("COURSES", "ROOMS", "CURRICULA", "UNAVAILABILITY_CONSTRAINTS")
SECTION_COUNT = {"COURSES": "Courses", "ROOMS": "Rooms", "CURRICULA": "Curricula",
                 "UNAVAILABILITY_CONSTRAINTS": "Constraints"}
WEEK = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FIRST_PERIOD_START = 8 * 60
PERIOD_MINUTES = 60


@dataclass(frozen=True)
class _Line:
    number: int
    fields: tuple[str, ...]


class _CttError(Exception):
    def __init__(self, line: int | None, field: str, message: str):
        super().__init__(message)
        self.line, self.field, self.message = line, field, message


def load_ctt(path: str | Path) -> Problem:
    """Read a ``.ctt`` file; :class:`InvalidInputError` names file, line and field."""
    path = Path(path)
    return parse_ctt(bounded_input.read_text(path), path.name)


def parse_ctt(text: str, name: str) -> Problem:
    """Parse the text of a ``.ctt`` instance; ``name`` is the file name used in messages."""
    try:
        return _parse(text)
    except _CttError as exc:
        where = f"{name}, line {exc.line}" if exc.line else name
        raise InvalidInputError([Diagnostic("error", exc.message, field=exc.field, location=where,
                                            code="malformed_ctt")]) from None


def make_itc_grid(n_days: int, n_periods: int) -> TimeGrid:
    """Days Mon.. (or "Day k" past a week) and one-hour periods from 08:00."""
    days = tuple(WEEK[d] if n_days <= len(WEEK) else f"Day {d + 1}" for d in range(n_days))
    spans = [(FIRST_PERIOD_START + k * PERIOD_MINUTES, FIRST_PERIOD_START + (k + 1) * PERIOD_MINUTES)
             for k in range(n_periods)]
    periods = tuple(Period(str(k), format_clock(s), format_clock(e)) for k, (s, e) in enumerate(spans))
    return TimeGrid(days=days, periods=periods, midday_periods=midday_periods(spans))


def _integer(line: _Line, index: int, field: str, limit: Limit, minimum: int = 0) -> int:
    got = line.fields[index] if index < len(line.fields) else ""
    if not got:
        raise _CttError(line.number, field, f"'{field}' must be a whole number, not nothing.")
    try:
        return whole_from_text(got, limit, minimum)
    except NumberProblem as exc:
        raise _CttError(line.number, field, f"'{field}' {exc.message}.") from None


def _split(text: str) -> tuple[dict[str, tuple[int, str]], dict[str, list[_Line]]]:
    header: dict[str, tuple[int, str]] = {}
    sections: dict[str, list[_Line]] = {}
    current: str | None = None
    ended = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if ended:
            raise _CttError(number, "", "Text after 'END.'.")
        if line == "END.":
            ended = True
            continue
        if line.endswith(":") and line[:-1] in SECTIONS:
            current = line[:-1]
            if current in sections:
                raise _CttError(number, current, f"The section {current} appears twice.")
            sections[current] = []
            continue
        if current is None:
            key, sep, value = line.partition(":")
            if not sep or key.strip() not in HEADER_KEYS:
                raise _CttError(number, key.strip(), f"Unknown header line '{line}' (expected one of "
                                f"{', '.join(HEADER_KEYS)}).")
            if key.strip() in header:
                raise _CttError(number, key.strip(), f"The header line '{key.strip()}:' appears twice "
                                f"(first on line {header[key.strip()][0]}).")
            header[key.strip()] = (number, value.strip())
            continue
        sections[current].append(_Line(number, tuple(line.split())))
    if not ended:
        raise _CttError(None, "END.", "The file does not end with 'END.'.")
    for key in HEADER_KEYS:
        if key not in header:
            raise _CttError(None, key, f"The header line '{key}:' is missing.")
    for section in SECTIONS:
        if section not in sections:
            raise _CttError(None, section, f"The section '{section}:' is missing.")
    return header, sections


HEADER_LIMITS = {"Days": limits.DAYS, "Periods_per_day": limits.PERIODS_PER_DAY}


def _header_count(header: dict[str, tuple[int, str]], key: str) -> int:
    number, value = header[key]
    limit = HEADER_LIMITS.get(key, limits.ENTITIES)
    return _integer(_Line(number, (value,)), 0, key, limit, 1 if key in HEADER_LIMITS else 0)


def _parse(text: str) -> Problem:
    header, sections = _split(text)
    counts = {key: _header_count(header, key) for key in HEADER_KEYS[1:]}
    for section, key in SECTION_COUNT.items():
        if len(sections[section]) != counts[key]:
            line = header[key][0]
            raise _CttError(line, key, f"The header announces {counts[key]} {section.lower()} lines "
                            f"but the section has {len(sections[section])}.")
    n_days, n_periods = counts["Days"], counts["Periods_per_day"]
    grid = make_itc_grid(n_days, n_periods)

    courses: dict[str, tuple[str, int, int, int]] = {}
    for line in sections["COURSES"]:
        if len(line.fields) != 5:
            raise _CttError(line.number, "COURSES", "A course line needs 5 fields: course teacher "
                            "lectures min_working_days students.")
        course_id = line.fields[0]
        if course_id in courses:
            raise _CttError(line.number, "course", f"The course '{course_id}' is listed twice.")
        courses[course_id] = (line.fields[1], _integer(line, 2, "lectures", limits.WEEKLY_PERIODS),
                              _integer(line, 3, "min_working_days", limits.DAYS),
                              _integer(line, 4, "students", limits.STUDENTS))

    rooms: dict[str, int] = {}
    for line in sections["ROOMS"]:
        if len(line.fields) != 2:
            raise _CttError(line.number, "ROOMS", "A room line needs 2 fields: room seats.")
        if line.fields[0] in rooms:
            raise _CttError(line.number, "room", f"The room '{line.fields[0]}' is listed twice.")
        rooms[line.fields[0]] = _integer(line, 1, "seats", limits.STUDENTS)

    curricula: dict[str, tuple[str, ...]] = {}
    for line in sections["CURRICULA"]:
        k = _integer(line, 1, "course_count", limits.ENTITIES) if len(line.fields) >= 2 else -1
        if len(line.fields) < 2 or len(line.fields) != k + 2:
            raise _CttError(line.number, "CURRICULA", "A curriculum line needs: curriculum k "
                            "followed by exactly k course ids.")
        if line.fields[0] in curricula:
            raise _CttError(line.number, "curriculum", f"The curriculum '{line.fields[0]}' is listed twice.")
        for course_id in line.fields[2:]:
            if course_id not in courses:
                raise _CttError(line.number, "course", f"Unknown course '{course_id}' in curriculum "
                                f"'{line.fields[0]}'.")
        curricula[line.fields[0]] = line.fields[2:]

    unavailable: dict[str, set[int]] = {}
    for line in sections["UNAVAILABILITY_CONSTRAINTS"]:
        if len(line.fields) != 3:
            raise _CttError(line.number, "UNAVAILABILITY_CONSTRAINTS",
                            "An unavailability line needs 3 fields: course day timeslot.")
        if line.fields[0] not in courses:
            raise _CttError(line.number, "course", f"Unknown course '{line.fields[0]}'.")
        day = _integer(line, 1, "day", limits.DAYS)
        period = _integer(line, 2, "timeslot", limits.PERIODS_PER_DAY)
        if day >= n_days:
            raise _CttError(line.number, "day", f"Day {day} is outside 0..{n_days - 1}.")
        if period >= n_periods:
            raise _CttError(line.number, "timeslot", f"Timeslot {period} is outside 0..{n_periods - 1}.")
        unavailable.setdefault(line.fields[0], set()).add(grid.slot(day, period))

    return _build(header["Name"][1], grid, courses, rooms, curricula, unavailable)


def _build(name: str, grid: TimeGrid, courses: dict[str, tuple[str, int, int, int]],
           rooms: dict[str, int], curricula: dict[str, tuple[str, ...]],
           unavailable: dict[str, set[int]]) -> Problem:
    teachers: dict[str, set[tuple[str, str]]] = {}
    course_objs = []
    for course_id, (teacher, lectures, min_days, students) in courses.items():
        teachers.setdefault(teacher, set()).add((course_id, "lecture"))
        course_objs.append(Course(
            id=course_id, title=course_id, joint=True, students=students, min_days=min_days,
            components=(CourseComponent("lecture", lectures, instructors=(teacher,)),),
            unavailable=frozenset(unavailable.get(course_id, ())),
        ))
    groups = [Group(cid, cid, 0, courses=members) for cid, members in curricula.items()]
    problem = Problem(
        name=name or "ctt",
        time_grid=grid,
        rooms=tuple(Room(rid, rid, seats, type="") for rid, seats in rooms.items()),
        instructors=tuple(Instructor(t, t, frozenset(q)) for t, q in teachers.items()),
        groups=tuple(groups),
        courses=tuple(course_objs),
        settings=Settings(profile="itc2007"),
    )
    too_large = problem_size_problems(problem)
    if too_large:
        raise _CttError(None, "COURSES", too_large[0].message)
    return problem


from schedule_engine.io.ctt_solution import read_ctt_solution, write_ctt_solution  # noqa: E402,F401  (re-exported)
