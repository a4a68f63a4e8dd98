"""CSV export: the flat list of placed sessions, and the unplaced ones.

``timetable.csv`` holds one row per placed session (UTF-8, header row):
course, type, groups, instructor, room, day, start, end, then the course
title, instructor and room names, the number of periods, the session id and
the week.  The ``week`` column is always present, so that a program reading the
file finds the same columns for every grid: it holds the week's name ("A",
"B") for a session taught every other week of a two-week cycle, and is empty
for a session taught every week (every session of a one-week grid).
``unplaced.csv`` lists the sessions that have no slot (header only when all
are placed).  Groups are attendee ids joined by ``+``.  A text starting with
``=``, ``+``, ``-`` or ``@`` is written with a leading apostrophe, so that no
spreadsheet runs it as a formula.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable
from pathlib import Path

from schedule_engine.export.presentation import csv_text
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
    "title", "instructor_name", "room_name", "periods", "session_id", "week",
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
        "week": entry.week_name,
    }


def _safe(row: dict[str, str]) -> dict[str, object]:
    """The row with every formula-like text made plain text (see :func:`csv_text`)."""
    return {key: csv_text(value) for key, value in row.items()}


def _write_rows(path: Path, columns: tuple[str, ...], rows: Iterable[dict[str, str]]) -> Path:
    """A header row, then ``rows`` (each made safe), to ``path``."""
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow(_safe(row))
    return path


def write_timetable_csv(problem: Problem, solution: Solution | None, path: Path) -> Path:
    """Write the placed sessions to ``path``."""
    return _write_rows(path, TIMETABLE_COLUMNS, (entry_row(e) for e in timetable_entries(problem, solution)))


def write_unplaced_csv(problem: Problem, solution: Solution | None, path: Path) -> Path:
    """Write the sessions without a slot to ``path``."""
    rows = ({
        "course": session.course_id,
        "type": session.session_type,
        "groups": "+".join(session.attendees),
        "periods": str(session.length),
        "block": str(session.index + 1),
        "session_id": session.id,
    } for session in unplaced(problem, solution))
    return _write_rows(path, UNPLACED_COLUMNS, rows)


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
