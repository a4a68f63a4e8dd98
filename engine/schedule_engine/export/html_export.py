"""HTML export: a static, print-friendly site in one folder.

Files (all links relative, so the folder works opened from disk):

* ``index.html``: a summary, links to every group, instructor and room page,
  the reports page, and the list of sessions not placed;
* ``group-<id>.html``, ``instructor-<id>.html``, ``room-<id>.html``: the
  entity's week as a table (days as columns, one row per period, ``rowspan``
  for multi-period blocks), plus its sessions not placed; with a two-week
  cycle the page shows both weeks, one table each ("Week A", "Week B"), a
  session taught every week being in both;
* ``reports.html``: room use, room type use, instructor and group load;
* ``style.css``: shared styles, with one colour per course (stable by hash).

All text from the problem is escaped.  The site's own words, the day names and
the report headings are in the language asked for (``language``: one of the
engine's :data:`~schedule_engine.i18n.LANGUAGES`; English by default), and a
right-to-left language gets ``dir="rtl"``; the names in the data stay as typed.
"""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path

from schedule_engine.export.presentation import course_colour, course_css_class, safe_file_stem
from schedule_engine.export.reports import ReportTable, report_tables, room_utilisation
from schedule_engine.export.views import (
    ENTITY_KINDS,
    EntityRef,
    Entry,
    ExportResult,
    Grid,
    build_grid,
    describe_session,
    entities,
    entity_entries,
    entity_unplaced,
    timetable_entries,
    unplaced,
    unplaced_warnings,
)
from schedule_engine.export.words import ExportWords
from schedule_engine.model import Problem, Solution
from schedule_engine.sessions import Session

log = logging.getLogger(__name__)

KIND_TITLES = {"group": "Groups", "instructor": "Instructors", "room": "Rooms"}

BASE_CSS = """\
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; margin: 1.5em; color: #1a1a1a; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.5em; }
nav { margin-bottom: 1em; font-size: 0.95em; }
a { color: #1f4e9c; }
ul.links { columns: 3 14em; padding-left: 1.2em; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #999; padding: 0.25em 0.4em; vertical-align: top; }
th { background: #e6e6e6; }
table.week { width: 100%; table-layout: fixed; }
table.week th.time { width: 7.5em; text-align: left; white-space: nowrap; }
table.week td { height: 2.6em; font-size: 0.85em; }
table.week tr.break th, table.week tr.break td { background: #f0f0f0; height: 1em; }
td.session .code { font-weight: bold; display: block; }
td.session .line { display: block; }
td.pinned { border-left: 4px solid #444; }
.pin { font-weight: normal; font-size: 0.85em; color: #444; }
td.clash { outline: 3px solid #c00000; outline-offset: -3px; }
table.report td.num { text-align: right; }
p.warning { color: #8a0000; font-weight: bold; }
.muted { color: #666; }
@media print {
  nav { display: none; }
  body { margin: 0; }
  table { page-break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  @page { size: landscape; margin: 1cm; }
}
"""


class Words(ExportWords):
    """The site's words, with the ``<html>`` element's language attributes."""

    @property
    def html_attributes(self) -> str:
        code = self.language.replace("_", "-")
        return f'lang="{code}"' + (' dir="rtl"' if self.right_to_left else "")


def _page(words: Words, title: str, body: str, back_link: bool = True) -> str:
    nav = (f'<nav><a href="index.html">&larr; {escape(words("All timetables"))}</a> · '
           f'<a href="reports.html">{escape(words("Reports"))}</a></nav>\n') if back_link else ""
    return (
        f"<!DOCTYPE html>\n<html {words.html_attributes}>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{escape(title)}</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n"
        f"<body>\n{nav}{body}</body>\n</html>\n"
    )


def stylesheet(problem: Problem) -> str:
    """The shared CSS: base rules plus one background colour per course."""
    rules = [BASE_CSS]
    for course in problem.courses:
        rules.append(f".{course_css_class(course.id)} {{ background: {course_colour(course.id)}; }}")
    return "\n".join(rules) + "\n"


