"""Numba kernels of the incremental scorer.

A timetable's state is its assignment ``asg[s] = (slot, room, instructor,
length, week)`` (length: the piece's block length under its section's current
pattern, 0 when the pattern does not use the piece -- such a piece is never
placed and scores nothing; week: 0 every week, 1 or 2 one week of a two-week
cycle), occupancy counts per (resource, cell) -- leaves first, then
instructors, then rooms, in one array; a cell is ``w * T + slot`` for week
index ``w`` of the cycle, so a one-week problem has exactly its slots --
per-section counters, and the running totals of every constraint's *units*
(hard counts and unweighted soft units, in catalog order: hard ids first,
then soft ids).

Rows are scored per (resource, ``w * D + day``), as the reference does
(:mod:`schedule_engine.scoring.weeks`): a weekly session occupies its periods
in every week, a fortnightly one in its week only.  Its time-bound terms
(unavailability, breaks, preferences, early or late) count once per week it
occupies; the others (unplaced, room, instructor, capacity, block length,
pins) once.  A section's ``sec_day`` has a column per (week, day) and, in a
two-week cycle, one more per weekday (``N_WDAYS`` counts the weekdays used,
for ``min_working_days``).

Every change is made by two primitives, :func:`remove_session` and
:func:`add_session`.  Each subtracts the contribution of the rows (resource x
day) and the section it touches before the change, updates the counts, and
adds the contribution after it, so the totals stay exact.  A move is a remove
plus an add; evaluating a move applies it and reverts it.  A re-cut
(:mod:`schedule_engine.scoring.recut_kernels`) also changes pieces' lengths.

The kernels take plain arrays, never tuples of arrays: numba copies and
reference-counts every member of a tuple at each call, which cost more than
the scoring itself.  The static arrays (``STATIC`` order) and the state arrays
(``STATE`` order) are built by :mod:`schedule_engine.scoring.incremental`.

One-week speed: the one-week branches of ``_count`` and ``_collect_rows`` (the
hot path of every move) are written out instead of calling the per-row helpers
``_count_day``/``_collect_day`` that the two-week loops call: numba left those
calls in place, each taking a dozen arrays, and a one-week move paid for them
(``bench/kernel_rate.py``)."""

from __future__ import annotations

from numba import njit

from schedule_engine.constraint_catalog import HARD_IDS, SOFT_IDS

STATIC = ("P", "sess", "leaf_ptr", "leaf_idx", "room_suits", "instr_ok", "unav", "sess_unav",
          "instr_pref", "res", "pmask", "closed", "min_days", "w", "flags")
STATE = ("asg", "occ", "sec_day", "sec_room", "sec_instr", "sec_cnt", "units")

K_HARD = len(HARD_IDS)
K = len(HARD_IDS) + len(SOFT_IDS)

# sess columns (C_LEN: the default cut's length, for reference; the current one is asg[s, A_LEN];
# C_BLOCK: bit L set when a block of length L pays the block_length penalty;
# C_NEEDS: NEEDS_ROOM | NEEDS_INSTR, what the session must be given)
C_LEN, C_SIZE, C_SECTION, C_BLOCK, C_PIN_SLOT, C_PIN_ROOM, C_NEEDS = range(7)
NEEDS_ROOM, NEEDS_INSTR = 1, 2
# asg columns (A_WEEK: 0 every week, 1 or 2 the week of a fortnightly session)
A_SLOT, A_ROOM, A_INSTR, A_LEN, A_WEEK = range(5)
# res columns: 0 daily limit (-1 none), 1 wants a midday break (leaves) / capacity (rooms)
# pmask rows
M_BREAK, M_MIDDAY, M_OUTSIDE = range(3)
# flags (F_N_WEEKS: weeks of the cycle, F_N_DAYS: days of one week)
F_CAP_HARD, F_N_LEAVES, F_N_INSTR, F_N_WEEKS, F_N_DAYS = range(5)
# sec_cnt columns (N_ACTIVE: pieces used by the section's current pattern; N_PLACED and
# N_DAYS count (week, day) cells; N_WDAYS, only in a two-week cycle: weekdays used)
N_PLACED, N_DAYS, N_ROOMS, N_INSTR, N_ACTIVE, N_WDAYS = range(6)
KIND_LEAF, KIND_INSTR, KIND_ROOM = range(3)

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


