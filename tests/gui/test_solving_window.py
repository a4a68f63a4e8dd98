"""Solving from the main window on the demo: a stored run as one undo step,
invalid data never starts a worker, a killed worker leaves the data alone,
closing during a run leaves no process behind."""

from __future__ import annotations

import multiprocessing
import os
import signal
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from schedule_engine.model import Assignment, Group, Solution
from schedule_engine.project_store import Project
from schedule_engine.sessions import derive_sessions
from scheduler_gui.main_window import MainWindow
from shell_fixtures import isolated_settings  # noqa: F401
from test_solving_runner import RUN_TIMEOUT_MS, process_exists, wait_for_progress_with_score


@pytest.fixture
def window(qtbot, isolated_settings, demo_problem, monkeypatch):  # noqa: F811
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.replace_project(Project(problem=demo_problem), None)
    window.solving.solve_panel.time_limit.setValue(2.0)
    window.show()
    yield window
    window.solving.runner.shutdown()
    assert multiprocessing.active_children() == []


def test_solve_stores_the_run_and_applies_its_timetable_as_one_undo_step(qtbot, window):
    document = window.document
    assert document.solution is None
    with qtbot.waitSignal(window.solving.run_stored, timeout=RUN_TIMEOUT_MS) as stored:
        window.solve_action.trigger()
        assert not window.solve_action.isEnabled(), "no second run while the data is checked"
        qtbot.waitUntil(lambda: window.solving.runner.is_running, timeout=5000)
        assert window.stop_action.isEnabled() and not window.solve_action.isEnabled()
    record = stored.args[0]
    assert document.project.runs == (record,)
    assert document.project.active_run == record.id
    assert document.solution == record.solution
    assert len(record.solution.assignments) == len(derive_sessions(document.problem))
    assert window.solving.runs_panel.model.rowCount() == 1
    assert window.solving.solve_panel.plot.point_count > 0
    assert window.solve_action.isEnabled() and not window.stop_action.isEnabled()
    assert document.modified
    assert record.params["warm_start"] is False and record.params["time_limit"] == 2.0

    document.undo_stack.undo()
    assert document.project.runs == () and document.solution is None
    document.undo_stack.redo()
    assert document.project.runs == (record,) and document.solution == record.solution


def test_invalid_data_opens_diagnostics_and_starts_no_worker(qtbot, window, monkeypatch):
    problem = window.document.problem
    bad_group = Group("BAD", "Group with an unknown course", 10, ("NO_SUCH_COURSE",))
    window.document.replace_project(Project(problem=replace(problem, groups=problem.groups + (bad_group,))), None)
    window.diagnostics_panel.hide()
    started = []
    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start",
                        lambda self: started.append(self))
    with qtbot.waitSignal(window.solving.run_refused, timeout=2000) as refused:
        window.solve_action.trigger()
    assert refused.args[0] >= 1
    assert started == [] and multiprocessing.active_children() == []
    assert not window.solving.runner.is_running
    assert window.diagnostics_panel.isVisible()
    assert "error" in window.solving.solve_panel.status.text()


def test_a_killed_worker_reports_and_leaves_the_project_untouched(qtbot, window, monkeypatch):
    sessions = derive_sessions(window.document.problem)
    window.document.set_solution(Solution(tuple(Assignment(s.id) for s in sessions[:-1])
                                          + (Assignment(sessions[-1].id, 0, pin_time=True),)))
    before = window.document.project
    window.solving.solve_panel.time_limit.setValue(60.0)
    window.solve_action.trigger()
    wait_for_progress_with_score(qtbot, window.solving.runner)
    with qtbot.waitSignal(window.solving.runner.run_failed, timeout=10_000):
        os.kill(window.solving.runner.worker_pid, signal.SIGKILL)
    assert window.document.project == before
    assert "killed" in window.solving.solve_panel.status.text()
    assert window.solving.failure_box is not None
    window.solving.failure_box.close()
    assert window.solve_action.isEnabled()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_closing_during_a_run_asks_and_stops_the_worker(qtbot, window, monkeypatch, answer):
    window.solving.solve_panel.time_limit.setValue(60.0)
    window.solve_action.trigger()
    runner = window.solving.runner
    qtbot.waitUntil(lambda: runner.worker_pid is not None, timeout=RUN_TIMEOUT_MS)
    pid = runner.worker_pid
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[1]) or answer)
    closed = window.close()
    assert asked == ["Stop the run?"]
    if answer == QMessageBox.StandardButton.No:
        assert not closed and runner.is_running and process_exists(pid)
        return
    assert closed
    assert multiprocessing.active_children() == []
    assert not process_exists(pid)


