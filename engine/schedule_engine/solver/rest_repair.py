"""Repairs of a timetable on data with shortfalls, on the incremental scorer.

The *held* sessions are those of the demand that cannot fit.  :func:`keep_rest_clean`
moves every other session that breaks a hard constraint among the non-held
sessions to a start where it breaks none -- directly, or by first moving the
one to three sessions it would displace -- so that every hard violation left
touches a held session.  :func:`leave_unplaced` takes the held sessions that
still break a hard constraint out of the timetable, then puts back each one
that fits somewhere without any.

Each repair takes an optional ``deadline`` (a ``time.monotonic()`` reading):
past it, it stops between two sessions and returns the timetable as far as it
got (every step leaves a whole timetable, never a worse one among the rest).
"""

from __future__ import annotations

import time

import numpy as np

from schedule_engine.compiled import CompiledProblem
from schedule_engine.scoring import kernels as kn
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.solver.ls_kernel import collect_conflicts

Move = tuple[int, int, int, int]
"""(start slot, room, instructor, week); the week matters only for a fortnightly session."""

CHAIN_TRIES = 6
"""Starts tried per session when other sessions must make room for it."""
MAX_DISPLACED = 3


def past(deadline: float | None) -> bool:
    """Whether the ``time.monotonic()`` reading ``deadline`` has gone by (never without one)."""
    return deadline is not None and time.monotonic() >= deadline


def session_mask(cp: CompiledProblem, held: np.ndarray) -> np.ndarray:
    mask = np.zeros(cp.n_sessions, bool)
    mask[held] = True
    return mask


def in_use(scorer: IncrementalScorer, s: int) -> bool:
    """False for a piece its section's current block pattern does not use."""
    return scorer.st[0].shape[1] < 4 or int(scorer.st[0][s, 3]) > 0


def valid_starts(scorer: IncrementalScorer, s: int) -> np.ndarray:
    """[T] bool: starts where s's block (at its current length) stays inside a
    teaching stretch; the repairs never move a session anywhere else."""
    cp = scorer.cp
    L = int(scorer.length[s])
    if L <= 0 or L >= cp.start_ok_by_len.shape[0]:
        return np.zeros(cp.n_slots, bool)
    return cp.start_ok_by_len[L]


def weeks_of(scorer: IncrementalScorer, s: int) -> tuple[int | None, ...]:
    """The weeks a repair tries for s: A and B for a fortnightly session, else its own."""
    cp = scorer.cp
    return (1, 2) if cp.has_fortnightly and cp.fortnightly[s] else (None,)


def hard_mask(scorer: IncrementalScorer) -> np.ndarray:
    """[S] bool: the sessions taking part in a hard violation (one kernel call;
    an unplaced session in use counts, an unused piece never does)."""
    pd, st = scorer.pd, scorer.st
    out = np.zeros(scorer.cp.n_sessions, np.int64)
    n = collect_conflicts(*pd[:12], pd[14], st[0], st[1], out, np.zeros(kn.K, np.int64))
    mask = np.zeros(scorer.cp.n_sessions, bool)
    mask[out[:n]] = True
    return mask


def placed_hard(scorer: IncrementalScorer) -> int:
    """Hard violations among placed sessions (the total less the unplaced ones)."""
    return scorer.hard - int(scorer.units[kn.H_UNPLACED])


def rest_only(cp: CompiledProblem, asg: np.ndarray, held: np.ndarray, pin_slot: np.ndarray,
              pin_room: np.ndarray) -> IncrementalScorer:
    """A scorer of the timetable with the held sessions taken out: what is left
    of its hard violations touches no held session."""
    rest = asg.copy()
    rest[held, 0] = -1
    return IncrementalScorer.from_asg(cp, rest, pin_slot, pin_room)


def outside(rest: IncrementalScorer, held: np.ndarray) -> list[int]:
    """Sessions not held that are unplaced or break a hard constraint in ``rest``
    (a :func:`rest_only` scorer): the hard violations outside the shortfalls."""
    mask = session_mask(rest.cp, held)
    hard = hard_mask(rest)
    return [s for s in range(rest.cp.n_sessions)
            if not mask[s] and in_use(rest, s) and (rest.slot[s] < 0 or hard[s])]


