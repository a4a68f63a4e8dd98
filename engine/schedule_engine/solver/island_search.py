"""One island's search in this process: compile, warm-start, build the
domains and stopping rules, and run the memetic loop.  Used by ``solve`` for a
one-core run and by each process of :mod:`schedule_engine.solver.islands`."""

from __future__ import annotations

import time
from typing import Callable

import numpy as np

from schedule_engine.compiled import CompiledProblem, compile_problem
from schedule_engine.model import Problem, Solution
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.solver.domains import build_domains
from schedule_engine.solver.events import ProgressEvent
from schedule_engine.solver.memetic import MemeticSearch, SearchConfig
from schedule_engine.solver.options import SolveOptions
from schedule_engine.solver.progress import ProgressReporter
from schedule_engine.solver.rule_domains import narrow_domains
from schedule_engine.solver.stopping import StopRules, monotonic_origin
from schedule_engine.solver.warmup import ensure_compiled

Progress = Callable[[ProgressEvent], None]


def warm_start_arrays(cp: CompiledProblem, initial: Solution | None) -> tuple[np.ndarray | None, np.ndarray, np.ndarray]:
    """(initial assignment or None, pin_slot, pin_room).  Sessions of the
    initial timetable that take part in a hard violation are unplaced (to be
    repaired) unless pinned; everything still legal is kept."""
    pin_slot, pin_room = cp.pins(initial)
    if initial is None:
        return None, pin_slot, pin_room
    slot, room, instr = cp.encode(initial)
    scorer = IncrementalScorer(cp, slot, room, instr, pin_slot, pin_room, cp.lengths(initial),
                               cp.weeks(initial))
    for s in range(cp.n_sessions):
        if scorer.slot[s] >= 0 and pin_slot[s] < 0 and scorer.has_hard(s):
            scorer.apply_move(s, -1, int(scorer.room[s]), int(scorer.instr[s]))
    for s in range(cp.n_sessions):
        if pin_slot[s] >= 0 and scorer.slot[s] != pin_slot[s]:
            scorer.apply_move(s, int(pin_slot[s]), int(pin_room[s]) if pin_room[s] >= 0 else int(scorer.room[s]),
                              int(scorer.instr[s]))
    return scorer.st[0].copy(), pin_slot, pin_room


def with_assignments(progress: Progress | None, cp: CompiledProblem,
                     initial: Solution | None) -> Progress | None:
    """Turn an event's raw best timetable into an engine JSON solution."""
    if progress is None:
        return None

    def forward(event: ProgressEvent) -> None:
        if event.best is not None:
            from schedule_engine.io.engine_json import solution_to_dict
            asg = event.best
            event = event.with_changes(best=None, assignments=solution_to_dict(
                cp.decode_asg(asg, pins=initial)))
        progress(event)

    return forward


def timed_from(progress: Progress | None, origin: float | None) -> Progress | None:
    """Events whose ``elapsed`` counts from ``origin`` (``time.monotonic()``
    when the run was asked for) rather than from the search's own start."""
    if progress is None or origin is None:
        return progress

    def forward(event: ProgressEvent) -> None:
        progress(event.with_changes(elapsed=time.monotonic() - origin))

    return forward


def search_island(problem: Problem, options: SolveOptions, seed: int, island: int,
                  initial: Solution | None, progress: Progress | None,
                  stop: Callable[[], bool] | None, exchange=None,
                  time_limit: float | None = None, deadline: float | None = None):
    """Run one island in this process; returns (cp, outcome, pin_slot, pin_room).
    The run's time limit counts from ``options.started``; an explicit
    ``time_limit`` (one phase of a longer run) from this call, so that
    compiling the phase's problem is inside it.  Past ``deadline`` (a
    ``time.monotonic()`` reading; default: the end of the run's time limit)
    even the first construction stops, leaving the rest unplaced."""
    origin = monotonic_origin(options.started) if time_limit is None else time.monotonic()
    ensure_compiled()
    cp = compile_problem(problem)
    start, pin_slot, pin_room = warm_start_arrays(cp, initial)
    domains = narrow_domains(cp, build_domains(cp, pin_slot, pin_room), pin_slot, pin_room)  # hard rules
    rules = StopRules(time_limit=options.time_limit if time_limit is None else time_limit,
                      generations=options.generations,
                      target=tuple(options.target) if options.target else None,
                      stagnation=options.stagnation, external=stop, started=origin)
    if deadline is None and time_limit is None and options.time_limit is not None:
        deadline = origin + options.time_limit  # the end of the whole run
    config = SearchConfig.for_effort(options.effort, cp)
    rng = np.random.default_rng([seed, island])
    search = MemeticSearch(cp, domains, pin_slot, pin_room, config, rng, rules,
                           ProgressReporter(with_assignments(timed_from(progress, origin), cp, initial)),
                           exchange=exchange, island=island, deadline=deadline)
    outcome = search.run(start)
    return cp, outcome, pin_slot, pin_room
