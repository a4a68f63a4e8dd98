"""Randomised most-constrained-first construction.

Instructors are chosen per section first (the least loaded qualified
candidate, so that one person teaches a whole section); then sessions are
placed one by one, hardest first (fewest allowed starts and rooms, longest
block), each at the start and room with the best (hard, soft) change as
measured by the incremental scorer, ties broken at random.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from schedule_engine.compiled import CompiledProblem
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.solver.domains import Domains
from schedule_engine.solver.tight_first import place_tight_first

STOP_CHECK_EVERY = 32
"""Sessions placed between two looks at the stop flag."""


def choose_instructors(cp: CompiledProblem, domains: Domains, rng: np.random.Generator,
                       instr: np.ndarray) -> np.ndarray:
    """One instructor per section for sessions that have none yet."""
    out = instr.copy()
    free = (~cp.instr_unavail).sum(axis=1).astype(float) + 1.0
    load = np.zeros(cp.n_instructors)
    for s in range(cp.n_sessions):
        if out[s] >= 0:
            load[out[s]] += cp.length[s]
    by_section: dict[int, list[int]] = {}
    for s in range(cp.n_sessions):
        by_section.setdefault(int(cp.section[s]), []).append(s)
    order = sorted(by_section, key=lambda n: (len(domains.instructors(by_section[n][0])), rng.random()))
    for n in order:
        members = [s for s in by_section[n] if out[s] < 0]
        if not members:
            continue
        cands = domains.instructors(members[0])
        if len(cands) == 0:
            continue
        demand = sum(int(cp.length[s]) for s in members)
        ratio = (load[cands] + demand) / free[cands] + rng.random(len(cands)) * 0.05
        choice = int(cands[int(np.argmin(ratio))])
        for s in members:
            out[s] = choice
        load[choice] += demand
    return out


def construct(cp: CompiledProblem, domains: Domains, rng: np.random.Generator,
              slot: np.ndarray | None = None, room: np.ndarray | None = None,
              instr: np.ndarray | None = None,
              pin_slot: np.ndarray | None = None, pin_room: np.ndarray | None = None,
              should_stop: Callable[[], bool] | None = None,
              length: np.ndarray | None = None) -> IncrementalScorer:
    """Place every unplaced session greedily; sessions already placed (a warm
    start, pins) stay where they are.  ``should_stop`` is asked every
    ``STOP_CHECK_EVERY`` sessions (a few milliseconds even on large data); when
    it says yes the rest stay unplaced.  ``length``: the pieces' current
    lengths (default: the default cut); unused pieces stay unplaced."""
    S = cp.n_sessions
    slot = np.full(S, -1, np.int32) if slot is None else slot.copy()
    room = np.full(S, -1, np.int32) if room is None else room.copy()
    instr = np.full(S, -1, np.int32) if instr is None else instr.copy()
    if length is None:  # a fresh start: the sections of nearly full small pools go first, pattern and all
        length = place_tight_first(cp, rng, slot, room, instr)
    instr = choose_instructors(cp, domains, rng, instr)
    scorer = IncrementalScorer(cp, slot, room, instr, pin_slot, pin_room, length)
    todo = [s for s in range(S) if scorer.slot[s] < 0 and scorer.length[s] > 0]
    n_starts = np.diff(domains.start_ptr)
    n_rooms = np.diff(domains.room_ptr)
    keys = {s: (n_starts[s * domains.n_len + int(scorer.length[s])] * max(1, n_rooms[s])
                / scorer.length[s], rng.random()) for s in todo}
    todo.sort(key=lambda s: keys[s])
    for k, s in enumerate(todo):
        if should_stop is not None and k % STOP_CHECK_EVERY == 0 and should_stop():
            break
        starts = domains.starts(s, int(scorer.length[s]))
        weeks = (1, 2) if scorer.week[s] > 0 else (None,)  # a fortnightly piece: A or B
        h, so, r = (np.concatenate(x) for x in zip(*(
            scorer.evaluate_starts(s, rooms=domains.rooms(s), first_free_room=True, week=w)
            for w in weeks)))
        at = np.concatenate([starts + n * cp.n_slots for n in range(len(weeks))])
        h, so, r = h[at], so[at], r[at]
        best_h = h.min()
        pick = np.flatnonzero(h == best_h)
        soft = so[pick]
        pick = pick[soft <= soft.min() + 0]
        j = int(pick[rng.integers(len(pick))])
        scorer.apply_move(s, int(starts[j % len(starts)]), int(r[j]), int(scorer.instr[s]),
                          week=weeks[j // len(starts)])
    return scorer
