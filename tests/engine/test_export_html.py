"""HTML export: pages parse, links resolve on disk, text is escaped, blocks span rows."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from export_samples import PLACEMENT, random_solution, sample_problem, sample_solution

from schedule_engine.export.html_export import export_html
from schedule_engine.export.presentation import course_css_class


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.cells: list[dict] = []
        self.text: list[str] = []
        self.open_tags: list[str] = []
        self._cell: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "link") and "href" in attrs:
            self.links.append(attrs["href"])
        if tag not in ("br", "hr", "meta", "link"):
            self.open_tags.append(tag)
        if tag == "td":
            self._cell = {"rowspan": int(attrs.get("rowspan", 1)), "class": attrs.get("class", ""), "text": ""}
            self.cells.append(self._cell)

    def handle_endtag(self, tag):
        assert self.open_tags and self.open_tags[-1] == tag, f"unbalanced </{tag}>"
        self.open_tags.pop()
        if tag == "td":
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell["text"] += data


def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    assert parser.open_tags == [], f"{path.name}: unclosed {parser.open_tags}"
    return parser


def test_every_page_parses_and_every_link_exists(tmp_path):
    result = export_html(sample_problem(), sample_solution(), tmp_path)
    pages = [p for p in result.files if p.suffix == ".html"]
    assert {p.name for p in pages} >= {"index.html", "reports.html", "group-G1.html", "group-G2.html",
                                      "instructor-I1.html", "instructor-I3.html", "room-L1.html"}
    assert (tmp_path / "style.css").is_file()
    for page in pages:
        parser = _parse(page)
        assert "style.css" in parser.links
        for href in parser.links:
            assert "://" not in href and not href.startswith("/")
            assert (page.parent / href).is_file(), f"{page.name} links to missing {href}"
    index_links = set(_parse(tmp_path / "index.html").links)
    assert {"group-G1.html", "instructor-I2.html", "room-R2.html", "reports.html"} <= index_links
    assert "group-G1a.html" not in index_links  # subgroups are in their group's page


def test_text_is_escaped(tmp_path):
    export_html(sample_problem(), sample_solution(), tmp_path)
    raw = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "Sample &lt;College&gt; &amp; Co" in raw and "<College>" not in raw
    parser = _parse(tmp_path / "index.html")
    assert "Sample <College> & Co" in "".join(parser.text)
    group = (tmp_path / "group-G1.html").read_text(encoding="utf-8")
    assert "Maths &amp; Logic" in group


def test_week_table_uses_rowspan_for_blocks_and_course_colours(tmp_path):
    problem = sample_problem()
    export_html(problem, sample_solution(), tmp_path)
    cells = _parse(tmp_path / "room-L1.html").cells
    sessions = [c for c in cells if "session" in c["class"]]
    assert len(sessions) == 2 and all(c["rowspan"] == 2 for c in sessions)
    assert all(course_css_class("C1") in c["class"] for c in sessions)
    # 6 periods x 5 days = 30 slots; the two blocks cover 4 of them with 2 cells.
    assert sum(c["rowspan"] for c in cells) == 30
    css = (tmp_path / "style.css").read_text(encoding="utf-8")
    for course in problem.courses:
        assert f".{course_css_class(course.id)} " in css
    assert "@media print" in css


def test_partial_timetable_lists_unplaced_on_index_and_group_page(tmp_path):
    result = export_html(sample_problem(), sample_solution(skip=("C3|lecture|G2|0",)), tmp_path)
    assert result.warnings == ["Not placed: C3 lecture, G2, block 1 (1 period)"]
    index_text = "".join(_parse(tmp_path / "index.html").text)
    assert "5 of 6 sessions placed" in index_text and "C3 lecture, G2, block 1" in index_text
    assert "C3 lecture, G2, block 1" in "".join(_parse(tmp_path / "group-G2.html").text)
    assert "C3 lecture, G2" not in "".join(_parse(tmp_path / "group-G1.html").text)


def test_empty_timetable_site(tmp_path):
    result = export_html(sample_problem(), None, tmp_path)
    assert len(result.warnings) == len(PLACEMENT)
    text = "".join(_parse(tmp_path / "index.html").text)
    assert "0 of 6 sessions placed" in text
    for session_text in ("C1 practical, G1a, block 1", "C2 lecture, G1 + G2, block 1"):
        assert session_text in text
    assert not [c for c in _parse(tmp_path / "group-G1.html").cells if "session" in c["class"]]


def test_clashes_are_outlined_and_explained(tmp_path):
    from schedule_engine.model import Assignment, Solution

    solution = Solution((
        Assignment("C1|practical|G1a|0", 6, "L1", "I2"),
        Assignment("C1|practical|G1b|0", 6, "R2", "I1"),  # parallel subgroups: no clash
        Assignment("C1|lecture|G1|0", 13, "R1", "I1"),
        Assignment("C1|lecture|G1|1", 13, "R2", "I2"),  # the whole group twice: clash
    ))
    export_html(sample_problem(), solution, tmp_path)
    cells = [c for c in _parse(tmp_path / "group-G1.html").cells if "session" in c["class"]]
    clashing = [c for c in cells if "clash" in c["class"].split()]
    assert len(cells) == 2 and len(clashing) == 1
    assert clashing[0]["text"].count("C1 lecture") == 2
    assert "sessions that clash" in (tmp_path / "group-G1.html").read_text(encoding="utf-8")
    assert "sessions that clash" not in (tmp_path / "room-L1.html").read_text(encoding="utf-8")


def test_random_demo_site_links_resolve(demo_problem, tmp_path):
    result = export_html(demo_problem, random_solution(demo_problem, seed=5), tmp_path)
    pages = [p for p in result.files if p.suffix == ".html"]
    assert len(pages) == 2 + len(demo_problem.groups) + len(demo_problem.instructors) + len(demo_problem.rooms)
    for page in pages:
        for href in _parse(page).links:
            assert (tmp_path / href).is_file(), f"{page.name} links to missing {href}"


def test_the_site_speaks_the_language_asked_for(tmp_path):
    export_html(sample_problem(), sample_solution(skip=("C3|lecture|G2|0",)), tmp_path / "es", language="es")
    index = "".join(_parse(tmp_path / "es" / "index.html").text)
    assert "5 de 6 sesiones colocadas" in index and "Informes" in index and "Docentes" in index
    assert "La clase teórica de C3, G2, bloque 1 (1 periodo)" in index
    group = tmp_path / "es" / "group-G1.html"
    raw, text = group.read_text(encoding="utf-8"), "".join(_parse(group).text)
    assert '<html lang="es">' in raw and "Lunes" in text and "Monday" not in text
    assert "Grupo: " in text and "C1 prácticas" in text and "C1 practical" not in text
    assert "Sample <College> & Co" in text  # names in the data stay as typed
    reports = "".join(_parse(tmp_path / "es" / "reports.html").text)
    assert "Uso de aulas" in reports and "Room use" not in reports

    export_html(sample_problem(), sample_solution(), tmp_path / "ar", language="ar")
    raw = (tmp_path / "ar" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in raw and "كل الجداول" not in raw  # the index has no back link
    assert "كل الجداول" in (tmp_path / "ar" / "group-G1.html").read_text(encoding="utf-8")


def test_english_is_the_default_and_unchanged_by_the_language_layer(tmp_path):
    export_html(sample_problem(), sample_solution(), tmp_path / "default")
    export_html(sample_problem(), sample_solution(), tmp_path / "en", language="en")
    for page in ("index.html", "group-G1.html", "reports.html"):
        assert (tmp_path / "default" / page).read_text(encoding="utf-8") == \
            (tmp_path / "en" / page).read_text(encoding="utf-8")
    text = "".join(_parse(tmp_path / "en" / "group-G1.html").text)
    assert "Group: " in text and "Monday" in text and "C1 practical" in text