class _Pair:
    """The whole timetable and the rest alone, moved together."""

    def __init__(self, full: IncrementalScorer, rest: IncrementalScorer, pin_slot: np.ndarray,
                 pin_room: np.ndarray):
        self.full, self.rest, self.pin_slot, self.pin_room = full, rest, pin_slot, pin_room

    def where(self, s: int) -> Move:
        full = self.full
        return int(full.slot[s]), int(full.room[s]), int(full.instr[s]), int(full.week[s])

    def move(self, s: int, t: int, r: int, i: int, w: int | None = None) -> None:
        self.full.apply_move(s, t, r, i, week=w)
        self.rest.apply_move(s, t, r, i, week=w)

    def unplace(self, s: int) -> None:
        _, r, i, _w = self.where(s)
        self.move(s, -1, r, i)

    def starts(self, s: int) -> list[tuple[int, Move]]:
        """(hard change among the rest, move) per start of unplaced s, best room each."""
        cp = self.rest.cp
        rooms = cp.candidate_rooms(s) if self.pin_room[s] < 0 else np.array([self.pin_room[s]], np.int64)
        out = []
        ok = np.flatnonzero(valid_starts(self.rest, s))
        for w in weeks_of(self.rest, s):
            for i in cp.instructor_choices(s):
                dh, _, dr = self.rest.evaluate_starts(s, int(i), rooms=rooms, week=w)
                out.extend((int(dh[t]), (int(t), int(dr[t]), int(i), w or 0)) for t in ok)
        return out

    def place_clean(self, s: int, tries: int = 8) -> bool:
        """Place unplaced s where it breaks nothing among the rest, cheapest in
        the whole timetable first; False (s left unplaced) when there is no such start."""
        clean = placed_hard(self.rest)
        options = self.starts(s)
        if not options:
            return False
        low = min(dh for dh, _ in options)
        ranked = sorted((self.full.delta_move(s, *m[:3], week=m[3] or None), m) for dh, m in options if dh == low)
        for _, m in ranked[:tries]:
            self.move(s, *m[:3], m[3] or None)
            if placed_hard(self.rest) == clean:
                return True
            self.unplace(s)
        return False

    def place_displacing(self, s: int, mask: np.ndarray, deadline: float | None = None) -> bool:
        """Place unplaced s at a start where up to three movable rest sessions
        are in its way, and each of those moves to a clean start of its own."""
        clean = placed_hard(self.rest)
        breaking = set(self._breaking(mask))
        for _, m in sorted(self.starts(s))[:CHAIN_TRIES]:
            if past(deadline):
                break
            self.move(s, *m[:3], m[3] or None)
            others = [u for u in self._breaking(mask) if u != s and u not in breaking]
            if len(others) <= MAX_DISPLACED and all(self.pin_slot[u] < 0 for u in others):
                before = {u: self.where(u) for u in others}
                for u in others:
                    self.unplace(u)
                if placed_hard(self.rest) == clean and all(self.place_clean(u) for u in others):
                    return True
                for u, old in before.items():
                    if self.rest.slot[u] >= 0:
                        self.unplace(u)
                    self.move(u, *old[:3], old[3] or None)
            self.unplace(s)
        return False

    def _breaking(self, mask: np.ndarray) -> list[int]:
        """Placed rest sessions that break a hard constraint among the rest."""
        rest = self.rest
        return np.flatnonzero(~mask & (rest.slot >= 0) & hard_mask(rest)).tolist()


def keep_rest_clean(cp: CompiledProblem, asg: np.ndarray, held: np.ndarray, pin_slot: np.ndarray,
                    pin_room: np.ndarray, deadline: float | None = None) -> np.ndarray:
    """Move each session outside the shortfalls that breaks a hard constraint
    among them to a start where it breaks none (it may clash there with a held
    session: that violation touches a shortfall)."""
    pair = _Pair(IncrementalScorer.from_asg(cp, asg, pin_slot, pin_room),
                 rest_only(cp, asg, held, pin_slot, pin_room), pin_slot, pin_room)
    mask = session_mask(cp, held)
    for s in outside(pair.rest, held):
        if past(deadline):
            break
        if pin_slot[s] >= 0 or (pair.rest.slot[s] >= 0 and not pair.rest.has_hard(s)):
            continue  # pinned, or already made clean by an earlier move
        old = pair.where(s)
        pair.unplace(s)
        if not (pair.place_clean(s) or pair.place_displacing(s, mask, deadline)):
            pair.move(s, *old[:3], old[3] or None)
    return pair.full.st[0].copy()


