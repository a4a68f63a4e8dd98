"""Small numba helpers of the local search's moves: is a room or an instructor
free for a block, which room to take, the room-cell index of who is where,
and filling a move's lists.  "Free" means free in every week of the cycle the
session occupies (``wk``: its ``asg`` week, see :mod:`schedule_engine.scoring.kernels`)."""

from __future__ import annotations

import numpy as np
from numba import njit

from schedule_engine.scoring import kernels as kn
from schedule_engine.scoring.week_kernels import cells_free


@njit(cache=True, _nrt=False)
def pick_room(s, t, cur, L, wk, P, room_suits, flags, occ, room_ptr, room_idx, sec_room, section):
    """A room for s at t: the current one when free (half the time), else a
    free candidate already used by the section (room stability), else any
    free candidate scanning from a random offset, else a random candidate."""
    a = room_ptr[s]
    n = room_ptr[s + 1] - a
    if n == 0:
        return cur
    base = flags[kn.F_N_LEAVES] + flags[kn.F_N_INSTR]
    if cur >= 0 and room_suits[s, cur] and np.random.random() < 0.5 \
            and cells_free(occ, base + cur, t, L, wk, P, flags):
        return cur
    off = np.random.randint(n)
    fallback = -1
    for k in range(n):
        r = room_idx[a + (off + k) % n]
        if cells_free(occ, base + r, t, L, wk, P, flags):
            if sec_room[section, r] > 0:
                return r
            if fallback < 0:
                fallback = r
    if fallback >= 0:
        return fallback
    return room_idx[a + off]


@njit(cache=True, _nrt=False)
def instructor_fits(occ, unav, flags, i, t, length, wk, P):
    """Instructor i is available and free for a block of ``length`` at t."""
    if i < 0:
        return True
    row = flags[kn.F_N_LEAVES] + i
    d = t // P
    p0 = t - d * P
    end = min(p0 + length, P)
    for p in range(p0, end):
        if unav[row, d * P + p]:
            return False
    return cells_free(occ, row, t, length, wk, P, flags)


@njit(cache=True, _nrt=False)
def first_free_room(s, t, L, wk, P, flags, occ, room_ptr, room_idx):
    a = room_ptr[s]
    n = room_ptr[s + 1] - a
    if n == 0:
        return -1
    base = flags[kn.F_N_LEAVES] + flags[kn.F_N_INSTR]
    for k in range(n):
        r = room_idx[a + k]
        if cells_free(occ, base + r, t, L, wk, P, flags):
            return r
    return room_idx[a]


@njit(cache=True, _nrt=False)
def mark_cells(who, q, t, r, L, wk, P, T, flags, value):
    """Record (value >= 0) or clear (value < 0, only cells still naming q) the
    room cells of session q placed at (t, r) in week ``wk`` (T: cells per room)."""
    if t < 0 or r < 0:
        return
    d = t // P
    p0 = t - d * P
    end = min(p0 + L, P)
    if flags[kn.F_N_WEEKS] == 1:
        _mark_row(who, q, r * T + d * P, p0, end, value)
        return
    lo, nw = kn.week_span(wk, flags)
    for x in range(lo, lo + nw):
        _mark_row(who, q, r * T + (x * flags[kn.F_N_DAYS] + d) * P, p0, end, value)


@njit(cache=True, _nrt=False)
def _mark_row(who, q, base, p0, end, value):
    for p in range(p0, end):
        cell = base + p
        if value >= 0:
            who[cell] = value
        elif who[cell] == q:
            who[cell] = -1


@njit(cache=True, _nrt=False)
def share(a, b, leaf_ptr, leaf_idx, asg):
    """Sessions a and b need a common instructor or student set."""
    if asg[a, 2] >= 0 and asg[a, 2] == asg[b, 2]:
        return True
    for x in range(leaf_ptr[a], leaf_ptr[a + 1]):
        for y in range(leaf_ptr[b], leaf_ptr[b + 1]):
            if leaf_idx[x] == leaf_idx[y]:
                return True
    return False


@njit(cache=True, _nrt=False)
def set_move(ms, mt, mr, mi, j, s, t, r, i):
    ms[j] = s
    mt[j] = t
    mr[j] = r
    mi[j] = i
