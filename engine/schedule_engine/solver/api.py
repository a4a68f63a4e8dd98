"""``solve``: validate, compile, warm-start, run the memetic search (on one
or several islands), and return the best timetable with its score."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field, replace
from typing import Callable

import numpy as np

from schedule_engine.compiled import compile_problem
from schedule_engine.diagnostics import only_shortfalls, validate
from schedule_engine.errors import Diagnostic
from schedule_engine.model import Problem, Solution
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.solver.events import ProgressEvent
from schedule_engine.solver.island_search import search_island, warm_start_arrays  # noqa: F401
from schedule_engine.solver.options import SolveOptions
from schedule_engine.solver.progress import ProgressSink
from schedule_engine.solver.stopping import monotonic_origin
from schedule_engine.solver.warmup import ensure_compiled
from schedule_engine.version import ENGINE_VERSION

log = logging.getLogger(__name__)


@dataclass
class SolveResult:
    status: str
    solution: Solution
    hard: int
    soft: int
    breakdown: dict[str, int]
    stats: dict
    diagnostics: list[Diagnostic] = field(default_factory=list)


def resolve_workers(workers: int) -> int:
    if workers and workers > 0:
        return int(workers)
    return max(1, (os.cpu_count() or 2) - 1)


def solve(problem: Problem, options: SolveOptions = SolveOptions(), *,
          initial: Solution | None = None, progress: Callable[..., None] | None = None,
          stop: Callable[[], bool] | None = None) -> SolveResult:
    """Find a timetable for ``problem``; see :class:`SolveOptions`.  ``progress``
    gets :meth:`ProgressEvent.to_dict` dicts, or is called seed-style as
    ``progress(gen, total, metrics)`` (see :mod:`schedule_engine.solver.progress`)."""
    if options.started is None:  # the time limit counts from this call
        options = replace(options, started=time.time())
    t0 = monotonic_origin(options.started)
    seed = options.seed if options.seed is not None else int(np.random.SeedSequence().entropy % (1 << 31))
    sink = ProgressSink(progress)
    progress = sink if sink.active else None
    if progress is not None:
        progress(ProgressEvent("validate", total=options.generations))
    diagnostics = validate(problem)
    errors = [d for d in diagnostics if d.severity == "error"]
    stats = {"seed": seed, "engine_version": ENGINE_VERSION, "workers": 1}
    allow = options.allow_shortfalls or options.ignore_errors
    if errors and not (allow and only_shortfalls(errors)):
        empty = compile_problem(problem)
        slot, room, instr = empty.empty_arrays()
        return SolveResult("invalid_input", empty.decode(slot, room, instr, pins=initial),
                           0, 0, {}, {**stats, "elapsed": time.monotonic() - t0}, diagnostics)
    workers = resolve_workers(options.workers)
    if progress is not None:
        progress(ProgressEvent("compile", total=options.generations, elapsed=time.monotonic() - t0))
    if errors:  # only shortfalls: keep the overflow inside them
        from schedule_engine.solver.shortfalls import solve_with_shortfalls
        stats["compile_s"] = ensure_compiled()
        kept = solve_with_shortfalls(problem, options, errors, seed, workers, initial, progress, stop)
        cp, outcome, pin_slot, pin_room = kept.cp, kept.outcome, kept.pin_slot, kept.pin_room
        stats.update(kept.stats)
    elif workers > 1:
        from schedule_engine.solver.islands import run_islands
        cp, outcome, pin_slot, pin_room = run_islands(  # the kernels load here while the islands start
            problem, options, seed, workers, initial, progress, stop,
            while_starting=lambda: stats.update(compile_s=ensure_compiled()))
    else:
        stats["compile_s"] = ensure_compiled()
        cp, outcome, pin_slot, pin_room = search_island(problem, options, seed, 0, initial,
                                                        progress, stop)
    best = outcome.best
    scorer = IncrementalScorer.from_asg(cp, best, pin_slot, pin_room)
    hard, soft = scorer.score
    elapsed = time.monotonic() - t0
    stats.update({
        "elapsed": elapsed, "generations": outcome.generations, "evaluations": outcome.evaluations,
        "evals_per_s": outcome.evaluations / elapsed if elapsed > 0 else 0.0,
        "time_to_feasible": outcome.time_to_feasible, "stop_reason": outcome.stop_reason,
        "workers": workers,
    })
    solution = cp.decode_asg(best, pins=initial,
                         meta={"seed": seed, "engine_version": ENGINE_VERSION, "hard": hard,
                               "soft": soft})
    if outcome.stop_reason == "stopped":
        status = "stopped"
    else:
        status = "feasible" if hard == 0 else "infeasible"
    if progress is not None:
        progress(ProgressEvent("done", generation=outcome.generations, total=outcome.generations,
                               elapsed=elapsed, fraction=1.0, hard=hard, soft=soft,
                               breakdown=scorer.breakdown(), evaluations=outcome.evaluations,
                               evals_per_s=stats["evals_per_s"], diversity=0.0))
    if sink.failure:
        diagnostics = [*diagnostics, Diagnostic("warning", sink.failure, code="progress_callback_failed")]
    log.info("solve finished: %s hard=%d soft=%d in %.1fs", status, hard, soft, elapsed)
    return SolveResult(status, solution, hard, soft, scorer.breakdown(), stats, diagnostics)
