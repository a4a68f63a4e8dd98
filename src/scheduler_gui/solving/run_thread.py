"""The thread that owns one solver process: it starts the spawn-context worker,
relays the worker's queue as a Qt signal and ends the process, gently or not.

Every message carries the run id it belongs to, so the runner can drop the
late messages of an old run.  The thread always ends with one ``"result"``,
``"error"`` or ``"exit"`` message (the last one when the process died without
reporting), and it never leaves the process behind.
"""

from __future__ import annotations

import multiprocessing
import os
import queue as queue_module
import signal
import threading
import time

from PySide6.QtCore import QThread, Signal

from schedule_engine import problem_to_dict, solution_to_dict
from schedule_engine.model import Problem, Solution
from scheduler_gui.solving.worker import DEFAULT_SOLVE_PATH, run_worker
from scheduler_gui.gui_collector import collect_on_gui_thread

POLL_S = 0.05
STOP_GRACE_S = 1.5
TERMINATE_TIMEOUT_S = 1.0
KILL_TIMEOUT_S = 1.0
DRAIN_TIMEOUT_S = 0.5
FINAL_TYPES = ("result", "error", "exit")


class SolverProcessThread(QThread):
    message_received = Signal(int, object)
    """(run id, message): progress, started, result, error or exit."""

    def __init__(self, run_id: int, problem: Problem, initial: Solution | None, options: dict,
                 solve_path: str = DEFAULT_SOLVE_PATH, parent=None):
        super().__init__(parent)
        collect_on_gui_thread()  # the thread must not free the GUI's objects
        self.run_id = run_id
        self._problem = problem
        self._initial = initial
        self._options = dict(options)
        self._solve_path = solve_path
        self._stop_requested = threading.Event()
        self.pid: int | None = None
        self.process_started = threading.Event()

    def request_stop(self) -> None:
        """Ask the worker to stop (it keeps its best); force it after a grace period."""
        self._stop_requested.set()

    # -- the thread --------------------------------------------------------
    def run(self) -> None:
        context = multiprocessing.get_context("spawn")
        messages = context.Queue()
        stop_event = context.Event()
        try:
            args = (problem_to_dict(self._problem),
                    None if self._initial is None else solution_to_dict(self._initial),
                    self._options, messages, stop_event, self._solve_path)
            process = context.Process(target=run_worker, args=args, name="schedule-solver")
            process.start()
        except Exception as error:  # noqa: BLE001 - reported as the run's failure
            self._emit({"type": "error", "error_type": type(error).__name__,
                        "message": f"The solver could not be started: {error}", "traceback": ""})
            self.process_started.set()
            return
        self.pid = process.pid
        self.process_started.set()
        try:
            self._relay(process, messages, stop_event)
        finally:
            _end_process(process)
            messages.cancel_join_thread()
            messages.close()

    def _relay(self, process, messages, stop_event) -> None:
        stop_sent_at: float | None = None
        while True:
            if self._stop_requested.is_set() and stop_sent_at is None:
                stop_event.set()
                stop_sent_at = time.monotonic()
            try:
                message = messages.get(timeout=POLL_S)
            except queue_module.Empty:
                message = None
            except (EOFError, OSError):
                message = None
            if message is not None:
                self._emit(message)
                if message.get("type") in FINAL_TYPES:
                    return
                continue
            if not process.is_alive():
                final = self._drain(messages)
                if final is None:
                    process.join(KILL_TIMEOUT_S)
                    self._emit({"type": "exit", "exitcode": process.exitcode})
                return
            if stop_sent_at is not None and time.monotonic() - stop_sent_at > STOP_GRACE_S:
                _end_process(process, grace=0.0)
                final = self._drain(messages)
                if final is None:
                    self._emit({"type": "exit", "exitcode": process.exitcode, "forced": True})
                return

    def _drain(self, messages) -> dict | None:
        """Relay what the dead process left in the queue; its final message if any."""
        deadline = time.monotonic() + DRAIN_TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                message = messages.get(timeout=0.05)
            except (queue_module.Empty, EOFError, OSError):
                return None
            self._emit(message)
            if message.get("type") in FINAL_TYPES:
                return message
        return None

    def _emit(self, message: dict) -> None:
        self.message_received.emit(self.run_id, message)


def _end_process(process, grace: float = STOP_GRACE_S) -> None:
    """Wait for ``process`` to end, then terminate, then kill it, each with a timeout;
    finally sweep its process group (the islands it may have started)."""
    process.join(grace)
    if process.is_alive():
        process.terminate()
        process.join(TERMINATE_TIMEOUT_S)
    if process.is_alive():
        process.kill()
        process.join(KILL_TIMEOUT_S)
    _kill_process_group(process.pid)


def _kill_process_group(pid: int | None) -> None:
    if pid is None or os.name != "posix":
        return
    try:
        if os.getpgid(pid) != pid:
            return
    except (ProcessLookupError, PermissionError):
        pass  # the leader is gone: its group may still hold children
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
