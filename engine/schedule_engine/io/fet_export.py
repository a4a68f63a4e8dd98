"""Write a problem and its timetable as a FET file in FET's own "data and timetable" form.

The timetable becomes locked constraints, as FET writes them itself: per placed session one
``ConstraintActivityPreferredStartingTime`` (100 %, permanently locked) and, when it has a room,
one ``ConstraintActivityPreferredRoom`` (100 %, permanently locked).  Given the file, ``fet-cl``
finds that timetable at once, and a FET user opens it in FET.

Two ways to the data (docs/FORMATS.md, "FET files"):

- the problem was read from a FET file (``source``): that file is kept as it is -- its
  teachers, students, activities and every constraint -- and the locks are added to it; a
  session maps back to its FET activity exactly as the import made it;
- any other problem: the data is written from the model -- days and hours; closed slots as
  break times; instructors, courses (as subjects), component tags, groups as years with their
  subgroups as groups, rooms and buildings; one activity per placed session (its assigned
  instructor, its attendees, its length); the not-available times of instructors, groups and
  rooms at 100 %.  The problem's rules and soft-constraint weights are not written (a warning
  says how many rules), so FET checks the timetable against the hard data only.

A two-week cycle has no FET form and is refused with a clear message.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from schedule_engine.errors import InvalidInputError
from schedule_engine.model import Problem, Solution
from schedule_engine.sessions import derive_sessions, effective_sessions

SUFFIX = "_data_and_timetable.fet"
FET_VERSION = "6.8.5"


@dataclass(frozen=True)
class FetExport:
    """The document and what it says: session id -> FET activity id, the warnings."""

    root: ET.Element
    activity_of: dict[str, str]
    warnings: list[str]

    def to_bytes(self) -> bytes:
        ET.indent(self.root, space="\t")
        return ET.tostring(self.root, encoding="utf-8", xml_declaration=True) + b"\n"


def _sub(parent: ET.Element, tag: str, text: object | None = None) -> ET.Element:
    e = ET.SubElement(parent, tag)
    if text is not None:
        e.text = str(text)
    return e


def _record(parent: ET.Element, tag: str, fields: list[tuple[str, object]]) -> ET.Element:
    e = _sub(parent, tag)
    for name, value in fields:
        _sub(e, name, value)
    return e


def _lock_time(lst: ET.Element, activity: str, day: str, hour: str) -> None:
    _record(lst, "ConstraintActivityPreferredStartingTime", [
        ("Weight_Percentage", 100), ("Activity_Id", activity), ("Preferred_Day", day), ("Preferred_Hour", hour),
        ("Permanently_Locked", "true"), ("Active", "true"), ("Comments", "")])


def _lock_room(lst: ET.Element, activity: str, room: str) -> None:
    _record(lst, "ConstraintActivityPreferredRoom", [
        ("Weight_Percentage", 100), ("Activity_Id", activity), ("Room", room),
        ("Permanently_Locked", "true"), ("Active", "true"), ("Comments", "")])


def _constraint_lists(root: ET.Element) -> tuple[ET.Element, ET.Element]:
    lists = []
    for tag, basic in (("Time_Constraints_List", "ConstraintBasicCompulsoryTime"),
                       ("Space_Constraints_List", "ConstraintBasicCompulsorySpace")):
        lst = root.find(tag)
        if lst is None:
            lst = _sub(root, tag)
            _record(lst, basic, [("Weight_Percentage", 100), ("Active", "true"), ("Comments", "")])
        lists.append(lst)
    return lists[0], lists[1]


def _add_locks(root: ET.Element, problem: Problem, solution: Solution, activity_of: dict[str, str],
               days: list[str], hours: list[str]) -> list[str]:
    """Lock every placed session that has an activity; warnings for the others."""
    time_list, space_list = _constraint_lists(root)
    by_id = solution.by_session()
    n_hours = len(hours)
    missing = 0
    for sess in effective_sessions(derive_sessions(problem), solution):
        a = by_id.get(sess.id)
        if a is None or a.slot is None:
            continue
        activity = activity_of.get(sess.id)
        if activity is None:
            missing += 1
            continue
        _lock_time(time_list, activity, days[a.slot // n_hours], hours[a.slot % n_hours])
        if a.room:
            _lock_room(space_list, activity, a.room)
    if missing:
        return [f"{missing} placed session(s) have no activity in the FET file and are not locked."]
    return []


# -- the problem came from a FET file ---------------------------------------------------

def source_activities(problem: Problem, source: Path) -> tuple[ET.Element, dict[str, str]]:
    """The source file's XML and session id -> FET activity id, as :func:`load_fet` maps them."""
    from schedule_engine.io import fet
    from schedule_engine.io.fet_data import FetData

    root = fet.parse_xml(source)
    data = FetData(source=source.name, days=fet._names(root, "Days_List", "Day"),
                   hours=fet._names(root, "Hours_List", "Hour"), atoms={}, activities={})
    fet._students(root, data)
    fet._activities(root, data)
    _courses, members, _enrolled = fet._courses(data)
    by_course: dict[str, list[str]] = {}
    for sess in derive_sessions(problem):
        by_course.setdefault(sess.course_id, []).append(sess.id)
    activity_of: dict[str, str] = {}
    for cid, acts in members.items():
        activity_of.update(zip(by_course.get(cid, ()), acts))
    return root, activity_of


