"""Several islands in separate processes with ring migration of their best.

The coordinator (the calling process) relays progress events, forwards each
island's best to the next island every few generations, polls the external
stop flag and sets a shared event that every island checks.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue as queue_mod
from typing import Callable

import numpy as np

from schedule_engine.compiled import compile_problem
from schedule_engine.model import Problem, Solution
from schedule_engine.solver.events import ProgressEvent
from schedule_engine.solver.island_search import search_island
from schedule_engine.solver.memetic import SearchOutcome
from schedule_engine.solver.rate_limit import PROGRESS_INTERVAL_S, RateLimiter


def _island_main(problem: Problem, options, seed: int, island: int, initial: Solution | None,
                 out_q, in_q, stop_event) -> None:
    def progress(event: ProgressEvent) -> None:
        out_q.put(("progress", island, event.with_changes(assignments=None, best=None)))

    def exchange(generation: int, best: np.ndarray, score: tuple[int, int]) -> list:
        out_q.put(("migrant", island, (best.copy(), score)))
        migrants = []
        while True:
            try:
                migrants.append(in_q.get_nowait())
            except queue_mod.Empty:
                return migrants

    try:
        _, outcome, _, _ = search_island(problem, options, seed, island, initial, progress,
                                         stop_event.is_set, exchange)
        out_q.put(("result", island, (outcome.best, outcome.hard, outcome.soft,
                                      outcome.generations, outcome.evaluations,
                                      outcome.time_to_feasible, outcome.stop_reason)))
    except Exception as exc:  # reported to the coordinator, which carries on with the others
        out_q.put(("error", island, repr(exc)))
    # the coordinator waits for this process: leave as soon as the answer is in
    # the pipe, without the interpreter's teardown (a fraction of a second or
    # more past the time limit)
    out_q.close()
    out_q.join_thread()
    os._exit(0)


def run_islands(problem: Problem, options, seed: int, workers: int, initial: Solution | None,
                progress: Callable[[ProgressEvent], None] | None, stop: Callable[[], bool] | None,
                while_starting: Callable[[], None] | None = None):
    """Run ``workers`` islands; returns (cp, outcome, pin_slot, pin_room).
    ``while_starting`` is the coordinator's own preparation (loading the
    kernels), done while the island processes start rather than before."""
    ctx = mp.get_context("spawn")
    out_q = ctx.Queue()
    in_qs = [ctx.Queue() for _ in range(workers)]
    stop_event = ctx.Event()
    procs = [ctx.Process(target=_island_main, daemon=True,
                         args=(problem, options, seed, k, initial, out_q, in_qs[k], stop_event))
             for k in range(workers)]
    for p in procs:
        p.start()
    results: dict[int, tuple] = {}
    best_score = (1 << 60, 1 << 60)
    limiter = RateLimiter(PROGRESS_INTERVAL_S)
    external_stop = False
    try:
        if while_starting is not None:
            while_starting()
        cp = compile_problem(problem)
        while len(results) < workers:
            if stop is not None and not external_stop and stop():
                external_stop = True
                stop_event.set()
            try:
                kind, island, payload = out_q.get(timeout=0.05)
            except queue_mod.Empty:
                if not any(p.is_alive() for p in procs) and out_q.empty():
                    break
                continue
            if kind == "progress":
                score = payload.score or (1 << 60, 1 << 60)
                improved = score < best_score
                best_score = min(best_score, score)
                if progress is not None and limiter.admit(improved):
                    progress(payload.with_changes(hard=best_score[0], soft=best_score[1],
                                                  improved=improved))
            elif kind == "migrant":
                in_qs[(island + 1) % workers].put(payload)
            elif kind == "result":
                results[island] = payload
            elif kind == "error":
                results[island] = None
    finally:
        stop_event.set()
        for p in procs:
            p.join(timeout=2.0)
            if p.is_alive():
                p.terminate()
                p.join(timeout=1.0)
            if p.is_alive():
                p.kill()
    good = {k: v for k, v in results.items() if v is not None}
    if not good:
        raise RuntimeError("every solver island failed")
    k_best = min(good, key=lambda k: (good[k][1], good[k][2]))
    best, hard, soft, _, _, ttf, reason = good[k_best]
    outcome = SearchOutcome(best=best, hard=hard, soft=soft,
                            generations=max(v[3] for v in good.values()),
                            evaluations=sum(v[4] for v in good.values()),
                            time_to_feasible=min((v[5] for v in good.values() if v[5] is not None),
                                                 default=None),
                            stop_reason="stopped" if external_stop else reason)
    pin_slot, pin_room = cp.pins(initial)
    return cp, outcome, pin_slot, pin_room
