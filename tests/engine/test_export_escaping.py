"""Exports are safe with hostile names: HTML shows markup as text, CSV and XLSX keep
formula-like texts as texts, iCalendar escapes commas, semicolons and new lines."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

from icalendar import Calendar
from openpyxl import load_workbook

from export_samples import sample_problem, sample_solution
from schedule_engine.export.csv_export import export_csv
from schedule_engine.export.html_export import export_html
from schedule_engine.export.ics_export import export_ics
from schedule_engine.export.presentation import csv_text
from schedule_engine.export.xlsx_export import export_xlsx
from schedule_engine.io import workbook

SCRIPT = "<script>alert(1)</script>"
IMAGE = '<img src=x onerror="alert(2)">'
FORMULAS = {"room": '=HYPERLINK("http://evil.example","x")', "instructor": "@SUM(1+1)",
            "title": "+cmd|' /C calc'!A0", "group": "-2+3"}
ICS_TITLE = "Physics, part 1; room\nB"


def hostile_problem():
    problem = sample_problem()
    rooms = (replace(problem.rooms[0], name=FORMULAS["room"]),) + problem.rooms[1:]
    instructors = (replace(problem.instructors[0], name=FORMULAS["instructor"]),) + problem.instructors[1:]
    groups = (replace(problem.groups[0], name=IMAGE), replace(problem.groups[1], name=FORMULAS["group"]))
    c1, c2, c3 = problem.courses
    courses = (replace(c1, title=SCRIPT), replace(c2, title=FORMULAS["title"]), replace(c3, title=ICS_TITLE))
    return replace(problem, name=f"{SCRIPT} & co", rooms=rooms, instructors=instructors, groups=groups,
                   courses=courses)


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_shows_every_hostile_name_as_text(tmp_path):
    export_html(hostile_problem(), sample_solution(), tmp_path)
    pages = sorted(tmp_path.glob("*.html"))
    assert len(pages) > 5
    seen = ""
    for page in pages:
        raw = page.read_text(encoding="utf-8")
        assert "<script" not in raw and "<img" not in raw, page.name
        parser = _Text()
        parser.feed(raw)
        assert not parser.tags & {"script", "img"}
        seen += "".join(parser.text)
    assert SCRIPT in seen and IMAGE in seen and f"{SCRIPT} & co" in seen
    group_page = (tmp_path / "group-G1.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in group_page
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in group_page


def test_csv_cells_starting_with_formula_characters_are_written_as_text(tmp_path):
    export_csv(hostile_problem(), sample_solution(skip=("C3|lecture|G2|0",)), tmp_path)
    with open(tmp_path / "timetable.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    cells = [value for row in rows for value in row.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert {row["room_name"] for row in rows if row["room"] == "R1"} == {"'" + FORMULAS["room"]}
    assert {row["instructor_name"] for row in rows if row["instructor"] == "I1"} == {"'" + FORMULAS["instructor"]}
    assert {row["title"] for row in rows if row["course"] == "C2"} == {"'" + FORMULAS["title"]}
    assert {row["title"] for row in rows if row["course"] == "C1"} == {SCRIPT}  # not formula-like: unchanged


def test_csv_text_rule():
    assert [csv_text(v) for v in ("=1", "+1", "-1", "@a", "\tx", "a=1", "", 5)] == \
        ["'=1", "'+1", "'-1", "'@a", "'\tx", "a=1", "", 5]


def test_xlsx_cells_starting_with_formula_characters_stay_text(tmp_path):
    export_xlsx(hostile_problem(), sample_solution(), tmp_path)
    book = load_workbook(tmp_path / "timetable.xlsx")
    formula_like = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@"):
                    assert cell.data_type == "s" and cell.quotePrefix, (sheet.title, cell.coordinate)
                    formula_like.append(cell.value)
    assert {FORMULAS["room"], FORMULAS["instructor"], FORMULAS["title"]} <= set(formula_like)
    flat = book["All sessions"]
    header = [c.value for c in flat[1]]
    titles = {row[header.index("course")]: row[header.index("title")] for row in flat.iter_rows(min_row=2, values_only=True)}
    assert titles["C2"] == FORMULAS["title"]  # the text itself, unchanged


def test_the_data_workbook_keeps_formula_like_names_as_text(tmp_path):
    problem = hostile_problem()
    path = tmp_path / "data.xlsx"
    workbook.write_workbook(path, problem)
    book = load_workbook(path)
    assert all(cell.data_type != "f" for sheet in book.worksheets for row in sheet.iter_rows() for cell in row)
    assert workbook.read_workbook(path) == problem


def test_icalendar_escapes_commas_semicolons_and_new_lines(tmp_path):
    export_ics(hostile_problem(), sample_solution(), tmp_path, date(2026, 9, 7), date(2026, 9, 20),
               combined=True)
    raw = (tmp_path / "timetable.ics").read_bytes().decode("utf-8")
    unfolded = raw.replace("\r\n ", "")
    assert "SUMMARY:C3 lecture – Physics\\, part 1\\; room\\nB\r\n" in unfolded
    assert "LOCATION:=HYPERLINK(\"http://evil.example\"\\,\"x\") (R1)" in unfolded
    events = [c for c in Calendar.from_ical(raw).walk("VEVENT")]
    summaries = {str(e["summary"]) for e in events}
    assert f"C3 lecture – {ICS_TITLE}" in summaries
    assert any(str(e["description"]).startswith(f"Instructor: {FORMULAS['instructor']}\nGroups:") for e in events)
