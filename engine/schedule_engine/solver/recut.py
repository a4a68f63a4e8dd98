"""The re-cut move of the local search (numba): a section takes another of its
allowed block patterns and its pieces are placed again, one by one at their
least-cost start.  A pinned piece keeps its length and its place, so a
section with one is only re-cut into patterns that keep that length.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from schedule_engine.scoring import kernels as kn
from schedule_engine.scoring import recut_kernels as rk
from schedule_engine.solver.move_kernels import first_free_room, mark_cells, set_move

RECUT_RATE = 0.02
"""Share of the picks of a session whose section has several patterns that re-cut it
(a problem without such sections draws no extra random numbers)."""


@njit(cache=True, _nrt=False)
def best_piece_start(q, key, hard_weight, start_ptr, start_idx, room_ptr, room_idx, instr_ptr,
                      instr_idx, room_free, ew, rows, days, secs, row_stamp, sec_stamp, mark,
                      P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                      instr_pref, res, pmask, closed, min_days, w, flags,
                      asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc):
    """For the unplaced piece q (at its new length): the (start, room,
    instructor) of least cost change over its starts and candidate instructors,
    the first free candidate room at each, ties broken at random; the
    instructors tried are the piece's own and one other candidate at random."""
    L = asg[q, kn.A_LEN]
    best_t = -1
    best_r = asg[q, 1]
    best_i = asg[q, 2]
    best_cost = 1 << 60
    ties = 0
    ew[0, 0] = q
    n_cands = instr_ptr[q + 1] - instr_ptr[q]
    for a in range(2 if n_cands > 1 else 1):  # the piece's instructor, and one other candidate
        i = asg[q, 2]
        if a == 1 or i < 0:
            i = instr_idx[instr_ptr[q] + np.random.randint(n_cands)] if n_cands > 0 else i
        for k in range(start_ptr[key], start_ptr[key + 1]):
            t = start_idx[k]
            r = asg[q, 1]
            if room_free[q]:
                r = first_free_room(q, t, L, asg[q, kn.A_WEEK], P, flags, occ, room_ptr, room_idx)
            ew[1, 0] = t
            ew[2, 0] = r
            ew[3, 0] = i
            acc[:] = 0
            kn.compound_move(1, ew[0], ew[1], ew[2], ew[3], ew[4], ew[5], ew[6], rows, days, secs,
                             row_stamp, sec_stamp, mark, P, sess, leaf_ptr, leaf_idx, room_suits,
                             instr_ok, unav, sess_unav, instr_pref, res, pmask, closed, min_days, w,
                             flags, asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
            kn.compound_undo(1, ew[0], ew[1], ew[2], ew[3], ew[4], ew[5], ew[6], P, sess, leaf_ptr,
                             leaf_idx, flags, asg, occ, sec_day, sec_room, sec_instr, sec_cnt)
            dh, ds = kn.split_cost(w, acc)
            cost = hard_weight * dh + ds
            if cost < best_cost:
                best_cost = cost
                ties = 1
                best_t, best_r, best_i = t, r, i
            elif cost == best_cost:
                ties += 1
                if np.random.randint(ties) == 0:
                    best_t, best_r, best_i = t, r, i
    return best_t, best_r, best_i


@njit(cache=True, _nrt=False)
def try_recut(sec, T, hard_weight, start_ptr, start_idx, n_len, room_ptr, room_idx, instr_ptr,
               instr_idx, time_free, room_free, sec_first, sec_pieces, pat_ptr, pat_len, who, ms,
               mt, mr, mi, ml, ot, orr, oi, ol, pw, ew, rows, days, secs, row_stamp, sec_stamp, mark,
               P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
               instr_pref, res, pmask, closed, min_days, w, flags,
               asg, occ, sec_day, sec_room, sec_instr, sec_cnt, units, acc, total):
    """Re-cut section ``sec`` into a random other allowed pattern: take its
    free pieces out at their new lengths, then place them one by one at their
    least-cost start (and instructor); accept by the annealing rule.  A pinned
    piece keeps its length and place.  Returns (accepted, dh, ds)."""
    first = sec_first[sec]
    m = sec_pieces[sec]
    p = pat_ptr[sec] + np.random.randint(pat_ptr[sec + 1] - pat_ptr[sec])
    if m > ms.shape[0]:
        return False, 0, 0
    same = True
    ref_i = -1
    ref_r = -1
    for k in range(m):
        q = first + k
        if pat_len[p, k] != asg[q, kn.A_LEN]:
            same = False
            if not time_free[q] or not room_free[q]:
                return False, 0, 0  # a pinned piece keeps its length
        if asg[q, kn.A_LEN] > 0 and ref_i < 0:
            ref_i = asg[q, 2]
            ref_r = asg[q, 1]
    if same:
        return False, 0, 0
    n = 0  # the pieces re-placed: out first, at their new lengths
    for k in range(m):
        q = first + k
        if not time_free[q]:
            continue
        set_move(ms, mt, mr, mi, n, q, -1, asg[q, 1] if asg[q, 1] >= 0 else ref_r,
             asg[q, 2] if asg[q, 2] >= 0 else ref_i)
        ml[n] = pat_len[p, k]
        n += 1
    total[:] = 0
    rk.recut_move(n, ms, mt, mr, mi, ml, ot, orr, oi, ol, rows, days, secs, row_stamp, sec_stamp,
                  mark, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                  instr_pref, res, pmask, closed, min_days, w, flags,
                  asg, occ, sec_day, sec_room, sec_instr, sec_cnt, total)
    placed = 0
    for j in range(n):
        q = ms[j]
        L = ml[j]
        if L == 0:
            continue
        t, r, i = best_piece_start(q, q * n_len + L, hard_weight, start_ptr, start_idx, room_ptr,
                                    room_idx, instr_ptr, instr_idx, room_free, ew, rows, days,
                                    secs, row_stamp, sec_stamp, mark, P, sess, leaf_ptr, leaf_idx,
                                    room_suits, instr_ok, unav, sess_unav, instr_pref, res, pmask,
                                    closed, min_days, w, flags, asg, occ, sec_day, sec_room,
                                    sec_instr, sec_cnt, acc)
        if t < 0:
            continue
        ew[0, 0] = q
        ew[1, 0] = t
        ew[2, 0] = r
        ew[3, 0] = i
        acc[:] = 0
        kn.compound_move(1, ew[0], ew[1], ew[2], ew[3], ew[4], ew[5], ew[6], rows, days, secs,
                         row_stamp, sec_stamp, mark, P, sess, leaf_ptr, leaf_idx, room_suits,
                         instr_ok, unav, sess_unav, instr_pref, res, pmask, closed, min_days, w,
                         flags, asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
        for c in range(7):
            pw[c, placed] = ew[c, 0]
        placed += 1
        kn.add_units(total, acc)
    dh, ds = kn.split_cost(w, total)
    delta = hard_weight * dh + ds
    if delta <= 0 or np.random.random() < math.exp(-delta / T):
        kn.add_units(units, total)
        n_slots = occ.shape[1]
        for j in range(n):
            mark_cells(who, ms[j], ot[j], orr[j], ol[j], asg[ms[j], kn.A_WEEK], P, n_slots, flags, -1)
        for j in range(n):
            q = ms[j]
            mark_cells(who, q, asg[q, 0], asg[q, 1], asg[q, kn.A_LEN], asg[q, kn.A_WEEK], P, n_slots,
                       flags, q)
        return True, dh, ds
    for j in range(placed - 1, -1, -1):
        for c in range(7):
            ew[c, 0] = pw[c, j]
        kn.compound_undo(1, ew[0], ew[1], ew[2], ew[3], ew[4], ew[5], ew[6], P, sess, leaf_ptr,
                         leaf_idx, flags, asg, occ, sec_day, sec_room, sec_instr, sec_cnt)
    rk.recut_undo(n, ms, mt, mr, mi, ot, orr, oi, ol, P, sess, leaf_ptr, leaf_idx, flags,
                  asg, occ, sec_day, sec_room, sec_instr, sec_cnt)
    return False, 0, 0