def leave_unplaced(cp: CompiledProblem, asg: np.ndarray, held: np.ndarray, pin_slot: np.ndarray,
                   pin_room: np.ndarray, deadline: float | None = None) -> np.ndarray:
    """Take the held sessions that still break a hard constraint out of the
    timetable (the one whose removal lowers the hard count most first), then
    put back each one that fits somewhere without any (while time is left:
    taking them out is what makes the placed timetable clean, so it always runs)."""
    scorer = IncrementalScorer.from_asg(cp, asg, pin_slot, pin_room)
    free = [int(s) for s in held if pin_slot[s] < 0 and in_use(scorer, int(s))]
    while True:
        culprits = [s for s in free if scorer.slot[s] >= 0 and scorer.has_hard(s)]
        if not culprits:
            break
        before = placed_hard(scorer)

        def relief(s: int) -> int:
            slot, room, instr = int(scorer.slot[s]), int(scorer.room[s]), int(scorer.instr[s])
            scorer.apply_move(s, -1, room, instr)
            gain = before - placed_hard(scorer)
            scorer.apply_move(s, slot, room, instr)
            return gain

        worst = culprits[0] if past(deadline) else max(culprits, key=relief)  # (late: no ranking)
        scorer.apply_move(worst, -1, int(scorer.room[worst]), int(scorer.instr[worst]))
    for s in free:
        if past(deadline):
            break
        if scorer.slot[s] < 0:
            _place_cleanly(scorer, s, pin_room)
    return scorer.st[0].copy()


def _place_cleanly(scorer: IncrementalScorer, s: int, pin_room: np.ndarray) -> bool:
    """Place unplaced session s at its cheapest start that adds no hard violation."""
    cp = scorer.cp
    clean = placed_hard(scorer)
    rooms = cp.candidate_rooms(s) if pin_room[s] < 0 else np.array([pin_room[s]], np.int64)
    options = []
    ok = np.flatnonzero(valid_starts(scorer, s))
    for w in weeks_of(scorer, s):
        for i in cp.instructor_choices(s):
            dh, ds, dr = scorer.evaluate_starts(s, int(i), rooms=rooms, week=w)
            options.extend((int(dh[t]), int(ds[t]), int(t), int(dr[t]), int(i), w or 0) for t in ok)
    old_room, old_instr = int(scorer.room[s]), int(scorer.instr[s])
    for _, _, t, r, i, w in sorted(options)[:16]:
        scorer.apply_move(s, t, r, i, week=w or None)
        if placed_hard(scorer) == clean:
            return True
        scorer.apply_move(s, -1, old_room, old_instr)
    return False


def settle_held(cp: CompiledProblem, asg: np.ndarray, held: np.ndarray, pin_slot: np.ndarray,
                pin_room: np.ndarray, passes: int = 3, deadline: float | None = None) -> np.ndarray:
    """Move each held session that breaks a hard constraint to the start,
    room and instructor that lower the hard count most (soft to break ties),
    while that helps; the other sessions stay where they are."""
    scorer = IncrementalScorer.from_asg(cp, asg, pin_slot, pin_room)
    for _ in range(passes):
        moved = False
        for s in (int(x) for x in held):
            if past(deadline):
                return scorer.st[0].copy()
            if pin_slot[s] >= 0 or not in_use(scorer, s) or scorer.slot[s] < 0 or not scorer.has_hard(s):
                continue
            rooms = cp.candidate_rooms(s) if pin_room[s] < 0 else np.array([pin_room[s]], np.int64)
            best = (0, 0, None)
            ok = valid_starts(scorer, s)
            for w in weeks_of(scorer, s):
                for i in cp.instructor_choices(s):
                    dh, ds, dr = scorer.evaluate_starts(s, int(i), rooms=rooms, week=w)
                    dh = np.where(ok, dh, np.iinfo(np.int64).max)
                    for t in np.flatnonzero(dh <= dh.min()):
                        if (int(dh[t]), int(ds[t])) < best[:2]:
                            best = (int(dh[t]), int(ds[t]), (int(t), int(dr[t]), int(i), w))
            if best[2] is not None and best[0] < 0:
                before = scorer.score
                old = (int(scorer.slot[s]), int(scorer.room[s]), int(scorer.instr[s]), int(scorer.week[s]) or None)
                scorer.apply_move(s, *best[2][:3], week=best[2][3])
                if scorer.score < before:
                    moved = True
                else:
                    scorer.apply_move(s, *old[:3], week=old[3])
        if not moved:
            break
    return scorer.st[0].copy()
