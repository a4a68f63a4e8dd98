"""Load reports on the hand-made timetable of export_samples (numbers worked out by hand)."""

from __future__ import annotations

from export_samples import sample_problem, sample_solution

from schedule_engine.export.reports import (
    group_load,
    instructor_workload,
    report_tables,
    room_type_utilisation,
    room_utilisation,
)


def _by(rows, key):
    return {r[key]: r for r in rows}


def test_room_utilisation_exact():
    rooms = _by(room_utilisation(sample_problem(), sample_solution()), "room_id")
    # 5 teaching periods a day; Friday P5 closed; L1 closed Monday P1.
    assert rooms["R1"]["available_by_day"] == [5, 5, 5, 5, 4]
    assert rooms["L1"]["available_by_day"] == [4, 5, 5, 5, 4]
    assert rooms["R1"]["used_by_day"] == [2, 0, 1, 0, 0]  # Mon P1 + P3, Wed P2
    assert rooms["R2"]["used_by_day"] == [1, 0, 0, 0, 0]
    assert rooms["L1"]["used_by_day"] == [0, 4, 0, 0, 0]  # two 2-period practicals
    assert (rooms["R1"]["used"], rooms["R1"]["available"]) == (3, 24)
    assert rooms["L1"]["utilisation"] == 4 / 23


def test_room_type_utilisation_sums_its_rooms():
    types = _by(room_type_utilisation(sample_problem(), sample_solution()), "room_type")
    assert types["lecture"]["rooms"] == 2
    assert types["lecture"]["used_by_day"] == [3, 0, 1, 0, 0]
    assert types["lecture"]["available"] == 48
    assert types["lecture"]["utilisation"] == 4 / 48
    assert types["practical"]["used"] == 4 and types["practical"]["available"] == 23


def test_instructor_workload_exact():
    rows = _by(instructor_workload(sample_problem(), sample_solution()), "instructor_id")
    ada = rows["I1"]  # Mon P1 and P5 (gaps P2, P3, P4: the lunch break does not count), Wed P2
    assert ada["periods_by_day"] == [2, 0, 1, 0, 0]
    assert ada["idle_gaps_by_day"] == [3, 0, 0, 0, 0]
    assert (ada["sessions"], ada["periods"], ada["days"], ada["max_periods_per_day"]) == (3, 3, 2, 4)
    alan = rows["I2"]  # Mon P3; Tue P1-P2 and P4-P5 (gap P3)
    assert alan["periods_by_day"] == [1, 4, 0, 0, 0]
    assert alan["idle_gaps"] == 1 and alan["busiest_day"] == 4
    assert rows["I3"]["periods"] == 0 and rows["I3"]["idle_gaps"] == 0


def test_group_load_per_student_set():
    rows = {(r["group_id"], r["set_id"]): r for r in group_load(sample_problem(), sample_solution())}
    assert set(rows) == {("G1", "G1a"), ("G1", "G1b"), ("G2", "G2")}
    g1a = rows[("G1", "G1a")]  # Mon P1, P3 (gap P2); Tue P1-P2; Wed P2
    assert g1a["periods_by_day"] == [2, 2, 1, 0, 0] and g1a["idle_gaps_by_day"] == [1, 0, 0, 0, 0]
    assert g1a["sessions"] == 4
    g1b = rows[("G1", "G1b")]  # Mon P1, P3; Tue P4-P5; Wed P2
    assert g1b["periods_by_day"] == [2, 2, 1, 0, 0] and g1b["idle_gaps"] == 1
    g2 = rows[("G2", "G2")]  # Mon P3 and P5: gap P4 only (the break is not a gap)
    assert g2["periods_by_day"] == [2, 0, 0, 0, 0] and g2["idle_gaps"] == 1
    assert g2["max_periods_per_day"] == 5


def test_empty_timetable_reports_zero_use():
    problem = sample_problem()
    assert all(r["used"] == 0 for r in room_utilisation(problem, None))
    assert all(r["periods"] == 0 and r["idle_gaps"] == 0 for r in instructor_workload(problem, None))
    assert all(r["sessions"] == 0 for r in group_load(problem, None))


def test_report_tables_columns_match_rows():
    tables = report_tables(sample_problem(), sample_solution())
    assert [t.title for t in tables] == ["Room use", "Room type use", "Instructor load", "Group load"]
    for table in tables:
        assert all(len(row) == len(table.columns) for row in table.rows)
        for i in table.percent_columns:
            assert table.columns[i] == "Use"
    room_use = tables[0]
    r1 = next(row for row in room_use.rows if row[0] == "R1")
    assert r1[4:9] == ("2 / 5", "0 / 5", "1 / 5", "0 / 5", "0 / 4")
