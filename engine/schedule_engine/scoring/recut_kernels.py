"""Numba kernels of a re-cut: a section's pieces change length (another block
pattern) while they move, scored like :func:`kernels.compound_move`.

A piece's current length is ``asg[s, A_LEN]``; 0 retires it (never placed,
no section counts).  :func:`recut_move` scores each touched (resource, day)
row and section once before and once after, the pieces' own terms with their
old and new lengths; :func:`recut_undo` restores counts, lengths and places.
"""

from __future__ import annotations

from numba import njit

from schedule_engine.scoring.kernels import (
    A_LEN, A_WEEK, C_SECTION, N_ACTIVE, _collect_rows, _count, _listed_terms, unary_terms,
)


@njit(cache=True, _nrt=False)
def _set_lengths(m, ms, ln, sess, asg, sec_cnt):
    """Give the pieces ``ms[:m]`` the lengths ``ln`` (no scoring), keeping
    the sections' counts of used pieces."""
    for j in range(m):
        s = ms[j]
        n = sess[s, C_SECTION]
        if asg[s, A_LEN] > 0:
            sec_cnt[n, N_ACTIVE] -= 1
        asg[s, A_LEN] = ln[j]
        if ln[j] > 0:
            sec_cnt[n, N_ACTIVE] += 1


@njit(cache=True, _nrt=False)
def recut_move(m, ms, mt, mr, mi, ml, ot, orr, oi, ol, rows, days, secs, row_stamp, sec_stamp,
               mark, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
               instr_pref, res, pmask, closed, min_days, w, flags,
               asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc):
    """Like :func:`compound_move`, and the pieces ``ms[:m]`` also take the
    lengths ``ml`` (a section's new pattern; 0 retires a piece, whose ``mt``
    must then be -1).  Old lengths go to ``ol``; undo with :func:`recut_undo`."""
    mark[0] += 1
    stamp = mark[0]
    n = 0
    n_sec = 0
    for j in range(m):
        s = ms[j]
        ot[j] = asg[s, 0]
        orr[j] = asg[s, 1]
        oi[j] = asg[s, 2]
        ol[j] = asg[s, A_LEN]
        n = _collect_rows(s, ot[j], orr[j], oi[j], asg[s, A_WEEK], P, leaf_ptr, leaf_idx, flags, row_stamp,
                          stamp, rows, days, n)
        n = _collect_rows(s, mt[j], mr[j], mi[j], asg[s, A_WEEK], P, leaf_ptr, leaf_idx, flags, row_stamp,
                          stamp, rows, days, n)
        sec = sess[s, C_SECTION]
        if sec_stamp[sec] != stamp:
            sec_stamp[sec] = stamp
            secs[n_sec] = sec
            n_sec += 1
    _listed_terms(rows, days, n, secs, n_sec, P, res, pmask, closed, min_days, w, flags, occ,
                  sec_cnt, acc, -1)
    for j in range(m):
        unary_terms(ms[j], ot[j], orr[j], oi[j], ol[j], asg[ms[j], A_WEEK], P, sess, leaf_ptr, leaf_idx, room_suits,
                    instr_ok, unav, sess_unav, instr_pref, res, pmask, closed, flags, acc, -1)
    for j in range(m):  # out of the old placements, with the old lengths
        if ot[j] >= 0:
            _count(ms[j], ot[j], orr[j], oi[j], ol[j], asg[ms[j], A_WEEK], P, sess, leaf_ptr, leaf_idx, flags, occ,
                   sec_day, sec_room, sec_instr, sec_cnt, -1)
    _set_lengths(m, ms, ml, sess, asg, sec_cnt)
    for j in range(m):  # into the new ones, with the new lengths
        s = ms[j]
        if mt[j] >= 0:
            _count(s, mt[j], mr[j], mi[j], ml[j], asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, flags, occ,
                   sec_day, sec_room, sec_instr, sec_cnt, 1)
        asg[s, 0] = mt[j]
        asg[s, 1] = mr[j]
        asg[s, 2] = mi[j]
    _listed_terms(rows, days, n, secs, n_sec, P, res, pmask, closed, min_days, w, flags, occ,
                  sec_cnt, acc, 1)
    for j in range(m):
        unary_terms(ms[j], mt[j], mr[j], mi[j], ml[j], asg[ms[j], A_WEEK], P, sess, leaf_ptr, leaf_idx, room_suits,
                    instr_ok, unav, sess_unav, instr_pref, res, pmask, closed, flags, acc, 1)


@njit(cache=True, _nrt=False)
def recut_undo(m, ms, mt, mr, mi, ot, orr, oi, ol, P, sess, leaf_ptr, leaf_idx, flags,
               asg, occ, sec_day, sec_room, sec_instr, sec_cnt):
    """Revert :func:`recut_move` (counts, lengths and assignment only)."""
    for j in range(m):
        if mt[j] >= 0:
            _count(ms[j], mt[j], mr[j], mi[j], asg[ms[j], A_LEN], asg[ms[j], A_WEEK], P, sess, leaf_ptr, leaf_idx,
                   flags, occ, sec_day, sec_room, sec_instr, sec_cnt, -1)
    _set_lengths(m, ms, ol, sess, asg, sec_cnt)
    for j in range(m):
        s = ms[j]
        if ot[j] >= 0:
            _count(s, ot[j], orr[j], oi[j], ol[j], asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, flags, occ,
                   sec_day, sec_room, sec_instr, sec_cnt, 1)
        asg[s, 0] = ot[j]
        asg[s, 1] = orr[j]
        asg[s, 2] = oi[j]
