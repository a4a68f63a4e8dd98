"""The problem as a spreadsheet workbook: one sheet per table, readable by people.

Sheets: ``Time grid`` (one row per period, one column per day whose cells say
``closed`` for closed slots), ``Rooms``, ``Instructors``, ``Groups``,
``Subgroups``, ``Courses`` (one row per course component; course columns are
repeated) and ``Settings`` (name/value rows).  Sets of slots are written as
``Mon P1; Tue P3`` (day and period name), lists as ``a; b; c`` and
qualifications as ``course:session type``.  ``read_workbook(write_workbook(p))``
equals ``p``.

Rows become entities through the engine JSON readers, so a bad cell is
reported with the sheet, row and column.  The per-table functions
(:func:`rows_to_entities`, :func:`entity_to_rows`) also serve importing one
table from a CSV or XLSX file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from schedule_engine import limits
from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.io import engine_json as ej
from schedule_engine.io.bounded_input import check_file_size
from schedule_engine.io.numbers import NumberProblem, whole_from_cell
from schedule_engine.io.problem_size import grid_size_problems, problem_size_problems
from schedule_engine.model import Period, Problem, Settings, Subgroup, TimeGrid
from schedule_engine.weeks_check import grid_with_week_names

LIST_SEPARATOR = ";"
CLOSED = "closed"
TIME_GRID_SHEET = "Time grid"
SUBGROUPS_SHEET = "Subgroups"
SETTINGS_SHEET = "Settings"
GRID_COLUMNS = ("Period", "Start", "End", "Break", "Midday")

# Kinds of cell: text, int, optional_int, bool, list, int_list, slots, qualifications


@dataclass(frozen=True)
class Column:
    title: str
    key: str
    kind: str = "text"
    required: bool = False
    component: bool = False
    """Courses only: the column belongs to a component, not to the course."""


@dataclass(frozen=True)
class Table:
    kind: str
    sheet: str
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)


TABLES: dict[str, Table] = {
    "room": Table("room", "Rooms", (
        Column("ID", "id", required=True), Column("Name", "name"),
        Column("Capacity", "capacity", "int", required=True), Column("Type", "type"),
        Column("Features", "features", "list"), Column("Building", "building"),
        Column("Unavailable", "unavailable", "slots"),
    )),
    "instructor": Table("instructor", "Instructors", (
        Column("ID", "id", required=True), Column("Name", "name"),
        Column("Qualifications", "qualifications", "qualifications"),
        Column("Unavailable", "unavailable", "slots"), Column("Preferred", "preferred", "slots"),
        Column("Undesired", "undesired", "slots"),
        Column("Max periods per day", "max_periods_per_day", "optional_int"),
    )),
    "group": Table("group", "Groups", (
        Column("ID", "id", required=True), Column("Name", "name"),
        Column("Size", "size", "int", required=True), Column("Courses", "courses", "list"),
        Column("Unavailable", "unavailable", "slots"),
        Column("Prefers break", "prefers_break", "bool"),
        Column("Max periods per day", "max_periods_per_day", "optional_int"),
    )),
    "course": Table("course", "Courses", (
        Column("ID", "id", required=True), Column("Title", "title"),
        Column("Department", "department"), Column("Min days", "min_days", "int"),
        Column("Joint", "joint", "bool"), Column("Students", "students", "optional_int"),
        Column("Unavailable", "unavailable", "slots"),
        Column("Session type", "session_type", component=True),
        Column("Periods per week", "periods_per_week", "int", component=True),
        Column("Blocks", "blocks", "int_list", component=True),
        Column("Room type", "room_type", component=True),
        Column("Room features", "room_features", "list", component=True),
        Column("Instructors", "instructors", "list", component=True),
        Column("Per subgroup", "per_subgroup", "bool", component=True),
        Column("Fortnightly", "fortnightly", "bool", component=True),
        Column("Needs a room", "needs_room", "bool", component=True),
        Column("Needs an instructor", "needs_instructor", "bool", component=True),
        Column("Co-teachers", "co_instructors", "list", component=True),
    )),
}
# Component keys the engine dict leaves out at their default; an empty cell of
# one of these columns (or a workbook without the column) means the default.
_DEFAULTS: dict[str, Any] = {"fortnightly": False, "needs_room": True, "needs_instructor": True,
                             "co_instructors": []}
SUBGROUP_COLUMNS = (Column("Group", "group", required=True), Column("ID", "id", required=True),
                    Column("Size", "size", "int", required=True))
TABLE_KINDS = tuple(TABLES)
_TO_DICT: dict[str, Callable[[Any], dict]] = {
    "room": ej.room_to_dict, "instructor": ej.instructor_to_dict,
    "group": ej.group_to_dict, "course": ej.course_to_dict,
}
_FROM_DICT: dict[str, Callable[..., Any]] = {
    "room": ej.room_from_dict, "instructor": ej.instructor_from_dict,
    "group": ej.group_from_dict, "course": ej.course_from_dict,
}
_SETTING_KEYS = ("profile", "room_capacity_hard", "preferred_first_period",
                 "preferred_last_period", "preferred_block_lengths")
_TRUE = {"yes", "y", "true", "1", "x", CLOSED}
_FALSE = {"no", "n", "false", "0", "", "open"}


# ---------------------------------------------------------------------------
# Cells
# ---------------------------------------------------------------------------
class CellError(ValueError):
    """A cell that cannot be read; the message is for the user."""


def normalise_title(text: object) -> str:
    return " ".join(str(text or "").replace("_", " ").split()).lower()


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float) and value != value:  # NaN from pandas
        return ""
    return str(value).strip()


def slot_label(grid: TimeGrid, slot: int) -> str:
    day, period = grid.day_period(slot)
    names = [p.name for p in grid.periods]
    unique = len(set(names)) == len(names) and all(names)
    period_text = grid.periods[period].name if unique else f"#{period + 1}"
    return f"{grid.days[day]} {period_text}"


def parse_slot(grid: TimeGrid, text: str) -> int:
    """A slot from ``"Mon P1"``, ``"Mon 08:00"``, ``"Mon #1"`` or a slot number."""
    text = text.strip()
    if text.isascii() and text.isdigit():
        if len(text) > 6 or int(text) >= grid.n_slots:
            raise CellError(f"slot {text if len(text) <= 6 else text[:6] + '...'} is outside the week's "
                            f"{grid.n_slots} slots")
        return int(text)
    for day_index, day in sorted(enumerate(grid.days), key=lambda d: -len(d[1])):
        if text.lower().startswith(day.lower() + " "):
            rest = text[len(day):].strip()
            for index, period in enumerate(grid.periods):
                if rest.lower() in (period.name.lower(), period.start, f"#{index + 1}"):
                    return grid.slot(day_index, index)
            raise CellError(f'"{rest}" is not a period of the time grid')
    raise CellError(f'"{text}" does not start with a day of the time grid ({", ".join(grid.days)})')


def read_cell(kind: str, value: object, grid: TimeGrid) -> Any:
    text = cell_text(value)
    if kind == "text":
        return text
    if kind in ("int", "optional_int"):
        if text == "":
            if kind == "optional_int":
                return None
            raise CellError("a whole number is required")
        try:
            return whole_from_cell(value if isinstance(value, (int, float)) else text, limits.WHOLE_NUMBER,
                                   minimum=-limits.WHOLE_NUMBER.value)
        except NumberProblem as exc:
            raise CellError(exc.message) from None
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise CellError(f'"{text}" is not yes or no')
    parts = [p.strip() for p in text.split(LIST_SEPARATOR) if p.strip()]
    if kind == "list":
        return parts
    if kind == "int_list":
        return [read_cell("int", p, grid) for p in parts]
    if kind == "slots":
        return sorted({parse_slot(grid, p) for p in parts})
    if kind == "qualifications":
        pairs = []
        for part in parts:
            course, sep, session_type = part.rpartition(":")
            if not sep or not course.strip():
                raise CellError(f'"{part}" is not of the form course:session type')
            pairs.append({"course": course.strip(), "session_type": session_type.strip()})
        return pairs
    raise ValueError(f"unknown cell kind {kind}")


def write_cell(kind: str, value: Any, grid: TimeGrid) -> Any:
    if kind == "bool":
        return "yes" if value else "no"
    if kind == "optional_int":
        return "" if value is None else value
    if kind in ("list", "int_list"):
        return f"{LIST_SEPARATOR} ".join(str(v) for v in value)
    if kind == "slots":
        return f"{LIST_SEPARATOR} ".join(slot_label(grid, s) for s in sorted(value))
    if kind == "qualifications":
        return f"{LIST_SEPARATOR} ".join(f"{q['course']}:{q['session_type']}" for q in value)
    return value


# ---------------------------------------------------------------------------
# Tables of entities
# ---------------------------------------------------------------------------
def entity_to_rows(kind: str, entity: Any, grid: TimeGrid) -> list[dict[str, Any]]:
    """Rows (column key -> cell value) of one entity; a course gives one per component."""
    table = TABLES[kind]
    data = _TO_DICT[kind](entity)
    if kind != "course":
        return [{c.key: write_cell(c.kind, data[c.key], grid) for c in table.columns}]
    head = {c.key: write_cell(c.kind, data[c.key], grid) for c in table.columns if not c.component}
    rows = []
    for comp in data["components"] or [None]:
        row = dict(head)
        for c in table.columns:
            if c.component:
                row[c.key] = "" if comp is None else write_cell(c.kind, comp.get(c.key, _DEFAULTS.get(c.key)), grid)
        rows.append(row)
    return rows


def rows_to_entities(kind: str, rows: Sequence[Mapping[str, Any]], grid: TimeGrid,
                     source: str, row_numbers: Sequence[int] | None = None) -> list[Any]:
    """Entities from rows keyed by column key; every bad cell is reported at once.

    ``source`` names the file and sheet; ``row_numbers`` the rows' numbers in it
    (default: 2, 3, ... below a header row).
    """
    table = TABLES[kind]
    numbers = list(row_numbers) if row_numbers is not None else [i + 2 for i in range(len(rows))]
    diagnostics: list[Diagnostic] = []
    parsed: list[tuple[int, dict[str, Any]]] = []
    for number, row in zip(numbers, rows):
        values: dict[str, Any] = {}
        location = f"{source}, row {number}"
        ident = cell_text(row.get("id"))
        entity = f"{kind} {ident}" if ident else kind
        for column in table.columns:
            if column.key not in row:
                continue
            if column.kind == "int" and cell_text(row[column.key]) == "":
                if column.required:
                    diagnostics.append(Diagnostic("error", "A whole number is required.", entity,
                                                  column.title, location, "missing_field"))
                continue  # optional: the engine's default
            if column.component and column.key in _DEFAULTS and cell_text(row[column.key]) == "":
                continue  # an empty cell: the engine's default
            try:
                values[column.key] = read_cell(column.kind, row[column.key], grid)
            except CellError as exc:
                diagnostics.append(Diagnostic("error", f"{exc}.", entity, column.title, location,
                                              "bad_cell"))
        if not cell_text(row.get("id")):
            if all(cell_text(v) == "" for v in row.values()):
                continue  # blank line
            diagnostics.append(Diagnostic("error", "The ID is empty.", kind, "ID", location,
                                          "missing_field"))
            continue
        parsed.append((number, values))
    entities = []
    for number, data_list in _group_rows(kind, parsed):
        location = f"{source}, row {number}"
        try:
            entities.append(_FROM_DICT[kind](_complete(kind, data_list), grid.n_slots, location, kind))
        except InvalidInputError as exc:
            diagnostics.extend(_name_columns(table, d) for d in exc.diagnostics)
    if any(d.severity == "error" for d in diagnostics):
        raise InvalidInputError(diagnostics)
    return entities


def _group_rows(kind: str, parsed: list[tuple[int, dict]]) -> list[tuple[int, list[dict]]]:
    if kind != "course":
        return [(n, [v]) for n, v in parsed]
    order: dict[str, tuple[int, list[dict]]] = {}
    for number, values in parsed:
        order.setdefault(values.get("id", ""), (number, []))[1].append(values)
    return list(order.values())


def _complete(kind: str, rows: list[dict]) -> dict:
    """An engine JSON dict from the parsed rows of one entity (defaults filled in)."""
    table = TABLES[kind]
    first = rows[0]
    data = {c.key: first[c.key] for c in table.columns if not c.component and c.key in first}
    data.setdefault("name" if kind != "course" else "title", data.get("id", ""))
    if kind == "group":
        data.setdefault("subgroups", [])
    if kind == "course":
        components = []
        for row in rows:
            comp = {c.key: row[c.key] for c in table.columns if c.component and c.key in row}
            if comp.get("session_type"):
                comp.setdefault("periods_per_week", 0)
                components.append(comp)
        data["components"] = components
    return data


def _name_columns(table: Table, diagnostic: Diagnostic) -> Diagnostic:
    """Replace an engine field path (``room.capacity``) by the column title."""
    field = diagnostic.field
    key = field.split(".", 1)[1] if "." in field else field
    key = key.split(".")[-1] if key.startswith("components[") else key.split("[")[0]
    column = table.column(key)
    if column is None:
        return diagnostic
    return Diagnostic(diagnostic.severity, diagnostic.message, diagnostic.entity, column.title,
                      diagnostic.location, diagnostic.code)


# ---------------------------------------------------------------------------
# Whole problem <-> sheets (lists of rows, the first one the header)
# ---------------------------------------------------------------------------
def problem_to_sheets(problem: Problem) -> dict[str, list[list[Any]]]:
    grid = problem.time_grid
    sheets: dict[str, list[list[Any]]] = {}
    header = list(GRID_COLUMNS) + list(grid.days)
    rows = [header]
    for index, period in enumerate(grid.periods):
        closed = [CLOSED if grid.slot(d, index) in grid.unavailable else "" for d in range(grid.n_days)]
        rows.append([period.name, period.start, period.end, write_cell("bool", period.is_break, grid),
                     write_cell("bool", index in grid.midday_periods, grid)] + closed)
    sheets[TIME_GRID_SHEET] = rows
    for kind, table in TABLES.items():
        entities = getattr(problem, kind + "s")
        rows = [[c.title for c in table.columns]]
        for entity in entities:
            for row in entity_to_rows(kind, entity, grid):
                rows.append([row[c.key] for c in table.columns])
        sheets[table.sheet] = rows
        if kind == "group":
            sub_rows = [[c.title for c in SUBGROUP_COLUMNS]]
            sub_rows += [[g.id, s.id, s.size] for g in problem.groups for s in g.subgroups]
            sheets[SUBGROUPS_SHEET] = sub_rows
    settings = ej.settings_to_dict(problem.settings)
    rows = [["Setting", "Value"], ["name", problem.name]]
    rows.append(["profile", settings["profile"]])
    rows.append(["room_capacity_hard", write_cell("bool", settings["room_capacity_hard"], grid)])
    rows.append(["preferred_first_period", settings["preferred_first_period"]])
    rows.append(["preferred_last_period", write_cell("optional_int", settings["preferred_last_period"], grid)])
    rows.append(["preferred_block_lengths", write_cell("int_list", settings["preferred_block_lengths"], grid)])
    if "time_zone" in settings:
        rows.append(["time_zone", settings["time_zone"]])
    if "fractional_hours" in settings:
        rows.append(["fractional_hours", settings["fractional_hours"]])
    if grid.week_names:
        rows.append(["week_names", write_cell("list", grid.week_names, grid)])
    rows += [[f"weight.{key}", value] for key, value in settings["weights"].items()]
    sheets[SETTINGS_SHEET] = rows
    return sheets


def sheets_to_problem(sheets: Mapping[str, Sequence[Sequence[Any]]], source: str) -> Problem:
    """The problem from sheets as :func:`problem_to_sheets` writes them."""
    diagnostics: list[Diagnostic] = []
    for name in (TIME_GRID_SHEET, *(t.sheet for t in TABLES.values()), SETTINGS_SHEET):
        if name not in sheets:
            diagnostics.append(Diagnostic("error", f'The sheet "{name}" is missing.', "", "",
                                          source, "missing_sheet"))
    if diagnostics:
        raise InvalidInputError(diagnostics)
    grid = _read_grid(sheets[TIME_GRID_SHEET], f"{source}, sheet {TIME_GRID_SHEET}", diagnostics)
    diagnostics.extend(grid_size_problems(grid.n_days, grid.n_periods, f"{source}, sheet {TIME_GRID_SHEET}"))
    if any(d.severity == "error" for d in diagnostics):
        raise InvalidInputError(diagnostics)
    name, settings = _read_settings(sheets[SETTINGS_SHEET], grid, f"{source}, sheet {SETTINGS_SHEET}",
                                    diagnostics)
    grid = _with_week_names(sheets[SETTINGS_SHEET], grid, f"{source}, sheet {SETTINGS_SHEET}", diagnostics)
    entities: dict[str, list] = {}
    for kind, table in TABLES.items():
        sheet_source = f"{source}, sheet {table.sheet}"
        rows, numbers = _keyed_rows(sheets[table.sheet], table.columns, sheet_source, diagnostics)
        try:
            entities[kind] = rows_to_entities(kind, rows, grid, sheet_source, numbers)
        except InvalidInputError as exc:
            diagnostics.extend(exc.diagnostics)
            entities[kind] = []
    subgroups = _read_subgroups(sheets.get(SUBGROUPS_SHEET, []), f"{source}, sheet {SUBGROUPS_SHEET}",
                                {g.id for g in entities["group"]}, diagnostics)
    if any(d.severity == "error" for d in diagnostics):
        raise InvalidInputError(diagnostics)
    from dataclasses import replace

    groups = [replace(g, subgroups=tuple(subgroups.get(g.id, ()))) for g in entities["group"]]
    problem = Problem(name=name, time_grid=grid, rooms=entities["room"],
                      instructors=entities["instructor"], groups=groups,
                      courses=entities["course"], settings=settings)
    too_large = problem_size_problems(problem, source)
    if too_large:
        raise InvalidInputError(too_large)
    return problem


def _keyed_rows(rows: Sequence[Sequence[Any]], columns: Iterable[Column], source: str,
                diagnostics: list[Diagnostic]) -> tuple[list[dict], list[int]]:
    """Rows as dicts keyed by column key, matching header titles loosely."""
    if not rows:
        return [], []
    by_title = {normalise_title(c.title): c for c in columns}
    by_title.update({normalise_title(c.key): c for c in columns})
    positions: dict[int, str] = {}
    for index, title in enumerate(rows[0]):
        column = by_title.get(normalise_title(title))
        if column is not None:
            positions[index] = column.key
        elif cell_text(title):
            diagnostics.append(Diagnostic("warning", f'The column "{title}" is not known and was ignored.',
                                          "", cell_text(title), f"{source}, row 1", "unknown_column"))
    present = set(positions.values())
    for column in columns:
        if column.required and column.key not in present:
            diagnostics.append(Diagnostic("error", f'The column "{column.title}" is missing.', "",
                                          column.title, f"{source}, row 1", "missing_column"))
    keyed, numbers = [], []
    for number, row in enumerate(rows[1:], start=2):
        values = {key: row[i] if i < len(row) else None for i, key in positions.items()}
        if all(cell_text(v) == "" for v in values.values()):
            continue
        keyed.append(values)
        numbers.append(number)
    return keyed, numbers


def _read_grid(rows: Sequence[Sequence[Any]], source: str, diagnostics: list[Diagnostic]) -> TimeGrid:
    header = [cell_text(t) for t in rows[0]] if rows else []
    if [normalise_title(t) for t in header[:len(GRID_COLUMNS)]] != [normalise_title(t) for t in GRID_COLUMNS]:
        diagnostics.append(Diagnostic("error", f"The first columns must be {', '.join(GRID_COLUMNS)}.",
                                      "time grid", "", f"{source}, row 1", "bad_header"))
        return TimeGrid(days=(), periods=())
    days = tuple(d for d in header[len(GRID_COLUMNS):] if d)
    periods: list[Period] = []
    midday: list[int] = []
    closed: list[tuple[int, int]] = []
    empty = TimeGrid(days=days, periods=())
    for number, row in enumerate(rows[1:], start=2):
        cells = list(row) + [None] * (len(header) - len(row))
        if all(cell_text(c) == "" for c in cells):
            continue
        location = f"{source}, row {number}"
        index = len(periods)
        try:
            is_break = read_cell("bool", cells[3], empty)
            is_midday = read_cell("bool", cells[4], empty)
            for d in range(len(days)):
                if read_cell("bool", cells[len(GRID_COLUMNS) + d], empty):
                    closed.append((d, index))
        except CellError as exc:
            diagnostics.append(Diagnostic("error", f"{exc}.", "time grid", "", location, "bad_cell"))
            continue
        periods.append(Period(cell_text(cells[0]), cell_text(cells[1]), cell_text(cells[2]), is_break))
        if is_midday:
            midday.append(index)
    n_periods = len(periods)
    return TimeGrid(days=days, periods=tuple(periods),
                    unavailable=frozenset(d * n_periods + p for d, p in closed),
                    midday_periods=tuple(midday))


def _read_settings(rows: Sequence[Sequence[Any]], grid: TimeGrid, source: str,
                   diagnostics: list[Diagnostic]) -> tuple[str, Settings]:
    name = ""
    data: dict[str, Any] = {"weights": {}}
    kinds = {"profile": "text", "room_capacity_hard": "bool", "preferred_first_period": "int",
             "preferred_last_period": "optional_int", "preferred_block_lengths": "int_list", "time_zone": "text",
             "fractional_hours": "text"}
    for number, row in enumerate(rows[1:], start=2):
        key = cell_text(row[0]) if row else ""
        value = row[1] if len(row) > 1 else None
        location = f"{source}, row {number}"
        try:
            if key == "name":
                name = cell_text(value)
            elif key == "week_names":
                continue  # the grid's (_with_week_names)
            elif key.startswith("weight."):
                data["weights"][key[len("weight."):]] = read_cell("int", value, grid)
            elif key in kinds:
                data[key] = read_cell(kinds[key], value, grid)
            elif key:
                diagnostics.append(Diagnostic("warning", f'Unknown setting "{key}" was ignored.',
                                              "settings", key, location, "unknown_setting"))
        except CellError as exc:
            diagnostics.append(Diagnostic("error", f"{exc}.", "settings", key, location, "bad_cell"))
    try:
        return name, ej.settings_from_dict(data, source)
    except InvalidInputError as exc:
        diagnostics.extend(exc.diagnostics)
        return name, Settings()


def _with_week_names(rows: Sequence[Sequence[Any]], grid: TimeGrid, source: str,
                     diagnostics: list[Diagnostic]) -> TimeGrid:
    """The grid with the week names of the Settings row ``week_names`` ("A; B": a two-week cycle)."""
    for number, row in enumerate(rows[1:], start=2):
        if row and cell_text(row[0]) == "week_names":
            names = tuple(read_cell("list", row[1] if len(row) > 1 else "", grid))
            grid, problems = grid_with_week_names(grid, names, f"{source}, row {number}")
            diagnostics.extend(problems)
    return grid


def _read_subgroups(rows: Sequence[Sequence[Any]], source: str, group_ids: set[str],
                    diagnostics: list[Diagnostic]) -> dict[str, list[Subgroup]]:
    keyed, numbers = _keyed_rows(rows, SUBGROUP_COLUMNS, source, diagnostics)
    result: dict[str, list[Subgroup]] = {}
    empty = TimeGrid(days=(), periods=())
    for number, row in zip(numbers, keyed):
        location = f"{source}, row {number}"
        group = cell_text(row.get("group"))
        ident = cell_text(row.get("id"))
        if group not in group_ids:
            diagnostics.append(Diagnostic("error", f'"{group}" is not a group of the Groups sheet.',
                                          f"subgroup {ident}", "Group", location, "unknown_reference"))
            continue
        try:
            size = read_cell("int", row.get("size"), empty)
        except CellError as exc:
            diagnostics.append(Diagnostic("error", f"{exc}.", f"subgroup {ident}", "Size", location,
                                          "bad_cell"))
            continue
        result.setdefault(group, []).append(Subgroup(ident, size))
    return result


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------
def write_workbook(path: str | Path, problem: Problem) -> None:
    """Write the problem as an XLSX workbook (atomically: a temp file, then a rename)."""
    import os
    import tempfile

    from openpyxl import Workbook
    from openpyxl.styles import Font

    from schedule_engine.export.xlsx_export import as_text

    path = Path(path)
    book = Workbook()
    book.remove(book.active)
    for name, rows in problem_to_sheets(problem).items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
            for cell in sheet[sheet.max_row]:
                as_text(cell)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for column_cells in sheet.columns:
            width = max(len(str(c.value or "")) for c in column_cells)
            sheet.column_dimensions[column_cells[0].column_letter].width = min(max(width + 2, 8), 60)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        book.save(tmp_name)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def read_sheets(path: str | Path) -> dict[str, list[list[Any]]]:
    """Every sheet of an XLSX file as rows of cell values."""
    from openpyxl import load_workbook

    path = Path(path)
    check_file_size(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise InvalidInputError([Diagnostic("error", f"file not found: {path}", location=path.name,
                                            code="file_not_found")]) from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for bad files
        raise InvalidInputError([Diagnostic("error", f"not a readable XLSX workbook ({exc})",
                                            location=path.name, code="unreadable")]) from None
    try:
        return {sheet.title: [list(r) for r in sheet.iter_rows(values_only=True)]
                for sheet in book.worksheets}
    finally:
        book.close()


def read_workbook(path: str | Path) -> Problem:
    path = Path(path)
    return sheets_to_problem(read_sheets(path), path.name)
