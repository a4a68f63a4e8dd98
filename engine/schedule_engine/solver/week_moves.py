"""The week move of the local search (numba): a fortnightly session of a
two-week cycle changes its week (A <-> B), either where it is, at a random
start, or opposite another fortnightly block of the same length -- in that
block's slot and room, in the other week -- so that two fortnightly sections
can share a slot and a room, one in week A and one in week B.

Only sessions with a week (``asg[s, A_WEEK]`` 1 or 2) are ever offered this
move, so a problem without fortnightly sessions draws no extra random numbers.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from schedule_engine.scoring import kernels as kn
from schedule_engine.scoring.week_kernels import move_session_week
from schedule_engine.solver.move_kernels import mark_cells, pick_room

WEEK_RATE = 0.1
"""Share of the picks of a fortnightly session that try a week move."""


@njit(cache=True, _nrt=False)
def _allowed_start(start_ptr, start_idx, key, t):
    for k in range(start_ptr[key], start_ptr[key + 1]):
        if start_idx[k] == t:
            return True
    return False


@njit(cache=True, _nrt=False)
def _week_target(s, start_ptr, start_idx, n_len, room_ptr, room_idx, len_ptr, len_idx, room_free,
                 P, sess, room_suits, flags, asg, occ, sec_room):
    """The (slot, room, week) a week move proposes for s; slot -1: none."""
    L = asg[s, kn.A_LEN]
    t0 = asg[s, 0]
    r0 = asg[s, 1]
    key = s * n_len + L
    section = sess[s, kn.C_SECTION]
    u = np.random.random()
    if u < 0.4 and t0 >= 0:  # the other week, same start
        wk = 3 - asg[s, kn.A_WEEK]
        r = r0
        if room_free[s]:
            r = pick_room(s, t0, r0, L, wk, P, room_suits, flags, occ, room_ptr, room_idx,
                          sec_room, section)
        return t0, r, wk
    if u < 0.75:  # opposite another fortnightly block of the same length
        if L + 1 >= len_ptr.shape[0]:
            return -1, r0, 0
        a0 = len_ptr[L]
        n = len_ptr[L + 1] - a0
        if n < 2:
            return -1, r0, 0
        b = len_idx[a0 + np.random.randint(n)]
        t = asg[b, 0]
        if (b == s or asg[b, kn.A_WEEK] == 0 or t < 0 or asg[b, kn.A_LEN] != L
                or not _allowed_start(start_ptr, start_idx, key, t)):
            return -1, r0, 0
        wk = 3 - asg[b, kn.A_WEEK]
        r = r0
        rb = asg[b, 1]
        if room_free[s] and rb >= 0 and room_suits[s, rb]:
            r = rb
        elif room_free[s]:
            r = pick_room(s, t, r0, L, wk, P, room_suits, flags, occ, room_ptr, room_idx,
                          sec_room, section)
        return t, r, wk
    n = start_ptr[key + 1] - start_ptr[key]  # a random start, a random week
    if n == 0:
        return -1, r0, 0
    t = start_idx[start_ptr[key] + np.random.randint(n)]
    wk = 1 + np.random.randint(2)
    r = r0
    if room_free[s]:
        r = pick_room(s, t, r0, L, wk, P, room_suits, flags, occ, room_ptr, room_idx, sec_room,
                      section)
    return t, r, wk


@njit(cache=True, _nrt=False)
def try_week_move(s, T, hard_weight, start_ptr, start_idx, n_len, room_ptr, room_idx, len_ptr,
                  len_idx, room_free, who, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                  sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                  asg, occ, sec_day, sec_room, sec_instr, sec_cnt, units, acc, scratch):
    """Propose a week move for the fortnightly session s and accept it by the
    annealing rule at temperature T.  Returns (accepted, dh, ds)."""
    t, r, wk = _week_target(s, start_ptr, start_idx, n_len, room_ptr, room_idx, len_ptr, len_idx,
                            room_free, P, sess, room_suits, flags, asg, occ, sec_room)
    t0 = asg[s, 0]
    r0 = asg[s, 1]
    i0 = asg[s, 2]
    w0 = asg[s, kn.A_WEEK]
    if t < 0 or (t == t0 and r == r0 and wk == w0):
        return False, 0, 0
    acc[:] = 0
    move_session_week(s, t, r, i0, wk, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                      sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                      asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
    dh, ds = kn.split_cost(w, acc)
    delta = hard_weight * dh + ds
    if delta <= 0 or np.random.random() < math.exp(-delta / T):
        kn.add_units(units, acc)
        L = asg[s, kn.A_LEN]
        n_cells = occ.shape[1]
        mark_cells(who, s, t0, r0, L, w0, P, n_cells, flags, -1)
        mark_cells(who, s, t, r, L, wk, P, n_cells, flags, s)
        return True, dh, ds
    move_session_week(s, t0, r0, i0, w0, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                      sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                      asg, occ, sec_day, sec_room, sec_instr, sec_cnt, scratch)
    return False, 0, 0
