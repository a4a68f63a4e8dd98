"""Timetable exports that need no Qt: CSV, XLSX, a static HTML site, iCalendar,
the seed engine's ``schedule.json`` (``seed-json``), and the load reports.

Every format is built on :mod:`schedule_engine.export.views` (flat entries and
week grids per group, instructor and room).  Each export returns an
:class:`ExportResult`: the files written and a warning per session that is
not placed (the files list those sessions too).

>>> result = export_timetable(problem, solution, "xlsx", "out/")  # doctest: +SKIP
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from schedule_engine.export.views import (
    ENTITY_KINDS,
    EntityRef,
    Entry,
    ExportResult,
    Grid,
    GridRun,
    entities,
    entity_grid,
    timetable_entries,
    unplaced,
    unplaced_warnings,
)
from schedule_engine.model import Problem, Solution

FORMATS: tuple[str, ...] = ("csv", "xlsx", "html", "ics", "seed-json")

__all__ = [
    "ENTITY_KINDS", "EntityRef", "Entry", "ExportResult", "FORMATS", "Grid", "GridRun",
    "entities", "entity_grid", "export_timetable", "timetable_entries", "unplaced", "unplaced_warnings",
]


def export_timetable(problem: Problem, solution: Solution | None, fmt: str, out_dir: Path | str, *,
                     term_start: date | None = None, term_end: date | None = None,
                     combined: bool = False, tz_name: str | None = None,
                     language: str | None = None) -> ExportResult:
    """Export in one of :data:`FORMATS` into ``out_dir``.

    ``term_start`` and ``term_end`` are required for ``ics``; ``combined`` and
    ``tz_name`` only apply to it; ``language`` (one of the engine's languages,
    English by default) is the language of the words of the HTML site, the
    workbook and the calendars (the CSV files and the workbook's data columns stay English).  Raises ``ValueError`` for an unknown format
    and :class:`~schedule_engine.errors.InvalidInputError` for bad term dates.
    """
    out_dir = Path(out_dir)
    if fmt == "csv":
        from schedule_engine.export.csv_export import export_csv
        return export_csv(problem, solution, out_dir)
    if fmt == "xlsx":
        from schedule_engine.export.xlsx_export import export_xlsx
        return export_xlsx(problem, solution, out_dir, language=language)
    if fmt == "html":
        from schedule_engine.export.html_export import export_html
        return export_html(problem, solution, out_dir, language=language)
    if fmt == "ics":
        from schedule_engine.errors import InvalidInputError
        from schedule_engine.export.ics_export import export_ics
        if term_start is None or term_end is None:
            raise InvalidInputError("an iCalendar export needs the term start and end dates")
        return export_ics(problem, solution, out_dir, term_start, term_end, combined=combined, tz_name=tz_name,
                          language=language)
    if fmt == "seed-json":
        from schedule_engine.export.seed_json import export_seed_json
        return export_seed_json(problem, solution, out_dir)
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