@njit(cache=True, _nrt=False)
def week_span(wk, flags):
    """(first week index, number of weeks) that a session of week ``wk`` occupies."""
    if wk <= 0 or flags[F_N_WEEKS] < 2:
        return 0, flags[F_N_WEEKS]
    return wk - 1, 1


@njit(cache=True, _nrt=False)
def row_terms(occ, row, kind, d, P, res, pmask, closed, w, acc, sign):
    """Contributions of one resource's day ``d`` (``w * D + day``): clashes, and
    for leaves and instructors gaps and daily load, for leaves isolation and
    midday break."""
    base = d * P
    clash = 0
    used = 0
    first = -1
    last = -1
    for p in range(P):
        c = occ[row, base + p]
        if c > 1:
            clash += c - 1
        if c > 0:
            used += 1
            if first < 0:
                first = p
            last = p
    if kind == KIND_ROOM:
        acc[H_ROOM] += sign * clash
        return
    if kind == KIND_LEAF:
        acc[H_STUDENT] += sign * clash
    else:
        acc[H_INSTR] += sign * clash
    if used == 0:
        return
    gap_slot = S_GROUP_GAPS if kind == KIND_LEAF else S_INSTR_GAPS
    if w[gap_slot - K_HARD] != 0:
        gaps = 0
        for p in range(first + 1, last):
            if occ[row, base + p] == 0 and not (pmask[M_BREAK, p] or closed[base + p]):
                gaps += 1
        acc[gap_slot] += sign * gaps
    limit = res[row, 0]
    if limit >= 0 and used > limit:
        if kind == KIND_LEAF:
            acc[S_GROUP_MAX] += sign * (used - limit)
        else:
            acc[S_INSTR_MAX] += sign * (used - limit)
    if kind != KIND_LEAF:
        return
    if w[S_COMPACT - K_HARD] != 0:
        iso = 0
        for p in range(first, last + 1):
            c = occ[row, base + p]
            if c > 0:
                left = occ[row, base + p - 1] if p > 0 else 0
                right = occ[row, base + p + 1] if p < P - 1 else 0
                if left == 0 and right == 0:
                    iso += c
        acc[S_COMPACT] += sign * iso
    if res[row, 1] != 0:
        any_mid = False
        all_used = True
        for p in range(P):
            if pmask[M_MIDDAY, p]:
                any_mid = True
                if occ[row, base + p] == 0:
                    all_used = False
        if any_mid and all_used:
            acc[S_MIDDAY] += sign


@njit(cache=True, _nrt=False)
def section_terms(sec_cnt, min_days, n, acc, sign):
    placed = sec_cnt[n, N_PLACED]
    nday = sec_cnt[n, N_DAYS]
    wdays = sec_cnt[n, N_WDAYS] if sec_cnt.shape[1] > N_WDAYS else nday
    md = min(min_days[n], sec_cnt[n, N_ACTIVE])
    if md > 0 and wdays < md:
        acc[S_MWD] += sign * (md - wdays)
    if sec_cnt[n, N_ROOMS] > 1:
        acc[S_ROOM_STAB] += sign * (sec_cnt[n, N_ROOMS] - 1)
    if sec_cnt[n, N_INSTR] > 1:
        acc[S_INSTR_STAB] += sign * (sec_cnt[n, N_INSTR] - 1)
    acc[S_SAME_DAY] += sign * (placed - nday)


