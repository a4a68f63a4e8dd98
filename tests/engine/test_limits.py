"""The hostile inputs of issue 21, each refused at once with a message naming the file,
the record or line, the field and the limit (never a traceback, a hang or garbage read)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from schedule_engine import limits
from schedule_engine.errors import InvalidInputError
from schedule_engine.io import load_any, workbook
from schedule_engine.io.ctt import parse_ctt, read_ctt_solution
from schedule_engine.io.engine_json import document_from_dict, document_to_dict, load_document
from schedule_engine.io.numbers import NumberProblem, whole_from_cell, whole_from_json, whole_from_text
from schedule_engine.io.problem_size import session_periods
from schedule_engine.model import Period, Problem, TimeGrid
from schedule_engine.project_store import Project, ProjectFileError, load_project, save_project
from schedule_engine.sessions import derive_sessions
from schedule_engine.table_import import read_table_file

FIXTURES = Path(__file__).parent / "fixtures"
TINY_CTT = (FIXTURES / "tiny.ctt").read_text()
STUDENTS = "at most 100,000 students in a group, subgroup or course, or seats in a room"
WEEKLY = "at most 168 weekly periods or hours of one course component (the hours in a week)"


def refused(load, *args) -> str:
    """The one error's text; the load must fail within a second."""
    started = time.perf_counter()
    with pytest.raises(InvalidInputError) as info:
        load(*args)
    assert time.perf_counter() - started < 1.0
    errors = [d for d in info.value.diagnostics if d.severity == "error"]
    assert len(errors) == 1, errors
    return str(errors[0])


def campus(tmp_path: Path, file: str, old: str, new: str) -> Path:
    folder = tmp_path / "campus"
    shutil.copytree(FIXTURES / "campus_small", folder)
    text = (folder / file).read_text()
    assert old in text
    (folder / file).write_text(text.replace(old, new, 1))
    return folder


CAMPUS_CASES = [
    ("Rooms.json", '"capacity": 48', '"capacity": 1e30',
     f"error: Rooms.json, record 1, room R1, capacity: 'capacity' must be {STUDENTS}, not 1e+30."),
    ("Groups.json", '"student_count": 48', '"student_count": 1e30',
     f"error: Groups.json, record 1, group G1AB, student_count: 'student_count' must be {STUDENTS}, not 1e+30."),
    ("Course.json", '"L": 3', '"L": Infinity',
     "error: Course.json, record 1, course MA 101, L: 'L' must be a finite number, not Infinity."),
    ("Course.json", '"L": 3', '"L": NaN',
     "error: Course.json, record 1, course MA 101, L: 'L' must be a finite number, not NaN (not a number)."),
    ("Course.json", '"L": 3', '"L": 1e400',
     "error: Course.json, record 1, course MA 101, L: 'L' must be a finite number, not Infinity."),
    ("Groups.json", '"student_count": 24', '"student_count": Infinity',
     "error: Groups.json, record 1, group G1AB, subgroups[0].student_count: A subgroup's 'student_count' "
     "must be a whole number, not Infinity."),
    ("Groups.json", '"student_count": 24', '"student_count": NaN',
     "error: Groups.json, record 1, group G1AB, subgroups[0].student_count: A subgroup's 'student_count' "
     "must be a whole number, not NaN (not a number)."),
    ("Rooms.json", '"capacity": 48', '"capacity": ' + "9" * 5000,
     "error: Rooms.json, line 2, column 69, capacity: A number of 5000 digits: numbers may have at most 30 digits."),
    ("Rooms.json", '"capacity": 48', '"capacity": ' + "[" * 100_000 + "]" * 100_000,
     "error: Rooms.json, line 2, column 131: The JSON is nested more than 64 levels deep (the limit); "
     "no file of this format needs that."),
    ("Course.json", '"L": 3', '"L": 10000000',
     f"error: Course.json, record 1, course MA 101, L: 'L' must be {WEEKLY}, not 10000000."),
    ("Course.json", '"L": 3', '"L": 10000',
     f"error: Course.json, record 1, course MA 101, L: 'L' must be {WEEKLY}, not 10000."),
]


@pytest.mark.parametrize(("file", "old", "new", "message"), CAMPUS_CASES, ids=[c[2][:24] for c in CAMPUS_CASES])
def test_hostile_campus_numbers_are_refused_by_name(tmp_path, file, old, new, message):
    assert refused(load_any, campus(tmp_path, file, old, new)) == message


