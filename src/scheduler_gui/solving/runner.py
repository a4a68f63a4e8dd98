"""SolverRunner: one solver run at a time, in a separate process behind a QThread.

Widgets only see its signals.  Each run gets a new id; messages of an older
run (still arriving while its thread winds down) are dropped, and the old
thread's signal is disconnected before a new run starts.
"""

from __future__ import annotations

import signal
import time
from datetime import datetime, timezone

from PySide6.QtCore import QObject, Signal

from schedule_engine import solution_from_dict
from schedule_engine.model import Problem, Solution
from schedule_engine.project_store import RunRecord, new_run_id, utc_now_iso
from scheduler_gui.solving.run_thread import SolverProcessThread
from scheduler_gui.solving.worker import DEFAULT_SOLVE_PATH

SHUTDOWN_TIMEOUT_MS = 6000
"""Longest wait for a thread to end its process: grace + terminate + kill."""


class SolverRunner(QObject):
    run_started = Signal()
    progress_changed = Signal(object)
    """A progress event of the engine (see ``schedule_engine.solver.solve``)."""
    best_solution_changed = Signal(object)
    """A :class:`Solution`: the best so far, at most about once a second."""
    run_finished = Signal(object)
    """A :class:`RunRecord` (status feasible, infeasible or stopped)."""
    run_failed = Signal(str, str)
    """(message, details) when the run ended without a timetable."""
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, solve_path: str = DEFAULT_SOLVE_PATH):
        super().__init__(parent)
        self.solve_path = solve_path
        self._run_id = 0
        self._thread: SolverProcessThread | None = None
        self._old_threads: list[SolverProcessThread] = []
        self._running = False
        self._problem: Problem | None = None
        self._options: dict = {}
        self._name = ""
        self._created = ""
        self.last_progress: dict | None = None
        self._best_assignments: dict | None = None
        self._best_score: dict | None = None

    # -- state -------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def worker_pid(self) -> int | None:
        return self._thread.pid if self._thread is not None else None

    @property
    def run_id(self) -> int:
        return self._run_id

    # -- control -----------------------------------------------------------
    def start(self, problem: Problem, options: dict, initial: Solution | None = None,
              name: str = "") -> bool:
        """Start a run; False (and nothing started) when one is going on."""
        if self._running:
            return False
        self._retire_thread()
        self._run_id += 1
        self._problem = problem
        self._options = dict(options)
        self._name = name or f"Run {self._run_id}"
        self._created = utc_now_iso()
        self.last_progress = None
        self._best_assignments = None
        self._best_score = None
        # the time limit counts from now: the worker's start-up is inside it (not stored with the run)
        asked = {**self._options, "started": time.time()}
        thread = SolverProcessThread(self._run_id, problem, initial, asked, self.solve_path)
        thread.message_received.connect(self._on_thread_message_received)
        self._thread = thread
        self._set_running(True)
        thread.start()
        self.run_started.emit()
        return True

    def stop(self) -> None:
        """Ask the run to stop; it finishes with the best timetable found so far."""
        if self._running and self._thread is not None:
            self._thread.request_stop()

    def shutdown(self, timeout_ms: int = SHUTDOWN_TIMEOUT_MS) -> bool:
        """Stop any run and wait until its process has ended (window closing).

        Signals of the run are dropped.  True when every thread ended in time.
        """
        if self._thread is not None:
            self._thread.request_stop()
        self._retire_thread()
        self._set_running(False)
        ended = True
        for thread in list(self._old_threads):
            thread.request_stop()
            ended = thread.wait(timeout_ms) and ended
        return ended

    # -- messages from the thread -----------------------------------------
    def _on_thread_message_received(self, run_id: int, message: dict) -> None:
        if run_id != self._run_id or not self._running:
            return
        kind = message.get("type")
        if kind == "progress":
            self._on_progress(message)
        elif kind == "result":
            self._on_result(message)
        elif kind == "error":
            self._fail(f"The solver stopped with an error: {message.get('message', '')}",
                       f"{message.get('error_type', '')}: {message.get('message', '')}\n\n"
                       f"{message.get('traceback', '')}".strip())
        elif kind == "exit":
            if message.get("forced") and self._best_assignments is not None:
                self._finish_from_last_best(message)
            else:
                self._fail(*_exit_reason(message.get("exitcode"), bool(message.get("forced"))))

    def _on_progress(self, message: dict) -> None:
        assignments = message.pop("assignments", None)
        self.last_progress = message
        self.progress_changed.emit(message)
        if assignments is not None and self._problem is not None:
            self._best_assignments = assignments
            self._best_score = message  # the score of exactly that timetable
            try:
                solution = solution_from_dict(assignments, n_slots=self._problem.time_grid.n_slots)
            except Exception:  # noqa: BLE001 - a live preview is optional
                return
            self.best_solution_changed.emit(solution)

    def _on_result(self, message: dict) -> None:
        status = str(message.get("status", ""))
        if status == "invalid_input":
            details = "\n".join(message.get("diagnostics") or [])
            self._fail("The data has errors; see the Diagnostics panel.", details)
            return
        try:
            record = self._run_record(message)
        except Exception as error:  # noqa: BLE001 - a bad result is a failed run
            self._fail(f"The solver's result could not be read: {error}", repr(message)[:2000])
            return
        self._set_running(False)
        self.run_finished.emit(record)

    def _run_record(self, message: dict) -> RunRecord:
        assert self._problem is not None
        stats = dict(message.get("stats") or {})
        solution = solution_from_dict(message["solution"], n_slots=self._problem.time_grid.n_slots)
        seed = stats.get("seed", self._options.get("seed"))
        params = {k: v for k, v in self._options.items() if _is_json_value(v)}
        params["seed"] = seed
        return RunRecord(
            id=new_run_id(), name=self._name, created=self._created, finished=utc_now_iso(),
            status=str(message["status"]), params=params,
            seed=None if seed is None else int(seed),
            elapsed_s=float(stats.get("elapsed", _seconds_since(self._created))),
            hard=int(message["hard"]), soft=int(message["soft"]),
            breakdown=dict(message.get("breakdown") or {}), solution=solution,
            engine_version=str(stats.get("engine_version", "")),
        )

    def _finish_from_last_best(self, exit_message: dict) -> None:
        """Stop was asked for but the worker did not answer in time (e.g. while
        compiling) and was ended: keep the best timetable it had reported."""
        score = self._best_score or {}
        self._on_result({
            "type": "result", "status": "stopped", "solution": self._best_assignments,
            "hard": score.get("hard", 0), "soft": score.get("soft", 0),
            "breakdown": score.get("breakdown") or {},
            "stats": {"elapsed": score.get("elapsed", _seconds_since(self._created)),
                      "seed": self._options.get("seed"),
                      "ended": f"forced (exit code {exit_message.get('exitcode')})"},
        })

    def _fail(self, text: str, details: str) -> None:
        self._set_running(False)
        self.run_failed.emit(text, details)

    # -- helpers -----------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.running_changed.emit(running)

    def _retire_thread(self) -> None:
        """Disconnect the current thread; keep it alive until it has ended."""
        thread = self._thread
        self._thread = None
        self._old_threads = [t for t in self._old_threads if t.isRunning()]
        if thread is None:
            return
        try:
            thread.message_received.disconnect(self._on_thread_message_received)
        except (RuntimeError, TypeError):
            pass
        if thread.isRunning():
            self._old_threads.append(thread)


def _exit_reason(exitcode: int | None, forced: bool) -> tuple[str, str]:
    if forced:
        return ("The solver did not stop in time and was ended; no timetable was kept.",
                f"Exit code {exitcode}.")
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return (f"The solver process was killed ({name}); no timetable was kept.",
                f"The process ended on signal {-exitcode} ({name}) without a result.")
    return (f"The solver process ended unexpectedly (exit code {exitcode}); no timetable was kept.",
            f"The process exited with code {exitcode} without a result.")


def _is_json_value(value: object) -> bool:
    if value is None or isinstance(value, (bool, int, float, str)):
        return True
    if isinstance(value, (list, tuple)):
        return all(_is_json_value(v) for v in value)
    return False


def _seconds_since(iso: str) -> float:
    try:
        start = datetime.fromisoformat(iso)
    except ValueError:
        return 0.0
    return max(0.0, (datetime.now(timezone.utc) - start).total_seconds())
