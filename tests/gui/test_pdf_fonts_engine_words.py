"""The window hands the engine its language: the diagnostics table shows the
engine's words in Spanish when the window speaks Spanish, and the report pages
of the PDF carry the engine's translated headings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from export_fixtures import small_problem, small_solution
from schedule_engine.errors import Diagnostic
from scheduler_gui.diagnostics_model import DiagnosticsModel
from scheduler_gui.export.pages import PrintOptions, ReportPage, WeekPage, plan_pages
from scheduler_gui.i18n.engine_words import engine_language

SHORTFALL = Diagnostic("error", "Needs 12 periods of teaching a week (C1 lecture) but at most 10 fit into its "
                       "free periods at the times these sessions can be taught.", "group G", "courses",
                       code="group_overload")


@pytest.fixture
def spanish(qapp):
    QLocale.setDefault(QLocale("es_ES"))
    yield qapp
    QLocale.setDefault(QLocale.c())


def test_english_by_default(qapp):
    assert engine_language() == "en"


def test_the_diagnostics_table_shows_the_engine_words_in_the_window_language(spanish, qtmodeltester):
    model = DiagnosticsModel()
    model.set_diagnostics([SHORTFALL])
    qtmodeltester.check(model)
    assert engine_language() == "es"
    display = [model.data(model.index(0, c), Qt.ItemDataRole.DisplayRole) for c in (1, 2, 3)]
    assert display == ["grupo G", "courses",
                       "Necesita 12 periodos de clase por semana (la clase teórica de C1) pero como mucho caben 10 "
                       "en sus periodos libres en las horas en que pueden impartirse estas sesiones."]
    tooltip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("error: grupo G, courses: Necesita 12 ")
    assert model.diagnostic(0) is SHORTFALL  # the engine's object itself stays English


def test_report_pages_and_not_placed_lines_in_spanish(spanish):
    pages = plan_pages(small_problem(), small_solution(skip=("CHEM|lecture|Y2|0",)),
                       PrintOptions(kinds=("group",), reports=True))
    titles = [p.table.title for p in pages if isinstance(p, ReportPage)]
    assert titles == ["Uso de aulas", "Uso por tipo de aula", "Carga docente", "Carga de los grupos",
                      "Sesiones sin colocar"]
    y2 = next(p for p in pages if isinstance(p, WeekPage) and p.grid.entity.id == "Y2")
    assert y2.not_placed == ["La clase teórica de CHEM, Y2, bloque 1 (1 periodo)"]