CTT_CASES = [
    ("Days: 2", "Days: 100000000",
     "error: tiny.ctt, line 4, Days: 'Days' must be at most 14 days in the time grid, not 100000000."),
    ("Periods_per_day: 3", "Periods_per_day: 10000000",
     "error: tiny.ctt, line 5, Periods_per_day: 'Periods_per_day' must be at most 96 periods a day "
     "(15-minute periods round the clock), not 10000000."),
    ("c1 t1 2 2 30", "c1 t1 10000000 2 30",
     f"error: tiny.ctt, line 10, lectures: 'lectures' must be {WEEKLY}, not 10000000."),
    ("c1 t1 2 2 30", "c1 t1 1_0 2 30",
     "error: tiny.ctt, line 10, lectures: 'lectures' must be a whole number written with the digits 0-9, "
     "not '1_0'."),
    ("c1 t1 2 2 30", "c1 t1 ² 2 30",
     "error: tiny.ctt, line 10, lectures: 'lectures' must be a whole number written with the digits 0-9, "
     "not '²'."),
    ("rA 30", "rA " + "7" * 5000,
     "error: tiny.ctt, line 15, seats: 'seats' must be " + STUDENTS + ", not a number of 5000 digits."),
]


def test_a_ctt_header_line_written_twice_is_refused():
    text = TINY_CTT.replace("Courses: 3", "Courses: 1_0\nCourses: 3")
    assert refused(parse_ctt, text, "tiny.ctt") == ("error: tiny.ctt, line 3, Courses: The header line 'Courses:' "
                                                    "appears twice (first on line 2).")


@pytest.mark.parametrize(("old", "new", "message"), CTT_CASES, ids=[c[1][:24] for c in CTT_CASES])
def test_hostile_ctt_numbers_are_refused_by_name(old, new, message):
    assert refused(parse_ctt, TINY_CTT.replace(old, new), "tiny.ctt") == message


@pytest.mark.parametrize(("line", "message"), [
    ("c1 rA ² 0", "error: tiny.sol, line 1, day: The day must be a whole number in 0..1, not '²'."),
    ("c1 rA " + "1" * 5000 + " 0", "error: tiny.sol, line 1, day: The day must be a whole number in 0..1, "
     "not '1111111111111111111111111111111111111...'."),
    ("c1 rA 0 1_0", "error: tiny.sol, line 1, timeslot: The timeslot must be a whole number in 0..2, not '1_0'."),
])
def test_hostile_ctt_solution_numbers_are_refused_by_name(line, message):
    problem = parse_ctt(TINY_CTT, "tiny.ctt")
    assert refused(read_ctt_solution, line + "\n", problem, "tiny.sol") == message


def tiny_document() -> dict:
    return document_to_dict(parse_ctt(TINY_CTT, "tiny.ctt"))


@pytest.mark.parametrize(("path", "value", "message"), [
    (("rooms", 0, "capacity"), 10**30,
     f"error: doc.json, room rA, problem.rooms[0].capacity: must be {STUDENTS}, got a number of 31 digits"),
    (("courses", 0, "components", 0, "periods_per_week"), 10_000,
     f"error: doc.json, course c1, problem.courses[0].components[0].periods_per_week: must be {WEEKLY}, got 10000"),
    (("rooms", 0, "capacity"), float("inf"),
     "error: doc.json, room rA, problem.rooms[0].capacity: expected an integer, got the number Infinity"),
])
def test_engine_json_numbers_beyond_the_limits_are_refused(path, value, message):
    data = tiny_document()
    target = data["problem"]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert refused(document_from_dict, data, "doc.json") == message


def test_engine_json_grid_beyond_the_limit_is_refused_before_its_periods_are_read():
    data = tiny_document()
    data["problem"]["time_grid"]["periods"] = [{"name": str(k), "start": "", "end": ""} for k in range(10_000)]
    data["problem"]["time_grid"]["n_periods"] = 10_000
    assert refused(document_from_dict, data, "doc.json") == (
        "error: doc.json, time grid, problem.time_grid.periods: The time grid has 10,000 periods a day; at most "
        "96 periods a day (15-minute periods round the clock) are allowed.")


def test_too_many_session_periods_are_refused_with_the_total():
    data = tiny_document()
    for k in range(700):
        data["problem"]["courses"].append({"id": f"x{k}", "title": "x", "joint": True, "components": [
            {"session_type": "lecture", "periods_per_week": 150}]})
        data["problem"]["groups"].append({"id": f"gx{k}", "name": "g", "size": 0, "courses": [f"x{k}"]})
    assert refused(document_from_dict, data, "doc.json") == (
        "error: doc.json, problem, courses: The courses ask for 105,005 weekly session periods (weekly periods "
        "of each component times the groups taught); at most 100,000 weekly session periods in a problem "
        "(each session counts its length) are allowed.")


