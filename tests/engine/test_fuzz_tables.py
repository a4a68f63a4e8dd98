"""Fuzzing the table importers: CSV tables merged into a problem, the XLSX data workbook's
sheets with hostile cells, and random bytes as spreadsheet or CSV files."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from fuzz_support import BAD_NUMBER_TEXTS, ODD_TEXTS, check, fuzz_settings
from schedule_engine.io import workbook
from schedule_engine.io.ctt import parse_ctt
from schedule_engine.table_import import guess_mapping, merge_table, read_table_file

import openpyxl  # noqa: E402,F401  (imported once here: import time is not the importers')
import pandas  # noqa: E402,F401

FIXTURE = Path(__file__).parent / "fixtures" / "tiny.ctt"
TINY = parse_ctt(FIXTURE.read_text(), "tiny.ctt")
SHEETS = workbook.problem_to_sheets(TINY)
WHOLE_COLUMNS = {"room": "capacity", "group": "size", "course": "periods_per_week"}


def cells() -> st.SearchStrategy:
    return st.one_of(st.sampled_from(ODD_TEXTS + BAD_NUMBER_TEXTS), st.integers(-5, 500).map(str),
                     st.text(max_size=15), st.sampled_from(["Mon 0", "Tue #2", "yes", "no", "c1:lecture"]))


@fuzz_settings()
@given(st.sampled_from(sorted(WHOLE_COLUMNS)), st.data())
def test_csv_tables_merge_or_give_a_clear_error(kind, data):
    columns = [c.title for c in workbook.TABLES[kind].columns]
    header = data.draw(st.lists(st.sampled_from(columns + ["Extra", ""]), min_size=1, max_size=6, unique=True),
                       label="header")
    rows = data.draw(st.lists(st.lists(cells(), min_size=len(header), max_size=len(header)), max_size=5),
                     label="rows")
    bad = False
    whole = next(c.title for c in workbook.TABLES[kind].columns if c.key == WHOLE_COLUMNS[kind])
    if "ID" in header and whole in header and rows and data.draw(st.booleans(), label="bad number"):
        row = data.draw(st.integers(0, len(rows) - 1), label="row")
        rows[row][header.index("ID")] = rows[row][header.index("ID")] or "X1"
        rows[row][header.index(whole)] = data.draw(st.sampled_from(BAD_NUMBER_TEXTS[:-1]), label="bad")
        bad = bool(rows[row][header.index("ID")].strip())
    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *rows])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "table.csv"
        path.write_text(buffer.getvalue(), encoding="utf-8", errors="surrogatepass")

        def load():
            table = read_table_file(path)
            mapping = {column: key for column, key in
                       ((c, next((x.key for x in workbook.TABLES[kind].columns if x.title == c), "")) for c in
                        table.columns) if key}
            return merge_table(TINY, kind, table, mapping)

        check("CSV table", load, must_reject=bad)


@fuzz_settings()
@given(st.data())
def test_workbook_sheets_with_hostile_cells_load_or_give_a_clear_error(data):
    sheets = {name: [list(row) for row in rows] for name, rows in SHEETS.items()}
    for _ in range(data.draw(st.integers(1, 4), label="cells")):
        name = data.draw(st.sampled_from(sorted(sheets)), label="sheet")
        rows = sheets[name]
        if not rows:
            continue
        r = data.draw(st.integers(0, len(rows) - 1), label="row")
        operation = data.draw(st.sampled_from(["cell", "cell", "delete row", "duplicate row"]), label="operation")
        if operation == "cell" and rows[r]:
            c = data.draw(st.integers(0, len(rows[r]) - 1), label="column")
            rows[r][c] = data.draw(st.one_of(cells(), st.floats(allow_nan=True), st.integers(-(10**30), 10**30),
                                             st.none(), st.booleans()), label="value")
        elif operation == "delete row":
            del rows[r]
        elif operation == "duplicate row":
            rows.insert(r, list(rows[r]))
    check("XLSX data workbook (sheets)", lambda: workbook.sheets_to_problem(sheets, "data.xlsx"))


@fuzz_settings()
@given(st.sampled_from(["table.xlsx", "table.csv", "data.xlsx"]), st.binary(max_size=3000))
def test_random_bytes_as_a_table_file_give_a_clear_error(name, junk):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(b"PK\x03\x04" + junk if name.endswith(".xlsx") else junk)

        def load():
            if name == "data.xlsx":
                return workbook.read_workbook(path)
            table = read_table_file(path)  # then merged as a rooms table, as the import dialog would
            return merge_table(TINY, "room", table, guess_mapping("room", table.columns))

        check("XLSX/CSV file (random bytes)", load)
