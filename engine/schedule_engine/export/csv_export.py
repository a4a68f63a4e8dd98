"""CSV export: the flat list of placed sessions, and the unplaced ones.

``timetable.csv`` holds one row per placed session (UTF-8, header row):
course, type, groups, instructor, room, day, start, end, then the course
title, instructor and room names, the number of periods and the session id.
``unplaced.csv`` lists the sessions that have no slot (header only when all
are placed).  Groups are attendee ids joined by ``+``.
"""

from __future__ import annotations

import csv
import logging
from pathlib import Path

from schedule_engine.export.views import (
    Entry,
    ExportResult,
    timetable_entries,
    unplaced,
    unplaced_warnings,
)
from schedule_engine.model import Problem, Solution

log = logging.getLogger(__name__)

TIMETABLE_COLUMNS: tuple[str, ...] = (
    "course", "type", "groups", "instructor", "room", "day", "start", "end",
    "title", "instructor_name", "room_name", "periods", "session_id",
)
UNPLACED_COLUMNS: tuple[str, ...] = ("course", "type", "groups", "periods", "block", "session_id")


def entry_row(entry: Entry) -> dict[str, str]:
    """The CSV row of one entry (all values as text)."""
    return {
        "course": entry.course_id,
        "type": entry.session_type,
        "groups": "+".join(entry.groups),
        "instructor": entry.instructor_id,
        "room": entry.room_id,
        "day": entry.day_name,
        "start": entry.start_time,
        "end": entry.end_time,
        "title": entry.course_title,
        "instructor_name": entry.instructor_name,
        "room_name": entry.room_name,
        "periods": str(entry.length),
        "session_id": entry.session_id,
    }


def write_timetable_csv(problem: Problem, solution: Solution | None, path: Path) -> Path:
    """Write the placed sessions to ``path``."""
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=TIMETABLE_COLUMNS)
        writer.writeheader()
        for entry in timetable_entries(problem, solution):
            writer.writerow(entry_row(entry))
    return path


def write_unplaced_csv(problem: Problem, solution: Solution | None, path: Path) -> Path:
    """Write the sessions without a slot to ``path``."""
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=UNPLACED_COLUMNS)
        writer.writeheader()
        for session in unplaced(problem, solution):
            writer.writerow({
                "course": session.course_id,
                "type": session.session_type,
                "groups": "+".join(session.attendees),
                "periods": str(session.length),
                "block": str(session.index + 1),
                "session_id": session.id,
            })
    return path


def export_csv(problem: Problem, solution: Solution | None, out_dir: Path) -> ExportResult:
    """Write ``timetable.csv`` and ``unplaced.csv`` into ``out_dir`` (created if needed)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = [
        write_timetable_csv(problem, solution, out_dir / "timetable.csv"),
        write_unplaced_csv(problem, solution, out_dir / "unplaced.csv"),
    ]
    warnings = unplaced_warnings(problem, solution)
    log.info("CSV export to %s: %d warnings", out_dir, len(warnings))
    return ExportResult(files, warnings)
