"""Full evaluation of a compiled timetable, vectorised with numpy.

This is the ground truth for the incremental scorer: every constraint of
``docs/ARCHITECTURE.md`` computed from the timetable arrays (start slot,
room, instructor, the pieces' current lengths and, in a two-week cycle, the
sessions' weeks) in a few array passes.

In a two-week cycle occupancy is counted per *cell* ``w * T + slot`` (``w``
the 0-based week, ``T`` slots a week), as the reference does
(:mod:`schedule_engine.scoring.weeks`): a weekly session occupies its periods
in both weeks, a fortnightly one in its own; rows are (``w * D + day``).
"""

from __future__ import annotations

import numpy as np

from schedule_engine.compiled import CompiledProblem
from schedule_engine.constraint_catalog import HARD_IDS, SOFT_IDS


def _cells(cp: CompiledProblem, slot: np.ndarray, length: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(session, slot) of every period that a placed session occupies inside its day."""
    P = cp.n_periods
    placed = slot >= 0
    if not placed.any():
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    max_len = int(length.max())
    offsets = np.arange(max_len)[None, :]
    p0 = np.where(placed, slot % P, 0)[:, None]
    keep = placed[:, None] & (offsets < length[:, None]) & (p0 + offsets < P)
    sess_idx, off = np.nonzero(keep)
    return sess_idx.astype(np.int64), slot[sess_idx].astype(np.int64) + off


def _week_cells(cp: CompiledProblem, cs: np.ndarray, ct: np.ndarray,
                week: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(session, cell) for every week of the cycle each cell's session occupies."""
    if cp.n_weeks == 1:
        return cs, ct
    parts_s, parts_t = [], []
    for w in range(cp.n_weeks):
        keep = (week[cs] == 0) | (week[cs] == w + 1)
        parts_s.append(cs[keep])
        parts_t.append(ct[keep] + w * cp.n_slots)
    return np.concatenate(parts_s), np.concatenate(parts_t)


def _leaf_cells(cp: CompiledProblem, cs: np.ndarray, ct: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(leaf, slot) for every cell and every leaf its session occupies."""
    counts = (cp.leaf_ptr[cs + 1] - cp.leaf_ptr[cs]).astype(np.int64)
    rep = np.repeat(np.arange(len(cs)), counts)
    start = np.repeat(cp.leaf_ptr[cs].astype(np.int64), counts)
    within = np.arange(len(rep)) - np.repeat(np.cumsum(counts) - counts, counts)
    return cp.leaf_idx[start + within].astype(np.int64), ct[rep]


def _co_cells(cp: CompiledProblem, cs: np.ndarray, ct: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(co-instructor, cell) for every cell and every co-instructor its session has."""
    if cp.co_idx is None or len(cp.co_idx) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    counts = (cp.co_ptr[cs + 1] - cp.co_ptr[cs]).astype(np.int64)
    rep = np.repeat(np.arange(len(cs)), counts)
    start = np.repeat(cp.co_ptr[cs].astype(np.int64), counts)
    within = np.arange(len(rep)) - np.repeat(np.cumsum(counts) - counts, counts)
    return cp.co_idx[start + within].astype(np.int64), ct[rep]


def _occupancy(index: np.ndarray, t: np.ndarray, n_owners: int, n_slots: int) -> np.ndarray:
    """[owners, slots] counts of sessions per owner and slot."""
    flat = np.bincount(index * n_slots + t, minlength=n_owners * n_slots)
    return flat.reshape(n_owners, n_slots)


def _excess(counts: np.ndarray) -> int:
    return int(np.maximum(counts - 1, 0).sum())


def _distinct_minus_one(section: np.ndarray, other: np.ndarray, n_other: int) -> int:
    if len(section) == 0:
        return 0
    keys = np.unique(section.astype(np.int64) * max(n_other, 1) + other)
    per_section = np.bincount(keys // max(n_other, 1))
    return _excess(per_section)


def _idle_gaps(occupied: np.ndarray, free_ok: np.ndarray) -> int:
    """Free allowed periods strictly between the first and last occupied one, per row and day."""
    seen_before = np.cumsum(occupied, axis=-1) > 0
    seen_after = np.cumsum(occupied[..., ::-1], axis=-1)[..., ::-1] > 0
    return int((seen_before & seen_after & ~occupied & free_ok).sum())


def _over_limit(occupied: np.ndarray, limits: np.ndarray) -> int:
    per_day = occupied.sum(axis=-1)  # [owners, D]
    limited = limits >= 0
    return int(np.maximum(per_day[limited] - limits[limited, None], 0).sum())


def score_arrays(cp: CompiledProblem, slot, room, instr, pin_slot=None, pin_room=None,
                 length=None, week=None) -> tuple[int, int, dict[str, int]]:
    """(hard, soft, breakdown) of a timetable in compiled form.

    The breakdown holds every constraint id: counts for hard constraints,
    weight x units for soft ones.  ``length``: the pieces' current lengths
    (default: the default cut); a piece of length 0 is not part of the
    timetable (not placed, not unplaced, no pin).  ``week``: the sessions'
    weeks (default: week A for fortnightly ones), see :meth:`CompiledProblem.weeks`.
    """
    length = np.asarray(cp.length if length is None else length, np.int64)
    used_piece = length > 0
    slot = np.where(used_piece, np.asarray(slot, np.int64), -1)
    room = np.asarray(room, np.int64)
    instr = np.asarray(instr, np.int64)
    S, D, P, T, W = cp.n_sessions, cp.n_days, cp.n_periods, cp.n_slots, cp.n_weeks
    week = cp.normal_weeks(week).astype(np.int64)
    placed = slot >= 0
    has_room = placed & (room >= 0)
    has_instr = placed & (instr >= 0)
    cs, ct = _week_cells(cp, *_cells(cp, slot, length), week)
    cslot = ct % T  # the slot of the week of each cell
    cell_room = room[cs]
    cell_instr = instr[cs]
    rc = cell_room >= 0
    ic = cell_instr >= 0
    lf, lt = _leaf_cells(cp, cs, ct)
    leaf_occ = _occupancy(lf, lt, cp.n_leaves, W * T)
    co_i, co_t = _co_cells(cp, cs, ct)
    instr_occ = _occupancy(np.concatenate([cell_instr[ic], co_i]), np.concatenate([ct[ic], co_t]),
                           cp.n_instructors, W * T)
    room_occ = _occupancy(cell_room[rc], ct[rc], cp.n_rooms, W * T)
    blocked_slot = np.tile(cp.period_is_break, D) | cp.slot_closed
    sizes = cp.size.astype(np.int64)
    over_capacity = np.zeros(S, np.int64)
    over_capacity[has_room] = np.maximum(sizes[has_room] - cp.room_capacity[room[has_room]], 0)

    u: dict[str, int] = {}
    u["unplaced"] = int((~placed & used_piece).sum())
    runs_past_end = placed & (np.where(placed, slot % P, 0) + length > P)
    u["invalid_start"] = int(runs_past_end.sum()) + int(blocked_slot[cslot].sum())
    u["student_clash"] = _excess(leaf_occ)
    u["instructor_clash"] = _excess(instr_occ)
    u["room_clash"] = _excess(room_occ)
    u["instructor_unavailable"] = int(cp.instr_unavail[cell_instr[ic], cslot[ic]].sum()) \
        + int(cp.instr_unavail[co_i, co_t % T].sum())
    u["group_unavailable"] = int(cp.leaf_unavail[lf, lt % T].sum())
    u["course_unavailable"] = int(cp.session_unavail[cs, cslot].sum())
    u["room_unavailable"] = int(cp.room_unavail[cell_room[rc], cslot[rc]].sum())
    fit = cp.room_suits
    needs_room = np.ones(S, bool) if cp.needs_room is None else cp.needs_room
    needs_instr = np.ones(S, bool) if cp.needs_instr is None else cp.needs_instr
    unsuitable = placed & (room < 0) & needs_room
    unsuitable[has_room] |= ~fit[np.nonzero(has_room)[0], room[has_room]]
    u["room_unsuitable"] = int(unsuitable.sum())
    unqualified = placed & (instr < 0) & needs_instr
    unqualified[has_instr] |= ~cp.instr_ok[np.nonzero(has_instr)[0], instr[has_instr]]
    u["instructor_unqualified"] = int(unqualified.sum())
    u["room_capacity_hard"] = int((over_capacity > 0).sum()) if cp.capacity_hard else 0
    moved = 0
    if pin_slot is not None:
        pin_slot = np.asarray(pin_slot, np.int64)
        moved += int((used_piece & (pin_slot >= 0) & (slot != pin_slot)).sum())
    if pin_room is not None:
        pin_room = np.asarray(pin_room, np.int64)
        moved += int((placed & (pin_room >= 0) & (room != pin_room)).sum())
    u["pin_violated"] = moved

    weights = {c: int(w) for c, w in zip(SOFT_IDS, cp.weights)}
    active = {c for c, w in weights.items() if w != 0}
    leaf_busy = (leaf_occ > 0).reshape(cp.n_leaves, W * D, P)
    instr_busy = (instr_occ > 0).reshape(cp.n_instructors, W * D, P)
    free_ok = np.tile(~(cp.period_is_break[None, :] | cp.slot_closed.reshape(D, P)), (W, 1))
    section = cp.section.astype(np.int64)
    n_sections = len(cp.section_ids)
    day = np.where(placed, slot // P, 0)

    if "room_capacity" in active and not cp.capacity_hard:
        u["room_capacity"] = int(over_capacity.sum())
    if "min_working_days" in active:
        used = np.zeros((n_sections, D), bool)
        used[section[placed], day[placed]] = True
        n_used = np.bincount(section[used_piece], minlength=n_sections)
        wanted = np.minimum(cp.section_min_days, n_used)
        u["min_working_days"] = int(np.maximum(wanted - used.sum(axis=1), 0).sum())
    if "curriculum_compactness" in active:
        occ = leaf_occ.reshape(cp.n_leaves, W * D, P)
        padded = np.pad(occ, ((0, 0), (0, 0), (1, 1)))
        isolated = (occ > 0) & (padded[..., :-2] == 0) & (padded[..., 2:] == 0)
        u["curriculum_compactness"] = int(occ[isolated].sum())
    if "room_stability" in active:
        u["room_stability"] = _distinct_minus_one(section[has_room], room[has_room], cp.n_rooms)
    if "group_idle_gaps" in active:
        u["group_idle_gaps"] = _idle_gaps(leaf_busy, free_ok[None])
    if "instructor_idle_gaps" in active:
        u["instructor_idle_gaps"] = _idle_gaps(instr_busy, free_ok[None])
    if "instructor_preferences" in active:
        u["instructor_preferences"] = int(cp.instr_pref_penalty[cell_instr[ic], cslot[ic]].sum())
    if "group_max_per_day" in active:
        u["group_max_per_day"] = _over_limit(leaf_busy, cp.leaf_max_per_day)
    if "instructor_max_per_day" in active:
        u["instructor_max_per_day"] = _over_limit(instr_busy, cp.instr_max_per_day)
    if "early_late" in active:
        u["early_late"] = int(cp.outside_hours[ct % P].sum())
    if "midday_break" in active and cp.midday.any():
        wants = cp.leaf_wants_break
        through = leaf_busy[wants][:, :, cp.midday].all(axis=-1)
        u["midday_break"] = int(through.sum())
    if "same_course_same_day" in active:  # per (week, day): a weekly piece is in every week
        rows = [(section[placed & ((week == 0) | (week == w + 1))],
                 w * D + day[placed & ((week == 0) | (week == w + 1))]) for w in range(W)]
        sec_rows = np.concatenate([n for n, _ in rows])
        day_rows = np.concatenate([d for _, d in rows])
        per_day = np.bincount(sec_rows * (W * D) + day_rows, minlength=n_sections * W * D)
        u["same_course_same_day"] = _excess(per_day)
    if "block_length" in active:
        u["block_length"] = int(cp.block_penalties(length)[placed].sum())
    if "instructor_stability" in active:
        u["instructor_stability"] = _distinct_minus_one(section[has_instr], instr[has_instr],
                                                        cp.n_instructors)

    breakdown = {c: u.get(c, 0) for c in HARD_IDS}
    breakdown.update({c: weights[c] * u.get(c, 0) for c in SOFT_IDS})
    hard = sum(breakdown[c] for c in HARD_IDS)
    soft = sum(breakdown[c] for c in SOFT_IDS)
    return hard, soft, breakdown