def _from_source(problem: Problem, solution: Solution, source: Path) -> FetExport:
    root, activity_of = source_activities(problem, source)
    days = [e.findtext("Name", "").strip() for e in root.iterfind("Days_List/Day")]
    hours = [e.findtext("Name", "").strip() for e in root.iterfind("Hours_List/Hour")]
    grid = problem.time_grid
    if (len(days), len(hours)) != (len(grid.days), len(grid.periods)):
        raise InvalidInputError(f"{source.name}: the file has {len(days)} days of {len(hours)} hours, the "
                                f"problem {len(grid.days)} of {len(grid.periods)}: it is not this problem's "
                                "source.")
    return FetExport(root, activity_of, _add_locks(root, problem, solution, activity_of, days, hours))


# -- any other problem ------------------------------------------------------------------------

def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        candidate, n = name or "?", 2
        while candidate in seen:
            candidate, n = f"{name} ({n})", n + 1
        seen.add(candidate)
        out.append(candidate)
    return out


def _not_available(lst: ET.Element, tag: str, who: str, name: str, slots, days, hours) -> None:
    if not slots:
        return
    e = _record(lst, tag, [("Weight_Percentage", 100), (who, name),
                           ("Number_of_Not_Available_Times", len(slots))])
    for t in sorted(slots):
        _record(e, "Not_Available_Time", [("Day", days[t // len(hours)]), ("Hour", hours[t % len(hours)])])
    _sub(e, "Active", "true")
    _sub(e, "Comments", "")


def _data(problem: Problem, days: list[str], hours: list[str]) -> ET.Element:
    root = ET.Element("fet", version=FET_VERSION)
    _sub(root, "Institution_Name", problem.name)
    _sub(root, "Comments", "Written by Schedule Engine")
    for tag, item, names in (("Days_List", "Day", days), ("Hours_List", "Hour", hours)):
        lst = _sub(root, tag)
        _sub(lst, f"Number_of_{item}s", len(names))
        for name in names:
            _record(lst, item, [("Name", name)])
    subjects = _sub(root, "Subjects_List")
    for c in problem.courses:
        _record(subjects, "Subject", [("Name", c.id), ("Comments", c.title)])
    tags = _sub(root, "Activity_Tags_List")
    for tag in dict.fromkeys(t for c in problem.courses for comp in c.components for t in comp.tags):
        _record(tags, "Activity_Tag", [("Name", tag), ("Printable", "true"), ("Comments", "")])
    teachers = _sub(root, "Teachers_List")
    for i in problem.instructors:
        _record(teachers, "Teacher", [("Name", i.id), ("Comments", i.name)])
    students = _sub(root, "Students_List")
    for g in problem.groups:
        year = _record(students, "Year", [("Name", g.id), ("Number_of_Students", g.size), ("Comments", g.name)])
        for s in g.subgroups:
            _record(year, "Group", [("Name", s.id), ("Number_of_Students", s.size), ("Comments", "")])
    return root


def _activities(root: ET.Element, problem: Problem, solution: Solution) -> dict[str, str]:
    lst = _sub(root, "Activities_List")
    by_id = solution.by_session()
    activity_of: dict[str, str] = {}
    tags = {(c.id, comp.session_type): comp.tags for c in problem.courses for comp in c.components}
    for sess in effective_sessions(derive_sessions(problem), solution):
        a = by_id.get(sess.id)
        if a is None or a.slot is None:
            continue
        aid = str(len(activity_of) + 1)
        activity_of[sess.id] = aid
        e = _sub(lst, "Activity")
        teacher = a.instructor or (sess.candidate_instructors[0] if len(sess.candidate_instructors) == 1 else "")
        if teacher:
            _sub(e, "Teacher", teacher)
        for co in sess.co_instructors:  # FET's further teachers of the activity
            _sub(e, "Teacher", co)
        _sub(e, "Subject", sess.course_id)
        for tag in tags.get((sess.course_id, sess.session_type), ()):
            _sub(e, "Activity_Tag", tag)
        for attendee in sess.attendees:
            _sub(e, "Students", attendee)
        for name, value in (("Duration", sess.length), ("Total_Duration", sess.length), ("Id", aid),
                            ("Activity_Group_Id", 0), ("Active", "true"), ("Comments", sess.id)):
            _sub(e, name, value)
    return activity_of


def _rooms(root: ET.Element, problem: Problem) -> None:
    buildings = _sub(root, "Buildings_List")
    for name in dict.fromkeys(r.building for r in problem.rooms if r.building):
        _record(buildings, "Building", [("Name", name), ("Comments", "")])
    rooms = _sub(root, "Rooms_List")
    for r in problem.rooms:
        _record(rooms, "Room", [("Name", r.id), ("Building", r.building), ("Capacity", r.capacity),
                                ("Virtual", "false"), ("Comments", r.name)])


def _from_model(problem: Problem, solution: Solution) -> FetExport:
    grid = problem.time_grid
    days, hours = _unique(list(grid.days)), _unique([p.name for p in grid.periods])
    root = _data(problem, days, hours)
    activity_of = _activities(root, problem, solution)
    _rooms(root, problem)
    time_list, space_list = _constraint_lists(root)
    if grid.unavailable:
        e = _record(time_list, "ConstraintBreakTimes", [("Weight_Percentage", 100),
                                                         ("Number_of_Break_Times", len(grid.unavailable))])
        for t in sorted(grid.unavailable):
            _record(e, "Break_Time", [("Day", days[t // len(hours)]), ("Hour", hours[t % len(hours)])])
        _sub(e, "Active", "true")
        _sub(e, "Comments", "")
    for i in problem.instructors:
        _not_available(time_list, "ConstraintTeacherNotAvailableTimes", "Teacher", i.id, i.unavailable, days, hours)
    for g in problem.groups:
        _not_available(time_list, "ConstraintStudentsSetNotAvailableTimes", "Students", g.id, g.unavailable,
                       days, hours)
    for r in problem.rooms:
        _not_available(space_list, "ConstraintRoomNotAvailableTimes", "Room", r.id, r.unavailable, days, hours)
    warnings = _add_locks(root, problem, solution, activity_of, days, hours)
    if problem.rules:
        warnings.append(f"{len(problem.rules)} rule(s) of the problem are not written to the FET file: "
                        "only a problem read from a FET file keeps its constraints.")
    return FetExport(root, activity_of, warnings)


def fet_export(problem: Problem, solution: Solution | None, source: Path | str | None = None) -> FetExport:
    """The FET "data and timetable" document of ``solution`` (see the module docstring)."""
    if problem.time_grid.n_weeks != 1:
        raise InvalidInputError("FET has no two-week cycle: a timetable of weeks "
                                f"{' and '.join(problem.time_grid.week_names)} cannot be written as a FET file.")
    solution = solution or Solution()
    if source is not None and Path(source).suffix.lower() == ".fet":
        return _from_source(problem, solution, Path(source))
    return _from_model(problem, solution)


def file_name(problem: Problem, source: Path | str | None = None) -> str:
    """``<name>_data_and_timetable.fet``: the source file's stem, else the problem's name."""
    stem = Path(source).stem if source is not None else (problem.name or "timetable")
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in stem) or "timetable"
    return f"{safe}{SUFFIX}"


def export_fet(problem: Problem, solution: Solution | None, out_dir: Path | str,
               source: Path | str | None = None):
    """Write ``<name>_data_and_timetable.fet`` into ``out_dir``; an ``ExportResult``.

    ``source``: the ``.fet`` file the problem was read from (kept, with the locks added);
    without it the file is written from the model.  ``schedule-engine export --format fet``
    calls this (the export package holds the formats built on its views)."""
    from schedule_engine.export.views import ExportResult, unplaced_warnings

    document = fet_export(problem, solution, source)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / file_name(problem, source)
    path.write_bytes(document.to_bytes())
    return ExportResult([path], document.warnings + unplaced_warnings(problem, solution))