@njit(cache=True, _nrt=False)
def unary_terms(s, t, r, i, L, wk, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                sess_unav, instr_pref, res, pmask, closed, flags, acc, sign):
    """Contributions that depend on session ``s`` alone, placed at (t, r, i)
    as a block of length L (0: an unused piece, which contributes nothing) in
    week ``wk``; the time-bound ones count once per week it occupies."""
    if L == 0:
        return
    pin_slot = sess[s, C_PIN_SLOT]
    if t < 0:
        acc[H_UNPLACED] += sign
        if pin_slot >= 0:
            acc[H_PIN] += sign
        return
    oi = flags[F_N_LEAVES]
    orr = oi + flags[F_N_INSTR]
    d = t // P
    p0 = t - d * P
    end = p0 + L
    if end > P:
        acc[H_INVALID] += sign
        end = P
    bad = 0
    iu = 0
    gu = 0
    cu = 0
    ru = 0
    pref = 0
    el = 0
    for p in range(p0, end):
        slot = d * P + p
        if pmask[M_BREAK, p] or closed[slot]:
            bad += 1
        if i >= 0:
            if unav[oi + i, slot]:
                iu += 1
            pref += instr_pref[i, slot]
        if r >= 0 and unav[orr + r, slot]:
            ru += 1
        if sess_unav[s, slot]:
            cu += 1
        for k in range(leaf_ptr[s], leaf_ptr[s + 1]):
            if unav[leaf_idx[k], slot]:
                if leaf_idx[k] < oi:
                    gu += 1
                else:  # a co-instructor's row
                    iu += 1
        if pmask[M_OUTSIDE, p]:
            el += 1
    per_week = sign  # the time-bound terms count once per week the session is taught in
    if flags[F_N_WEEKS] > 1:
        per_week = sign * week_span(wk, flags)[1]
    acc[H_INVALID] += per_week * bad
    acc[H_INSTR_UNAV] += per_week * iu
    acc[H_GROUP_UNAV] += per_week * gu
    acc[H_COURSE_UNAV] += per_week * cu
    acc[H_ROOM_UNAV] += per_week * ru
    acc[S_PREFS] += per_week * pref
    acc[S_EARLY_LATE] += per_week * el
    if r < 0:
        if sess[s, C_NEEDS] & NEEDS_ROOM:
            acc[H_UNSUITABLE] += sign
    elif not room_suits[s, r]:
        acc[H_UNSUITABLE] += sign
    if i < 0:
        if sess[s, C_NEEDS] & NEEDS_INSTR:
            acc[H_UNQUALIFIED] += sign
    elif not instr_ok[s, i]:
        acc[H_UNQUALIFIED] += sign
    if r >= 0:
        over = sess[s, C_SIZE] - res[orr + r, 1]
        if over > 0:
            if flags[F_CAP_HARD]:
                acc[H_CAPACITY] += sign
            else:
                acc[S_CAPACITY] += sign * over
    acc[S_BLOCK] += sign * ((sess[s, C_BLOCK] >> L) & 1)
    if pin_slot >= 0 and t != pin_slot:
        acc[H_PIN] += sign
    pin_room = sess[s, C_PIN_ROOM]
    if pin_room >= 0 and r != pin_room:
        acc[H_PIN] += sign


@njit(cache=True, _nrt=False)
def _touch_day(s, d, r, i, P, leaf_ptr, leaf_idx, res, pmask, closed, w, flags, occ, acc, sign):
    """The row terms of session s's resources on row ``d`` (``w * D + day``)."""
    for k in range(leaf_ptr[s], leaf_ptr[s + 1]):  # leaves, then co-instructors' rows
        row = leaf_idx[k]
        if row < flags[F_N_LEAVES]:
            row_terms(occ, row, KIND_LEAF, d, P, res, pmask, closed, w, acc, sign)
        elif row != flags[F_N_LEAVES] + i:  # (the session's own instructor's row comes next)
            row_terms(occ, row, KIND_INSTR, d, P, res, pmask, closed, w, acc, sign)
    if i >= 0:
        row_terms(occ, flags[F_N_LEAVES] + i, KIND_INSTR, d, P, res, pmask, closed, w, acc, sign)
    if r >= 0:
        row_terms(occ, flags[F_N_LEAVES] + flags[F_N_INSTR] + r, KIND_ROOM, d, P, res, pmask,
                  closed, w, acc, sign)


