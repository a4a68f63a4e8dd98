"""The seed engine's own ``schedule.json``: the shape a caller written for the
seed system reads.

The file is a JSON array with one record per taught class: a course component
for one set of groups, with one instructor and one room::

    [{"course_id": "ENCT 101", "instructor_id": "I2", "group_ids": ["BCT1AB"],
      "room_id": "A997",
      "time": {"Sunday": [{"start": "10:15", "end": "11:55"}],
               "Tuesday": [{"start": "10:15", "end": "11:05"}]}}]

- ``course_id``, ``instructor_id``, ``room_id``: ids as in the input files
  (``null`` when the class has no instructor or no room);
- ``group_ids``: the groups or subgroups attending (a practical names subgroups);
- ``time``: weekday name -> the class's meetings that day, ``"HH:MM"`` start
  and end, in time order; meetings that touch are joined.

Sessions without a slot are not in the file (the engine's answer lists them
under ``unplaced``).
"""

from __future__ import annotations

import json
from pathlib import Path

from schedule_engine.export.views import Entry, ExportResult, timetable_entries, unplaced_warnings
from schedule_engine.model import Problem, Solution

FILE_NAME = "schedule.json"


def _class_key(entry: Entry) -> tuple:
    return (entry.course_id, entry.session_type, entry.groups, entry.instructor_id, entry.room_id)


def _meetings(entries: list[Entry]) -> dict[str, list[dict[str, str]]]:
    days: dict[str, list[dict[str, str]]] = {}
    for entry in sorted(entries, key=lambda e: (e.day, e.start_period)):
        meetings = days.setdefault(entry.day_name, [])
        if meetings and meetings[-1]["end"] == entry.start_time:
            meetings[-1]["end"] = entry.end_time
        else:
            meetings.append({"start": entry.start_time, "end": entry.end_time})
    return days


def seed_schedule(problem: Problem, solution: Solution | None) -> list[dict]:
    """The records of the seed's ``schedule.json`` (see the module docstring)."""
    classes: dict[tuple, list[Entry]] = {}
    for entry in timetable_entries(problem, solution):
        classes.setdefault(_class_key(entry), []).append(entry)
    return [
        {
            "course_id": course, "instructor_id": instructor or None, "group_ids": list(groups),
            "room_id": room or None, "time": _meetings(entries),
        }
        for (course, _kind, groups, instructor, room), entries in classes.items()
    ]


def export_seed_json(problem: Problem, solution: Solution | None, out_dir: Path) -> ExportResult:
    """Write ``schedule.json`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / FILE_NAME
    path.write_text(json.dumps(seed_schedule(problem, solution), indent=2, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return ExportResult([path], unplaced_warnings(problem, solution))
