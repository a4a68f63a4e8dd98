"""SolverRunner with the real solver on the demo: progress and a finished run,
stop keeps the best, a killed worker fails cleanly, shutdown leaves no process."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys

import pytest
from PySide6.QtCore import QObject, Signal

from schedule_engine.project_store import RunRecord
from schedule_engine.sessions import derive_sessions
from scheduler_gui.solving.runner import SolverRunner

RUN_TIMEOUT_MS = 120_000
"""Generous: the first solve after a change of the engine compiles its numba kernels."""


def process_exists(pid: int) -> bool:
    """True while ``pid`` is a live (not zombie) process."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.fixture
def runner(qtbot):
    runner = SolverRunner()
    yield runner
    assert runner.shutdown()
    assert multiprocessing.active_children() == []


def wait_for_progress_with_score(qtbot, runner: SolverRunner) -> dict:
    events: list[dict] = []
    runner.progress_changed.connect(events.append)
    qtbot.waitUntil(lambda: any("hard" in e for e in events), timeout=RUN_TIMEOUT_MS)
    return next(e for e in events if "hard" in e)


def test_a_short_solve_reports_progress_and_finishes_with_a_run(qtbot, runner, demo_problem):
    events: list[dict] = []
    runner.progress_changed.connect(events.append)
    with qtbot.waitSignal(runner.run_finished, timeout=RUN_TIMEOUT_MS) as finished:
        assert runner.start(demo_problem, {"time_limit": 2.0, "seed": 7, "workers": 1}, name="First")
        assert not runner.start(demo_problem, {"time_limit": 2.0}), "one run at a time"
    record = finished.args[0]
    assert isinstance(record, RunRecord)
    assert record.name == "First" and record.seed == 7
    assert record.status in ("feasible", "infeasible")
    assert record.params["time_limit"] == 2.0
    assert sum(record.breakdown.values()) >= record.hard
    assert len(record.solution.assignments) == len(derive_sessions(demo_problem))
    assert "construct" in {e["phase"] for e in events}
    assert any("hard" in e and "soft" in e for e in events)
    assert all(0.0 <= e.get("fraction", 0.0) <= 1.0 for e in events)
    assert not runner.is_running


def test_stop_keeps_the_best_timetable_found_so_far(qtbot, runner, demo_problem):
    runner.start(demo_problem, {"time_limit": 60.0, "workers": 1})
    wait_for_progress_with_score(qtbot, runner)
    with qtbot.waitSignal(runner.run_finished, timeout=5000) as finished:
        runner.stop()
    record = finished.args[0]
    assert record.status == "stopped"
    assert record.elapsed_s < 30
    session_ids = {s.id for s in derive_sessions(demo_problem)}
    assert {a.session_id for a in record.solution.assignments} == session_ids


def test_a_killed_worker_becomes_a_failed_run(qtbot, runner, demo_problem):
    finished: list[RunRecord] = []
    runner.run_finished.connect(finished.append)
    runner.start(demo_problem, {"time_limit": 60.0, "workers": 1})
    wait_for_progress_with_score(qtbot, runner)
    pid = runner.worker_pid
    assert pid is not None and process_exists(pid)
    with qtbot.waitSignal(runner.run_failed, timeout=10_000) as failed:
        os.kill(pid, signal.SIGKILL)
    message, details = failed.args
    assert "killed" in message and "SIGKILL" in message
    assert "signal 9" in details
    assert finished == []
    assert not runner.is_running


def test_shutdown_during_a_run_leaves_no_process(qtbot, runner, demo_problem):
    runner.start(demo_problem, {"time_limit": 60.0, "workers": 1})
    qtbot.waitUntil(lambda: runner.worker_pid is not None, timeout=RUN_TIMEOUT_MS)
    pid = runner.worker_pid
    assert runner.shutdown()
    assert multiprocessing.active_children() == []
    assert not process_exists(pid)
    assert not runner.is_running


def test_messages_of_an_old_run_are_ignored(qtbot, runner, demo_problem):
    runner.start(demo_problem, {"time_limit": 60.0, "workers": 1})
    old_id = runner.run_id
    progress: list[dict] = []
    runner.progress_changed.connect(progress.append)
    runner._on_thread_message_received(old_id - 1, {"type": "progress", "phase": "evolve"})
    runner._on_thread_message_received(old_id - 1, {"type": "exit", "exitcode": 1})
    assert progress == [] and runner.is_running


class _Emitter(QObject):
    fired = Signal(object)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12 on")
def test_signal_emit_keeps_the_reference_count_of_true(qapp):
    """PySide6 6.12.0 drops a reference to True on every emit(): long runs crash."""
    emitter = _Emitter()
    emitter.fired.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.fired.emit({"improved": True})
    assert abs(sys.getrefcount(True) - before) < 50


def deaf_solve(problem, options, *, initial=None, progress=None, stop=None):
    """A stand-in engine that reports one timetable, then never looks at stop()."""
    import time

    from schedule_engine.io.engine_json import solution_to_dict
    from schedule_engine.model import Assignment, Solution

    best = Solution(tuple(Assignment(s.id) for s in derive_sessions(problem)))
    progress({"phase": "construct", "elapsed": 0.1, "hard": 5, "soft": 9, "improved": True,
              "breakdown": {"unplaced": 5}, "assignments": solution_to_dict(best)})
    time.sleep(60)


def test_a_worker_deaf_to_stop_is_ended_and_its_last_best_kept(qtbot, demo_problem):
    runner = SolverRunner(solve_path=f"{__name__}:deaf_solve")
    try:
        with qtbot.waitSignal(runner.best_solution_changed, timeout=RUN_TIMEOUT_MS):
            runner.start(demo_problem, {"time_limit": 60.0})
        with qtbot.waitSignal(runner.run_finished, timeout=10_000) as finished:
            runner.stop()
        record = finished.args[0]
        assert record.status == "stopped"
        assert (record.hard, record.soft, record.breakdown) == (5, 9, {"unplaced": 5})
        assert len(record.solution.assignments) == len(derive_sessions(demo_problem))
    finally:
        assert runner.shutdown()
    assert multiprocessing.active_children() == []
