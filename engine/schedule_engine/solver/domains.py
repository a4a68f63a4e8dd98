"""Move domains of the search: allowed start slots per (session, block
length), candidate rooms and instructors per session, sessions bucketed by
default length (for swaps), and each section's pieces and allowed patterns
(for re-cuts)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from schedule_engine.compiled import CompiledProblem, _csr


@dataclass
class Domains:
    start_ptr: np.ndarray  # CSR keyed by s * n_len + length
    start_idx: np.ndarray
    n_len: int  # block lengths 0 .. n_len - 1
    default_len: np.ndarray
    room_ptr: np.ndarray
    room_idx: np.ndarray
    instr_ptr: np.ndarray
    instr_idx: np.ndarray
    len_ptr: np.ndarray
    len_idx: np.ndarray
    time_free: np.ndarray
    room_free: np.ndarray
    sec_first: np.ndarray
    sec_pieces: np.ndarray
    pat_ptr: np.ndarray
    pat_len: np.ndarray

    def starts(self, s: int, length: int | None = None) -> np.ndarray:
        """Allowed starts of session s as a block of ``length`` (default: its default length)."""
        key = s * self.n_len + int(self.default_len[s] if length is None else length)
        return self.start_idx[self.start_ptr[key]:self.start_ptr[key + 1]]

    def anneal_args(self) -> tuple:
        """The domain arrays :func:`ls_kernel.anneal` takes, in its order."""
        return (self.start_ptr, self.start_idx, self.n_len, self.room_ptr, self.room_idx,
                self.instr_ptr, self.instr_idx, self.len_ptr, self.len_idx, self.time_free,
                self.room_free, self.sec_first, self.sec_pieces, self.pat_ptr, self.pat_len)

    def rooms(self, s: int) -> np.ndarray:
        return self.room_idx[self.room_ptr[s]:self.room_ptr[s + 1]]

    def instructors(self, s: int) -> np.ndarray:
        return self.instr_idx[self.instr_ptr[s]:self.instr_ptr[s + 1]]


def _block_any(mask: np.ndarray, length: int, n_periods: int) -> np.ndarray:
    """For each start slot, whether any slot of a block of ``length`` is set."""
    T = mask.shape[0]
    out = np.zeros(T, bool)
    for k in range(length):
        shifted = np.zeros(T, bool)
        shifted[:T - k] = mask[k:]
        out |= shifted
    return out


def build_domains(cp: CompiledProblem, pin_slot: np.ndarray, pin_room: np.ndarray) -> Domains:
    """Starts exclude breaks, closed slots and the unavailability of the
    course, the attendees and a sole instructor (on a two-week cycle, also
    the periods when every candidate instructor is away); falls back to every slot
    that fits the day when nothing is left, so that the search can still
    report the violation instead of failing."""
    S, T = cp.n_sessions, cp.n_slots
    n_len = cp.start_ok_by_len.shape[0]
    starts: list[list[int]] = []
    rooms: list[list[int]] = []
    instrs: list[list[int]] = []
    for s in range(S):
        instr_cands = [int(i) for i in cp.candidate_instructors(s)]
        lengths = {b for p in cp.sessions[s].patterns for b in p} or {int(cp.length[s])}
        blocked = cp.session_unavail[s].copy()
        for leaf in cp.leaves(s):
            blocked |= cp.leaf_unavail[leaf]
        if len(instr_cands) == 1:
            blocked |= cp.instr_unavail[instr_cands[0]]
        elif instr_cands and cp.n_weeks > 1:  # (two-week cycles: one-week runs stay as they were)
            blocked |= cp.instr_unavail[instr_cands].all(axis=0)
        for L in range(n_len):
            if pin_slot[s] >= 0:
                starts.append([int(pin_slot[s])])
                continue
            if L == 0 or L not in lengths:
                starts.append([])
                continue
            fits = cp.start_ok_by_len[L]
            ok = fits & ~_block_any(blocked, L, cp.n_periods)
            if not ok.any():
                ok = fits
            if not ok.any():
                ok = np.ones(T, bool)
            starts.append([int(t) for t in np.flatnonzero(ok)])
        if pin_room[s] >= 0:
            rooms.append([int(pin_room[s])])
        else:
            cand = [int(r) for r in cp.candidate_rooms(s)]
            if not cand and (cp.needs_room is None or cp.needs_room[s]):  # a room-less session: none
                cand = [int(r) for r in np.flatnonzero(cp.room_suits[s])] or list(range(cp.n_rooms))
            rooms.append(cand)
        needs_instr = cp.needs_instr is None or bool(cp.needs_instr[s])
        instrs.append(instr_cands or (list(range(cp.n_instructors)) if needs_instr else []))
    start_ptr, start_idx = _csr(starts)
    room_ptr, room_idx = _csr(rooms)
    instr_ptr, instr_idx = _csr(instrs)
    max_len = int(cp.length.max()) if S else 0
    buckets: list[list[int]] = [[] for _ in range(max_len + 1)]
    for s in range(S):
        if pin_slot[s] < 0:
            buckets[int(cp.length[s])].append(s)
    len_ptr, len_idx = _csr(buckets)
    return Domains(
        start_ptr.astype(np.int64), start_idx.astype(np.int64), int(n_len),
        cp.length.astype(np.int64), room_ptr.astype(np.int64), room_idx.astype(np.int64),
        instr_ptr.astype(np.int64), instr_idx.astype(np.int64),
        len_ptr.astype(np.int64), len_idx.astype(np.int64),
        pin_slot < 0, pin_room < 0,
        cp.section_first.astype(np.int64), cp.section_pieces.astype(np.int64),
        cp.pattern_ptr.astype(np.int64), np.ascontiguousarray(cp.pattern_len, dtype=np.int64),
    )
