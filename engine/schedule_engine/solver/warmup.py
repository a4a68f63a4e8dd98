"""Compile (or load from numba's cache) every kernel of the search once per
process, on a two-session problem.  The first compile on a new machine takes
tens of seconds; later processes load the cache in well under a second.

The desktop bundle ships the kernels compiled ahead of time (nothing to
prepare: :func:`kernels_precompiled`); elsewhere the window calls
:func:`warm_up_in_background` at its start, so that numba's disk cache is
filled before the user's first Solve."""

from __future__ import annotations

import logging
import multiprocessing
import sys
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


def kernels_precompiled() -> bool:
    """True when the kernels were compiled ahead of time (numba is stood in for)."""
    numba = sys.modules.get("numba")
    return getattr(numba, "__name__", "numba") != "numba"


def _warm_up_main() -> None:
    ensure_compiled()


def warm_up_in_background() -> multiprocessing.process.BaseProcess | None:
    """Compile the kernels into numba's disk cache in a separate process (it
    takes tens of seconds once after installing, and holds no lock the window
    needs); None when they were compiled ahead of time."""
    if kernels_precompiled():
        return None
    process = multiprocessing.get_context("spawn").Process(target=_warm_up_main, daemon=True,
                                                           name="solver warm-up")
    process.start()
    return process


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
    ls_kernel.anneal(50, 1.0, 1.0, 10, 1000, 1, *d.anneal_args(), best, score, *scorer.pd,
                     *scorer.st)
    _compiled = True
    elapsed = time.monotonic() - t0
    log.info("search kernels ready in %.2f s", elapsed)
    return elapsed
