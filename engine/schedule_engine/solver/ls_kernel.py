"""Simulated-annealing local search kernel (numba).

Moves: re-time a session (into a free suitable room when there is one, or
into a random room, exchanging with the session found there), re-time a
conflicting session to its least-cost start (min-conflicts), exchange two
slots for a Kempe chain of sessions, swap the start slots of two sessions of
equal length, change a session's room, change its instructor, and re-cut a
section (choose another of its allowed block patterns and re-place its pieces;
a pinned piece keeps its length and place, so a re-cut never changes it), and
for a fortnightly session of a two-week cycle change its week (A or B), in
place, at a random start, or opposite another fortnightly block in its slot
and room (:mod:`schedule_engine.solver.week_moves`).  While the timetable is infeasible, sessions taking part
in a hard violation are picked more often.  The cost is
``hard_weight * hard + soft``; the best timetable met (hard first, then soft)
is copied out.  A call runs a fixed number of iterations so that the caller can
check its stop flag between calls.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from schedule_engine.scoring import kernels as kn
from schedule_engine.solver.move_kernels import (
    first_free_room, instructor_fits, mark_cells, pick_room, set_move, share,
)
from schedule_engine.solver.recut import RECUT_RATE, try_recut
from schedule_engine.solver.week_moves import WEEK_RATE, try_week_move



@njit(cache=True, _nrt=False)
def collect_conflicts(P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                      instr_pref, res, pmask, closed, flags, asg, occ, out, scratch):
    """Sessions taking part in a hard violation, into ``out``; returns how many."""
    n = 0
    for s in range(asg.shape[0]):
        if kn.session_has_hard(s, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                               sess_unav, instr_pref, res, pmask, closed, flags, asg, occ,
                               scratch):
            out[n] = s
            n += 1
    return n


@njit(cache=True, _nrt=False)
def _best_start(s, key, hard_weight, start_ptr, start_idx, room_ptr, room_idx, room_free,
                ms, mt, mr, mi, ot, orr, oi, rows, days, secs, row_stamp, sec_stamp, mark, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                instr_pref, res, pmask, closed, min_days, w, flags,
                asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc):
    """Min-conflicts: the start (and first free room) with the lowest cost
    change for s, ties broken at random.  Returns (slot, room)."""
    best_t = -1
    best_r = -1
    best_cost = 1 << 60
    ties = 0
    L = asg[s, kn.A_LEN]
    ms[0] = s
    mi[0] = asg[s, 2]
    for k in range(start_ptr[key], start_ptr[key + 1]):
        t = start_idx[k]
        r = asg[s, 1]
        if room_free[s]:
            r = first_free_room(s, t, L, asg[s, kn.A_WEEK], P, flags, occ, room_ptr, room_idx)
        mt[0] = t
        mr[0] = r
        acc[:] = 0
        kn.compound_move(1, ms, mt, mr, mi, ot, orr, oi, rows, days, secs, row_stamp, sec_stamp,
                         mark, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                         instr_pref, res, pmask, closed, min_days, w, flags,
                         asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
        kn.compound_undo(1, ms, mt, mr, mi, ot, orr, oi, P, sess, leaf_ptr, leaf_idx, flags,
                         asg, occ, sec_day, sec_room, sec_instr, sec_cnt)
        dh, ds = kn.split_cost(w, acc)
        cost = hard_weight * dh + ds
        if cost < best_cost:
            best_cost = cost
            best_t = t
            best_r = r
            ties = 1
        elif cost == best_cost:
            ties += 1
            if np.random.randint(ties) == 0:
                best_t = t
                best_r = r
    return best_t, best_r


@njit(cache=True, _nrt=False)
def _kempe_chain(s, t2, sess, leaf_ptr, leaf_idx, time_free, asg, chain, buf1, buf2):
    """The Kempe chain of s between its slot and t2: sessions of the same
    length starting at either slot, linked by a shared instructor or student
    set.  Returns its size, or 0 when it is too long or holds a pinned session."""
    t1 = asg[s, 0]
    L = asg[s, kn.A_LEN]
    n1 = 0
    n2 = 0
    for q in range(asg.shape[0]):
        if asg[q, kn.A_LEN] == L:
            if asg[q, 0] == t1:
                buf1[n1] = q
                n1 += 1
            elif asg[q, 0] == t2:
                buf2[n2] = q
                n2 += 1
    chain[0] = s
    size = 1
    head = 0
    while head < size:
        m = chain[head]
        head += 1
        other = buf2 if asg[m, 0] == t1 else buf1
        n_other = n2 if asg[m, 0] == t1 else n1
        for k in range(n_other):
            c = other[k]
            seen = False
            for j in range(size):
                if chain[j] == c:
                    seen = True
                    break
            if seen or not share(m, c, leaf_ptr, leaf_idx, asg):
                continue
            if not time_free[c] or size >= chain.shape[0]:
                return 0
            chain[size] = c
            size += 1
    return size


@njit(cache=True)
def anneal(n_iter, temperature, cooling, per_temp, hard_weight, seed,
           start_ptr, start_idx, n_len, room_ptr, room_idx, instr_ptr, instr_idx, len_ptr, len_idx,
           time_free, room_free, sec_first, sec_pieces, pat_ptr, pat_len, best_asg, best_score,
           P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
           instr_pref, res, pmask, closed, min_days, w, flags,
           asg, occ, sec_day, sec_room, sec_instr, sec_cnt, units):
    """Run ``n_iter`` annealing steps from the current state.  Returns
    (temperature, accepted moves, improvements of the best).  ``best_asg`` and
    ``best_score`` (hard, soft) are updated in place.

    Every move is a list of sessions with their new placements, applied by
    :func:`kernels.compound_move` and, when rejected, undone without scoring.
    """
    np.random.seed(seed)
    S = asg.shape[0]
    if S == 0:
        return temperature, 0, 0
    acc = np.zeros(kn.K, np.int64)
    conflicts = np.zeros(S, np.int64)
    n_slots = occ.shape[1]
    who = np.full(room_suits.shape[1] * n_slots, -1, np.int64)
    MAXM = 48
    chain = np.zeros(MAXM, np.int64)
    buf1 = np.zeros(S, np.int64)
    buf2 = np.zeros(S, np.int64)
    ms = np.zeros(MAXM, np.int64)
    mt = np.zeros(MAXM, np.int64)
    mr = np.zeros(MAXM, np.int64)
    mi = np.zeros(MAXM, np.int64)
    ot = np.zeros(MAXM, np.int64)
    orr = np.zeros(MAXM, np.int64)
    oi = np.zeros(MAXM, np.int64)
    ml = np.zeros(MAXM, np.int64)
    ol = np.zeros(MAXM, np.int64)
    pw = np.zeros((7, MAXM), np.int64)
    ew = np.zeros((7, 1), np.int64)
    max_leaves = 0
    for q in range(S):
        max_leaves = max(max_leaves, leaf_ptr[q + 1] - leaf_ptr[q])
    n_rows = 2 * MAXM * flags[kn.F_N_WEEKS] * (max_leaves + 2)
    rows = np.zeros(n_rows, np.int64)
    days = np.zeros(n_rows, np.int64)
    secs = np.zeros(MAXM, np.int64)
    row_stamp = np.zeros((occ.shape[0], n_slots // P), np.int64)
    sec_stamp = np.zeros(min_days.shape[0], np.int64)
    mark = np.zeros(1, np.int64)
    scratch = np.zeros(kn.K, np.int64)
    return _anneal_loop(n_iter, temperature, cooling, per_temp, hard_weight,
                        start_ptr, start_idx, n_len, room_ptr, room_idx, instr_ptr, instr_idx,
                        len_ptr, len_idx, time_free, room_free, sec_first, sec_pieces, pat_ptr,
                        pat_len, best_asg, best_score,
                        P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                        instr_pref, res, pmask, closed, min_days, w, flags,
                        asg, occ, sec_day, sec_room, sec_instr, sec_cnt, units,
                        acc, conflicts, scratch, who, chain, buf1, buf2, ms, mt, mr, mi, ot, orr,
                        oi, ml, ol, pw, ew, rows, days, secs, row_stamp, sec_stamp, mark)


@njit(cache=True, _nrt=False)
def _anneal_loop(n_iter, temperature, cooling, per_temp, hard_weight,
                 start_ptr, start_idx, n_len, room_ptr, room_idx, instr_ptr, instr_idx, len_ptr,
                 len_idx, time_free, room_free, sec_first, sec_pieces, pat_ptr, pat_len,
                 best_asg, best_score,
                 P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                 instr_pref, res, pmask, closed, min_days, w, flags,
                 asg, occ, sec_day, sec_room, sec_instr, sec_cnt, units,
                 acc, conflicts, scratch, who, chain, buf1, buf2, ms, mt, mr, mi, ot, orr,
                 oi, ml, ol, pw, ew, rows, days, secs, row_stamp, sec_stamp, mark):
    """The annealing loop of :func:`anneal` on preallocated scratch arrays
    (compiled without reference counting: it allocates nothing)."""
    S = asg.shape[0]
    n_slots = occ.shape[1]
    n_conf = 0
    hard, soft = kn.split_cost(w, units)
    accepted = 0
    improvements = 0
    T = temperature
    for q in range(S):
        mark_cells(who, q, asg[q, 0], asg[q, 1], asg[q, kn.A_LEN], asg[q, kn.A_WEEK], P, n_slots,
                   flags, q)
    for it in range(n_iter):
        if (it + 1) % per_temp == 0:
            T *= cooling
        if hard > 0 and it % 200 == 0:
            n_conf = collect_conflicts(P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                                       sess_unav, instr_pref, res, pmask, closed, flags, asg,
                                       occ, conflicts, scratch)
        focused = hard > 0 and n_conf > 0 and np.random.random() < 0.5
        if focused:
            s = conflicts[np.random.randint(n_conf)]
        else:
            s = np.random.randint(S)
        sec = sess[s, kn.C_SECTION]
        if pat_ptr[sec + 1] - pat_ptr[sec] > 1 and np.random.random() < RECUT_RATE:
            ok, dh, ds = try_recut(sec, T, hard_weight, start_ptr, start_idx, n_len, room_ptr,
                                    room_idx, instr_ptr, instr_idx, time_free, room_free,
                                    sec_first, sec_pieces, pat_ptr, pat_len, who, ms, mt, mr, mi,
                                    ml, ot, orr, oi, ol, pw, ew, rows, days, secs, row_stamp,
                                    sec_stamp, mark,
                                    P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                                    sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                                    asg, occ, sec_day, sec_room, sec_instr, sec_cnt, units, acc,
                                    scratch)
            if ok:
                hard += dh
                soft += ds
                accepted += 1
                if hard < best_score[0] or (hard == best_score[0] and soft < best_score[1]):
                    best_score[0] = hard
                    best_score[1] = soft
                    for q in range(S):
                        for c in range(asg.shape[1]):
                            best_asg[q, c] = asg[q, c]
                    improvements += 1
            continue
        if asg[s, kn.A_LEN] == 0:
            continue  # a piece the section's current pattern does not use
        if asg[s, kn.A_WEEK] > 0 and time_free[s] and np.random.random() < WEEK_RATE:
            ok, dh, ds = try_week_move(s, T, hard_weight, start_ptr, start_idx, n_len, room_ptr,
                                       room_idx, len_ptr, len_idx, room_free, who, P, sess,
                                       leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                                       instr_pref, res, pmask, closed, min_days, w, flags,
                                       asg, occ, sec_day, sec_room, sec_instr, sec_cnt, units,
                                       acc, scratch)
            if ok:
                hard += dh
                soft += ds
                accepted += 1
                if hard < best_score[0] or (hard == best_score[0] and soft < best_score[1]):
                    best_score[0] = hard
                    best_score[1] = soft
                    for q in range(S):
                        for c in range(asg.shape[1]):
                            best_asg[q, c] = asg[q, c]
                    improvements += 1
            continue
        key = s * n_len + asg[s, kn.A_LEN]
        u = np.random.random()
        t0 = asg[s, 0]
        r0 = asg[s, 1]
        i0 = asg[s, 2]
        m = 0
        if focused and u < 0.05 and time_free[s] and start_ptr[key + 1] > start_ptr[key]:
            t, r = _best_start(s, key, hard_weight, start_ptr, start_idx, room_ptr, room_idx,
                               room_free, ms, mt, mr, mi, ot, orr, oi, rows, days, secs,
                               row_stamp, sec_stamp, mark, P, sess, leaf_ptr, leaf_idx, room_suits,
                               instr_ok, unav, sess_unav, instr_pref, res, pmask, closed,
                               min_days, w, flags, asg, occ, sec_day, sec_room, sec_instr,
                               sec_cnt, acc)
            if t == t0 and r == r0:
                continue
            set_move(ms, mt, mr, mi, 0, s, t, r, i0)
            m = 1
        elif u < 0.25 and t0 >= 0 and room_free[s] and time_free[s] \
                and start_ptr[key + 1] > start_ptr[key] and room_ptr[s + 1] > room_ptr[s]:
            # move to a random (start, room); exchange with the session there
            L = asg[s, kn.A_LEN]
            t = start_idx[start_ptr[key] + np.random.randint(start_ptr[key + 1] - start_ptr[key])]
            r = r0
            if np.random.random() < 0.5:
                r = room_idx[room_ptr[s] + np.random.randint(room_ptr[s + 1] - room_ptr[s])]
            if t == t0 and r == r0:
                continue
            set_move(ms, mt, mr, mi, 0, s, t, r, i0)
            m = 1
            b = who[r * n_slots + t + (asg[s, kn.A_WEEK] - 1 if asg[s, kn.A_WEEK] > 0 else 0)
                    * flags[kn.F_N_DAYS] * P]
            if (b >= 0 and b != s and asg[b, 0] == t and asg[b, 1] == r
                    and asg[b, kn.A_LEN] == L and time_free[b] and room_free[b]
                    and r0 >= 0 and room_suits[b, r0]):
                set_move(ms, mt, mr, mi, 1, b, t0, r0, asg[b, 2])
                m = 2
        elif u < 0.5 or t0 < 0:
            n = start_ptr[key + 1] - start_ptr[key]
            if not time_free[s] or n == 0:
                continue
            L = asg[s, kn.A_LEN]
            t = start_idx[start_ptr[key] + np.random.randint(n)]
            for _ in range(3):  # prefer starts where the instructor is free
                if t != t0 and instructor_fits(occ, unav, flags, i0, t, L, asg[s, kn.A_WEEK], P):
                    break
                t = start_idx[start_ptr[key] + np.random.randint(n)]
            if t == t0:
                continue
            r = r0
            if room_free[s]:
                r = pick_room(s, t, r0, L, asg[s, kn.A_WEEK], P, room_suits, flags, occ,
                               room_ptr, room_idx, sec_room, sess[s, kn.C_SECTION])
            set_move(ms, mt, mr, mi, 0, s, t, r, i0)
            m = 1
        elif u < 0.62:
            # Kempe chain: exchange two slots for a connected set of sessions
            n = start_ptr[key + 1] - start_ptr[key]
            if t0 < 0 or not time_free[s] or n < 2:
                continue
            t2 = start_idx[start_ptr[key] + np.random.randint(n)]
            if t2 == t0:
                continue
            m = _kempe_chain(s, t2, sess, leaf_ptr, leaf_idx, time_free, asg, chain, buf1, buf2)
            if m == 0:
                continue
            for j in range(m):
                q = chain[j]
                set_move(ms, mt, mr, mi, j, q, t2 if asg[q, 0] == t0 else t0, asg[q, 1], asg[q, 2])
        elif u < 0.85:
            L = asg[s, kn.A_LEN]
            if L + 1 >= len_ptr.shape[0]:
                continue
            a0 = len_ptr[L]
            n = len_ptr[L + 1] - a0
            if n < 2 or not time_free[s]:
                continue
            b = len_idx[a0 + np.random.randint(n)]
            tb = asg[b, 0]
            if b == s or tb < 0 or tb == t0 or asg[b, kn.A_LEN] != L:
                continue
            set_move(ms, mt, mr, mi, 0, s, tb, r0, i0)
            set_move(ms, mt, mr, mi, 1, b, t0, asg[b, 1], asg[b, 2])
            m = 2
        elif u < 0.95:
            n = room_ptr[s + 1] - room_ptr[s]
            if n < 2 or not room_free[s]:
                continue
            r = room_idx[room_ptr[s] + np.random.randint(n)]
            if np.random.random() < 0.5:
                r = pick_room(s, t0, -1, asg[s, kn.A_LEN], asg[s, kn.A_WEEK], P, room_suits, flags, occ,
                               room_ptr, room_idx, sec_room, sess[s, kn.C_SECTION])
            if r == r0:
                continue
            set_move(ms, mt, mr, mi, 0, s, t0, r, i0)
            m = 1
        else:
            n = instr_ptr[s + 1] - instr_ptr[s]
            if n < 2:
                continue
            i = instr_idx[instr_ptr[s] + np.random.randint(n)]
            if t0 >= 0:
                for _ in range(3):  # prefer an instructor free at this time
                    if i != i0 and instructor_fits(occ, unav, flags, i, t0, asg[s, kn.A_LEN],
                                                   asg[s, kn.A_WEEK], P):
                        break
                    i = instr_idx[instr_ptr[s] + np.random.randint(n)]
            if i == i0:
                continue
            set_move(ms, mt, mr, mi, 0, s, t0, r0, i)
            m = 1
        acc[:] = 0
        kn.compound_move(m, ms, mt, mr, mi, ot, orr, oi, rows, days, secs, row_stamp, sec_stamp,
                         mark, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                         instr_pref, res, pmask, closed, min_days, w, flags,
                         asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
        dh, ds = kn.split_cost(w, acc)
        delta = hard_weight * dh + ds
        if delta <= 0 or np.random.random() < math.exp(-delta / T):
            kn.add_units(units, acc)
            for j in range(m):
                q = ms[j]
                mark_cells(who, q, ot[j], orr[j], asg[q, kn.A_LEN], asg[q, kn.A_WEEK], P, n_slots,
                           flags, -1)
            for j in range(m):
                q = ms[j]
                mark_cells(who, q, mt[j], mr[j], asg[q, kn.A_LEN], asg[q, kn.A_WEEK], P, n_slots,
                           flags, q)
            hard += dh
            soft += ds
            accepted += 1
            if hard < best_score[0] or (hard == best_score[0] and soft < best_score[1]):
                best_score[0] = hard
                best_score[1] = soft
                for q in range(S):
                    for c in range(asg.shape[1]):
                        best_asg[q, c] = asg[q, c]
                improvements += 1
        else:
            kn.compound_undo(m, ms, mt, mr, mi, ot, orr, oi, P, sess, leaf_ptr, leaf_idx, flags,
                             asg, occ, sec_day, sec_room, sec_instr, sec_cnt)
    return T, accepted, improvements
