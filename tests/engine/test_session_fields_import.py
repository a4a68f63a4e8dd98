"""Importing a courses table with the "Needs a room", "Needs an instructor" and
"Co-teachers" columns (header guessed, rows merged into the problem)."""

from __future__ import annotations

from pathlib import Path

import pytest

from schedule_engine import table_import
from schedule_engine.errors import InvalidInputError
from test_workbook import small_problem

COLUMNS = ("ID", "Title", "Session type", "Periods per week", "Needs a room", "Needs an instructor", "Co teachers")


def test_the_header_maps_to_the_new_fields() -> None:
    mapping = table_import.guess_mapping("course", COLUMNS)
    assert mapping["Needs a room"] == "needs_room"
    assert mapping["Needs an instructor"] == "needs_instructor"
    assert mapping["Co teachers"] == "co_instructors"
    assert table_import.guess_mapping("course", ("Room needed", "co-instructors")) == {
        "Room needed": "needs_room", "co-instructors": "co_instructors"}


def test_imported_rows_carry_the_new_fields() -> None:
    table = table_import.TableFile(Path("courses.csv"), "", COLUMNS, (
        ("PE", "Sport", "lecture", 2, "no", "yes", "T1"),
        ("WEB", "Online", "lecture", 1, "no", "no", ""),
        ("PLAIN", "Plain", "lecture", 1, "", "", ""),
    ))
    result = table_import.merge_table(small_problem(), "course", table,
                                      table_import.guess_mapping("course", COLUMNS))
    (pe,), (web,), (plain,) = (result.problem.course(c).components for c in ("PE", "WEB", "PLAIN"))
    assert (pe.needs_room, pe.needs_instructor, pe.co_instructors) == (False, True, ("T1",))
    assert (web.needs_room, web.needs_instructor) == (False, False)
    assert (plain.needs_room, plain.needs_instructor, plain.co_instructors) == (True, True, ())


def test_a_bad_needs_a_room_cell_names_row_and_column() -> None:
    table = table_import.TableFile(Path("courses.csv"), "", COLUMNS, (("PE", "Sport", "lecture", 2, "often", "", ""),))
    with pytest.raises(InvalidInputError) as caught:
        table_import.merge_table(small_problem(), "course", table, table_import.guess_mapping("course", COLUMNS))
    assert ("courses.csv, row 2", "Needs a room") in {(d.location, d.field) for d in caught.value.diagnostics}