@njit(cache=True, _nrt=False)
def _touch(s, t, r, i, wk, P, sess, leaf_ptr, leaf_idx, res, pmask, closed, min_days, w, flags,
           occ, sec_cnt, acc, sign):
    if flags[F_N_WEEKS] == 1:
        _touch_day(s, t // P, r, i, P, leaf_ptr, leaf_idx, res, pmask, closed, w, flags, occ, acc,
                   sign)
    else:
        lo, nw = week_span(wk, flags)
        for x in range(lo, lo + nw):
            _touch_day(s, x * flags[F_N_DAYS] + t // P, r, i, P, leaf_ptr, leaf_idx, res, pmask,
                       closed, w, flags, occ, acc, sign)
    section_terms(sec_cnt, min_days, sess[s, C_SECTION], acc, sign)


@njit(cache=True, _nrt=False)
def _count_day(s, d, p0, end, r, i, n, P, leaf_ptr, leaf_idx, flags, occ, sec_day, sec_cnt, delta):
    """Occupancy and section-day counts of session s on row ``d``, periods p0..end-1."""
    for k in range(leaf_ptr[s], leaf_ptr[s + 1]):
        leaf = leaf_idx[k]
        for p in range(p0, end):
            occ[leaf, d * P + p] += delta
    if i >= 0:
        row = flags[F_N_LEAVES] + i
        for p in range(p0, end):
            occ[row, d * P + p] += delta
    if r >= 0:
        row = flags[F_N_LEAVES] + flags[F_N_INSTR] + r
        for p in range(p0, end):
            occ[row, d * P + p] += delta
    sec_cnt[n, N_PLACED] += delta
    sec_day[n, d] += delta
    c = sec_day[n, d]
    if (delta > 0 and c == 1) or (delta < 0 and c == 0):
        sec_cnt[n, N_DAYS] += delta


@njit(cache=True, _nrt=False)
def _count(s, t, r, i, L, wk, P, sess, leaf_ptr, leaf_idx, flags, occ, sec_day, sec_room,
           sec_instr, sec_cnt, delta):
    day = t // P
    p0 = t - day * P
    end = min(p0 + L, P)
    n = sess[s, C_SECTION]
    if flags[F_N_WEEKS] == 1:  # written out: see "One-week speed" above
        for k in range(leaf_ptr[s], leaf_ptr[s + 1]):
            leaf = leaf_idx[k]
            for p in range(p0, end):
                occ[leaf, day * P + p] += delta
        if i >= 0:
            row = flags[F_N_LEAVES] + i
            for p in range(p0, end):
                occ[row, day * P + p] += delta
        if r >= 0:
            row = flags[F_N_LEAVES] + flags[F_N_INSTR] + r
            for p in range(p0, end):
                occ[row, day * P + p] += delta
        sec_cnt[n, N_PLACED] += delta
        sec_day[n, day] += delta
        c = sec_day[n, day]
        if (delta > 0 and c == 1) or (delta < 0 and c == 0):
            sec_cnt[n, N_DAYS] += delta
    else:
        lo, nw = week_span(wk, flags)
        for x in range(lo, lo + nw):
            _count_day(s, x * flags[F_N_DAYS] + day, p0, end, r, i, n, P, leaf_ptr, leaf_idx, flags,
                       occ, sec_day, sec_cnt, delta)
        # the weekday, whichever week
        d = flags[F_N_WEEKS] * flags[F_N_DAYS] + day
        sec_day[n, d] += delta
        c = sec_day[n, d]
        if (delta > 0 and c == 1) or (delta < 0 and c == 0):
            sec_cnt[n, N_WDAYS] += delta
    if r >= 0:
        sec_room[n, r] += delta
        c = sec_room[n, r]
        if (delta > 0 and c == 1) or (delta < 0 and c == 0):
            sec_cnt[n, N_ROOMS] += delta
    if i >= 0:
        sec_instr[n, i] += delta
        c = sec_instr[n, i]
        if (delta > 0 and c == 1) or (delta < 0 and c == 0):
            sec_cnt[n, N_INSTR] += delta


