"""Numba kernels of the incremental scorer that choose a session's week as
well as its place (a fortnightly session is taught in week A or B of a
two-week cycle), and the scans of every start of one session (the drag
inspector's colouring and construction).

A session's week is ``asg[s, A_WEEK]``; :func:`move_session_week` takes the
session out, gives it the new week and puts it back, so the totals stay
exact as with :func:`kernels.move_session`.  On a one-week problem the week
is always 0 and these kernels score exactly as the plain moves.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from schedule_engine.scoring.kernels import (
    A_LEN, A_WEEK, F_N_DAYS, F_N_INSTR, F_N_LEAVES, F_N_WEEKS, K, add_session, add_units, remove_session,
    split_cost, week_span,
)


@njit(cache=True, _nrt=False)
def move_session_week(s, t, r, i, wk, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                      sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                      asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc):
    """Move s to (t, r, i) in week ``wk`` (a fortnightly session's A or B)."""
    remove_session(s, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                   instr_pref, res, pmask, closed, min_days, w, flags,
                   asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
    asg[s, A_WEEK] = wk  # an unplaced session's terms do not depend on its week
    add_session(s, t, r, i, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                instr_pref, res, pmask, closed, min_days, w, flags,
                asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)


@njit(cache=True, _nrt=False)
def apply_move_week(s, t, r, i, wk, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                    sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                    asg, occ, sec_day, sec_room, sec_instr, sec_cnt, units, acc):
    """Move s to (t, r, i) in week ``wk`` for good; returns the (hard, soft) change."""
    acc[:] = 0
    move_session_week(s, t, r, i, wk, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                      sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                      asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
    add_units(units, acc)
    return split_cost(w, acc)


@njit(cache=True, _nrt=False)
def delta_move_week(s, t, r, i, wk, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                    sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                    asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc, scratch):
    """The units change of moving s to (t, r, i) in week ``wk`` into ``acc``, state unchanged."""
    acc[:] = 0
    t0 = asg[s, 0]
    r0 = asg[s, 1]
    i0 = asg[s, 2]
    w0 = asg[s, A_WEEK]
    move_session_week(s, t, r, i, wk, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                      sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                      asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
    move_session_week(s, t0, r0, i0, w0, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                      sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                      asg, occ, sec_day, sec_room, sec_instr, sec_cnt, scratch)
    return split_cost(w, acc)


@njit(cache=True, _nrt=False)
def cells_free(occ, row, t, L, wk, P, flags):
    """Resource row has nothing at the block of length L from t, in every week
    a session of week ``wk`` occupies."""
    day = t // P
    p0 = t - day * P
    end = min(p0 + L, P)
    if flags[F_N_WEEKS] == 1:
        for p in range(p0, end):
            if occ[row, day * P + p] > 0:
                return False
        return True
    lo, nw = week_span(wk, flags)
    for x in range(lo, lo + nw):
        base = (x * flags[F_N_DAYS] + day) * P
        for p in range(p0, end):
            if occ[row, base + p] > 0:
                return False
    return True


@njit(cache=True)
def evaluate_starts(s, instr, wk, cand_rooms, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok,
                    unav, sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                    asg, occ, sec_day, sec_room, sec_instr, sec_cnt, out_hard, out_soft, out_room):
    """For every start slot, the best (hard, soft) change of moving s there over
    ``cand_rooms`` (instructor ``instr``), and that room; in week ``wk`` (-1:
    the session's own week)."""
    acc = np.zeros(K, np.int64)
    scratch = np.zeros(K, np.int64)
    if wk < 0:
        wk = asg[s, A_WEEK]
    for t in range(out_hard.shape[0]):
        best_h = 1 << 40
        best_s = 1 << 40
        best_r = -1
        n = cand_rooms.shape[0]
        for k in range(max(n, 1)):
            r = cand_rooms[k] if n > 0 else asg[s, 1]
            h, so = delta_move_week(s, t, r, instr, wk, P, sess, leaf_ptr, leaf_idx, room_suits,
                                    instr_ok, unav, sess_unav, instr_pref, res, pmask, closed,
                                    min_days, w, flags, asg, occ, sec_day, sec_room, sec_instr,
                                    sec_cnt, acc, scratch)
            if h < best_h or (h == best_h and so < best_s):
                best_h = h
                best_s = so
                best_r = r
        out_hard[t] = best_h
        out_soft[t] = best_s
        out_room[t] = best_r


@njit(cache=True)
def evaluate_starts_free_room(s, instr, wk, cand_rooms, P, sess, leaf_ptr, leaf_idx, room_suits,
                              instr_ok, unav, sess_unav, instr_pref, res, pmask, closed, min_days,
                              w, flags, asg, occ, sec_day, sec_room, sec_instr, sec_cnt,
                              out_hard, out_soft, out_room):
    """Like :func:`evaluate_starts` but one room per start: the first candidate
    free for the whole block in the session's weeks (else the first candidate).
    For construction, where trying every room at every start costs too much."""
    acc = np.zeros(K, np.int64)
    scratch = np.zeros(K, np.int64)
    base = flags[F_N_LEAVES] + flags[F_N_INSTR]
    L = asg[s, A_LEN]
    n = cand_rooms.shape[0]
    if wk < 0:
        wk = asg[s, A_WEEK]
    for t in range(out_hard.shape[0]):
        r = cand_rooms[0] if n > 0 else asg[s, 1]
        for k in range(n):
            if cells_free(occ, base + cand_rooms[k], t, L, wk, P, flags):
                r = cand_rooms[k]
                break
        h, so = delta_move_week(s, t, r, instr, wk, P, sess, leaf_ptr, leaf_idx, room_suits,
                                instr_ok, unav, sess_unav, instr_pref, res, pmask, closed,
                                min_days, w, flags, asg, occ, sec_day, sec_room, sec_instr,
                                sec_cnt, acc, scratch)
        out_hard[t] = h
        out_soft[t] = so
        out_room[t] = r
