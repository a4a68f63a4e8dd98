"""Compile (or load from numba's cache) every kernel of the search once per
process, on a two-session problem, before a run's clock starts.  The first
compile on a new machine takes tens of seconds; later processes load the cache
in well under a second."""

from __future__ import annotations

import logging
import time

import numpy as np

log = logging.getLogger(__name__)

_compiled = False


def _tiny_problem():
    from schedule_engine.model import (Course, CourseComponent, Group, Instructor, Period,
                                       Problem, Room, Subgroup, TimeGrid)

    grid = TimeGrid(("Mon", "Tue"), (Period("1", "09:00", "10:00"), Period("2", "10:00", "11:00")))
    return Problem(
        "warm-up", grid,
        rooms=(Room("R", "Room", 10), Room("L", "Lab", 10, "lab")),
        instructors=(Instructor("I", "I", {("C", "lecture"), ("C", "practical")}),
                     Instructor("J", "J", {("C", "lecture")})),
        groups=(Group("G", "G", 10, ("C",), (Subgroup("G1", 5), Subgroup("G2", 5))),),
        courses=(Course("C", "C", (CourseComponent("lecture", 2),
                                   CourseComponent("practical", 1, room_type="lab",
                                                   per_subgroup=True)), min_days=2),),
    )


def ensure_compiled() -> float:
    """Make every search kernel ready; returns the seconds it took (0 when done before)."""
    global _compiled
    if _compiled:
        return 0.0
    t0 = time.monotonic()
    from schedule_engine.compiled import compile_problem
    from schedule_engine.solver import ls_kernel
    from schedule_engine.solver.construct import construct
    from schedule_engine.solver.domains import build_domains

    cp = compile_problem(_tiny_problem())
    pin_slot, pin_room = cp.pins(None)
    domains = build_domains(cp, pin_slot, pin_room)
    scorer = construct(cp, domains, np.random.default_rng(0))
    scorer.evaluate_starts(0)
    scorer.delta_swap(0, 1)
    scorer.has_hard(0)
    best = scorer.st[0].copy()
    score = np.array(scorer.score, np.int64)
    d = domains
    ls_kernel.anneal(50, 1.0, 1.0, 10, 1000, 1, d.start_ptr, d.start_idx, d.room_ptr, d.room_idx,
                     d.instr_ptr, d.instr_idx, d.len_ptr, d.len_idx, d.time_free, d.room_free,
                     best, score, *scorer.pd, *scorer.st)
    _compiled = True
    elapsed = time.monotonic() - t0
    log.info("search kernels ready in %.2f s", elapsed)
    return elapsed
