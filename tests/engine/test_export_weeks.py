"""Exports of a two-week (A/B) cycle: entries, CSV, XLSX, HTML and iCalendar.

The sample of :mod:`export_samples` on a grid with weeks A and B, its C1
practical taught fortnightly: G1a's practical in week A and G1b's in week B,
both on Tuesday P1-P2 in lab L1 with I2 (no clash: different weeks).
"""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from ab_samples import G1A, G1B, ab_problem, ab_solution
from dateutil.rrule import rrulestr
from export_samples import PLACEMENT, sample_problem
from icalendar import Calendar
from openpyxl import load_workbook

from schedule_engine.export.csv_export import export_csv
from schedule_engine.export.html_export import export_html
from schedule_engine.export.ics_export import export_ics
from schedule_engine.export.views import build_grid, entity_entries, find_entity, timetable_entries
from schedule_engine.export.xlsx_export import export_xlsx
from schedule_engine.model import Assignment, Solution

TERM_START = date(2026, 9, 2)  # a Wednesday: week A runs Wed 2 to Tue 8 September
TERM_END = date(2026, 12, 18)
STAMP = datetime(2026, 8, 1, 12, 0, tzinfo=timezone.utc)


def test_entries_carry_the_week_and_its_name():
    by_id = {e.session_id: e for e in timetable_entries(ab_problem(("Odd", "Even")), ab_solution())}
    assert (by_id[G1A].week, by_id[G1A].week_name) == (1, "Odd")
    assert (by_id[G1B].week, by_id[G1B].week_name) == (2, "Even")
    assert {(e.week, e.week_name) for sid, e in by_id.items() if sid not in (G1A, G1B)} == {(0, "")}


def test_fortnightly_session_without_a_week_is_read_as_the_first_week():
    by_id = {e.session_id: e for e in timetable_entries(ab_problem(), ab_solution({G1A: 0, G1B: 2}))}
    assert (by_id[G1A].week, by_id[G1B].week) == (1, 2)


def test_one_week_grid_has_no_weeks_even_with_a_week_in_the_assignment():
    entries = timetable_entries(ab_problem(()), ab_solution())
    assert {(e.week, e.week_name) for e in entries} == {(0, "")}


def test_grid_of_one_week_and_clashes_only_within_a_week():
    problem = ab_problem()
    entries = timetable_entries(problem, ab_solution())
    ref = find_entity(problem, "instructor", "I2")
    own = entity_entries(problem, entries, "instructor", "I2")
    both = build_grid(problem, ref, own)
    tuesday_p1 = both.at(1, 0)
    assert sorted(e.session_id for e in tuesday_p1) == [G1A, G1B]
    assert not both.is_clash(tuesday_p1)
    week_a, week_b = build_grid(problem, ref, own, week=1), build_grid(problem, ref, own, week=2)
    assert [e.session_id for e in week_a.at(1, 0)] == [G1A]
    assert [e.session_id for e in week_b.at(1, 0)] == [G1B]
    # the weekly C2 lecture (Mon P3) is in both weeks
    assert [e.course_id for e in week_a.at(0, 2)] == [e.course_id for e in week_b.at(0, 2)] == ["C2"]
    # a weekly session with a week-B one clashes
    weekly = replace(tuesday_p1[0], week=0, week_name="")
    assert both.is_clash([weekly, tuesday_p1[1]])


