"""What the solver process runs: :func:`run_worker`, a module-level function
that a spawn-context process can import.

The problem, the starting timetable and the options arrive as plain dicts (the
engine JSON form; the options as ``SolveOptions.to_dict``), progress leaves
through a queue as rate-limited ``ProgressEvent`` dicts, and
the run ends with exactly one message of type ``"result"`` or ``"error"``.
The function never raises: an engine error becomes an ``"error"`` message with
its type, message and traceback text.
"""

from __future__ import annotations

import importlib
import os
import time
import traceback
from typing import Any, Callable

from schedule_engine import (
    ASSIGNMENTS_INTERVAL_S,
    PROGRESS_INTERVAL_S,
    ProgressEvent,
    RateLimiter,
    SolveOptions,
    problem_from_dict,
    solution_from_dict,
    solution_to_dict,
)

DEFAULT_SOLVE_PATH = "schedule_engine.solver:solve"


class ProgressForwarder:
    """Puts progress events on the queue: at most one every ``interval`` seconds,
    plus every improvement and every change of phase; the best timetable's
    assignments at most once every ``assignments_interval`` seconds."""

    def __init__(self, put: Callable[[dict], None], interval: float = PROGRESS_INTERVAL_S,
                 assignments_interval: float = ASSIGNMENTS_INTERVAL_S,
                 clock: Callable[[], float] = time.monotonic):
        self._put = put
        self._events = RateLimiter(interval, clock)
        self._assignments = RateLimiter(assignments_interval, clock)
        self._phase: object = None

    def __call__(self, data: dict) -> None:
        event = ProgressEvent.from_dict(data)
        if not self._events.admit(event.improved or event.phase != self._phase):
            return
        self._phase = event.phase
        if event.assignments is not None and not self._assignments.admit():
            event = event.with_changes(assignments=None)
        self._put({**event.to_dict(), "type": "progress"})


def load_solve_function(path: str) -> Callable[..., Any]:
    """``"package.module:function"`` -> the function."""
    module_name, _, attribute = path.partition(":")
    return getattr(importlib.import_module(module_name), attribute or "solve")


def make_options(options: dict) -> SolveOptions:
    """SolveOptions from the panel's plain dict (other keys are ignored)."""
    return SolveOptions.from_dict(options, path="options")


def result_message(result: Any) -> dict:
    """The final message for a SolveResult, in plain picklable values."""
    return {
        "type": "result",
        "status": result.status,
        "solution": solution_to_dict(result.solution),
        "hard": int(result.hard),
        "soft": int(result.soft),
        "breakdown": {str(k): int(v) for k, v in dict(result.breakdown).items()},
        "stats": dict(result.stats),
        "diagnostics": [_diagnostic_text(d) for d in getattr(result, "diagnostics", ()) or ()],
    }


def _diagnostic_text(diagnostic: Any) -> str:
    message = getattr(diagnostic, "message", str(diagnostic))
    entity = getattr(diagnostic, "entity", "")
    return f"{entity}: {message}" if entity else str(message)


def run_worker(problem_dict: dict, initial_dict: dict | None, options_dict: dict,
               queue: Any, stop_event: Any, solve_path: str = DEFAULT_SOLVE_PATH) -> None:
    """Solve in this process and report through ``queue`` (see the module docstring)."""
    parent_pid = os.getppid()
    try:
        _lead_own_process_group()
        queue.put({"type": "started", "pid": os.getpid()})
        problem = problem_from_dict(problem_dict)
        initial = None
        if initial_dict is not None:
            initial = solution_from_dict(initial_dict, n_slots=problem.time_grid.n_slots)
        solve = load_solve_function(solve_path)
        options = make_options(options_dict) if solve_path == DEFAULT_SOLVE_PATH else dict(options_dict)
        result = solve(problem, options, initial=initial,
                       progress=ProgressForwarder(queue.put),
                       stop=lambda: stop_event.is_set() or os.getppid() != parent_pid)
        queue.put(result_message(result))
    except BaseException as error:  # noqa: BLE001 - every failure is reported, never raised
        queue.put({
            "type": "error",
            "error_type": type(error).__name__,
            "message": str(error) or type(error).__name__,
            "traceback": traceback.format_exc(),
        })


def _lead_own_process_group() -> None:
    """On POSIX, head a process group, so that the window can end the islands
    this process starts together with it (and a terminal's Ctrl+C reaches only
    the window)."""
    if hasattr(os, "setpgrp"):
        try:
            os.setpgrp()
        except OSError:
            pass
