"""PDF pages and overviews of a two-week (A/B) cycle mark the weeks."""

from __future__ import annotations

import sys
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "engine"))

from ab_samples import G1A, G1B, ab_problem, ab_solution  # noqa: E402
from export_samples import sample_problem  # noqa: E402

from schedule_engine.export.views import entity_grid  # noqa: E402
from scheduler_gui.export.page_frame import PageHeader  # noqa: E402
from scheduler_gui.export.page_painter import day_cards  # noqa: E402
from scheduler_gui.export.pages import PrintOptions  # noqa: E402
from scheduler_gui.export.pdf_export import export_pdf  # noqa: E402
from scheduler_gui.timetable.week_lanes import FIRST_HALF, SECOND_HALF, WHOLE  # noqa: E402

HEADER = PageHeader("Sample College", "Autumn term 2026", "2 September 2026")


def _pages_text(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def test_cards_of_both_weeks_sit_in_halves_without_a_clash():
    grid = entity_grid(ab_problem(), ab_solution(), "instructor", "I2")
    tuesday = {c.entry.session_id: (c.half, c.lane, c.lanes, c.clash) for c in day_cards(grid, 1)}
    assert tuesday == {G1A: (FIRST_HALF, 0, 1, False), G1B: (SECOND_HALF, 0, 1, False)}
    monday = day_cards(grid, 0)
    assert [(c.entry.course_id, c.half) for c in monday] == [("C2", WHOLE)]


def test_one_week_grid_cards_stay_whole():
    grid = entity_grid(sample_problem(), ab_solution({}), "room", "L1")
    assert {c.half for d in range(5) for c in day_cards(grid, d)} == {WHOLE}


def test_week_pages_and_overview_name_the_weeks(qapp, tmp_path: Path):
    path = tmp_path / "ab.pdf"
    export_pdf(ab_problem(), ab_solution(), path,
               PrintOptions(kinds=("room",), entity_ids={"room": ["L1"]}, overview="week", header=HEADER))
    lab, overview = _pages_text(path)
    assert "C1 prac · A" in lab and "C1 prac · B" in lab  # narrow half cards: the short heading
    assert "Two-week cycle: week A left, week B right" in lab
    assert "clash" not in lab
    assert "08:00 C1 prac [A] (G1a) · L1" in overview and "08:00 C1 prac [B] (G1b) · L1" in overview
    assert "[A] or [B]: that week only, the subgroup if only part of the group attends, room." in overview


def test_one_week_pages_say_nothing_of_weeks(qapp, tmp_path: Path):
    path = tmp_path / "one.pdf"
    export_pdf(sample_problem(), ab_solution({}), path,
               PrintOptions(kinds=("room",), entity_ids={"room": ["L1"]}, overview="week", header=HEADER))
    text = " ".join(_pages_text(path))
    assert "week A" not in text and "[A]" not in text and "Two-week" not in text
