"""``solve``: validate, compile, warm-start, run the memetic search (on one
or several islands), and return the best timetable with its score."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from schedule_engine.compiled import CompiledProblem, compile_problem
from schedule_engine.diagnostics import validate
from schedule_engine.errors import Diagnostic
from schedule_engine.model import Problem, Solution
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.solver.domains import build_domains
from schedule_engine.solver.memetic import MemeticSearch, SearchConfig
from schedule_engine.solver.progress import ProgressReporter
from schedule_engine.solver.stopping import StopRules
from schedule_engine.solver.warmup import ensure_compiled
from schedule_engine.version import ENGINE_VERSION

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SolveOptions:
    time_limit: float | None = 60.0
    generations: int | None = None
    target: tuple[int, int] | None = None
    stagnation: float | None = None
    seed: int | None = None
    workers: int = 0
    """Islands in separate processes; 0 means all cores but one.  Only one
    island (``workers=1``) makes a seeded, generation-limited run reproducible."""
    effort: str = "balanced"
    ignore_errors: bool = False
    """Search even when validation finds errors (e.g. demand that cannot fit):
    the best timetable then shows what could not be placed legally."""


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


def warm_start_arrays(cp: CompiledProblem, initial: Solution | None) -> tuple[np.ndarray | None, np.ndarray, np.ndarray]:
    """(initial assignment or None, pin_slot, pin_room).  Sessions of the
    initial timetable that take part in a hard violation are unplaced (to be
    repaired) unless pinned; everything still legal is kept."""
    pin_slot, pin_room = cp.pins(initial)
    if initial is None:
        return None, pin_slot, pin_room
    slot, room, instr = cp.encode(initial)
    scorer = IncrementalScorer(cp, slot, room, instr, pin_slot, pin_room)
    for s in range(cp.n_sessions):
        if scorer.slot[s] >= 0 and pin_slot[s] < 0 and scorer.has_hard(s):
            scorer.apply_move(s, -1, int(scorer.room[s]), int(scorer.instr[s]))
    for s in range(cp.n_sessions):
        if pin_slot[s] >= 0 and scorer.slot[s] != pin_slot[s]:
            scorer.apply_move(s, int(pin_slot[s]), int(pin_room[s]) if pin_room[s] >= 0 else int(scorer.room[s]),
                              int(scorer.instr[s]))
    return scorer.st[0].copy(), pin_slot, pin_room


def _with_assignments(progress: Callable[[dict], None] | None, cp: CompiledProblem,
                      initial: Solution | None) -> Callable[[dict], None] | None:
    """Turn a search event's raw best timetable into an engine JSON solution."""
    if progress is None:
        return None

    def forward(event: dict) -> None:
        asg = event.pop("asg", None)
        if asg is not None:
            from schedule_engine.io.engine_json import solution_to_dict
            event["assignments"] = solution_to_dict(cp.decode(asg[:, 0], asg[:, 1], asg[:, 2], pins=initial))
        progress(event)

    return forward


def search_island(problem: Problem, options: SolveOptions, seed: int, island: int,
                  initial: Solution | None, progress: Callable[[dict], None] | None,
                  stop: Callable[[], bool] | None, exchange=None,
                  time_limit: float | None = None):
    """Run one island in this process; returns (cp, outcome, pin_slot, pin_room)."""
    ensure_compiled()
    cp = compile_problem(problem)
    start, pin_slot, pin_room = warm_start_arrays(cp, initial)
    domains = build_domains(cp, pin_slot, pin_room)
    rules = StopRules(time_limit=options.time_limit if time_limit is None else time_limit,
                      generations=options.generations,
                      target=tuple(options.target) if options.target else None,
                      stagnation=options.stagnation, external=stop)
    config = SearchConfig.for_effort(options.effort, cp)
    rng = np.random.default_rng([seed, island])
    search = MemeticSearch(cp, domains, pin_slot, pin_room, config, rng, rules,
                           ProgressReporter(_with_assignments(progress, cp, initial)),
                           exchange=exchange, island=island)
    outcome = search.run(start)
    return cp, outcome, pin_slot, pin_room


def solve(problem: Problem, options: SolveOptions = SolveOptions(), *,
          initial: Solution | None = None, progress: Callable[[dict], None] | None = None,
          stop: Callable[[], bool] | None = None) -> SolveResult:
    """Find a timetable for ``problem``; see :class:`SolveOptions`."""
    t0 = time.monotonic()
    seed = options.seed if options.seed is not None else int(np.random.SeedSequence().entropy % (1 << 31))
    if progress is not None:
        progress({"phase": "validate", "generation": 0, "elapsed": 0.0, "fraction": 0.0,
                  "improved": False})
    diagnostics = validate(problem)
    errors = [d for d in diagnostics if d.severity == "error"]
    stats = {"seed": seed, "engine_version": ENGINE_VERSION, "workers": 1}
    if errors and not options.ignore_errors:
        empty = compile_problem(problem)
        slot, room, instr = empty.empty_arrays()
        return SolveResult("invalid_input", empty.decode(slot, room, instr, pins=initial),
                           0, 0, {}, {**stats, "elapsed": time.monotonic() - t0}, diagnostics)
    workers = resolve_workers(options.workers)
    if progress is not None:
        progress({"phase": "compile", "generation": 0, "elapsed": time.monotonic() - t0,
                  "fraction": 0.0, "improved": False})
    stats["compile_s"] = ensure_compiled()
    if workers > 1:
        from schedule_engine.solver.islands import run_islands
        cp, outcome, pin_slot, pin_room = run_islands(problem, options, seed, workers, initial,
                                                      progress, stop)
    else:
        cp, outcome, pin_slot, pin_room = search_island(problem, options, seed, 0, initial,
                                                        progress, stop)
    best = outcome.best
    scorer = IncrementalScorer(cp, best[:, 0], best[:, 1], best[:, 2], pin_slot, pin_room)
    hard, soft = scorer.score
    elapsed = time.monotonic() - t0
    stats.update({
        "elapsed": elapsed, "generations": outcome.generations, "evaluations": outcome.evaluations,
        "evals_per_s": outcome.evaluations / elapsed if elapsed > 0 else 0.0,
        "time_to_feasible": outcome.time_to_feasible, "stop_reason": outcome.stop_reason,
        "workers": workers,
    })
    solution = cp.decode(best[:, 0], best[:, 1], best[:, 2], pins=initial,
                         meta={"seed": seed, "engine_version": ENGINE_VERSION, "hard": hard,
                               "soft": soft})
    if outcome.stop_reason == "stopped":
        status = "stopped"
    else:
        status = "feasible" if hard == 0 else "infeasible"
    if progress is not None:
        progress({"phase": "done", "generation": outcome.generations, "elapsed": elapsed,
                  "hard": hard, "soft": soft, "breakdown": scorer.breakdown(), "fraction": 1.0,
                  "evaluations": outcome.evaluations, "evals_per_s": stats["evals_per_s"],
                  "diversity": 0.0, "improved": False})
    log.info("solve finished: %s hard=%d soft=%d in %.1fs", status, hard, soft, elapsed)
    return SolveResult(status, solution, hard, soft, scorer.breakdown(), stats, diagnostics)