def test_csv_has_a_week_column_with_the_week_name(tmp_path):
    export_csv(ab_problem(), ab_solution(), tmp_path)
    with (tmp_path / "timetable.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["session_id"]: r for r in csv.DictReader(handle)}
    assert {sid: r["week"] for sid, r in rows.items()} == {sid: {G1A: "A", G1B: "B"}.get(sid, "") for sid in PLACEMENT}


def test_csv_of_a_one_week_grid_has_an_empty_week_column(tmp_path):
    export_csv(sample_problem(), ab_solution({}), tmp_path)
    with (tmp_path / "timetable.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(PLACEMENT) and {r["week"] for r in rows} == {""}


def test_xlsx_lists_the_week_and_marks_it_in_the_grid(tmp_path):
    export_xlsx(ab_problem(), ab_solution(), tmp_path)
    wb = load_workbook(tmp_path / "timetable.xlsx")
    ws = wb["All sessions"]
    header = [c.value for c in ws[1]]
    rows = {r[header.index("session_id")]: r[header.index("week")] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows[G1A] == "A" and rows[G1B] == "B" and rows["C2|lecture|G1+G2|0"] in (None, "")
    lab = wb["R L1"]
    text = lab.cell(row=3, column=4).value  # Tuesday P1
    assert "C1 practical · week A" in text and "C1 practical · week B" in text
    assert lab.cell(row=3, column=4).font.color is None or lab.cell(row=3, column=4).font.color.rgb != "00C00000"
    assert "Two-week cycle" in lab.cell(row=1, column=4).value


def test_html_page_shows_both_weeks(tmp_path):
    export_html(ab_problem(), ab_solution(), tmp_path)
    page = (tmp_path / "room-L1.html").read_text(encoding="utf-8")
    assert page.count('<table class="week">') == 2
    first, second = page.split("<h2>Week B</h2>")
    assert "<h2>Week A</h2>" in first
    assert "C1 practical · week A" in first and "week B" not in first
    assert "C1 practical · week B" in second and "C1 practical · week A" not in second
    assert "clash" not in page.split("<tbody>")[1]
    group = (tmp_path / "group-G1.html").read_text(encoding="utf-8")
    a, b = group.split("<h2>Week B</h2>")
    assert a.count("C2 lecture") == b.count("C2 lecture") == 1  # a weekly session is in both weeks


def test_html_of_a_one_week_grid_has_one_table(tmp_path):
    export_html(sample_problem(), ab_solution({}), tmp_path)
    page = (tmp_path / "room-L1.html").read_text(encoding="utf-8")
    assert page.count('<table class="week">') == 1 and "Week A" not in page


def _occurrences(event) -> list[date]:
    start = event.decoded("dtstart")
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    return [d.date() for d in rule]


def test_ics_repeats_fortnightly_sessions_every_other_week_from_the_right_week(tmp_path):
    export_ics(ab_problem(), ab_solution(), tmp_path, TERM_START, TERM_END, combined=True, stamp=STAMP)
    cal = Calendar.from_ical((tmp_path / "timetable.ics").read_bytes())
    events = {str(e["SUMMARY"]).split(" – ")[0]: e for e in cal.walk("VEVENT")}
    a, b = events["C1 practical (week A)"], events["C1 practical (week B)"]
    assert a["RRULE"]["FREQ"] == ["WEEKLY"] and a["RRULE"]["INTERVAL"] == [2]
    assert b["RRULE"]["INTERVAL"] == [2]
    tuesdays = [date(2026, 9, 8) + timedelta(weeks=k) for k in range(15)]  # 8 Sep .. 15 Dec
    assert _occurrences(a) == tuesdays[0::2]
    assert _occurrences(b) == tuesdays[1::2]
    assert _occurrences(a)[:3] == [date(2026, 9, 8), date(2026, 9, 22), date(2026, 10, 6)]
    assert _occurrences(b)[:2] == [date(2026, 9, 15), date(2026, 9, 29)]
    assert a.decoded("dtstart") == datetime(2026, 9, 8, 8, 0)
    # a weekly session keeps a weekly rule: every Monday from 7 September
    lecture = next(e for e in cal.walk("VEVENT") if str(e["SUMMARY"]).startswith("C2 lecture"))
    assert "INTERVAL" not in lecture["RRULE"]
    assert _occurrences(lecture) == [date(2026, 9, 7) + timedelta(weeks=k) for k in range(15)]
    assert "Every other week (week B)" in str(b["DESCRIPTION"])


def test_ics_of_a_one_week_grid_has_no_interval(tmp_path):
    export_ics(sample_problem(), ab_solution({}), tmp_path, TERM_START, TERM_END, combined=True, stamp=STAMP)
    text = (tmp_path / "timetable.ics").read_text(encoding="utf-8")
    assert "INTERVAL" not in text and "week" not in text.lower().replace("freq=weekly", "")


def test_reports_count_over_the_whole_cycle():
    from schedule_engine.export.reports import group_load, instructor_workload, room_utilisation

    problem, solution = ab_problem(), ab_solution()
    lab = next(r for r in room_utilisation(problem, solution) if r["room_id"] == "L1")
    # Tuesday: G1a's 2 periods in week A and G1b's 2 in week B; both weeks' periods are available
    assert lab["used_by_day"] == [0, 4, 0, 0, 0]
    assert lab["available_by_day"] == [8, 10, 10, 10, 8]  # Monday P1 closed for L1, Friday P5 for all
    assert (lab["used"], lab["available"]) == (4, 46)
    turing = next(r for r in instructor_workload(problem, solution) if r["instructor_id"] == "I2")
    # the weekly C2 lecture counts in both weeks, each practical in its own week
    assert (turing["periods_by_day"], turing["busiest_day"], turing["days"]) == ([2, 4, 0, 0, 0], 2, 2)
    g1a = next(r for r in group_load(problem, solution) if r["set_id"] == "G1a")
    assert g1a["periods_by_day"] == [4, 2, 2, 0, 0]
    assert (g1a["idle_gaps_by_day"], g1a["busiest_day"]) == ([2, 0, 0, 0, 0], 2)


def test_reports_of_a_one_week_grid_are_unchanged():
    from schedule_engine.export.reports import group_load, room_utilisation

    problem, solution = sample_problem(), ab_solution({})
    lab = next(r for r in room_utilisation(problem, solution) if r["room_id"] == "L1")
    assert (lab["used_by_day"], lab["available_by_day"]) == ([0, 2, 0, 0, 0], [4, 5, 5, 5, 4])
    g1a = next(r for r in group_load(problem, solution) if r["set_id"] == "G1a")
    assert (g1a["periods_by_day"], g1a["idle_gaps_by_day"]) == ([2, 2, 1, 0, 0], [1, 0, 0, 0, 0])


def test_an_unplaced_fortnightly_session_says_it_is_taught_every_other_week():
    from schedule_engine.export.views import unplaced_warnings

    solution = Solution(tuple(a if a.session_id != G1B else Assignment(G1B) for a in ab_solution().assignments))
    assert unplaced_warnings(ab_problem(), solution) == [
        "Not placed: C1 practical, G1b, block 1 (2 periods, every other week)"]
    assert unplaced_warnings(sample_problem(), solution) == ["Not placed: C1 practical, G1b, block 1 (2 periods)"]