def test_reoptimise_starts_from_the_current_timetable_and_keeps_pins(qtbot, window):
    window.solving.solve_panel.time_limit.setValue(1.0)
    with qtbot.waitSignal(window.solving.run_stored, timeout=RUN_TIMEOUT_MS):
        window.solve_action.trigger()
    document = window.document
    placed = [a for a in document.solution.assignments if a.placed]
    pinned = replace(placed[0], pin_time=True, pin_room=True)
    document.set_solution(replace(document.solution, assignments=tuple(
        pinned if a.session_id == pinned.session_id else a for a in document.solution.assignments)))
    with qtbot.waitSignal(window.solving.run_stored, timeout=RUN_TIMEOUT_MS) as stored:
        assert window.solving.reoptimise()
    record = stored.args[0]
    assert record.params["warm_start"] is True
    kept = record.solution.by_session()[pinned.session_id]
    assert (kept.slot, kept.room, kept.pin_time, kept.pin_room) == (pinned.slot, pinned.room, True, True)
    assert [r.name for r in document.project.runs] == ["Run 1", "Run 2"]


def test_the_timetable_view_asks_for_a_warm_run_and_shows_the_best_live(qtbot, window, monkeypatch):
    timetable = getattr(window, "timetable_widget", None)
    if timetable is None:
        pytest.skip("no timetable view in this build")
    sessions = derive_sessions(window.document.problem)
    window.document.set_solution(Solution(tuple(Assignment(s.id) for s in sessions)))
    started = []
    monkeypatch.setattr(window.solving.runner, "start",
                        lambda problem, options, initial=None, name="": started.append((options, initial)))
    timetable.reoptimise_requested.emit()
    qtbot.waitUntil(lambda: started != [], timeout=5000)
    options, initial = started[0]
    assert options["warm_start"] is True
    assert initial == timetable.current_solution()

    shown = []
    monkeypatch.setattr(timetable.state, "show_preview", shown.append)
    preview = Solution((Assignment(sessions[0].id, 0),))
    window.solving.runner.best_solution_changed.emit(preview)
    assert shown == [preview]


def _short_of_teachers(problem):
    """The demo with its instructor of most sole-taught periods away all week but four slots."""
    sole: dict[str, int] = {}
    for s in derive_sessions(problem):
        if len(s.candidate_instructors) == 1:
            sole[s.candidate_instructors[0]] = sole.get(s.candidate_instructors[0], 0) + s.length
    busy = max(sole, key=sole.get)
    away = frozenset(range(4, problem.time_grid.n_slots))
    return replace(problem, instructors=tuple(replace(x, unavailable=away) if x.id == busy else x
                                              for x in problem.instructors))


def test_demand_that_cannot_fit_can_be_solved_anyway_when_the_user_agrees(qtbot, window, monkeypatch):
    window.document.replace_project(Project(problem=_short_of_teachers(window.document.problem)), None)
    asked = []

    def agree(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", agree)
    with qtbot.waitSignal(window.solving.run_stored, timeout=RUN_TIMEOUT_MS) as stored:
        window.solve_action.trigger()
    record = stored.args[0]
    assert asked and asked[0][0] == "Solve anyway?" and "cannot fit" in asked[0][1]
    assert record.params["allow_shortfalls"] is True
    assert record.hard > 0, "what does not fit breaks a hard constraint"
    assert window.document.solution == record.solution


def test_leave_unplaced_puts_only_what_cannot_fit_in_the_tray(qtbot, window, monkeypatch):
    from schedule_engine.diagnostics import validate
    from schedule_engine.scoring import evaluate
    from scheduler_gui.settings import get_setting

    problem = _short_of_teachers(window.document.problem)
    window.document.replace_project(Project(problem=problem), None)
    window.solving.solve_panel.leave_unplaced.setChecked(True)
    assert get_setting("solve/leave_unplaced") is True, "the choice is remembered"
    # time for the run's later phases (it keeps to its limit: 2 s end after the first)
    window.solving.solve_panel.time_limit.setValue(8.0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.solving.run_stored, timeout=RUN_TIMEOUT_MS) as stored:
        window.solve_action.trigger()
    record = stored.args[0]
    assert record.params["allow_shortfalls"] is True and record.params["leave_unplaced"] is True
    hard = [v for v in evaluate(problem, record.solution).violations if v.level == "hard"]
    assert hard and {v.constraint for v in hard} == {"unplaced"}, [v.reason for v in hard]
    named = {s for d in validate(problem) if d.severity == "error" for s in d.sessions}
    assert {s for v in hard for s in v.sessions} <= named


def test_demand_that_cannot_fit_is_refused_when_the_user_declines(qtbot, window):
    # the fixture answers every question with Discard (not Yes)
    window.document.replace_project(Project(problem=_short_of_teachers(window.document.problem)), None)
    with qtbot.waitSignal(window.solving.run_refused, timeout=5000) as refused:
        window.solve_action.trigger()
    assert refused.args[0] >= 1
    assert not window.solving.runner.is_running and window.document.solution is None
