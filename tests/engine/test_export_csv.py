"""CSV export reads back to the timetable entries."""

from __future__ import annotations

import csv

from export_samples import PLACEMENT, random_solution, sample_problem, sample_solution

from schedule_engine.export.csv_export import TIMETABLE_COLUMNS, export_csv
from schedule_engine.export.views import timetable_entries


def _read(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_reads_back_equal_to_entries(tmp_path):
    problem, solution = sample_problem(), sample_solution()
    result = export_csv(problem, solution, tmp_path)
    assert result.warnings == []
    rows = _read(tmp_path / "timetable.csv")
    assert list(rows[0].keys()) == list(TIMETABLE_COLUMNS)
    assert list(TIMETABLE_COLUMNS[:8]) == ["course", "type", "groups", "instructor", "room", "day", "start", "end"]
    entries = timetable_entries(problem, solution)
    assert len(rows) == len(entries) == len(PLACEMENT)
    for row, entry in zip(rows, entries):
        assert (row["course"], row["type"], row["groups"], row["instructor"], row["room"]) == (
            entry.course_id, entry.session_type, "+".join(entry.groups), entry.instructor_id, entry.room_id)
        assert (row["day"], row["start"], row["end"], row["session_id"]) == (
            entry.day_name, entry.start_time, entry.end_time, entry.session_id)
        assert row["title"] == entry.course_title
    joint = next(r for r in rows if r["course"] == "C2")
    assert joint["groups"] == "G1+G2" and joint["title"] == "Maths & Logic"
    assert _read(tmp_path / "unplaced.csv") == []


def test_csv_of_partial_timetable_lists_unplaced(tmp_path):
    problem = sample_problem()
    result = export_csv(problem, sample_solution(skip=("C1|practical|G1b|0",)), tmp_path)
    assert result.warnings == ["Not placed: C1 practical, G1b, block 1 (2 periods)"]
    assert len(_read(tmp_path / "timetable.csv")) == len(PLACEMENT) - 1
    (missing,) = _read(tmp_path / "unplaced.csv")
    assert (missing["course"], missing["groups"], missing["periods"], missing["session_id"]) == (
        "C1", "G1b", "2", "C1|practical|G1b|0")


def test_csv_of_empty_timetable(tmp_path):
    result = export_csv(sample_problem(), None, tmp_path)
    assert _read(tmp_path / "timetable.csv") == []
    assert (tmp_path / "timetable.csv").read_text(encoding="utf-8").startswith("course,type,groups,")
    assert {r["session_id"] for r in _read(tmp_path / "unplaced.csv")} == set(PLACEMENT)
    assert len(result.warnings) == len(PLACEMENT)


def test_csv_of_a_random_demo_timetable_reads_back(demo_problem, tmp_path):
    from schedule_engine.export.csv_export import entry_row

    solution = random_solution(demo_problem, seed=3)
    result = export_csv(demo_problem, solution, tmp_path)
    rows = _read(tmp_path / "timetable.csv")
    assert rows == [entry_row(e) for e in timetable_entries(demo_problem, solution)]
    assert len(_read(tmp_path / "unplaced.csv")) == len(result.warnings) > 0
