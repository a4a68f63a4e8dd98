"""Incremental (delta) scoring of a timetable on compiled arrays.

:class:`IncrementalScorer` holds one timetable and answers, in microseconds,
what a move would change: by how much the hard and soft totals move, and per
constraint.  The solver's local search, the GUI's drag-to-inspect colouring and
warm starts all use it.
"""

from __future__ import annotations

import numpy as np

from schedule_engine.compiled import CompiledProblem
from schedule_engine.constraint_catalog import HARD_IDS, SOFT_IDS
from schedule_engine.scoring import kernels as kn

CONSTRAINT_IDS: tuple[str, ...] = HARD_IDS + SOFT_IDS


def pack_problem(cp: CompiledProblem, pin_slot: np.ndarray | None = None,
                 pin_room: np.ndarray | None = None) -> tuple:
    """The static tuple the kernels read (see ``kernels`` for the layout)."""
    S = cp.n_sessions
    if pin_slot is None:
        pin_slot = np.full(S, -1, np.int32)
    if pin_room is None:
        pin_room = np.full(S, -1, np.int32)
    return (
        np.int64(cp.n_periods), np.int64(cp.n_days), cp.length.astype(np.int64),
        cp.size.astype(np.int64), cp.section.astype(np.int64),
        cp.leaf_ptr.astype(np.int64), cp.leaf_idx.astype(np.int64),
        np.ascontiguousarray(cp.room_suits), np.ascontiguousarray(cp.instr_ok),
        np.ascontiguousarray(cp.leaf_unavail), np.ascontiguousarray(cp.instr_unavail),
        np.ascontiguousarray(cp.room_unavail), np.ascontiguousarray(cp.session_unavail),
        cp.instr_pref_penalty.astype(np.int64), cp.room_capacity.astype(np.int64),
        cp.leaf_max_per_day.astype(np.int64), cp.instr_max_per_day.astype(np.int64),
        np.ascontiguousarray(cp.leaf_wants_break), np.ascontiguousarray(cp.midday),
        np.ascontiguousarray(cp.period_is_break), np.ascontiguousarray(cp.slot_closed),
        np.ascontiguousarray(cp.outside_hours), cp.block_penalty.astype(np.int64),
        cp.section_min_days.astype(np.int64), bool(cp.capacity_hard),
        cp.weights.astype(np.int64), np.asarray(pin_slot, np.int64), np.asarray(pin_room, np.int64),
    )


def new_state(cp: CompiledProblem) -> tuple:
    S, T = cp.n_sessions, cp.n_slots
    N = len(cp.section_ids)
    return (
        np.full(S, -1, np.int64), np.full(S, -1, np.int64), np.full(S, -1, np.int64),
        np.zeros((cp.n_leaves, T), np.int64), np.zeros((cp.n_instructors, T), np.int64),
        np.zeros((cp.n_rooms, T), np.int64), np.zeros((N, cp.n_days), np.int64),
        np.zeros((N, cp.n_rooms), np.int64), np.zeros((N, cp.n_instructors), np.int64),
        np.zeros(kn.K, np.int64), np.zeros(N, np.int64), np.zeros(N, np.int64),
        np.zeros(N, np.int64), np.zeros(N, np.int64),
    )


class IncrementalScorer:
    """One timetable with exact running totals and cheap move evaluation."""

    def __init__(self, cp: CompiledProblem, slot: np.ndarray, room: np.ndarray, instr: np.ndarray,
                 pin_slot: np.ndarray | None = None, pin_room: np.ndarray | None = None):
        self.cp = cp
        self.pd = pack_problem(cp, pin_slot, pin_room)
        self.st = new_state(cp)
        self._acc = np.zeros(kn.K, np.int64)
        kn.init_state(self.pd, self.st, np.asarray(slot, np.int64), np.asarray(room, np.int64),
                      np.asarray(instr, np.int64))

    # -- the timetable ------------------------------------------------------
    @property
    def slot(self) -> np.ndarray:
        return self.st[0]

    @property
    def room(self) -> np.ndarray:
        return self.st[1]

    @property
    def instr(self) -> np.ndarray:
        return self.st[2]

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Copies of (slot, room, instructor) as int32 arrays."""
        return (self.st[0].astype(np.int32), self.st[1].astype(np.int32), self.st[2].astype(np.int32))

    # -- totals ---------------------------------------------------------------
    @property
    def units(self) -> np.ndarray:
        return self.st[9]

    @property
    def hard(self) -> int:
        return int(self.st[9][:kn.K_HARD].sum())

    @property
    def soft(self) -> int:
        return int((self.st[9][kn.K_HARD:] * self.pd[25]).sum())

    @property
    def score(self) -> tuple[int, int]:
        return self.hard, self.soft

    def breakdown(self) -> dict[str, int]:
        """Hard ids -> violation counts; soft ids -> weighted penalties."""
        return units_breakdown(self.st[9], self.pd[25])

    # -- moves ----------------------------------------------------------------
    def delta_move(self, s: int, slot: int, room: int, instr: int) -> tuple[int, int]:
        h, so = kn.delta_move(self.pd, self.st, s, slot, room, instr, self._acc)
        return int(h), int(so)

    def delta_move_breakdown(self, s: int, slot: int, room: int, instr: int) -> dict[str, int]:
        kn.delta_move(self.pd, self.st, s, slot, room, instr, self._acc)
        return {k: v for k, v in units_breakdown(self._acc, self.pd[25]).items() if v}

    def apply_move(self, s: int, slot: int, room: int, instr: int) -> tuple[int, int]:
        acc = np.zeros(kn.K, np.int64)
        kn.move_session(self.pd, self.st, s, slot, room, instr, acc)
        kn.apply_units(self.st, acc)
        h, so = kn.split_cost(self.pd, acc)
        return int(h), int(so)

    def delta_swap(self, a: int, b: int) -> tuple[int, int]:
        h, so = kn.delta_swap(self.pd, self.st, a, b, self._acc)
        return int(h), int(so)

    def apply_swap(self, a: int, b: int) -> tuple[int, int]:
        ta, tb = int(self.st[0][a]), int(self.st[0][b])
        ra, rb = int(self.st[1][a]), int(self.st[1][b])
        ia, ib = int(self.st[2][a]), int(self.st[2][b])
        h1, s1 = self.apply_move(a, -1, ra, ia)
        h2, s2 = self.apply_move(b, ta, rb, ib)
        h3, s3 = self.apply_move(a, tb, ra, ia)
        return h1 + h2 + h3, s1 + s2 + s3

    def evaluate_starts(self, s: int, instr: int | None = None,
                        rooms: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each start slot: best (hard delta, soft delta, room) over ``rooms``
        (default: the session's candidate rooms), keeping the instructor."""
        T = self.cp.n_slots
        out_h = np.zeros(T, np.int64)
        out_s = np.zeros(T, np.int64)
        out_r = np.zeros(T, np.int64)
        if rooms is None:
            rooms = self.cp.candidate_rooms(s)
        i = int(self.st[2][s]) if instr is None else instr
        kn.evaluate_starts(self.pd, self.st, s, i, np.asarray(rooms, np.int64), out_h, out_s, out_r)
        return out_h, out_s, out_r


def units_breakdown(units: np.ndarray, weights: np.ndarray) -> dict[str, int]:
    out = {cid: int(units[k]) for k, cid in enumerate(HARD_IDS)}
    for k, cid in enumerate(SOFT_IDS):
        out[cid] = int(units[kn.K_HARD + k] * weights[k])
    return out
