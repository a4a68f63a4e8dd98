"""XLSX export: the flat sheet, the week grids, the reports and sheet names."""

from __future__ import annotations

import dataclasses

import pandas as pd
from export_samples import PLACEMENT, sample_problem, sample_solution
from openpyxl import load_workbook

from schedule_engine.export.csv_export import TIMETABLE_COLUMNS
from schedule_engine.export.presentation import safe_sheet_name
from schedule_engine.export.views import timetable_entries
from schedule_engine.export.xlsx_export import (
    ALL_SESSIONS_SHEET,
    GRID_FIRST_COLUMN,
    GRID_FIRST_ROW,
    UNPLACED_SHEET,
    export_xlsx,
)
from schedule_engine.model import Group, Room


def _grid_cell(ws, day: int, period: int):
    return ws.cell(row=GRID_FIRST_ROW + period, column=GRID_FIRST_COLUMN + day)


def _merged_span(ws, day: int, period: int) -> int:
    cell = _grid_cell(ws, day, period)
    for rng in ws.merged_cells.ranges:
        if cell.coordinate in rng:
            return rng.max_row - rng.min_row + 1
    return 1


def test_flat_sheet_equals_entries_row_by_row(tmp_path):
    problem, solution = sample_problem(), sample_solution()
    result = export_xlsx(problem, solution, tmp_path)
    frame = pd.read_excel(result.files[0], sheet_name=ALL_SESSIONS_SHEET, dtype=str)
    assert list(frame.columns) == list(TIMETABLE_COLUMNS)
    entries = timetable_entries(problem, solution)
    assert len(frame) == len(entries)
    for (_, row), entry in zip(frame.iterrows(), entries):
        assert (row["course"], row["type"], row["groups"], row["day"], row["start"], row["end"]) == (
            entry.course_id, entry.session_type, "+".join(entry.groups), entry.day_name,
            entry.start_time, entry.end_time)
        assert (row["instructor"], row["room"], row["session_id"]) == (
            entry.instructor_id, entry.room_id, entry.session_id)


def test_grid_sheets_hold_courses_at_their_day_and_period(tmp_path):
    result = export_xlsx(sample_problem(), sample_solution(), tmp_path)
    wb = load_workbook(result.files[0])
    g1 = wb["G G1"]
    assert g1.cell(row=2, column=GRID_FIRST_COLUMN).value == "Monday"
    assert g1.cell(row=GRID_FIRST_ROW + 4, column=2).value == "12:00–12:50"
    assert _grid_cell(g1, 0, 0).value.startswith("C1 lecture")
    assert _grid_cell(g1, 0, 2).value.startswith("C2 lecture")
    assert _grid_cell(g1, 2, 1).value.startswith("C1 lecture")
    assert _grid_cell(g1, 1, 0).value.startswith("C1 practical") and "G1a" in _grid_cell(g1, 1, 0).value
    assert _merged_span(g1, 1, 0) == 2 and _merged_span(g1, 1, 4) == 2 and _merged_span(g1, 0, 0) == 1
    assert _grid_cell(g1, 0, 1).value is None and _grid_cell(g1, 4, 0).value is None
    # The break row is shaded; the print set-up is landscape, one page wide.
    assert _grid_cell(g1, 0, 3).fill.fgColor.rgb.endswith("EDEDED")
    assert g1.page_setup.orientation == "landscape" and g1.page_setup.fitToWidth == 1
    assert g1.sheet_properties.pageSetUpPr.fitToPage
    assert _grid_cell(g1, 0, 0).alignment.wrap_text
    ada = wb["I I1"]
    assert _grid_cell(ada, 0, 5).value.startswith("C3 lecture")
    lab = wb["R L1"]
    assert _grid_cell(lab, 1, 4).value.startswith("C1 practical") and "G1b" in _grid_cell(lab, 1, 4).value
    assert [ws.title for ws in wb.worksheets][:6] == [
        ALL_SESSIONS_SHEET, UNPLACED_SHEET, "Room use", "Room type use", "Instructor load", "Group load"]


def test_report_sheets_hold_the_numbers(tmp_path):
    result = export_xlsx(sample_problem(), sample_solution(), tmp_path)
    rooms = pd.read_excel(result.files[0], sheet_name="Room use")
    r1 = rooms[rooms["Room"] == "R1"].iloc[0]
    assert (r1["Used"], r1["Available"], r1["Monday"]) == (3, 24, "2 / 5")
    assert abs(r1["Use"] - 3 / 24) < 1e-9
    load = pd.read_excel(result.files[0], sheet_name="Instructor load")
    assert load.set_index("Instructor").loc["I1", "Idle gaps"] == 3


def test_empty_timetable_lists_every_session_not_placed(tmp_path):
    result = export_xlsx(sample_problem(), None, tmp_path)
    assert len(result.warnings) == len(PLACEMENT)
    missing = pd.read_excel(result.files[0], sheet_name=UNPLACED_SHEET)
    assert len(missing) == len(PLACEMENT)
    assert set(missing["course"]) == {"C1", "C2", "C3"}
    assert pd.read_excel(result.files[0], sheet_name=ALL_SESSIONS_SHEET).empty


def test_awkward_ids_give_valid_unique_sheet_names(tmp_path):
    base = sample_problem()
    long_id = "Room/with:many*bad?chars[and]a\\very-long-name-indeed"
    problem = dataclasses.replace(
        base,
        rooms=(*base.rooms, Room(long_id, "Odd", 10), Room(long_id + "-2", "Odd too", 10), Room("history", "H", 5)),
        groups=(*base.groups, Group("'quoted'", "Q", 10)),
    )
    result = export_xlsx(problem, sample_solution(), tmp_path)
    names = load_workbook(result.files[0]).sheetnames
    assert len(names) == len({n.lower() for n in names})
    for name in names:
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\") and not name.startswith("'")
    assert len([n for n in names if n.startswith("R Room_with")]) == 2


def test_safe_sheet_name_rules():
    taken: set[str] = set()
    assert safe_sheet_name("a/b", taken) == "a_b"
    assert safe_sheet_name("A/B", taken) == "A_B (2)"
    assert safe_sheet_name("x" * 40, taken) == "x" * 31
    assert safe_sheet_name("x" * 40, taken) == "x" * 27 + " (2)"
    assert safe_sheet_name("History", taken) == "History_"


def test_the_workbook_speaks_the_language_asked_for(tmp_path):
    result = export_xlsx(sample_problem(), sample_solution(), tmp_path, language="es")
    wb = load_workbook(result.files[0])
    assert [ws.title for ws in wb.worksheets][:6] == [
        "Todas las sesiones", "Sin colocar", "Uso de aulas", "Uso por tipo de aula", "Carga docente",
        "Carga de los grupos"]
    g1 = wb["G G1"]
    assert g1.cell(row=1, column=1).value.startswith("Grupo: ")
    assert [g1.cell(row=2, column=c).value for c in range(1, 4)] == ["Periodo", "Horario", "Lunes"]
    assert _grid_cell(wb["I I1"], 0, 5).value.startswith("C3 teoría")
    assert list(pd.read_excel(result.files[0], sheet_name="Todas las sesiones").columns) == list(TIMETABLE_COLUMNS)
    assert not g1.sheet_view.rightToLeft

    arabic = load_workbook(export_xlsx(sample_problem(), sample_solution(), tmp_path / "ar", language="ar").files[0])
    assert arabic["G G1"].sheet_view.rightToLeft
    assert arabic["G G1"].cell(row=2, column=3).value == "الاثنين"