@njit(cache=True, _nrt=False)
def remove_session(s, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                   instr_pref, res, pmask, closed, min_days, w, flags,
                   asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc):
    """Unplace session s, adding the change of units to ``acc``."""
    t = asg[s, 0]
    if t < 0:
        return
    r = asg[s, 1]
    i = asg[s, 2]
    _touch(s, t, r, i, asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, res, pmask, closed, min_days, w, flags,
           occ, sec_cnt, acc, -1)
    _count(s, t, r, i, asg[s, A_LEN], asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, flags, occ, sec_day, sec_room, sec_instr,
           sec_cnt, -1)
    _touch(s, t, r, i, asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, res, pmask, closed, min_days, w, flags,
           occ, sec_cnt, acc, 1)
    unary_terms(s, t, r, i, asg[s, A_LEN], asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                sess_unav, instr_pref, res, pmask, closed, flags, acc, -1)
    unary_terms(s, -1, -1, -1, asg[s, A_LEN], asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                sess_unav, instr_pref, res, pmask, closed, flags, acc, 1)
    asg[s, 0] = -1


@njit(cache=True, _nrt=False)
def add_session(s, t, r, i, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                instr_pref, res, pmask, closed, min_days, w, flags,
                asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc):
    """Place the (unplaced) session s at (t, r, i); t = -1 (or an unused piece)
    only records r and i."""
    asg[s, 1] = r
    asg[s, 2] = i
    if t < 0 or asg[s, A_LEN] == 0:
        return
    _touch(s, t, r, i, asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, res, pmask, closed, min_days, w, flags,
           occ, sec_cnt, acc, -1)
    _count(s, t, r, i, asg[s, A_LEN], asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, flags, occ, sec_day, sec_room, sec_instr,
           sec_cnt, 1)
    _touch(s, t, r, i, asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, res, pmask, closed, min_days, w, flags,
           occ, sec_cnt, acc, 1)
    unary_terms(s, -1, -1, -1, asg[s, A_LEN], asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                sess_unav, instr_pref, res, pmask, closed, flags, acc, -1)
    unary_terms(s, t, r, i, asg[s, A_LEN], asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                sess_unav, instr_pref, res, pmask, closed, flags, acc, 1)
    asg[s, 0] = t