def _session_cell(words: Words, entries: tuple[Entry, ...], kind: str, rowspan: int, clash: bool) -> str:
    span = f' rowspan="{rowspan}"' if rowspan > 1 else ""
    classes = ["session", course_css_class(entries[0].course_id)]
    if clash:
        classes.append("clash")
    if any(e.pin_time or e.pin_room for e in entries):
        classes.append("pinned")
    parts = []
    for entry in entries:
        lines = "".join(f'<span class="line">{escape(line)}</span>' for line in words.details(entry, kind))
        pin = f' <span class="pin">{escape(words("(pinned)"))}</span>' if entry.pin_time or entry.pin_room else ""
        parts.append(f'<span class="code">{escape(words.heading(entry))}{pin}</span>{lines}')
    title = " / ".join(f"{e.course_id} {e.start_time}–{e.end_time}" for e in entries)
    return f'<td class="{" ".join(classes)}"{span} title="{escape(title)}">' + "<hr>".join(parts) + "</td>"


def week_table(grid: Grid, words: Words | None = None) -> str:
    """The week grid as an HTML table with one row per period and rowspans for blocks."""
    words = words or Words(None)
    kind = grid.entity.kind
    head = "".join(f"<th>{escape(words.day(day))}</th>" for day in grid.days)
    cells: dict[tuple[int, int], str] = {}
    for d in range(len(grid.days)):
        for run in grid.day_runs(d):
            if run.entries:
                cells[(run.start_period, d)] = _session_cell(words, run.entries, kind, run.length,
                                                             grid.is_clash(run.entries))
                for p in range(run.start_period + 1, run.start_period + run.length):
                    cells[(p, d)] = ""  # covered by the rowspan above
    rows = []
    for p, period in enumerate(grid.periods):
        label = escape(period.name or (words("Break") if period.is_break else str(p + 1)))
        time = f"{escape(period.start)}–{escape(period.end)}"
        tds = "".join(cells.get((p, d), "<td></td>") for d in range(len(grid.days)))
        css = ' class="break"' if period.is_break else ""
        rows.append(f'<tr{css}><th class="time">{label}<br><span class="muted">{time}</span></th>{tds}</tr>')
    return (f'<table class="week">\n<thead><tr><th class="time"></th>{head}</tr></thead>\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody>\n</table>\n")


def _unplaced_list(words: Words, sessions: list[Session], heading: str) -> str:
    if not sessions:
        return ""
    items = "".join(f"<li>{escape(words.unplaced(describe_session(s)))}</li>" for s in sessions)
    count = words.count("{n} not placed", "{n} not placed", len(sessions))
    return f'<h2>{escape(words(heading))}</h2>\n<p class="warning">{escape(count)}</p>\n<ul>{items}</ul>\n'


def report_table_html(table: ReportTable, words: Words | None = None) -> str:
    """One report as an HTML table (fractions shown as percentages)."""
    words = words or Words(None)
    table = words.table(table)
    head = "".join(f"<th>{escape(str(c))}</th>" for c in table.columns)
    rows = []
    for row in table.rows:
        tds = []
        for i, value in enumerate(row):
            text = f"{value:.1%}" if i in table.percent_columns else str(value)
            css = ' class="num"' if isinstance(value, (int, float)) else ""
            tds.append(f"<td{css}>{escape(text)}</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    body = "\n".join(rows) or (f'<tr><td colspan="{len(table.columns)}" class="muted">'
                                f'{escape(words("Nothing to report."))}</td></tr>')
    return (f"<h2>{escape(table.title)}</h2>\n<table class=\"report\">\n<thead><tr>{head}</tr></thead>\n"
            f"<tbody>\n{body}\n</tbody>\n</table>\n")


def _has_clash(grid: Grid) -> bool:
    return any(grid.is_clash(run.entries) for d in range(len(grid.days)) for run in grid.day_runs(d))


def week_grids(problem: Problem, entity: EntityRef, own: list[Entry],
               words: Words | None = None) -> list[tuple[str, Grid]]:
    """The tables of an entity's page: one for a one-week grid (no heading),
    one per week ("Week A", "Week B") for a two-week cycle."""
    words = words or Words(None)
    names = problem.time_grid.week_names
    if len(names) < 2:
        return [("", build_grid(problem, entity, own))]
    return [(words(f"Week {name}"), build_grid(problem, entity, own, week=w))
            for w, name in enumerate(names, start=1)]


def _entity_page(words: Words, problem: Problem, entity: EntityRef, own: list[Entry],
                 missing: list[Session]) -> str:
    grids = week_grids(problem, entity, own, words)
    note = (f'<p class="warning">{escape(words("Outlined in red: sessions that clash."))}</p>\n'
            if any(_has_clash(g) for _, g in grids) else "")
    if len(grids) > 1:
        note += ('<p class="muted">' + escape(words(
            "Two-week cycle: sessions marked with a week are taught every other week; the others every week "
            "(they appear in both tables).")) + "</p>\n")
    tables = "".join((f"<h2>{escape(title)}</h2>\n" if title else "") + week_table(g, words) for title, g in grids)
    placed = words.count("{n} session placed", "{n} sessions placed", len(own))
    body = (f"<h1>{escape(words.page_title(entity.kind, entity.label))}</h1>\n"
            f'<p class="muted">{escape(problem.name)} · {escape(placed)}</p>\n'
            + note + tables + _unplaced_list(words, missing, "Not placed"))
    return _page(words, f"{entity.label} – {problem.name}", body)


def _index_page(words: Words, problem: Problem, pages: dict[str, list[tuple[EntityRef, str]]],
                entries: list[Entry], missing: list[Session]) -> str:
    total = len(entries) + len(missing)
    room_rows = room_utilisation(problem, None, entries)
    used, available = sum(r["used"] for r in room_rows), sum(r["available"] for r in room_rows)
    facts = [words(f"{len(entries)} of {total} sessions placed"),
             words.count("{n} group", "{n} groups", len(problem.groups)),
             words.count("{n} instructor", "{n} instructors", len(problem.instructors)),
             words.count("{n} room", "{n} rooms", len(problem.rooms))]
    if available:
        facts.append(words(f"rooms in use {used / available:.0%} of their available periods"))
    summary = (f"<h1>{escape(problem.name)}</h1>\n<p>{' · '.join(escape(f) for f in facts)}"
               f" · <a href=\"reports.html\">{escape(words('Reports'))}</a></p>\n")
    if missing:
        below = words.count("{n} session not placed (listed below).", "{n} sessions not placed (listed below).",
                            len(missing))
        summary += f'<p class="warning">{escape(below)}</p>\n'
    sections = []
    for kind in ENTITY_KINDS:
        items = "".join(f'<li><a href="{escape(href)}">{escape(ref.label)}</a></li>' for ref, href in pages[kind])
        none = f"<li class=muted>{escape(words('none'))}</li>"
        sections.append(f"<h2>{escape(words(KIND_TITLES[kind]))}</h2>\n<ul class=\"links\">{items or none}</ul>\n")
    return _page(words, problem.name,
                 summary + "".join(sections) + _unplaced_list(words, missing, "Sessions not placed"), back_link=False)


def export_html(problem: Problem, solution: Solution | None, out_dir: Path,
                language: str | None = None) -> ExportResult:
    """Write the site into ``out_dir`` (created if needed), in ``language``; returns
    its files and warnings."""
    words = Words(language)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = timetable_entries(problem, solution)
    missing = unplaced(problem, solution)
    files: list[Path] = []

    def write(name: str, text: str) -> None:
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        files.append(path)

    taken = {"index", "reports", "style"}
    pages: dict[str, list[tuple[EntityRef, str]]] = {}
    for kind in ENTITY_KINDS:
        pages[kind] = []
        for ref in entities(problem, kind):
            href = safe_file_stem(f"{kind}-{ref.id}", taken) + ".html"
            own = entity_entries(problem, entries, kind, ref.id)
            write(href, _entity_page(words, problem, ref, own, entity_unplaced(problem, missing, kind, ref.id)))
            pages[kind].append((ref, href))

    reports = "".join(report_table_html(t, words) for t in report_tables(problem, solution, entries))
    write("reports.html", _page(words, words(f"Reports – {problem.name}"),
                                f"<h1>{escape(words(f'Reports: {problem.name}'))}</h1>\n" + reports))
    write("style.css", stylesheet(problem))
    write("index.html", _index_page(words, problem, pages, entries, missing))
    warnings = unplaced_warnings(problem, solution)
    log.info("HTML export to %s: %d files, %d warnings", out_dir, len(files), len(warnings))
    return ExportResult(files, warnings)
