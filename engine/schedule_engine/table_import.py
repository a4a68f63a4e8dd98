"""Reading one table (rooms, instructors, groups or courses) from a CSV or XLSX
file and merging its rows into a problem.  The window's import dialog presents it;
scripts may call it directly.

The file's columns are mapped to the table's fields (guessed from the header,
changeable by the user); each row adds an entity or, when its ID exists,
updates the mapped fields of that entity and keeps the others.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Mapping

from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.io import workbook
from schedule_engine.io.bounded_input import check_file_size
from schedule_engine.io.workbook import cell_text
from schedule_engine.model import Problem

__all__ = ["SPREADSHEET_SUFFIXES", "TABLE_TITLES", "MergeResult", "TableFile", "cell_text", "field_choices",
           "guess_kind", "guess_mapping", "mapping_problems", "merge_table", "read_table_file", "sheet_names"]

TABLE_TITLES = {"room": "Rooms", "instructor": "Instructors", "group": "Groups", "course": "Courses"}
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm")
_ALIASES = {
    "identifier": "id", "code": "id", "key": "id", "seats": "capacity", "room name": "name",
    "course title": "title", "course name": "title", "students": "students", "type": "type",
    "co teachers": "co instructors", "co-instructors": "co instructors", "co-teacher": "co instructors",
    "co teacher": "co instructors", "room needed": "needs room", "instructor needed": "needs instructor",
}


@dataclass(frozen=True)
class TableFile:
    """The cells of one table of a file: header and rows as text or numbers."""

    path: Path
    sheet: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    @property
    def source(self) -> str:
        return f"{self.path.name}, sheet {self.sheet}" if self.sheet else self.path.name


@dataclass(frozen=True)
class MergeResult:
    problem: Problem
    added: tuple[str, ...]
    updated: tuple[str, ...]


def sheet_names(path: Path) -> list[str]:
    """The sheets of a spreadsheet file; ``[""]`` for a CSV file."""
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        return [""]
    import pandas as pd

    try:
        with pd.ExcelFile(path) as book:
            return [str(name) for name in book.sheet_names]
    except Exception as exc:  # noqa: BLE001 - any unreadable file is the user's input problem
        raise _unreadable(path, exc) from None


def read_table_file(path: Path, sheet: str = "") -> TableFile:
    """Read a CSV file or one sheet of an XLSX file; every cell keeps its value."""
    path = Path(path)
    check_file_size(path)
    import pandas as pd

    try:
        if path.suffix.lower() in SPREADSHEET_SUFFIXES:
            frame = pd.read_excel(path, sheet_name=sheet or 0, dtype=object, header=0)
            sheet = sheet or str(sheet_names(path)[0])
        else:
            frame = _read_csv(path)
    except Exception as exc:  # noqa: BLE001
        raise _unreadable(path, exc) from None
    frame = frame.astype(object).where(frame.notna(), None)
    columns = tuple(str(c).strip() for c in frame.columns)
    rows = tuple(tuple(row) for row in frame.itertuples(index=False, name=None))
    return TableFile(path, sheet, columns, rows)


def _read_csv(path: Path):
    """A CSV file with its separator (comma, semicolon, tab...) sniffed, comma if unclear."""
    import csv

    import pandas as pd

    sample = path.read_text(encoding="utf-8-sig")[:65536]
    try:
        separator = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        separator = ","
    return pd.read_csv(path, dtype=str, keep_default_na=False, sep=separator, encoding="utf-8-sig")


def _unreadable(path: Path, exc: Exception) -> InvalidInputError:
    return InvalidInputError([Diagnostic("error", f"The file cannot be read as a table: {exc}",
                                         location=path.name, code="unreadable")])


def field_choices(kind: str) -> list[tuple[str, str]]:
    """(field key, column title) of every field of a table."""
    return [(c.key, c.title) for c in workbook.TABLES[kind].columns]


def guess_mapping(kind: str, columns: tuple[str, ...]) -> dict[str, str]:
    """File column -> field key, for headers that name a field."""
    titles = {}
    for key, title in field_choices(kind):
        titles[workbook.normalise_title(title)] = key
        titles[workbook.normalise_title(key)] = key
    mapping: dict[str, str] = {}
    for column in columns:
        name = workbook.normalise_title(column)
        key = titles.get(name) or titles.get(_ALIASES.get(name, ""))
        if key and key not in mapping.values():
            mapping[column] = key
    return mapping


def guess_kind(columns: tuple[str, ...]) -> str:
    """The table whose fields the file's header names best."""
    scores = {kind: len(guess_mapping(kind, columns)) for kind in TABLE_TITLES}
    return max(scores, key=lambda k: scores[k])


def mapping_problems(kind: str, mapping: Mapping[str, str]) -> list[str]:
    """What keeps a mapping from being used, in plain words (empty: usable)."""
    problems = []
    targets = [key for key in mapping.values() if key]
    if "id" not in targets:
        problems.append("Choose the file column that holds the ID.")
    titles = dict(field_choices(kind))
    for key in sorted(set(targets)):
        if targets.count(key) > 1:
            problems.append(f'Several file columns are imported as "{titles[key]}".')
    return problems


def merge_table(problem: Problem, kind: str, table: TableFile,
                mapping: Mapping[str, str]) -> MergeResult:
    """The problem with the table's rows added or updated; InvalidInputError names
    every bad row and column, and then nothing is changed."""
    problems = mapping_problems(kind, mapping)
    if problems:
        raise InvalidInputError([Diagnostic("error", p, location=table.source, code="bad_mapping")
                                 for p in problems])
    grid = problem.time_grid
    existing = {e.id: e for e in getattr(problem, kind + "s")}
    positions = {table.columns.index(col): key for col, key in mapping.items()
                 if key and col in table.columns}
    rows: list[dict[str, Any]] = []
    numbers: list[int] = []
    first_row: dict[str, int] = {}
    diagnostics: list[Diagnostic] = []
    for index, cells in enumerate(table.rows):
        number = index + 2
        mapped = {key: cells[pos] for pos, key in positions.items()}
        if all(workbook.cell_text(v) == "" for v in mapped.values()):
            continue
        entity_id = workbook.cell_text(mapped.get("id"))
        if kind != "course" and entity_id in first_row:
            diagnostics.append(Diagnostic(
                "error", f"The ID {entity_id} appears again (first on row {first_row[entity_id]}).",
                f"{kind} {entity_id}", "ID", f"{table.source}, row {number}", "duplicate_id"))
            continue
        first_row.setdefault(entity_id, number)
        base = workbook.entity_to_rows(kind, existing[entity_id], grid)[0] if entity_id in existing else {}
        rows.append({**base, **mapped})
        numbers.append(number)
    try:
        entities = workbook.rows_to_entities(kind, rows, grid, table.source, numbers)
    except InvalidInputError as exc:
        diagnostics.extend(exc.diagnostics)
        entities = []
    if any(d.severity == "error" for d in diagnostics):
        raise InvalidInputError(diagnostics)
    component_mapped = any(c.component and c.key in mapping.values()
                           for c in workbook.TABLES[kind].columns)
    merged = dict(existing)
    added, updated = [], []
    for entity in entities:
        old = existing.get(entity.id)
        if old is not None:
            if kind == "group":
                entity = replace(entity, subgroups=old.subgroups)
            if kind == "course" and not component_mapped:
                entity = replace(entity, components=old.components)
            updated.append(entity.id)
        else:
            added.append(entity.id)
        merged[entity.id] = entity
    new_problem = replace(problem, **{kind + "s": tuple(merged.values())})
    return MergeResult(new_problem, tuple(added), tuple(updated))