def test_engine_json_file_with_deep_nesting_or_long_numbers(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text('{"problem": ' + "[" * 5000 + "]" * 5000 + "}")
    assert refused(load_document, deep) == ("error: deep.json, line 1, column 76: The JSON is nested more than "
                                            "64 levels deep (the limit); no file of this format needs that.")
    long = tmp_path / "long.json"
    long.write_text('{"schema_version":\n  -' + "4" * 4400 + "}")
    assert refused(load_document, long) == ("error: long.json, line 2, column 3, schema_version: A number of 4400 "
                                            "digits: numbers may have at most 30 digits.")


@pytest.mark.parametrize("name", ["big.ctt", "big.json", "big.csv"])
def test_a_file_beyond_the_size_limit_is_refused_before_it_is_read(tmp_path, name):
    big = tmp_path / name
    with open(big, "wb") as handle:  # sparse: 64 GB that reading would take minutes to go through
        handle.truncate(64 * 1024 ** 3)
    load = read_table_file if name.endswith(".csv") else load_any
    assert refused(load, big) == (f"error: {name}: The file is 68,719,476,736 bytes; files larger than "
                                  "67,108,864 bytes (64 MB) are not read.")


def test_a_campus_file_beyond_the_size_limit_is_refused(tmp_path, monkeypatch):
    folder = campus(tmp_path, "Rooms.json", "Lecture Hall 1", "Lecture Hall " + "1" * 4000)
    monkeypatch.setattr(limits, "INPUT_BYTES", 4096)
    assert refused(load_any, folder) == ("error: Rooms.json: The file is 4,260 bytes; files larger than 4,096 "
                                         "bytes (0 MB) are not read.")


def test_a_project_with_absurd_stored_numbers_names_table_row_and_field(tmp_path):
    import sqlite3

    path = tmp_path / "p.sched"
    save_project(path, Project(problem=parse_ctt(TINY_CTT, "tiny.ctt")))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE rooms SET data = ? WHERE position = 0",
                 ('{"id":"rA","name":"rA","capacity":1e999,"type":"","features":[],"building":"","unavailable":[]}',))
    conn.execute("UPDATE courses SET data = ? WHERE position = 1", ("[" * 10_000 + "]" * 10_000,))
    conn.commit()
    conn.close()
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    found = sorted((d.field, d.message) for d in info.value.diagnostics)
    assert found == [
        ("courses[1]", "is not valid JSON (The JSON is nested more than 64 levels deep (the limit); no file of "
                       "this format needs that.)"),
        ("rooms[0].capacity", "expected an integer, got the number Infinity"),
    ]


def test_workbook_cells_accept_whole_numbers_only():
    grid = TimeGrid(days=("Mon",), periods=(Period("1", "08:00", "09:00"),))
    assert workbook.read_cell("int", "12", grid) == 12
    assert workbook.read_cell("int", 12.0, grid) == 12
    assert workbook.read_cell("int", " 12.0 ", grid) == 12
    for text, message in [("1_0", "must be a whole number written with the digits 0-9, not '1_0'"),
                          ("²", "must be a whole number written with the digits 0-9, not '²'"),
                          ("inf", "must be a whole number written with the digits 0-9, not 'inf'"),
                          ("1e3", "must be a whole number written with the digits 0-9, not '1e3'"),
                          (float("inf"), "must be a whole number, not Infinity"),
                          (2.5, "must be a whole number, not 2.5")]:
        with pytest.raises(workbook.CellError) as info:
            workbook.read_cell("int", text, grid)
        assert str(info.value) == message


def test_a_table_row_with_an_absurd_capacity_names_file_row_and_column():
    grid = TimeGrid(days=("Mon",), periods=(Period("1", "08:00", "09:00"),))
    with pytest.raises(InvalidInputError) as info:
        workbook.rows_to_entities("room", [{"id": "R1", "capacity": "1000000"}], grid, "rooms.csv")
    assert [str(d) for d in info.value.diagnostics] == [
        f"error: rooms.csv, row 2, room R1, Capacity: must be {STUDENTS}, got 1000000"]


def test_number_reader_rules():
    assert whole_from_json(12, limits.DAYS) == 12
    assert whole_from_json(12.0, limits.DAYS) == 12
    assert whole_from_text("0012", limits.DAYS) == 12
    with pytest.raises(NumberProblem, match="written as a whole number"):
        whole_from_json(12.0, limits.DAYS, integral_floats=False)
    with pytest.raises(NumberProblem, match="must be at least 0, not -1") as info:
        whole_from_json(-1, limits.DAYS)
    assert info.value.code == "negative_value"
    with pytest.raises(NumberProblem, match="digits 0-9, not '-1'"):
        whole_from_text("-1", limits.DAYS)
    assert whole_from_text("-1", limits.DAYS, minimum=-5) == -1
    with pytest.raises(NumberProblem) as info:
        whole_from_json(True, limits.DAYS)
    assert info.value.message == "must be a whole number, not true"
    assert whole_from_cell("7", limits.DAYS) == 7


def test_real_inputs_are_within_every_limit_and_the_session_count_is_exact(datasets_dir):
    paths = [datasets_dir / "seed-campus", *sorted((datasets_dir / "itc2007-cbctt").glob("*.ctt"))]
    for path in paths:
        problem = load_any(path)[0]
        assert isinstance(problem, Problem)
        assert session_periods(problem) == sum(s.length for s in derive_sessions(problem)) > 0, path.name
