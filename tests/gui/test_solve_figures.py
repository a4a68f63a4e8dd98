"""The Solve panel's figures and Breakdown describe the timetable on screen:
after "Use this timetable", its undo and redo, a deleted run, File > Close;
a run that ends worse than the timetable on screen is kept in Runs but does
not replace it, and a message offers to use it anyway."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "engine"))

from scoring_world import G2_MATHS, timetable, world  # noqa: E402

from schedule_engine.project_store import Project, RunRecord, new_run_id, utc_now_iso  # noqa: E402
from schedule_engine.scoring import evaluate  # noqa: E402
from scheduler_gui.main_window import MainWindow  # noqa: E402
from scheduler_gui.solving.run_commands import RunsStateCommand, with_run_deleted, with_run_used  # noqa: E402
from shell_fixtures import isolated_settings  # noqa: E402,F401

CLASH = timetable({G2_MATHS: (0, "R3", "I3")})  # maths on top of G2's lecture
"""A timetable with a hard violation (G2 in two places at once)."""


def record(name: str, solution, status: str = "feasible") -> RunRecord:
    ev = evaluate(world(), solution)
    return RunRecord(new_run_id(), name, utc_now_iso(), utc_now_iso(), status, {}, 1, 1.0,
                     ev.hard, ev.soft, dict(ev.breakdown), solution)


@pytest.fixture
def window(qtbot, isolated_settings, monkeypatch):  # noqa: F811
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def _figures(window) -> tuple[str, str]:
    f = window.solving.solve_panel.figures
    return f["hard"].text(), f["soft"].text()


def _wait_for(qtbot, window, solution) -> None:
    ev = evaluate(world(), solution)
    qtbot.waitUntil(lambda: _figures(window) == (str(ev.hard), str(ev.soft)), timeout=3000)
    model = window.solving.solve_panel.breakdown_model
    assert {c: model.value(c) for c in ev.breakdown} == dict(ev.breakdown)


def test_figures_follow_use_undo_redo_delete_and_close(qtbot, window):
    good, bad = record("Run 1", timetable()), record("Run 2", CLASH)
    assert good.hard == 0 and bad.hard > 0
    document = window.document
    document.replace_project(Project(world(), good.solution, runs=(good, bad), active_run=good.id), None)
    _wait_for(qtbot, window, good.solution)
    assert "Run 1" in window.solving.solve_panel.status.text()

    document.push(RunsStateCommand(document, "Use Run 2", with_run_used(document.project, bad.id)))
    _wait_for(qtbot, window, bad.solution)
    assert "Run 2" in window.solving.solve_panel.status.text()
    document.undo_stack.undo()
    _wait_for(qtbot, window, good.solution)
    document.undo_stack.redo()
    _wait_for(qtbot, window, bad.solution)

    document.push(RunsStateCommand(document, "Delete Run 2", with_run_deleted(document.project, bad.id)))
    _wait_for(qtbot, window, bad.solution)  # still the timetable on screen
    assert "Run 2" not in window.solving.solve_panel.status.text()

    window.close_action.trigger()  # File > Close: no figures from the closed project
    qtbot.waitUntil(lambda: _figures(window) == ("–", "–"), timeout=3000)
    model = window.solving.solve_panel.breakdown_model
    assert all(model.value(model.constraint_id(r)) is None for r in range(model.rowCount()))
    assert window.solving.solve_panel.plot.point_count == 0


def test_a_worse_run_is_kept_in_runs_and_offered_not_applied(qtbot, window):
    document = window.document
    document.replace_project(Project(world(), timetable()), None)
    _wait_for(qtbot, window, timetable())
    controller = window.solving
    controller._problem_at_start = document.problem
    worse = record("Run 1", CLASH, status="stopped")
    controller._on_runner_run_finished(worse)
    assert document.solution == timetable()
    assert document.project.runs == (worse,)
    box = controller.worse_box
    assert box is not None and box.isVisible()
    assert "was stopped early and ended worse" in box.text()
    assert controller.use_worse_button.text() == "Use Run 1 anyway"
    _wait_for(qtbot, window, timetable())
    controller.use_worse_button.click()
    assert document.solution == CLASH and document.project.active_run == worse.id
    _wait_for(qtbot, window, CLASH)


def test_a_better_run_replaces_the_timetable_on_screen(qtbot, window):
    document = window.document
    document.replace_project(Project(world(), CLASH), None)
    controller = window.solving
    controller._problem_at_start = document.problem
    better = record("Run 1", timetable())
    controller._on_runner_run_finished(better)
    assert document.solution == better.solution and controller.worse_box is None
    _wait_for(qtbot, window, better.solution)
