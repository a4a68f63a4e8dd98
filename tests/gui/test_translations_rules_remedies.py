"""The Rules page, the rule table, the remedies under a shortfall and the
constraint breakdown speak the window's language: the window's own words from
its .qm translation, the engine's (rule types, descriptions, changes) from the
engine's catalogue."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from schedule_engine.errors import Diagnostic
from schedule_engine.remedies import EntityEdit, Remedy
from schedule_engine.rule_data import Rule
from scheduler_gui.i18n.install import install_language
from scheduler_gui.i18n.languages import Language
from test_translations import clean_language  # noqa: F401

SPANISH = Language("es", "Español")
ARABIC = Language("ar", "العربية")


def _shortfall() -> Diagnostic:
    edit = EntityEdit("instructor", "T1", "unavailable", "open_slots", (1,), "available at Monday 09:00-09:50")
    remedy = Remedy("t1-open-time-x", "Open 1 period of instructor T1's time: Monday 09:00-09:50.", "open_time",
                    (edit,), "instructor_overload: instructor T1")
    return Diagnostic("error", "e", "instructor T1", "unavailable", code="instructor_overload", remedies=(remedy,))


@pytest.mark.parametrize("language, words", [
    (SPANISH, ["Solución", "Más tiempo", "docente T1",
               "Abrir 1 periodo en el tiempo del docente T1: lunes 09:00-09:50."]),
    (ARABIC, ["حل مقترح", "وقت إضافي", "المدرّس T1",
              "افتح فترة واحدة من وقت المدرّس T1: الاثنين 09:00-09:50."]),
])
def test_a_remedy_row_and_its_tooltip_in_the_window_language(clean_language, qtmodeltester,  # noqa: F811
                                                             language, words):
    from scheduler_gui.diagnostics_model import DiagnosticsModel

    install_language(clean_language, language)
    model = DiagnosticsModel()
    model.set_diagnostics([_shortfall()])
    qtmodeltester.check(model)
    top = model.index(0, 0)
    assert [model.index(0, c, top).data() for c in range(4)] == words
    tooltip = model.index(0, 0, top).data(Qt.ItemDataRole.ToolTipRole)
    english = ("Changes:", "available at", "Select it", "instructor")
    assert not any(word in tooltip for word in english), tooltip
    assert "T1" in tooltip and "09:00-09:50" in tooltip


def test_the_rule_type_help_in_spanish(clean_language):  # noqa: F811
    from scheduler_gui.editors.rules_page import type_help

    install_language(clean_language, SPANISH)
    text = type_help("min_periods_per_day")
    for words in ("Mín. periodos por día", "Cada periodo que falta por debajo del mínimo en un día cuenta uno.",
                  "Se aplica a", "docentes, grupos o subgrupos", "mínimo de periodos en un día con clase",
                  "se permiten días sin clase (por defecto sí)", "<code>allow_empty_days</code>"):
        assert words in text, words
    assert "Min periods per day" not in text and "teaching" not in text


@pytest.fixture
def spanish_rules(clean_language, qtbot):  # noqa: F811
    from scheduler_gui.document import Project, ProjectDocument
    from scheduler_gui.editors.rule_model import RuleTableModel
    from test_editors_data import make_problem

    install_language(clean_language, SPANISH)
    rules = (Rule("r1", "max_days_per_week", instructors=("I1",), params={"max_days": 2}, hard=False),
             Rule("r2", "min_periods_per_day", groups=("BCT1",), params={"min_periods": 2, "allow_empty_days": False}))
    document = ProjectDocument(Project(problem=replace(make_problem(), rules=rules)))
    return document, RuleTableModel(document)


def test_the_rule_table_names_types_and_flags_in_spanish_and_reads_them_back(spanish_rules, qtbot):
    document, model = spanish_rules
    type_column, params_column = model.column_of_key("type"), model.column_of_key("params")
    assert model.data(model.index(0, type_column)) == "Máx. días por semana"
    assert model.data(model.index(1, params_column)) == "min_periods=2; allow_empty_days=no"
    assert model.setData(model.index(1, type_column), "Máx. periodos por día")
    assert document.problem.rules[1].type == "max_periods_per_day"
    assert model.setData(model.index(1, type_column), "Min periods per day")  # the English name is read too
    assert document.problem.rules[1].type == "min_periods_per_day"
    level_column = model.column_of_key("level")
    assert [model.data(model.index(row, level_column)) for row in (0, 1)] == ["blanda", "dura"]
    assert model.setData(model.index(0, level_column), "Dura") and document.problem.rules[0].hard
    assert model.setData(model.index(0, level_column), "soft") and not document.problem.rules[0].hard


def test_a_refused_rule_edit_gives_the_engine_reason_in_spanish(spanish_rules, qtbot):
    document, model = spanish_rules
    with qtbot.waitSignal(model.edit_rejected, timeout=1000) as rejected:
        assert not model.setData(model.index(0, model.column_of_key("applies_to")), "instructor NOPE")
    message = rejected.args[0]
    assert "Docente desconocido 'NOPE'." in message, message
    assert "Unknown" not in message
    with qtbot.waitSignal(model.edit_rejected, timeout=1000) as rejected:
        assert not model.setData(model.index(0, model.column_of_key("level")), "quizás")
    assert "escriba dura o blanda, no 'quizás'." in rejected.args[0]


def test_the_breakdown_levels_in_spanish(clean_language):  # noqa: F811
    from scheduler_gui.solving.breakdown_model import BreakdownModel

    install_language(clean_language, SPANISH)
    model = BreakdownModel()
    levels = {model.index(row, 1).data() for row in range(model.rowCount())}
    assert levels == {"dura", "blanda"}
    tooltips = [model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount())]
    assert "Un aula no puede acoger dos sesiones a la vez." in tooltips


def test_printed_pages_name_kinds_types_and_overviews_in_spanish(clean_language):  # noqa: F811
    from export_fixtures import small_problem, small_solution
    from scheduler_gui.export.page_painter import printed_heading
    from scheduler_gui.export.pages import PrintOptions, WeekOverviewPage, WeekPage, plan_pages, short_type

    install_language(clean_language, SPANISH)
    pages = plan_pages(small_problem(), small_solution(), PrintOptions(kinds=("group", "room"), overview="week"))
    week_pages = [p for p in pages if isinstance(p, WeekPage)]
    assert {p.subtitle.split(" ")[0] for p in week_pages} == {"Grupo", "Aula"}
    overviews = [p.title for p in pages if isinstance(p, WeekOverviewPage)]
    assert "Vista de la semana: todos los grupos" in overviews
    entry = next(e for p in week_pages for e in p.grid.entries() if e.session_type == "lecture")
    assert printed_heading(entry) == f"{entry.course_id} teoría"
    assert short_type("practical") == "prác" and short_type("seminar") == "semi"


def test_report_pages_carry_their_note_and_subtitle_in_spanish(clean_language):  # noqa: F811
    from export_fixtures import small_problem, small_solution
    from scheduler_gui.export.pages import PrintOptions, ReportPage, plan_pages
    from scheduler_gui.export.report_painter import report_note

    install_language(clean_language, SPANISH)
    pages = [p for p in plan_pages(small_problem(), small_solution(), PrintOptions(kinds=("group",), reports=True))
             if isinstance(p, ReportPage)]
    room_use = next(p for p in pages if p.title == "Uso de aulas")
    assert room_use.subtitle == "Informe"
    assert report_note(room_use.title).startswith("Periodos usados / disponibles por día")
    assert all(report_note(p.title) for p in pages)  # every report has its note, in Spanish
    assert report_note("Room use").startswith("Periodos usados")
