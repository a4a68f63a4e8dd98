"""Which pages a printed timetable has: the plan that the PDF, the printer and
the preview all follow.

:func:`plan_pages` turns a problem, a timetable and :class:`PrintOptions` into
a list of pages (one week grid per selected group, instructor and room, the
overview pages, the report pages), each holding the plain data it shows.
Painting is left to :mod:`page_painter` (week grids), :mod:`overview_painter`
and :mod:`report_painter`; planning needs no painter, so the page count is
known before anything is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from schedule_engine.export.reports import ReportTable, report_tables
from schedule_engine.export.views import (
    ENTITY_KINDS,
    Entry,
    Grid,
    build_grid,
    describe_session,
    entities,
    entity_entries,
    entity_unplaced,
    timetable_entries,
    unplaced,
)
from schedule_engine.i18n import translate_table, translate_word
from schedule_engine.model import Problem, Solution, TimeGrid

from scheduler_gui.export.page_frame import PageHeader
from PySide6.QtCore import QT_TRANSLATE_NOOP

from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import engine_language
from scheduler_gui.i18n.formats import day_name

PAPER_SIZES: tuple[str, ...] = ("A4", "Letter")
OVERVIEWS: tuple[str, ...] = ("none", "day", "week")
KIND_LABELS = {"group": QT_TRANSLATE_NOOP("PrintedPage", "Group"),
               "instructor": QT_TRANSLATE_NOOP("PrintedPage", "Instructor"),
               "room": QT_TRANSLATE_NOOP("PrintedPage", "Room")}
DAY_OVERVIEW_TITLES = {"group": QT_TRANSLATE_NOOP("PrintedPage", "{day}: all groups"),
                       "instructor": QT_TRANSLATE_NOOP("PrintedPage", "{day}: all instructors"),
                       "room": QT_TRANSLATE_NOOP("PrintedPage", "{day}: all rooms")}
WEEK_OVERVIEW_TITLES = {"group": QT_TRANSLATE_NOOP("PrintedPage", "Week overview: all groups"),
                        "instructor": QT_TRANSLATE_NOOP("PrintedPage", "Week overview: all instructors"),
                        "room": QT_TRANSLATE_NOOP("PrintedPage", "Week overview: all rooms")}
SHORT_TYPES = {"lecture": QT_TRANSLATE_NOOP("PrintedPage", "lec"), "tutorial": QT_TRANSLATE_NOOP("PrintedPage", "tut"),
               "practical": QT_TRANSLATE_NOOP("PrintedPage", "prac")}
"""Session types as printed where space is short."""

DAY_OVERVIEW_COLUMNS = 10
"""Most entities side by side on one day overview page."""
REPORT_ROWS_PER_PAGE = 34
OVERVIEW_LINE = 9.6
"""Height in points of one session line in the week overview."""
OVERVIEW_ROW_PAD = 5.0
WEEK_OVERVIEW_BODY = 448.0
"""Points of rows that fit under the header of a week overview page (A4 and Letter)."""


@dataclass(frozen=True)
class PrintOptions:
    """What to print and how."""

    kinds: tuple[str, ...] = ENTITY_KINDS
    """Entity kinds that get one week page each, in this order."""
    entity_ids: Mapping[str, Sequence[str]] | None = None
    """Per kind, the ids to print (in the problem's order); a kind missing here prints all."""
    overview: str = "none"
    """``none``, ``day`` (one page per day) or ``week`` (all groups on one page)."""
    reports: bool = False
    paper: str = "A4"
    header: PageHeader = field(default_factory=lambda: PageHeader(""))


@dataclass
class WeekPage:
    """The week of one group, instructor or room."""

    grid: Grid
    time_grid: TimeGrid
    course_titles: dict[str, str]
    not_placed: list[str]
    """The entity's sessions that have no time, in plain words."""

    @property
    def title(self) -> str:
        return self.grid.entity.name or self.grid.entity.id

    @property
    def subtitle(self) -> str:
        entity = self.grid.entity
        label = (translate("PrintedPage", KIND_LABELS[entity.kind]) if entity.kind in KIND_LABELS
                 else entity.kind.title())
        text = f"{label} {entity.id}" if entity.name and entity.name != entity.id else label
        note = weeks_note(self.time_grid)
        return f"{text} · {note}" if note else text


@dataclass
class DayOverviewPage:
    """One day of several entities side by side."""

    day: int
    grids: list[Grid]
    time_grid: TimeGrid
    part: int = 1
    parts: int = 1

    @property
    def title(self) -> str:
        return translate("PrintedPage", DAY_OVERVIEW_TITLES[self.grids[0].entity.kind]).format(
            day=day_name(self.time_grid.days[self.day]))

    @property
    def subtitle(self) -> str:
        return part_text(self.part, self.parts) if self.parts > 1 else translate("PrintedPage", "Day overview")


@dataclass
class WeekOverviewPage:
    """Several entities, one row each, their sessions listed per day."""

    grids: list[Grid]
    time_grid: TimeGrid
    part: int = 1
    parts: int = 1

    @property
    def title(self) -> str:
        kind = self.grids[0].entity.kind if self.grids else "group"
        return translate("PrintedPage", WEEK_OVERVIEW_TITLES[kind])

    @property
    def subtitle(self) -> str:
        return part_text(self.part, self.parts) if self.parts > 1 else ""


@dataclass
class ReportPage:
    """One report table, or a slice of its rows."""

    table: ReportTable
    rows: tuple[tuple, ...]
    part: int = 1
    parts: int = 1

    @property
    def title(self) -> str:
        return self.table.title

    @property
    def subtitle(self) -> str:
        return part_text(self.part, self.parts) if self.parts > 1 else translate("PrintedPage", "Report")


Page = WeekPage | DayOverviewPage | WeekOverviewPage | ReportPage


def selected_entities(problem: Problem, options: PrintOptions) -> list[tuple[str, str]]:
    """(kind, id) of every week page, in print order."""
    chosen: list[tuple[str, str]] = []
    for kind in options.kinds:
        refs = entities(problem, kind)
        wanted = None if options.entity_ids is None else options.entity_ids.get(kind)
        if wanted is not None:
            wanted_set = set(wanted)
            refs = [r for r in refs if r.id in wanted_set]
        chosen.extend((kind, r.id) for r in refs)
    return chosen


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def week_overview_row_height(grid: Grid) -> float:
    """Height of one entity's row of the week overview: its busiest day's
    sessions, one line each, and at least the two lines of its name."""
    per_day = [len({e.session_id for cell in day for e in cell}) for day in grid.cells]
    return max([2, *per_day]) * OVERVIEW_LINE + OVERVIEW_ROW_PAD


def _week_overview_pages(grids: list[Grid], time_grid: TimeGrid) -> list[WeekOverviewPage]:
    pages: list[list[Grid]] = [[]]
    used = 0.0
    for grid in grids:
        need = week_overview_row_height(grid)
        if pages[-1] and used + need > WEEK_OVERVIEW_BODY:
            pages.append([])
            used = 0.0
        pages[-1].append(grid)
        used += need
    return [WeekOverviewPage(chunk, time_grid, i + 1, len(pages)) for i, chunk in enumerate(pages)]


def _report_pages(problem: Problem, solution: Solution | None, entries: list[Entry]) -> list[ReportPage]:
    tables = report_tables(problem, solution, entries)
    missing = unplaced(problem, solution)
    if missing:
        tables.append(ReportTable(
            "Sessions not placed",
            ("Course", "Type", "Attendees", "Block", "Periods", "Instructor"),
            tuple((s.course_id, s.session_type, " + ".join(s.attendees), s.index + 1, s.length,
                   ", ".join(s.candidate_instructors) if len(s.candidate_instructors) == 1 else "")
                  for s in missing),
        ))
    language = engine_language()
    tables = [translate_table(t, language) for t in tables]
    pages: list[ReportPage] = []
    for table in tables:
        chunks = _chunks(list(table.rows), REPORT_ROWS_PER_PAGE)
        pages.extend(ReportPage(table, tuple(rows), i + 1, len(chunks)) for i, rows in enumerate(chunks))
    return pages


def plan_pages(problem: Problem, solution: Solution | None, options: PrintOptions) -> list[Page]:
    """Every page of the printed timetable, in order."""
    entries = timetable_entries(problem, solution)
    missing = unplaced(problem, solution)
    titles = {c.id: c.title for c in problem.courses}
    pages: list[Page] = []
    for kind, entity_id in selected_entities(problem, options):
        ref = next(r for r in entities(problem, kind) if r.id == entity_id)
        grid = build_grid(problem, ref, entity_entries(problem, entries, kind, entity_id))
        not_placed = [translate_word(describe_session(s), "unplaced", engine_language())
                      for s in entity_unplaced(problem, missing, kind, entity_id)]
        pages.append(WeekPage(grid, problem.time_grid, titles, not_placed))
    if options.overview != "none" and problem.groups and problem.time_grid.n_periods:
        group_grids = [build_grid(problem, ref, entity_entries(problem, entries, "group", ref.id))
                       for ref in entities(problem, "group")]
        if options.overview == "day":
            chunks = _chunks(group_grids, DAY_OVERVIEW_COLUMNS)
            for day in range(problem.time_grid.n_days):
                pages.extend(DayOverviewPage(day, chunk, problem.time_grid, i + 1, len(chunks))
                             for i, chunk in enumerate(chunks))
        elif options.overview == "week":
            pages.extend(_week_overview_pages(group_grids, problem.time_grid))
    if options.reports:
        pages.extend(_report_pages(problem, solution, entries))
    return pages


def missing_summary(problem: Problem, solution: Solution | None) -> str:
    """"All 212 sessions are placed." or what is missing, for the dialog and the command line."""
    missing = unplaced(problem, solution)
    total = len(timetable_entries(problem, solution)) + len(missing)
    if not missing:
        return translate("ExportDialog", "All %n sessions are placed.", "", total)
    if solution is None or len(missing) == total:
        return translate("ExportDialog", "No timetable yet: none of the %n sessions is placed.", "", total)
    return translate("ExportDialog", "{missing} of %n sessions are not placed; the pages list them.", "",
                     total).format(missing=len(missing))


def short_type(session_type: str) -> str:
    short = SHORT_TYPES.get(session_type)
    return translate("PrintedPage", short) if short else session_type[:4]


def part_text(part: int, parts: int) -> str:
    return translate("PrintedPage", "part {part} of {parts}").format(part=part, parts=parts)


def overview_line(entry: Entry, group_id: str = "") -> str:
    """One session in a week overview cell: "08:30 CS101 lec · MB-LT1", with the
    subgroup when only part of the group attends ("10:20 CS101 prac (CS1-A) · LB-IT")."""
    room = f" · {entry.room_id}" if entry.room_id else ""
    part = "" if not group_id or group_id in entry.groups else f" ({'+'.join(entry.groups)})"
    week = f" [{entry.week_name}]" if entry.week and entry.week_name else ""
    return f"{entry.start_time} {entry.course_id} {short_type(entry.session_type)}{week}{part}{room}"


def weeks_note(time_grid: TimeGrid) -> str:
    """What a page of a two-week cycle says about the weeks ("" for one week)."""
    if time_grid.n_weeks != 2:
        return ""
    a, b = time_grid.week_names
    return translate("PrintedPage", "Two-week cycle: week {a} left, week {b} right").format(a=a, b=b)
