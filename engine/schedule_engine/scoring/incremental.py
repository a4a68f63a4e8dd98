"""Incremental (delta) scoring of a timetable on compiled arrays.

:class:`IncrementalScorer` holds one timetable and answers, in microseconds,
what a move would change: by how much the hard and soft totals move, and per
constraint.  The solver's local search, the GUI's drag-to-inspect colouring and
warm starts all use it.
"""

from __future__ import annotations

import numpy as np

from schedule_engine.compiled import CompiledProblem, _csr
from schedule_engine.constraint_catalog import HARD_IDS, SOFT_IDS
from schedule_engine.scoring import kernels as kn
from schedule_engine.scoring import recut_kernels as rk
from schedule_engine.scoring import week_kernels as wk

CONSTRAINT_IDS: tuple[str, ...] = HARD_IDS + SOFT_IDS


def _people_rows(cp: CompiledProblem) -> tuple[np.ndarray, np.ndarray]:
    """Per session its fixed occupancy rows: its leaves, then the rows of its
    co-instructors (``n_leaves + i``); the kernels score each row by its kind."""
    if cp.co_idx is None or len(cp.co_idx) == 0:
        return cp.leaf_ptr.astype(np.int64), cp.leaf_idx.astype(np.int64)
    rows = [list(cp.leaves(s)) + [cp.n_leaves + int(i) for i in cp.co_instructors(s)]
            for s in range(cp.n_sessions)]
    ptr, idx = _csr(rows)
    return ptr.astype(np.int64), idx.astype(np.int64)


def pack_problem(cp: CompiledProblem, pin_slot: np.ndarray | None = None,
                 pin_room: np.ndarray | None = None) -> tuple:
    """The static arrays the kernels read, in ``kernels.STATIC`` order."""
    S = cp.n_sessions
    pin_slot = np.full(S, -1) if pin_slot is None else np.asarray(pin_slot)
    pin_room = np.full(S, -1) if pin_room is None else np.asarray(pin_room)
    bad = np.flatnonzero(cp.block_bad_len)
    block_bits = np.int64(sum(1 << int(L) for L in bad))
    block = np.where(cp.is_practical, block_bits, 0).astype(np.int64)
    needs = np.full(S, kn.NEEDS_ROOM | kn.NEEDS_INSTR, np.int64)
    if cp.needs_room is not None:
        needs = np.where(cp.needs_room, kn.NEEDS_ROOM, 0) | np.where(cp.needs_instr, kn.NEEDS_INSTR, 0)
    sess = np.stack([cp.length, cp.size, cp.section, block, pin_slot, pin_room, needs],
                    axis=1).astype(np.int64) if S else np.zeros((0, 7), np.int64)
    leaf_ptr, leaf_idx = _people_rows(cp)
    unav = np.concatenate([cp.leaf_unavail, cp.instr_unavail, cp.room_unavail]).astype(np.bool_)
    res = np.zeros((cp.n_leaves + cp.n_instructors + cp.n_rooms, 2), np.int64)
    res[:cp.n_leaves, 0] = cp.leaf_max_per_day
    res[:cp.n_leaves, 1] = cp.leaf_wants_break
    res[cp.n_leaves:cp.n_leaves + cp.n_instructors, 0] = cp.instr_max_per_day
    res[cp.n_leaves + cp.n_instructors:, 0] = -1
    res[cp.n_leaves + cp.n_instructors:, 1] = cp.room_capacity
    pmask = np.stack([cp.period_is_break, cp.midday, cp.outside_hours]).astype(np.bool_)
    flags = np.array([int(cp.capacity_hard), cp.n_leaves, cp.n_instructors, cp.n_weeks, cp.n_days],
                     np.int64)
    closed = np.tile(cp.slot_closed, cp.n_weeks)  # per cell: the slot of each week
    return (
        np.int64(cp.n_periods), np.ascontiguousarray(sess), leaf_ptr, leaf_idx,
        np.ascontiguousarray(cp.room_suits),
        np.ascontiguousarray(cp.instr_ok), np.ascontiguousarray(unav),
        np.ascontiguousarray(cp.session_unavail), cp.instr_pref_penalty.astype(np.int64),
        res, np.ascontiguousarray(pmask), np.ascontiguousarray(closed),
        cp.section_min_days.astype(np.int64), cp.weights.astype(np.int64), flags,
    )


def new_state(cp: CompiledProblem) -> tuple:
    """Zeroed state arrays in ``kernels.STATE`` order: occupancy per cell (a
    slot of each week), section days per (week, day) and, in a two-week cycle,
    per weekday too (with the ``N_WDAYS`` counter)."""
    S, T, N, W = cp.n_sessions, cp.n_slots, len(cp.section_ids), cp.n_weeks
    n_res = cp.n_leaves + cp.n_instructors + cp.n_rooms
    day_cols = cp.n_days if W == 1 else (W + 1) * cp.n_days
    return (
        np.full((S, 5), -1, np.int64), np.zeros((n_res, W * T), np.int64),
        np.zeros((N, day_cols), np.int64), np.zeros((N, cp.n_rooms), np.int64),
        np.zeros((N, cp.n_instructors), np.int64), np.zeros((N, 5 if W == 1 else 6), np.int64),
        np.zeros(kn.K, np.int64),
    )


