"""The solver worker killed with SIGKILL in the middle of a run started from the window,
while it runs two islands: the run is reported failed with the reason, the data and the
last timetable stay as they were, and once the window is closed the process table holds
no process of the run (neither the worker nor its islands)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from schedule_engine.model import Assignment, Solution
from schedule_engine.project_store import Project
from schedule_engine.sessions import derive_sessions
from scheduler_gui.main_window import MainWindow
from shell_fixtures import isolated_settings  # noqa: F401
from test_solving_runner import RUN_TIMEOUT_MS

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process table in /proc")


def process_table() -> list[tuple[int, int, int, str]]:
    """(pid, parent pid, process group, state) of every process, from /proc."""
    rows = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # ended while the table was read
        fields = stat.rsplit(")", 1)[1].split()
        rows.append((int(entry.name), int(fields[1]), int(fields[2]), fields[0]))
    return rows


def run_processes(worker_pid: int) -> list[tuple[int, int, int, str]]:
    """Live processes that belong to the run: the worker's process group, or any
    descendant of this test process (zombies count as gone; see :func:`is_resource_tracker`)."""
    table = process_table()
    parents = {pid: ppid for pid, ppid, _group, _state in table}

    def descends_from_us(pid: int) -> bool:
        seen = set()
        while pid in parents and pid not in seen:
            seen.add(pid)
            pid = parents[pid]
            if pid == os.getpid():
                return True
        return False

    return [row for row in table if row[3] != "Z" and (row[2] == worker_pid or descends_from_us(row[0]))
            and not is_resource_tracker(row[0])]


def is_resource_tracker(pid: int) -> bool:
    """Python's multiprocessing helper, started once for the whole application (not for a
    run) and ending with it."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"multiprocessing.resource_tracker" in command


@pytest.fixture
def window(qtbot, isolated_settings, demo_problem, monkeypatch):  # noqa: F811
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.replace_project(Project(problem=demo_problem), None)
    window.show()
    yield window
    window.solving.runner.shutdown()


@pytest.mark.slow
def test_a_worker_killed_mid_run_fails_the_run_and_leaves_no_process(qtbot, window):
    document = window.document
    sessions = derive_sessions(document.problem)
    last = Solution(tuple(Assignment(s.id) for s in sessions[:-1]) + (Assignment(sessions[-1].id, 0, pin_time=True),))
    document.set_solution(last)
    before, undo_steps = document.project, document.undo_stack.count()
    panel, runner = window.solving.solve_panel, window.solving.runner
    panel.time_limit.setValue(120.0)
    panel.cores.setValue(2)
    islands: list[dict] = []
    runner.progress_changed.connect(lambda event: islands.append(event) if "island" in event else None)
    window.solve_action.trigger()
    qtbot.waitUntil(lambda: len({e["island"] for e in islands}) == 2, timeout=RUN_TIMEOUT_MS)
    worker = runner.worker_pid
    assert len(run_processes(worker)) >= 3, "the worker and its two islands are running"

    with qtbot.waitSignal(runner.run_failed, timeout=15_000) as failed:
        os.kill(worker, signal.SIGKILL)
    message, details = failed.args
    assert message == "The solver process was killed (SIGKILL); no timetable was kept."
    assert details == "The process ended on signal 9 (SIGKILL) without a result."
    assert "killed" in panel.status.text()
    assert not runner.is_running and window.solve_action.isEnabled()
    assert document.project == before and document.solution == last
    assert document.undo_stack.count() == undo_steps and document.project.runs == ()
    if window.solving.failure_box is not None:
        window.solving.failure_box.close()

    assert window.close()
    qtbot.waitUntil(lambda: run_processes(worker) == [], timeout=10_000)
    assert multiprocessing.active_children() == []
