"""The two-week cycle fields in storage: the engine JSON document, the project
file (.sched, layout 5, older files migrate to week 0) and the workbook."""

from __future__ import annotations

import copy
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fortnight_world import LAB_A, LAB_B, M0, baseline, grid, world  # noqa: E402

from schedule_engine.errors import InvalidInputError  # noqa: E402
from schedule_engine.io import engine_json, workbook  # noqa: E402
from schedule_engine.io.engine_json import document_from_dict, document_to_dict  # noqa: E402
from schedule_engine.model import Settings  # noqa: E402
from schedule_engine.project_store import Project, load_project, save_project  # noqa: E402


def test_document_round_trip_keeps_week_names_fortnightly_and_weeks():
    problem = world(Settings(fractional_hours="fortnightly"))
    solution = baseline()
    d = document_to_dict(problem, solution)
    assert d["problem"]["time_grid"]["week_names"] == ["A", "B"]
    assert d["problem"]["courses"][1]["components"][0]["fortnightly"] is True
    assert "fortnightly" not in d["problem"]["courses"][0]["components"][0]  # weekly: left out
    assert d["problem"]["settings"]["fractional_hours"] == "fortnightly"
    weeks = {a["session_id"]: a.get("week") for a in d["solution"]["assignments"]}
    assert (weeks[LAB_A], weeks[LAB_B], weeks["C1|lecture|G1|0"]) == (1, 2, None)
    assert document_from_dict(d) == (problem, solution)


def test_one_week_documents_are_written_as_before():
    problem = world(time_grid=grid(week_names=()))
    d = engine_json.time_grid_to_dict(problem.time_grid)
    assert set(d) == {"days", "n_periods", "periods", "unavailable", "midday_periods"}
    assert "fractional_hours" not in engine_json.settings_to_dict(problem.settings)


def _errors(exc: InvalidInputError) -> dict[str, str]:
    return {d.field: d.message for d in exc.diagnostics}


@pytest.mark.parametrize("names, words", [
    (["A"], "not 1"), (["A", "B", "C"], "not 3"), (["A", " "], "a week name is empty"),
    (["A", "A"], 'both weeks are named "A"'),
])
def test_wrong_week_names_are_refused_with_the_field(names, words):
    d = document_to_dict(world(), None)
    d["problem"]["time_grid"]["week_names"] = names
    with pytest.raises(InvalidInputError) as info:
        document_from_dict(d, "term.json")
    assert words in _errors(info.value)["problem.time_grid.week_names"]
    assert info.value.diagnostics[0].location == "term.json"


def test_a_week_outside_the_cycle_or_on_a_weekly_session_is_refused_naming_the_assignment():
    d = document_to_dict(world(), baseline())
    index = {a["session_id"]: i for i, a in enumerate(d["solution"]["assignments"])}
    bad = copy.deepcopy(d)
    bad["solution"]["assignments"][index[M0]]["week"] = 3
    with pytest.raises(InvalidInputError) as info:
        document_from_dict(bad, "term.json")
    assert _errors(info.value) == {f"solution.assignments[{index[M0]}].week":
                                   "week 3 is not a week of the cycle (0 every week, 1 the first week, 2 the second)"}
    bad = copy.deepcopy(d)
    bad["solution"]["assignments"][index["C1|lecture|G2|0"]]["week"] = 2
    with pytest.raises(InvalidInputError) as info:
        document_from_dict(bad, "term.json")
    (diagnostic,) = info.value.diagnostics
    assert diagnostic.entity == "session C1|lecture|G2|0" and diagnostic.code == "week_on_weekly_session"
    assert "it is taught every week: only a fortnightly session has a week" in diagnostic.message


def test_project_round_trip_keeps_weeks(tmp_path):
    project = Project(problem=world(Settings(fractional_hours="round-up")), solution=baseline())
    path = tmp_path / "term.sched"
    save_project(path, project)
    assert load_project(path) == project
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
        weeks = dict(conn.execute("SELECT session_id, week FROM working_solution"))
    finally:
        conn.close()
    assert (weeks[LAB_A], weeks[LAB_B], weeks["C1|lecture|G1|0"]) == (1, 2, 0)


def test_a_layout_4_project_migrates_to_week_0(tmp_path):
    """A file of layout 4 (no week column) opens with every week 0 and is not changed."""
    project = Project(problem=world(time_grid=grid(week_names=())), solution=baseline())
    path = tmp_path / "old.sched"
    save_project(path, project)
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE ws4 AS SELECT position, session_id, slot, room, instructor, pin_time, pin_room, length
            FROM working_solution;
        DROP TABLE working_solution;
        ALTER TABLE ws4 RENAME TO working_solution;
        PRAGMA user_version = 4;
    """)
    conn.close()
    before = path.read_bytes()
    loaded = load_project(path)
    assert path.read_bytes() == before
    assert {a.week for a in loaded.solution.assignments} == {0}
    assert [a.slot for a in loaded.solution.assignments] == [a.slot for a in project.solution.assignments]


def test_workbook_round_trip_keeps_week_names_fortnightly_and_the_reading(tmp_path):
    problem = world(Settings(fractional_hours="fortnightly"))
    path = tmp_path / "term.xlsx"
    workbook.write_workbook(path, problem)
    sheets = workbook.read_sheets(path)
    assert ["week_names", f"A{workbook.LIST_SEPARATOR} B"] in sheets["Settings"]
    header = sheets["Courses"][0]
    assert "Fortnightly" in header
    column = header.index("Fortnightly")
    assert [row[column] for row in sheets["Courses"][1:]] == ["no", "yes", "yes"]
    assert workbook.read_workbook(path) == problem


def test_workbook_with_wrong_week_names_names_the_row(tmp_path):
    sheets = workbook.problem_to_sheets(world())
    row = next(i for i, r in enumerate(sheets["Settings"]) if r[0] == "week_names")
    sheets["Settings"][row][1] = f"A{workbook.LIST_SEPARATOR} A"
    with pytest.raises(InvalidInputError) as info:
        workbook.sheets_to_problem(sheets, "term.xlsx")
    (diagnostic,) = info.value.diagnostics
    assert diagnostic.location == f"term.xlsx, sheet Settings, row {row + 1}"
    assert 'both weeks are named "A"' in diagnostic.message
