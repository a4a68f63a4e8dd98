"""A FET timetable as a solution of the imported problem.

Two places hold a FET timetable:

- a "data and timetable" file (FET's own, or :mod:`schedule_engine.io.fet_export`'s): the locks,
  which :func:`~schedule_engine.io.fet.load_fet` reads as hard one-slot
  ``preferred_starting_times`` and one-room ``preferred_rooms`` rules of one session each --
  :func:`locked_solution` turns them into assignments;
- the ``<name>_activities.xml`` that ``fet-cl`` writes next to its timetables (activity id, day,
  hour, room) -- :func:`activities_xml_solution`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from schedule_engine.errors import InvalidInputError
from schedule_engine.io.fet_export import source_activities
from schedule_engine.model import Assignment, Problem, Solution
from schedule_engine.sessions import derive_sessions

TIME_LOCK = "FET ActivityPreferredStartingTime"
ROOM_LOCK = "FET ActivityPreferredRoom"


def _solution(problem: Problem, slots: dict[str, int], rooms: dict[str, str]) -> Solution:
    assignments = []
    for sess in derive_sessions(problem):
        if sess.id not in slots:
            continue
        teacher = sess.candidate_instructors[0] if sess.candidate_instructors else None
        assignments.append(Assignment(sess.id, slots[sess.id], rooms.get(sess.id), teacher))
    return Solution(tuple(assignments), meta={"source": "FET timetable"})


def locked_solution(problem: Problem) -> Solution:
    """The timetable of the locks of an imported FET file (sessions without a lock: not placed)."""
    slots: dict[str, int] = {}
    rooms: dict[str, str] = {}
    for rule in problem.rules:
        if not (rule.active and rule.hard and len(rule.sessions) == 1):
            continue
        if rule.comment == TIME_LOCK and len(rule.param("slots", ())) == 1:
            slots[rule.sessions[0]] = int(rule.param("slots")[0])
        elif rule.comment == ROOM_LOCK and len(rule.rooms) == 1:
            rooms[rule.sessions[0]] = rule.rooms[0]
    return _solution(problem, slots, rooms)


def activities_xml_solution(problem: Problem, source: Path | str, activities_xml: Path | str) -> Solution:
    """The timetable ``fet-cl`` wrote for ``source`` (its ``*_activities.xml``) on the problem of ``source``."""
    source, activities_xml = Path(source), Path(activities_xml)
    _root, activity_of = source_activities(problem, source)
    session_of = {a: s for s, a in activity_of.items()}
    try:
        root = ET.fromstring(activities_xml.read_bytes())
    except (OSError, ET.ParseError) as exc:
        raise InvalidInputError(f"{activities_xml.name}: cannot read FET's timetable: {exc}") from None
    days = list(problem.time_grid.days)
    hours = [p.name for p in problem.time_grid.periods]
    slots: dict[str, int] = {}
    rooms: dict[str, str] = {}
    for e in root.iterfind("Activity"):
        sid = session_of.get((e.findtext("Id") or "").strip())
        day, hour = (e.findtext("Day") or "").strip(), (e.findtext("Hour") or "").strip()
        if sid is None or day not in days or hour not in hours:
            continue
        slots[sid] = days.index(day) * len(hours) + hours.index(hour)
        room = (e.findtext("Room") or "").strip()
        if room:
            rooms[sid] = room
    return _solution(problem, slots, rooms)
