"""The Reports dock shows the engine's load reports of the current timetable."""

from __future__ import annotations

import numpy as np
import pytest

from schedule_engine.compiled import compile_problem
from schedule_engine.export.reports import report_tables
from scheduler_gui.document import ProjectDocument
from scheduler_gui.reports import ReportsPanel
from scheduler_gui.reports.report_model import ReportTableModel


@pytest.fixture
def placed_document(demo_problem):
    from schedule_engine.project_store import Project

    cp = compile_problem(demo_problem)
    rng = np.random.default_rng(0)
    S = cp.n_sessions
    slot = np.array([rng.choice(np.flatnonzero(cp.start_ok[s])) for s in range(S)], np.int32)
    room = np.array([cp.candidate_rooms(s)[0] for s in range(S)], np.int32)
    instr = np.array([cp.candidate_instructors(s)[0] for s in range(S)], np.int32)
    solution = cp.decode(slot, room, instr)
    return ProjectDocument(Project(demo_problem, solution))


def test_report_model_passes_the_model_tester(qtmodeltester, demo_problem):
    table = report_tables(demo_problem, None)[0]
    qtmodeltester.check(ReportTableModel(table))


def test_panel_shows_every_report_with_the_engine_numbers(qtbot, placed_document):
    panel = ReportsPanel(placed_document, delay_ms=10)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.reports_updated, timeout=10_000):
        pass
    expected = report_tables(placed_document.problem, placed_document.solution)
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == [t.title for t in expected]
    for model, table in zip(panel.models, expected):
        assert model.rowCount() == len(table.rows)
        assert model.columnCount() == len(table.columns)
        first = model.data(model.index(0, 0))
        assert first == str(table.rows[0][0])
    room_use = panel.models[0]
    use_col = len(expected[0].columns) - 1
    assert room_use.data(room_use.index(0, use_col)).endswith("%")


def test_panel_follows_the_timetable(qtbot, placed_document):
    panel = ReportsPanel(placed_document, delay_ms=10)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.reports_updated, timeout=10_000):
        pass
    assert "placed" in panel.status.text() and "No sessions" not in panel.status.text()
    with qtbot.waitSignal(panel.reports_updated, timeout=10_000):
        placed_document.set_solution(None)
    assert "No sessions placed" in panel.status.text()
