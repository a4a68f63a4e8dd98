"""Import the campus four-file JSON data (Course, Groups, Instructors, Rooms).

The mapping onto the domain model is documented in ``docs/FORMATS.md``.  Every
problem in the files is reported at once through :class:`InvalidInputError`;
warnings (fortnightly or rounded hours, the inferred grid, ...) come back with
the problem.  ``fractional_hours`` chooses how fractional weekly hours are read
(:mod:`schedule_engine.io.campus_hours`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.io.campus_hours import (  # noqa: F401  (periods_for is re-exported)
    FORTNIGHTLY, check_reading, component, fortnightly_periods, hours_warnings, is_fractional, periods_for,
    with_cycle,
)
from schedule_engine.io.campus_records import (
    CourseRecord,
    GroupRecord,
    InstructorRecord,
    RoomRecord,
    parse_courses,
    parse_groups,
    parse_instructors,
    parse_rooms,
)
from schedule_engine.io.campus_time import grid_minutes, grid_weekdays, infer_time_grid, unavailable_slots
from schedule_engine.io.problem_size import grid_size_problems, problem_size_problems
from schedule_engine.io.records import read_json_file
from schedule_engine.model import (
    Course,
    CourseComponent,
    Group,
    Instructor,
    Problem,
    Room,
    Settings,
    Subgroup,
    TimeGrid,
)

CAMPUS_FILES: dict[str, str] = {
    "courses": "Course.json",
    "groups": "Groups.json",
    "instructors": "Instructors.json",
    "rooms": "Rooms.json",
}
_BUILDING = re.compile(r"\[([^\]]+)\]\s*$")


def find_campus_files(folder: Path) -> tuple[dict[str, Path], list[str]]:
    """The campus files in a folder (names matched case-insensitively) and the missing names."""
    by_lower = {p.name.lower(): p for p in folder.iterdir() if p.is_file()} if folder.is_dir() else {}
    found, missing = {}, []
    for kind, name in CAMPUS_FILES.items():
        if name.lower() in by_lower:
            found[kind] = by_lower[name.lower()]
        else:
            missing.append(name)
    return found, missing


def load_campus_folder(path: str | Path, *, fractional_hours: str = FORTNIGHTLY
                       ) -> tuple[Problem, list[Diagnostic]]:
    """Read a folder holding Course.json, Groups.json, Instructors.json and Rooms.json."""
    folder = Path(path)
    found, missing = find_campus_files(folder)
    if missing:
        raise InvalidInputError([Diagnostic(
            "error", f"The folder lacks the campus file(s): {', '.join(missing)}.",
            location=str(folder), code="file_not_found")])
    diagnostics: list[Diagnostic] = []
    data = {kind: read_json_file(p, diagnostics) for kind, p in found.items()}
    if diagnostics:
        raise InvalidInputError(diagnostics)
    return read_campus(data["courses"], data["groups"], data["instructors"], data["rooms"],
                       source={kind: p.name for kind, p in found.items()},
                       name=folder.resolve().name or "campus", fractional_hours=fractional_hours)


def read_campus(courses: list[dict], groups: list[dict], instructors: list[dict], rooms: list[dict],
                *, time_grid: TimeGrid | None = None, source: dict[str, str] | None = None,
                name: str = "campus", fractional_hours: str = FORTNIGHTLY
                ) -> tuple[Problem, list[Diagnostic]]:
    """Build a problem from already parsed campus records.

    ``source`` maps ``courses``/``groups``/``instructors``/``rooms`` to the file
    names used in messages.  ``fractional_hours``: ``fortnightly`` (default) or
    ``round-up``.  Raises :class:`InvalidInputError` listing every error;
    returns the problem and the warnings.
    """
    check_reading(fractional_hours)
    files = {**CAMPUS_FILES, **(source or {})}
    diagnostics: list[Diagnostic] = []
    course_recs = parse_courses(courses, files["courses"], diagnostics)
    group_recs = parse_groups(groups, files["groups"], diagnostics)
    instructor_recs = parse_instructors(instructors, files["instructors"], diagnostics)
    room_recs = parse_rooms(rooms, files["rooms"], diagnostics)
    _check_ids(course_recs, group_recs, instructor_recs, room_recs, diagnostics)
    _check_references(course_recs, group_recs, instructor_recs, diagnostics)

    if time_grid is None:
        all_windows = [r.windows for r in (*group_recs, *instructor_recs, *room_recs) if r.windows]
        time_grid, note = infer_time_grid(all_windows)
        diagnostics.append(Diagnostic("warning", note, field="availability", code="inferred_time_grid"))
    elif not time_grid.n_days or not time_grid.n_periods:
        diagnostics.append(Diagnostic("error", "The time grid has no days or no periods.",
                                      field="time_grid", code="empty_time_grid"))
    else:
        _check_grid_names(time_grid, diagnostics)
    diagnostics.extend(grid_size_problems(time_grid.n_days, time_grid.n_periods, field="availability"))
    if any(d.severity == "error" for d in diagnostics):
        raise InvalidInputError(diagnostics)

    enrolled = {code for g in group_recs for code in g.courses}
    diagnostics.extend(_hour_warnings(course_recs, group_recs, enrolled, fractional_hours))
    fractional = [c for c in course_recs if _fractional_parts(c)]
    needs_cycle = fractional_hours == FORTNIGHTLY and any(
        fortnightly_periods(h) is not None for c in fractional for _k, h in _fractional_parts(c))
    time_grid = with_cycle(time_grid, needs_cycle)
    weekdays, minutes = grid_weekdays(time_grid), grid_minutes(time_grid)

    def closed(windows: Any) -> frozenset[int]:
        return frozenset() if windows is None else unavailable_slots(windows, time_grid, weekdays, minutes)

    problem = Problem(
        name=name,
        time_grid=time_grid,
        rooms=tuple(_room(r, closed(r.windows)) for r in room_recs),
        instructors=tuple(Instructor(x.id, x.name, frozenset(x.qualifications), closed(x.windows))
                          for x in instructor_recs),
        groups=tuple(_group(g, closed(g.windows)) for g in group_recs),
        courses=tuple(_course(c, fractional_hours) for c in course_recs),
        settings=Settings(fractional_hours=fractional_hours) if fractional else Settings(),
    )
    too_large = problem_size_problems(problem, files["courses"])
    if too_large:
        raise InvalidInputError(too_large)
    return problem, diagnostics


def _course(rec: CourseRecord, reading: str) -> Course:
    components: list[CourseComponent] = []
    if rec.lecture_hours > 0:
        components.append(component("lecture", rec.lecture_hours, reading, room_type="lecture"))
    if rec.tutorial_hours > 0:
        components.append(component("tutorial", rec.tutorial_hours, reading, room_type="lecture"))
    if rec.practical_hours > 0:
        components.append(component(
            "practical", rec.practical_hours, reading, room_type="practical",
            room_features=frozenset(rec.practical_features), per_subgroup=True))
    return Course(rec.code, rec.title, tuple(components), department=rec.department)


def _fractional_parts(rec: CourseRecord) -> list[tuple[str, float]]:
    return [(k, h) for k, h in (("L", rec.lecture_hours), ("T", rec.tutorial_hours),
                                ("P", rec.practical_hours)) if is_fractional(h)]


def _group(rec: GroupRecord, unavailable: frozenset[int]) -> Group:
    return Group(rec.id, rec.name, rec.size, tuple(rec.courses),
                 tuple(Subgroup(sid, size) for sid, size in rec.subgroups),
                 unavailable=unavailable, prefers_break=rec.prefers_break)


def _room(rec: RoomRecord, unavailable: frozenset[int]) -> Room:
    match = _BUILDING.search(rec.name)
    return Room(rec.id, rec.name, rec.capacity, rec.type, frozenset(rec.features),
                building=match.group(1).strip() if match else "", unavailable=unavailable)


def _duplicates(items: list[tuple[str, str, str]], diagnostics: list[Diagnostic]) -> None:
    """items: (id, entity kind, location); an error for each repeat of an id."""
    first: dict[str, tuple[str, str]] = {}
    for item_id, kind, location in items:
        if item_id in first:
            other_kind, other_loc = first[item_id]
            diagnostics.append(Diagnostic(
                "error", f"The id '{item_id}' is used twice (first by the {other_kind} at {other_loc}).",
                f"{kind} {item_id}", "id", location, "duplicate_id"))
        else:
            first[item_id] = (kind, location)


def _check_ids(courses: list[CourseRecord], groups: list[GroupRecord],
               instructors: list[InstructorRecord], rooms: list[RoomRecord],
               diagnostics: list[Diagnostic]) -> None:
    _duplicates([(c.code, "course", c.location) for c in courses], diagnostics)
    _duplicates([(x.id, "instructor", x.location) for x in instructors], diagnostics)
    _duplicates([(r.id, "room", r.location) for r in rooms], diagnostics)
    student_sets = []
    for g in groups:
        student_sets.append((g.id, "group", g.location))
        student_sets.extend((sid, "subgroup", g.location) for sid, _ in g.subgroups)
    _duplicates(student_sets, diagnostics)


def _check_references(courses: list[CourseRecord], groups: list[GroupRecord],
                      instructors: list[InstructorRecord], diagnostics: list[Diagnostic]) -> None:
    known = {c.code for c in courses}
    for g in groups:
        for k, code in enumerate(g.courses):
            if code not in known:
                diagnostics.append(Diagnostic(
                    "error", f"The group enrols in the unknown course code '{code}'.",
                    f"group {g.id}", f"courses[{k}]", g.location, "unknown_course"))
    for x in instructors:
        for code in sorted({code for code, _ in x.qualifications if code not in known}):
            diagnostics.append(Diagnostic(
                "error", f"The instructor is qualified for the unknown course code '{code}'.",
                f"instructor {x.id}", "courses", x.location, "unknown_course"))


def _check_grid_names(grid: TimeGrid, diagnostics: list[Diagnostic]) -> None:
    bad_days = [d for d, w in zip(grid.days, grid_weekdays(grid)) if w is None]
    bad_periods = [p.name for p, m in zip(grid.periods, grid_minutes(grid)) if m is None]
    if bad_days:
        diagnostics.append(Diagnostic(
            "warning", f"Grid days {', '.join(bad_days)} are not weekday names: availability "
            "windows cannot reach them, so they count as unavailable where windows are given.",
            field="time_grid.days", code="grid_day_not_weekday"))
    if bad_periods:
        diagnostics.append(Diagnostic(
            "warning", f"Periods {', '.join(bad_periods)} have no \"HH:MM\" clock times: they count "
            "as unavailable where availability windows are given.",
            field="time_grid.periods", code="grid_period_without_times"))


def _hour_warnings(courses: list[CourseRecord], groups: list[GroupRecord],
                   enrolled: set[str], reading: str) -> list[Diagnostic]:
    out = hours_warnings([(c.code, c.code in enrolled, _fractional_parts(c)) for c in courses
                          if _fractional_parts(c)], reading)
    empty = {c.code for c in courses
             if c.lecture_hours <= 0 and c.tutorial_hours <= 0 and c.practical_hours <= 0}
    for g in groups:
        for code in g.courses:
            if code in empty:
                out.append(Diagnostic(
                    "warning", f"The group enrols in {code}, which has no teaching hours "
                    "(L = T = P = 0): nothing is scheduled for it.",
                    f"group {g.id}", "courses", g.location, "course_without_hours"))
    return out
