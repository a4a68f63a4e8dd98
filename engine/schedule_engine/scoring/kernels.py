"""Numba kernels of the incremental scorer.

The state of a timetable is kept as occupancy counts per (leaf, slot),
(instructor, slot) and (room, slot), per-section counters, and the running
totals of every constraint's *units* (hard counts and unweighted soft units,
in catalog order: hard ids first, then soft ids).

Every change is made by two primitives, :func:`remove_session` and
:func:`add_session`.  Each subtracts the contribution of the rows (resource x
day) and section it touches before the change, updates the counts, and adds
the contribution after it, so the totals stay exact.  A move is a remove plus
an add; evaluating a move without keeping it applies it and reverts it.

``pd`` is the tuple of static arrays built by :func:`pack_problem`; ``st`` the
tuple of mutable state arrays built by :func:`new_state`.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from schedule_engine.constraint_catalog import HARD_IDS, SOFT_IDS

K_HARD = len(HARD_IDS)
K = len(HARD_IDS) + len(SOFT_IDS)

H_UNPLACED = HARD_IDS.index("unplaced")
H_INVALID = HARD_IDS.index("invalid_start")
H_STUDENT = HARD_IDS.index("student_clash")
H_INSTR = HARD_IDS.index("instructor_clash")
H_ROOM = HARD_IDS.index("room_clash")
H_INSTR_UNAV = HARD_IDS.index("instructor_unavailable")
H_GROUP_UNAV = HARD_IDS.index("group_unavailable")
H_COURSE_UNAV = HARD_IDS.index("course_unavailable")
H_ROOM_UNAV = HARD_IDS.index("room_unavailable")
H_UNSUITABLE = HARD_IDS.index("room_unsuitable")
H_UNQUALIFIED = HARD_IDS.index("instructor_unqualified")
H_CAPACITY = HARD_IDS.index("room_capacity_hard")
H_PIN = HARD_IDS.index("pin_violated")

S_CAPACITY = K_HARD + SOFT_IDS.index("room_capacity")
S_MWD = K_HARD + SOFT_IDS.index("min_working_days")
S_COMPACT = K_HARD + SOFT_IDS.index("curriculum_compactness")
S_ROOM_STAB = K_HARD + SOFT_IDS.index("room_stability")
S_GROUP_GAPS = K_HARD + SOFT_IDS.index("group_idle_gaps")
S_INSTR_GAPS = K_HARD + SOFT_IDS.index("instructor_idle_gaps")
S_PREFS = K_HARD + SOFT_IDS.index("instructor_preferences")
S_GROUP_MAX = K_HARD + SOFT_IDS.index("group_max_per_day")
S_INSTR_MAX = K_HARD + SOFT_IDS.index("instructor_max_per_day")
S_EARLY_LATE = K_HARD + SOFT_IDS.index("early_late")
S_MIDDAY = K_HARD + SOFT_IDS.index("midday_break")
S_SAME_DAY = K_HARD + SOFT_IDS.index("same_course_same_day")
S_BLOCK = K_HARD + SOFT_IDS.index("block_length")
S_INSTR_STAB = K_HARD + SOFT_IDS.index("instructor_stability")

# Indices into the static tuple ``pd``.
(
    PD_NP, PD_ND, PD_LENGTH, PD_SIZE, PD_SECTION, PD_LEAF_PTR, PD_LEAF_IDX,
    PD_ROOM_SUITS, PD_INSTR_OK, PD_LEAF_UNAV, PD_INSTR_UNAV, PD_ROOM_UNAV, PD_SESS_UNAV,
    PD_INSTR_PREF, PD_ROOM_CAP, PD_LEAF_MAX, PD_INSTR_MAX, PD_LEAF_BREAK, PD_MIDDAY,
    PD_BREAK, PD_CLOSED, PD_OUTSIDE, PD_BLOCK_PEN, PD_MIN_DAYS, PD_CAP_HARD, PD_WEIGHTS,
    PD_PIN_SLOT, PD_PIN_ROOM,
) = range(28)


@njit(cache=True)
def _row_blocked(pd, d, p):
    return pd[19][p] or pd[20][d * pd[0] + p]


@njit(cache=True)
def _gaps(row, pd, d):
    P = pd[0]
    first = -1
    last = -1
    for p in range(P):
        if row[p] > 0:
            if first < 0:
                first = p
            last = p
    gaps = 0
    if first >= 0:
        for p in range(first + 1, last):
            if row[p] == 0 and not _row_blocked(pd, d, p):
                gaps += 1
    return gaps


@njit(cache=True)
def _leaf_row(pd, st, leaf, d, acc, sign):
    P = pd[0]
    occ = st[3]
    w = pd[25]
    base = d * P
    row = occ[leaf, base:base + P]
    clash = 0
    used = 0
    for p in range(P):
        c = row[p]
        if c > 1:
            clash += c - 1
        if c > 0:
            used += 1
    acc[H_STUDENT] += sign * clash
    if used == 0:
        return
    if w[S_COMPACT - K_HARD] != 0:
        iso = 0
        for p in range(P):
            c = row[p]
            if c > 0:
                left = row[p - 1] if p > 0 else 0
                right = row[p + 1] if p < P - 1 else 0
                if left == 0 and right == 0:
                    iso += c
        acc[S_COMPACT] += sign * iso
    if w[S_GROUP_GAPS - K_HARD] != 0:
        acc[S_GROUP_GAPS] += sign * _gaps(row, pd, d)
    limit = pd[15][leaf]
    if limit >= 0 and used > limit:
        acc[S_GROUP_MAX] += sign * (used - limit)
    if pd[17][leaf]:
        midday = pd[18]
        any_mid = False
        all_used = True
        for p in range(P):
            if midday[p]:
                any_mid = True
                if row[p] == 0:
                    all_used = False
        if any_mid and all_used:
            acc[S_MIDDAY] += sign


@njit(cache=True)
def _instr_row(pd, st, i, d, acc, sign):
    P = pd[0]
    row = st[4][i, d * P:d * P + P]
    w = pd[25]
    clash = 0
    used = 0
    for p in range(P):
        c = row[p]
        if c > 1:
            clash += c - 1
        if c > 0:
            used += 1
    acc[H_INSTR] += sign * clash
    if used == 0:
        return
    if w[S_INSTR_GAPS - K_HARD] != 0:
        acc[S_INSTR_GAPS] += sign * _gaps(row, pd, d)
    limit = pd[16][i]
    if limit >= 0 and used > limit:
        acc[S_INSTR_MAX] += sign * (used - limit)


@njit(cache=True)
def _room_row(pd, st, r, d, acc, sign):
    P = pd[0]
    row = st[5][r, d * P:d * P + P]
    clash = 0
    for p in range(P):
        c = row[p]
        if c > 1:
            clash += c - 1
    acc[H_ROOM] += sign * clash


@njit(cache=True)
def _section_terms(pd, st, n, acc, sign):
    placed = st[10][n]
    nday = st[11][n]
    nroom = st[12][n]
    ninstr = st[13][n]
    md = pd[23][n]
    if md > 0 and nday < md:
        acc[S_MWD] += sign * (md - nday)
    if nroom > 1:
        acc[S_ROOM_STAB] += sign * (nroom - 1)
    if ninstr > 1:
        acc[S_INSTR_STAB] += sign * (ninstr - 1)
    acc[S_SAME_DAY] += sign * (placed - nday)


@njit(cache=True)
def unary_terms(pd, s, t, r, i, acc, sign):
    """Contributions that depend on session ``s`` alone, placed at (t, r, i)."""
    pin_slot = pd[26][s]
    pin_room = pd[27][s]
    if t < 0:
        acc[H_UNPLACED] += sign
        if pin_slot >= 0:
            acc[H_PIN] += sign
        return
    P = pd[0]
    L = pd[2][s]
    d = t // P
    p0 = t - d * P
    end = p0 + L
    if end > P:
        acc[H_INVALID] += sign
        end = P
    leaf_ptr = pd[5]
    leaf_idx = pd[6]
    leaf_unav = pd[9]
    outside = pd[21]
    bad = 0
    iu = 0
    gu = 0
    cu = 0
    ru = 0
    pref = 0
    el = 0
    for p in range(p0, end):
        slot = d * P + p
        if pd[19][p] or pd[20][slot]:
            bad += 1
        if i >= 0:
            if pd[10][i, slot]:
                iu += 1
            pref += pd[13][i, slot]
        if r >= 0 and pd[11][r, slot]:
            ru += 1
        if pd[12][s, slot]:
            cu += 1
        for k in range(leaf_ptr[s], leaf_ptr[s + 1]):
            if leaf_unav[leaf_idx[k], slot]:
                gu += 1
        if outside[p]:
            el += 1
    acc[H_INVALID] += sign * bad
    acc[H_INSTR_UNAV] += sign * iu
    acc[H_GROUP_UNAV] += sign * gu
    acc[H_COURSE_UNAV] += sign * cu
    acc[H_ROOM_UNAV] += sign * ru
    acc[S_PREFS] += sign * pref
    acc[S_EARLY_LATE] += sign * el
    if r < 0 or not pd[7][s, r]:
        acc[H_UNSUITABLE] += sign
    if i < 0 or not pd[8][s, i]:
        acc[H_UNQUALIFIED] += sign
    if r >= 0:
        over = pd[3][s] - pd[14][r]
        if over > 0:
            if pd[24]:
                acc[H_CAPACITY] += sign
            else:
                acc[S_CAPACITY] += sign * over
    acc[S_BLOCK] += sign * pd[22][s]
    if pin_slot >= 0 and t != pin_slot:
        acc[H_PIN] += sign
    if pin_room >= 0 and r != pin_room:
        acc[H_PIN] += sign


@njit(cache=True)
def _touch(pd, st, s, t, r, i, acc, sign):
    """Row and section contributions of every resource (s at t, r, i) touches."""
    P = pd[0]
    d = t // P
    for k in range(pd[5][s], pd[5][s + 1]):
        _leaf_row(pd, st, pd[6][k], d, acc, sign)
    if i >= 0:
        _instr_row(pd, st, i, d, acc, sign)
    if r >= 0:
        _room_row(pd, st, r, d, acc, sign)
    _section_terms(pd, st, pd[4][s], acc, sign)


@njit(cache=True)
def _count(pd, st, s, t, r, i, delta):
    P = pd[0]
    L = pd[2][s]
    d = t // P
    p0 = t - d * P
    end = min(p0 + L, P)
    occ_leaf = st[3]
    for k in range(pd[5][s], pd[5][s + 1]):
        leaf = pd[6][k]
        for p in range(p0, end):
            occ_leaf[leaf, d * P + p] += delta
    if i >= 0:
        for p in range(p0, end):
            st[4][i, d * P + p] += delta
    if r >= 0:
        for p in range(p0, end):
            st[5][r, d * P + p] += delta
    n = pd[4][s]
    st[10][n] += delta
    st[6][n, d] += delta
    c = st[6][n, d]
    if (delta > 0 and c == 1) or (delta < 0 and c == 0):
        st[11][n] += delta
    if r >= 0:
        st[7][n, r] += delta
        c = st[7][n, r]
        if (delta > 0 and c == 1) or (delta < 0 and c == 0):
            st[12][n] += delta
    if i >= 0:
        st[8][n, i] += delta
        c = st[8][n, i]
        if (delta > 0 and c == 1) or (delta < 0 and c == 0):
            st[13][n] += delta


@njit(cache=True)
def remove_session(pd, st, s, acc):
    """Unplace session s, adding the change of units to ``acc``."""
    t = st[0][s]
    if t < 0:
        return
    r = st[1][s]
    i = st[2][s]
    _touch(pd, st, s, t, r, i, acc, -1)
    _count(pd, st, s, t, r, i, -1)
    _touch(pd, st, s, t, r, i, acc, 1)
    unary_terms(pd, s, t, r, i, acc, -1)
    unary_terms(pd, s, -1, -1, -1, acc, 1)
    st[0][s] = -1


@njit(cache=True)
def add_session(pd, st, s, t, r, i, acc):
    """Place the (unplaced) session s at (t, r, i)."""
    st[1][s] = r
    st[2][s] = i
    if t < 0:
        return
    _touch(pd, st, s, t, r, i, acc, -1)
    _count(pd, st, s, t, r, i, 1)
    _touch(pd, st, s, t, r, i, acc, 1)
    unary_terms(pd, s, -1, -1, -1, acc, -1)
    unary_terms(pd, s, t, r, i, acc, 1)
    st[0][s] = t


@njit(cache=True)
def apply_units(st, acc):
    units = st[9]
    for k in range(units.shape[0]):
        units[k] += acc[k]


@njit(cache=True)
def split_cost(pd, acc):
    hard = 0
    for k in range(K_HARD):
        hard += acc[k]
    w = pd[25]
    soft = 0
    for k in range(K_HARD, acc.shape[0]):
        soft += w[k - K_HARD] * acc[k]
    return hard, soft


@njit(cache=True)
def move_session(pd, st, s, t, r, i, acc):
    """Move s to (t, r, i) (t = -1 unplaces it); units change into ``acc``."""
    remove_session(pd, st, s, acc)
    add_session(pd, st, s, t, r, i, acc)


@njit(cache=True)
def delta_move(pd, st, s, t, r, i, acc):
    """The units change of moving s to (t, r, i), leaving the state as it was."""
    for k in range(acc.shape[0]):
        acc[k] = 0
    t0 = st[0][s]
    r0 = st[1][s]
    i0 = st[2][s]
    move_session(pd, st, s, t, r, i, acc)
    scratch = np.zeros(acc.shape[0], np.int64)
    move_session(pd, st, s, t0, r0, i0, scratch)
    return split_cost(pd, acc)


@njit(cache=True)
def delta_swap(pd, st, a, b, acc):
    """Units change of exchanging the start slots of a and b (rooms stay)."""
    for k in range(acc.shape[0]):
        acc[k] = 0
    ta = st[0][a]
    tb = st[0][b]
    ra = st[1][a]
    rb = st[1][b]
    ia = st[2][a]
    ib = st[2][b]
    remove_session(pd, st, a, acc)
    remove_session(pd, st, b, acc)
    add_session(pd, st, a, tb, ra, ia, acc)
    add_session(pd, st, b, ta, rb, ib, acc)
    scratch = np.zeros(acc.shape[0], np.int64)
    remove_session(pd, st, a, scratch)
    remove_session(pd, st, b, scratch)
    add_session(pd, st, a, ta, ra, ia, scratch)
    add_session(pd, st, b, tb, rb, ib, scratch)
    return split_cost(pd, acc)


@njit(cache=True)
def init_state(pd, st, slot, room, instr):
    """Fill an all-zero state with the timetable (slot, room, instr)."""
    S = slot.shape[0]
    acc = st[9]
    for k in range(acc.shape[0]):
        acc[k] = 0
    for s in range(S):
        st[0][s] = -1
        st[1][s] = room[s]
        st[2][s] = instr[s]
        unary_terms(pd, s, -1, -1, -1, acc, 1)
    for n in range(pd[23].shape[0]):
        _section_terms(pd, st, n, acc, 1)
    for s in range(S):
        if slot[s] >= 0:
            add_session(pd, st, s, slot[s], room[s], instr[s], acc)


@njit(cache=True)
def evaluate_starts(pd, st, s, instr, cand_rooms, out_hard, out_soft, out_room):
    """For every start slot, the best (hard, soft) delta of moving s there over
    its candidate rooms (its instructor kept), and that room."""
    T = out_hard.shape[0]
    acc = np.zeros(st[9].shape[0], np.int64)
    for t in range(T):
        best_h = 1 << 40
        best_s = 1 << 40
        best_r = -1
        if cand_rooms.shape[0] == 0:
            h, so = delta_move(pd, st, s, t, st[1][s], instr, acc)
            best_h = h
            best_s = so
            best_r = st[1][s]
        for k in range(cand_rooms.shape[0]):
            r = cand_rooms[k]
            h, so = delta_move(pd, st, s, t, r, instr, acc)
            if h < best_h or (h == best_h and so < best_s):
                best_h = h
                best_s = so
                best_r = r
        out_hard[t] = best_h
        out_soft[t] = best_s
        out_room[t] = best_r