class IncrementalScorer:
    """One timetable with exact running totals and cheap move evaluation."""

    def __init__(self, cp: CompiledProblem, slot: np.ndarray, room: np.ndarray, instr: np.ndarray,
                 pin_slot: np.ndarray | None = None, pin_room: np.ndarray | None = None,
                 length: np.ndarray | None = None, week: np.ndarray | None = None):
        """``length``: the pieces' current lengths (default: the default cut);
        ``week``: the sessions' weeks (default: week A for fortnightly ones), read
        by :meth:`CompiledProblem.normal_weeks`."""
        self.cp = cp
        self.pd = pack_problem(cp, pin_slot, pin_room)
        self.st = new_state(cp)
        self._acc = np.zeros(kn.K, np.int64)
        self._scratch = np.zeros(kn.K, np.int64)
        length = cp.length if length is None else length
        kn.init_state(np.asarray(slot, np.int64), np.asarray(room, np.int64),
                      np.asarray(instr, np.int64), np.asarray(length, np.int64),
                      cp.normal_weeks(week).astype(np.int64), *self.pd, *self.st)
        m = max(1, int(cp.section_pieces.max()) if len(cp.section_pieces) else 1)
        self._recut = [np.zeros(m, np.int64) for _ in range(9)]
        n_rows = 2 * m * cp.n_weeks * (int(np.diff(self.pd[2]).max(initial=0)) + 2)  # leaves and co-instructors
        self._rows = np.zeros(n_rows, np.int64), np.zeros(n_rows, np.int64), np.zeros(m, np.int64)
        self._row_stamp = np.zeros((self.st[1].shape[0], cp.n_weeks * cp.n_days), np.int64)
        self._sec_stamp = np.zeros(len(cp.section_ids), np.int64)
        self._mark = np.zeros(1, np.int64)

    @classmethod
    def from_asg(cls, cp: CompiledProblem, asg: np.ndarray, pin_slot: np.ndarray | None = None,
                 pin_room: np.ndarray | None = None) -> "IncrementalScorer":
        """A scorer over a search state's ``asg`` (slot, room, instructor[, length[, week]])."""
        length = asg[:, 3] if asg.shape[1] > 3 else None
        week = asg[:, 4] if asg.shape[1] > 4 else None
        return cls(cp, asg[:, 0], asg[:, 1], asg[:, 2], pin_slot, pin_room, length, week)

    @property
    def weights(self) -> np.ndarray:
        return self.pd[13]

    # -- the timetable ------------------------------------------------------
    @property
    def slot(self) -> np.ndarray:
        return self.st[0][:, 0]

    @property
    def room(self) -> np.ndarray:
        return self.st[0][:, 1]

    @property
    def instr(self) -> np.ndarray:
        return self.st[0][:, 2]

    @property
    def length(self) -> np.ndarray:
        """The pieces' current lengths (0: unused by the section's pattern)."""
        return self.st[0][:, 3]

    @property
    def week(self) -> np.ndarray:
        """The sessions' weeks (0 every week, 1 week A, 2 week B)."""
        return self.st[0][:, 4]

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Copies of (slot, room, instructor) as int32 arrays."""
        asg = self.st[0]
        return asg[:, 0].astype(np.int32), asg[:, 1].astype(np.int32), asg[:, 2].astype(np.int32)

    # -- totals ---------------------------------------------------------------
    @property
    def units(self) -> np.ndarray:
        return self.st[6]

    @property
    def hard(self) -> int:
        return int(self.st[6][:kn.K_HARD].sum())

    @property
    def soft(self) -> int:
        return int((self.st[6][kn.K_HARD:] * self.weights).sum())

    @property
    def score(self) -> tuple[int, int]:
        return self.hard, self.soft

    def breakdown(self) -> dict[str, int]:
        """Hard ids -> violation counts; soft ids -> weighted penalties."""
        return units_breakdown(self.st[6], self.weights)

    # -- moves ----------------------------------------------------------------
    def _new_week(self, s: int, week: int | None) -> int:
        """-1 when the move keeps session s's week, else the week it takes
        (a weekly session always keeps 0)."""
        if week is None or not self.cp.has_fortnightly or not self.cp.fortnightly[s]:
            return -1
        week = 2 if week == 2 else 1
        return -1 if week == int(self.st[0][s, 4]) else week

    def delta_move(self, s: int, slot: int, room: int, instr: int,
                   week: int | None = None) -> tuple[int, int]:
        """The (hard, soft) change of moving s to (slot, room, instr), in ``week``
        for a fortnightly session (None: its current week)."""
        self._delta(s, slot, room, instr, week)
        h, so = kn.split_cost(self.weights, self._acc)
        return int(h), int(so)

    def _delta(self, s: int, slot: int, room: int, instr: int, week: int | None) -> None:
        wk_new = self._new_week(s, week)
        if wk_new < 0:
            kn.delta_move(s, slot, room, instr, *self.pd, *self.st[:6], self._acc, self._scratch)
        else:
            wk.delta_move_week(s, slot, room, instr, wk_new, *self.pd, *self.st[:6], self._acc,
                               self._scratch)

    def delta_move_breakdown(self, s: int, slot: int, room: int, instr: int,
                             week: int | None = None) -> dict[str, int]:
        """The change of each constraint's penalty (non-zero ones only)."""
        self._delta(s, slot, room, instr, week)
        return {k: v for k, v in units_breakdown(self._acc, self.weights).items() if v}

    def apply_move(self, s: int, slot: int, room: int, instr: int,
                   week: int | None = None) -> tuple[int, int]:
        """Move s for good (see :meth:`delta_move`); returns the (hard, soft) change."""
        wk_new = self._new_week(s, week)
        if wk_new < 0:
            h, so = kn.apply_move(s, slot, room, instr, *self.pd, *self.st, self._acc)
        else:
            h, so = wk.apply_move_week(s, slot, room, instr, wk_new, *self.pd, *self.st, self._acc)
        return int(h), int(so)

    def delta_swap(self, a: int, b: int) -> tuple[int, int]:
        h, so = kn.delta_swap(a, b, *self.pd, *self.st[:6], self._acc, self._scratch)
        return int(h), int(so)

    def apply_swap(self, a: int, b: int) -> tuple[int, int]:
        """Exchange the start slots of a and b (rooms and instructors stay)."""
        ta, tb = int(self.slot[a]), int(self.slot[b])
        h1, s1 = self.apply_move(a, -1, int(self.room[a]), int(self.instr[a]))
        h2, s2 = self.apply_move(b, ta, int(self.room[b]), int(self.instr[b]))
        h3, s3 = self.apply_move(a, tb, int(self.room[a]), int(self.instr[a]))
        return h1 + h2 + h3, s1 + s2 + s3

    def evaluate_starts(self, s: int, instr: int | None = None, rooms: np.ndarray | None = None,
                        first_free_room: bool = False,
                        week: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each start slot: the best (hard change, soft change, room) over
        ``rooms`` (default: the session's candidate rooms), instructor kept; a
        fortnightly session is placed in ``week`` (None: its current week)."""
        T = self.cp.n_slots
        out_h = np.zeros(T, np.int64)
        out_s = np.zeros(T, np.int64)
        out_r = np.zeros(T, np.int64)
        if rooms is None:
            rooms = self.cp.candidate_rooms(s)
        i = int(self.instr[s]) if instr is None else instr
        kernel = wk.evaluate_starts_free_room if first_free_room else wk.evaluate_starts
        kernel(s, i, self._new_week(s, week), np.asarray(rooms, np.int64), *self.pd, *self.st[:6],
               out_h, out_s, out_r)
        return out_h, out_s, out_r

    def _recut_args(self, section: int, lengths, slots, rooms, instrs) -> int:
        cp = self.cp
        first, m = int(cp.section_first[section]), int(cp.section_pieces[section])
        ms, mt, mr, mi, ml = self._recut[:5]
        for k in range(m):
            ms[k], ml[k] = first + k, int(lengths[k])
            mt[k] = int(slots[k]) if ml[k] > 0 else -1
            mr[k], mi[k] = int(rooms[k]), int(instrs[k])
        return m

    def _recut_call(self, m: int) -> None:
        self._acc[:] = 0
        rk.recut_move(m, *self._recut, *self._rows, self._row_stamp, self._sec_stamp, self._mark,
                      *self.pd, *self.st[:6], self._acc)

    def delta_recut(self, section: int, lengths, slots, rooms, instrs) -> tuple[int, int]:
        """The (hard, soft) change of giving the section's pieces ``lengths``
        (one of its patterns, piece by piece) placed at ``slots``/``rooms``/``instrs``."""
        m = self._recut_args(section, lengths, slots, rooms, instrs)
        self._recut_call(m)
        ms, mt, mr, mi, _ml, ot, orr, oi, ol = self._recut
        rk.recut_undo(m, ms, mt, mr, mi, ot, orr, oi, ol, *self.pd[:4], self.pd[14], *self.st[:6])
        h, so = kn.split_cost(self.weights, self._acc)
        return int(h), int(so)

    def apply_recut(self, section: int, lengths, slots, rooms, instrs) -> tuple[int, int]:
        """Re-cut the section for good (see :meth:`delta_recut`)."""
        m = self._recut_args(section, lengths, slots, rooms, instrs)
        self._recut_call(m)
        kn.add_units(self.st[6], self._acc)
        h, so = kn.split_cost(self.weights, self._acc)
        return int(h), int(so)

    def has_hard(self, s: int) -> bool:
        """Whether session s takes part in a hard violation."""
        pd = self.pd
        return bool(kn.session_has_hard(s, *pd[:12], pd[14], self.st[0], self.st[1], self._scratch))


def units_breakdown(units: np.ndarray, weights: np.ndarray) -> dict[str, int]:
    out = {cid: int(units[k]) for k, cid in enumerate(HARD_IDS)}
    for k, cid in enumerate(SOFT_IDS):
        out[cid] = int(units[kn.K_HARD + k] * weights[k])
    return out
