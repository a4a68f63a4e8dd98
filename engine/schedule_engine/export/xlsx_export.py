"""XLSX export (openpyxl): one workbook with the whole timetable.

Sheets, in order:

* ``All sessions``: the flat list of placed sessions (the CSV columns);
* ``Not placed``: the sessions without a slot (a single line when all are placed);
* ``Room use``, ``Room type use``, ``Instructor load``, ``Group load``: the reports;
* one week grid per group, instructor and room (named ``G <id>``, ``I <id>``,
  ``R <id>``): days as columns, periods as rows with clock times, a merged cell
  per block, break rows shaded, landscape and fit to one page wide.  With a
  two-week cycle a cell names the week of a session taught every other week
  ("CS101 practical · week A"); an A and a B session in the same period share
  the cell without being marked as a clash.

A text starting with ``=``, ``+``, ``-`` or ``@`` stays a text (see :func:`as_text`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from schedule_engine.export.csv_export import TIMETABLE_COLUMNS, entry_row
from schedule_engine.export.presentation import course_colour, is_formula_like, safe_sheet_name
from schedule_engine.export.reports import ReportTable, report_tables
from schedule_engine.export.views import (
    ENTITY_KINDS,
    ExportResult,
    Grid,
    build_grid,
    describe_session,
    entities,
    entity_entries,
    timetable_entries,
    unplaced,
    unplaced_warnings,
)
from schedule_engine.export.words import ExportWords
from schedule_engine.model import Problem, Solution

log = logging.getLogger(__name__)

ALL_SESSIONS_SHEET = "All sessions"
UNPLACED_SHEET = "Not placed"
SHEET_PREFIX = {"group": "G", "instructor": "I", "room": "R"}
GRID_FIRST_ROW = 3  # row 1 title, row 2 day names
GRID_FIRST_COLUMN = 3  # column A period name, column B clock times

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_BREAK_FILL = PatternFill("solid", fgColor="EDEDED")
_BOLD = Font(bold=True)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def as_text(cell: Cell) -> Cell:
    """Keep a text starting with ``= + - @`` a text: stored as a string with Excel's
    quote prefix, it is shown as typed and never run as a formula."""
    if is_formula_like(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def grid_sheet_name(kind: str, entity_id: str, taken: set[str]) -> str:
    return safe_sheet_name(f"{SHEET_PREFIX[kind]} {entity_id}", taken)


def _print_setup(ws: Worksheet) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False


def _table_sheet(ws: Worksheet, columns: tuple[str, ...], rows, percent_columns=frozenset()) -> None:
    ws.append(list(columns))
    for cell in ws[1]:
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
    widths = [len(str(c)) for c in columns]
    for row in rows:
        ws.append(list(row))
        for cell in ws[ws.max_row]:
            as_text(cell)
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(str(value)))
    for i in percent_columns:
        for (cell,) in ws.iter_rows(min_row=2, min_col=i + 1, max_col=i + 1):
            cell.number_format = "0.0%"
    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = min(60, max(8, width + 2))
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = ws.dimensions
    _print_setup(ws)


GRID_COLUMN_WIDTH = 24
_CHARS_PER_LINE = 22  # what fits a grid column of width 24, with some room for bold text


def _wrapped_lines(text: str) -> int:
    """Lines the text takes in a grid column once wrapped (for the row heights)."""
    return sum(max(1, -(-len(line) // _CHARS_PER_LINE)) for line in text.split("\n"))


class GridStyles:
    """Named cell styles of the week grids, registered once per workbook
    (assigning a named style is much cheaper than setting font, fill, border
    and alignment on every cell)."""

    def __init__(self, wb: Workbook):
        self.wb = wb
        self.names: set[str] = set(wb.named_styles)

    def _ensure(self, name: str, **attrs) -> str:
        if name not in self.names:
            self.wb.add_named_style(NamedStyle(name=name, border=_BORDER, **attrs))
            self.names.add(name)
        return name

    def header(self) -> str:
        return self._ensure("Grid header", font=_BOLD, fill=_HEADER_FILL, alignment=_CENTER)

    def period(self, is_break: bool) -> str:
        if is_break:
            return self._ensure("Grid break label", font=_BOLD, fill=_BREAK_FILL, alignment=_CENTER)
        return self.header()

    def empty(self, is_break: bool) -> str:
        if is_break:
            return self._ensure("Grid break", fill=_BREAK_FILL)
        return self._ensure("Grid cell")

    def session(self, course_id: str, clash: bool) -> str:
        colour = course_colour(course_id)[1:].upper()
        font = Font(color="C00000", bold=True) if clash else Font()
        return self._ensure(f"Grid {colour}{' clash' if clash else ''}", font=font,
                            fill=PatternFill("solid", fgColor=colour), alignment=_WRAP_TOP)


def write_grid_sheet(ws: Worksheet, grid: Grid, styles: GridStyles | None = None,
                     words: ExportWords | None = None) -> None:
    """Lay out one entity's week on ``ws``, in the language of ``words`` (English by default)."""
    styles = styles or GridStyles(ws.parent)
    words = words or ExportWords()
    kind = grid.entity.kind
    ws.cell(row=1, column=1, value=words.page_title(kind, grid.entity.label)).font = Font(bold=True, size=13)
    if len(grid.week_names) == 2:
        ws.cell(row=1, column=GRID_FIRST_COLUMN + 1, value=words(
            f"Two-week cycle: a session marked week {grid.week_names[0]} or week {grid.week_names[1]} "
            "is taught every other week"))
    if words.right_to_left:
        ws.sheet_view.rightToLeft = True
    for col, label in enumerate((words("Period"), words("Time"), *map(words.day, grid.days)), start=1):
        cell = ws.cell(row=2, column=col, value=label)
        cell.style = styles.header()
        as_text(cell)
    line_counts = [1] * len(grid.periods)
    for p, period in enumerate(grid.periods):
        row = GRID_FIRST_ROW + p
        label_style = styles.period(period.is_break)
        for column, value in ((1, period.name or (words("Break") if period.is_break else f"{p + 1}")),
                              (2, f"{period.start}–{period.end}")):
            cell = ws.cell(row=row, column=column, value=value)
            cell.style = label_style
            as_text(cell)
        empty_style = styles.empty(period.is_break)
        for d in range(len(grid.days)):
            ws.cell(row=row, column=GRID_FIRST_COLUMN + d).style = empty_style
    for d in range(len(grid.days)):
        col = GRID_FIRST_COLUMN + d
        for run in grid.day_runs(d):
            if not run.entries:
                continue
            top = GRID_FIRST_ROW + run.start_period
            text = words.cell_text(run.entries, kind)
            cell = ws.cell(row=top, column=col, value=text)
            cell.style = styles.session(run.entries[0].course_id, grid.is_clash(run.entries))
            as_text(cell)
            if run.length > 1:
                ws.merge_cells(start_row=top, start_column=col, end_row=top + run.length - 1, end_column=col)
            per_row = -(-_wrapped_lines(text) // run.length)
            for p in range(run.start_period, run.start_period + run.length):
                line_counts[p] = max(line_counts[p], per_row)
    for p, lines in enumerate(line_counts):
        ws.row_dimensions[GRID_FIRST_ROW + p].height = max(18, 15 * lines + 4) if not grid.periods[p].is_break else 16
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 13
    for d in range(len(grid.days)):
        ws.column_dimensions[get_column_letter(GRID_FIRST_COLUMN + d)].width = GRID_COLUMN_WIDTH
    ws.freeze_panes = ws.cell(row=GRID_FIRST_ROW, column=GRID_FIRST_COLUMN)
    _print_setup(ws)
    ws.print_title_rows = "2:2"


def write_xlsx(problem: Problem, solution: Solution | None, path: Path,
               language: str | None = None) -> ExportResult:
    """Write the workbook to ``path``; returns the file and the unplaced warnings.
    ``language`` sets the words of the sheet names, the week grids and the
    reports; the columns of the data sheets stay English (as in the CSV files)."""
    words = ExportWords(language)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = timetable_entries(problem, solution)
    missing = unplaced(problem, solution)
    wb = Workbook()
    taken: set[str] = set()

    ws = wb.active
    ws.title = safe_sheet_name(words(ALL_SESSIONS_SHEET), taken)
    _table_sheet(ws, TIMETABLE_COLUMNS, [[entry_row(e)[c] for c in TIMETABLE_COLUMNS] for e in entries])

    ws = wb.create_sheet(safe_sheet_name(words(UNPLACED_SHEET), taken))
    rows = [(s.course_id, s.session_type, "+".join(s.attendees), s.length, s.index + 1,
             words.unplaced(describe_session(s))) for s in missing]
    if not rows:
        rows = [("", "", "", "", "", words("Every session is placed."))]
    _table_sheet(ws, ("course", "type", "groups", "periods", "block", "session"), rows)

    for table in map(words.table, report_tables(problem, solution, entries)):
        write_report_sheet(wb.create_sheet(safe_sheet_name(table.title, taken)), table)

    styles = GridStyles(wb)
    for kind in ENTITY_KINDS:
        for entity in entities(problem, kind):
            ws = wb.create_sheet(grid_sheet_name(kind, entity.id, taken))
            grid = build_grid(problem, entity, entity_entries(problem, entries, kind, entity.id))
            write_grid_sheet(ws, grid, styles, words)

    wb.save(path)
    warnings = unplaced_warnings(problem, solution)
    log.info("XLSX export to %s: %d sheets, %d warnings", path, len(wb.sheetnames), len(warnings))
    return ExportResult([path], warnings)


def write_report_sheet(ws: Worksheet, table: ReportTable) -> None:
    """Lay out one report table on ``ws``."""
    _table_sheet(ws, table.columns, table.rows, table.percent_columns)


def export_xlsx(problem: Problem, solution: Solution | None, out_dir: Path,
                file_name: str = "timetable.xlsx", language: str | None = None) -> ExportResult:
    """Write ``timetable.xlsx`` into ``out_dir`` (created if needed)."""
    return write_xlsx(problem, solution, Path(out_dir) / file_name, language)