@njit(cache=True, _nrt=False)
def move_session(s, t, r, i, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                 instr_pref, res, pmask, closed, min_days, w, flags,
                 asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc):
    """Move s to (t, r, i) (t = -1 unplaces it); the units change goes into ``acc``."""
    remove_session(s, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                   instr_pref, res, pmask, closed, min_days, w, flags,
                   asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
    add_session(s, t, r, i, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                instr_pref, res, pmask, closed, min_days, w, flags,
                asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)


@njit(cache=True, _nrt=False)
def swap_sessions(a, b, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                  instr_pref, res, pmask, closed, min_days, w, flags,
                  asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc):
    """Exchange the start slots of a and b (rooms and instructors stay)."""
    ta = asg[a, 0]
    tb = asg[b, 0]
    remove_session(a, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                   instr_pref, res, pmask, closed, min_days, w, flags,
                   asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
    remove_session(b, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                   instr_pref, res, pmask, closed, min_days, w, flags,
                   asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
    add_session(a, tb, asg[a, 1], asg[a, 2], P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok,
                unav, sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
    add_session(b, ta, asg[b, 1], asg[b, 2], P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok,
                unav, sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)


@njit(cache=True, _nrt=False)
def _collect_rows(s, t, r, i, wk, P, leaf_ptr, leaf_idx, flags, row_stamp, mark, rows, days, n):
    """Append the (resource row, day) pairs of s placed at (t, r, i) in week
    ``wk`` that are not yet listed (``row_stamp == mark``); returns the new count."""
    if t < 0:
        return n
    if flags[F_N_WEEKS] == 1:  # written out: see "One-week speed" above
        d = t // P
        for k in range(leaf_ptr[s], leaf_ptr[s + 1]):
            row = leaf_idx[k]
            if row_stamp[row, d] != mark:
                row_stamp[row, d] = mark
                rows[n] = row
                days[n] = d
                n += 1
        if i >= 0:
            row = flags[F_N_LEAVES] + i
            if row_stamp[row, d] != mark:
                row_stamp[row, d] = mark
                rows[n] = row
                days[n] = d
                n += 1
        if r >= 0:
            row = flags[F_N_LEAVES] + flags[F_N_INSTR] + r
            if row_stamp[row, d] != mark:
                row_stamp[row, d] = mark
                rows[n] = row
                days[n] = d
                n += 1
        return n
    lo, nw = week_span(wk, flags)
    for x in range(lo, lo + nw):
        n = _collect_day(s, x * flags[F_N_DAYS] + t // P, r, i, leaf_ptr, leaf_idx, flags,
                         row_stamp, mark, rows, days, n)
    return n


@njit(cache=True, _nrt=False)
def _collect_day(s, d, r, i, leaf_ptr, leaf_idx, flags, row_stamp, mark, rows, days, n):
    """:func:`_collect_rows` for one row ``d`` (``w * D + day``)."""
    for k in range(leaf_ptr[s], leaf_ptr[s + 1]):
        row = leaf_idx[k]
        if row_stamp[row, d] != mark:
            row_stamp[row, d] = mark
            rows[n] = row
            days[n] = d
            n += 1
    if i >= 0:
        row = flags[F_N_LEAVES] + i
        if row_stamp[row, d] != mark:
            row_stamp[row, d] = mark
            rows[n] = row
            days[n] = d
            n += 1
    if r >= 0:
        row = flags[F_N_LEAVES] + flags[F_N_INSTR] + r
        if row_stamp[row, d] != mark:
            row_stamp[row, d] = mark
            rows[n] = row
            days[n] = d
            n += 1
    return n


@njit(cache=True, _nrt=False)
def _listed_terms(rows, days, n, secs, n_sec, P, res, pmask, closed, min_days, w, flags, occ,
                  sec_cnt, acc, sign):
    n_leaves = flags[F_N_LEAVES]
    n_people = n_leaves + flags[F_N_INSTR]
    for k in range(n):
        row = rows[k]
        if row < n_leaves:
            kind = KIND_LEAF
        elif row < n_people:
            kind = KIND_INSTR
        else:
            kind = KIND_ROOM
        row_terms(occ, row, kind, days[k], P, res, pmask, closed, w, acc, sign)
    for k in range(n_sec):
        section_terms(sec_cnt, min_days, secs[k], acc, sign)


@njit(cache=True, _nrt=False)
def _relocate(m, ms, ft, fr, fi, tt, tr, ti, P, sess, leaf_ptr, leaf_idx, flags,
              asg, occ, sec_day, sec_room, sec_instr, sec_cnt):
    """Counts and assignment only: take the sessions ``ms[:m]`` out of
    ``(ft, fr, fi)`` and put them at ``(tt, tr, ti)``."""
    for j in range(m):
        if ft[j] >= 0:
            _count(ms[j], ft[j], fr[j], fi[j], asg[ms[j], A_LEN], asg[ms[j], A_WEEK], P, sess, leaf_ptr,
                   leaf_idx, flags, occ, sec_day,
                   sec_room, sec_instr, sec_cnt, -1)
    for j in range(m):
        s = ms[j]
        if tt[j] >= 0:
            _count(s, tt[j], tr[j], ti[j], asg[s, A_LEN], asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx,
                   flags, occ, sec_day,
                   sec_room, sec_instr, sec_cnt, 1)
        asg[s, 0] = tt[j]
        asg[s, 1] = tr[j]
        asg[s, 2] = ti[j]


@njit(cache=True, _nrt=False)
def compound_move(m, ms, mt, mr, mi, ot, orr, oi, rows, days, secs, row_stamp, sec_stamp, mark,
                  P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                  instr_pref, res, pmask, closed, min_days, w, flags,
                  asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc):
    """Move the sessions ``ms[:m]`` to ``(mt, mr, mi)`` at once, saving their
    old placements in ``(ot, orr, oi)``, and add the units change to ``acc``.

    Every (resource, day) row and section touched is scored once before and
    once after the change, however many of the sessions share it, which is
    what makes swaps and Kempe chains as cheap as single moves.  ``mark``
    (one-element array) stamps the rows seen; ``rows``/``days``/``secs`` are
    scratch lists.  Undo with :func:`compound_undo`, which skips the scoring.
    """
    mark[0] += 1
    stamp = mark[0]
    n = 0
    n_sec = 0
    for j in range(m):
        s = ms[j]
        ot[j] = asg[s, 0]
        orr[j] = asg[s, 1]
        oi[j] = asg[s, 2]
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
    _relocate(m, ms, ot, orr, oi, mt, mr, mi, P, sess, leaf_ptr, leaf_idx, flags,
              asg, occ, sec_day, sec_room, sec_instr, sec_cnt)
    _listed_terms(rows, days, n, secs, n_sec, P, res, pmask, closed, min_days, w, flags, occ,
                  sec_cnt, acc, 1)
    for j in range(m):
        s = ms[j]
        unary_terms(s, ot[j], orr[j], oi[j], asg[s, A_LEN], asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok,
                    unav, sess_unav, instr_pref, res, pmask, closed, flags, acc, -1)
        unary_terms(s, mt[j], mr[j], mi[j], asg[s, A_LEN], asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok,
                    unav, sess_unav, instr_pref, res, pmask, closed, flags, acc, 1)


@njit(cache=True, _nrt=False)
def compound_undo(m, ms, mt, mr, mi, ot, orr, oi, P, sess, leaf_ptr, leaf_idx, flags,
                  asg, occ, sec_day, sec_room, sec_instr, sec_cnt):
    """Revert :func:`compound_move` (counts and assignment only: the caller
    discards its units change)."""
    _relocate(m, ms, mt, mr, mi, ot, orr, oi, P, sess, leaf_ptr, leaf_idx, flags,
              asg, occ, sec_day, sec_room, sec_instr, sec_cnt)


@njit(cache=True, _nrt=False)
def split_cost(w, acc):
    hard = 0
    for k in range(K_HARD):
        hard += acc[k]
    soft = 0
    for k in range(K_HARD, acc.shape[0]):
        soft += w[k - K_HARD] * acc[k]
    return hard, soft


@njit(cache=True, _nrt=False)
def add_units(units, acc):
    for k in range(units.shape[0]):
        units[k] += acc[k]


@njit(cache=True, _nrt=False)
def init_state(slot, room, instr, length, week, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok,
               unav, sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
               asg, occ, sec_day, sec_room, sec_instr, sec_cnt, units):
    """Fill an all-zero state with the timetable (slot, room, instr, length,
    week); the slot of a piece of length 0 is ignored."""
    units[:] = 0
    for s in range(slot.shape[0]):
        asg[s, 0] = -1
        asg[s, 1] = room[s]
        asg[s, 2] = instr[s]
        asg[s, A_LEN] = length[s]
        asg[s, A_WEEK] = week[s]
        if length[s] > 0:
            sec_cnt[sess[s, C_SECTION], N_ACTIVE] += 1
        unary_terms(s, -1, -1, -1, asg[s, A_LEN], asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                    sess_unav, instr_pref, res, pmask, closed, flags, units, 1)
    for n in range(min_days.shape[0]):
        section_terms(sec_cnt, min_days, n, units, 1)
    for s in range(slot.shape[0]):
        if slot[s] >= 0:
            add_session(s, slot[s], room[s], instr[s], P, sess, leaf_ptr, leaf_idx, room_suits,
                        instr_ok, unav, sess_unav, instr_pref, res, pmask, closed, min_days, w,
                        flags, asg, occ, sec_day, sec_room, sec_instr, sec_cnt, units)


@njit(cache=True, _nrt=False)
def apply_move(s, t, r, i, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
               instr_pref, res, pmask, closed, min_days, w, flags,
               asg, occ, sec_day, sec_room, sec_instr, sec_cnt, units, acc):
    """Move s to (t, r, i) for good; returns the (hard, soft) change."""
    acc[:] = 0
    move_session(s, t, r, i, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                 instr_pref, res, pmask, closed, min_days, w, flags,
                 asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
    add_units(units, acc)
    return split_cost(w, acc)


@njit(cache=True, _nrt=False)
def delta_move(s, t, r, i, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
               instr_pref, res, pmask, closed, min_days, w, flags,
               asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc, scratch):
    """The units change of moving s to (t, r, i) into ``acc``, state unchanged."""
    acc[:] = 0
    t0 = asg[s, 0]
    r0 = asg[s, 1]
    i0 = asg[s, 2]
    move_session(s, t, r, i, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                 instr_pref, res, pmask, closed, min_days, w, flags,
                 asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
    move_session(s, t0, r0, i0, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav,
                 sess_unav, instr_pref, res, pmask, closed, min_days, w, flags,
                 asg, occ, sec_day, sec_room, sec_instr, sec_cnt, scratch)
    return split_cost(w, acc)


@njit(cache=True, _nrt=False)
def delta_swap(a, b, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
               instr_pref, res, pmask, closed, min_days, w, flags,
               asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc, scratch):
    acc[:] = 0
    swap_sessions(a, b, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                  instr_pref, res, pmask, closed, min_days, w, flags,
                  asg, occ, sec_day, sec_room, sec_instr, sec_cnt, acc)
    swap_sessions(a, b, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                  instr_pref, res, pmask, closed, min_days, w, flags,
                  asg, occ, sec_day, sec_room, sec_instr, sec_cnt, scratch)
    return split_cost(w, acc)


@njit(cache=True, _nrt=False)
def session_has_hard(s, P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok, unav, sess_unav,
                     instr_pref, res, pmask, closed, flags, asg, occ, scratch):
    """Whether session s takes part in a hard violation (an unused piece never does)."""
    t = asg[s, 0]
    if asg[s, A_LEN] == 0:
        return False
    if t < 0:
        return True
    scratch[:] = 0
    unary_terms(s, t, asg[s, 1], asg[s, 2], asg[s, A_LEN], asg[s, A_WEEK], P, sess, leaf_ptr, leaf_idx, room_suits, instr_ok,
                unav, sess_unav, instr_pref, res, pmask, closed, flags, scratch, 1)
    for k in range(K_HARD):
        if scratch[k] > 0:
            return True
    day = t // P
    p0 = t - day * P
    end = min(p0 + asg[s, A_LEN], P)
    r = asg[s, 1]
    i = asg[s, 2]
    lo, nw = week_span(asg[s, A_WEEK], flags)
    for x in range(lo, lo + nw):
        base = (x * flags[F_N_DAYS] + day) * P
        for p in range(p0, end):
            cell = base + p
            if r >= 0 and occ[flags[F_N_LEAVES] + flags[F_N_INSTR] + r, cell] > 1:
                return True
            if i >= 0 and occ[flags[F_N_LEAVES] + i, cell] > 1:
                return True
            for k in range(leaf_ptr[s], leaf_ptr[s + 1]):
                if occ[leaf_idx[k], cell] > 1:
                    return True
    return False
