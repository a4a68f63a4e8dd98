"""Delta evaluation equals full re-evaluation after random move sequences."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from schedule_engine.compiled import compile_problem
from schedule_engine.constraint_catalog import SOFT_IDS
from schedule_engine.model import Instructor, Settings
from schedule_engine.scoring import score_arrays
from schedule_engine.scoring.incremental import IncrementalScorer

from scoring_world import world


def _rich_problem(capacity_hard: bool):
    """The tiny school with every soft weight on, preferences, limits and a midday window."""
    base = world()
    weights = {c: k + 1 for k, c in enumerate(SOFT_IDS)}
    settings_ = Settings(weights=weights, room_capacity_hard=capacity_hard,
                         preferred_first_period=1, preferred_block_lengths=(3,))
    instructors = tuple(
        replace(i, undesired=frozenset({1}), preferred=frozenset({0, 3, 4}), max_periods_per_day=1,
                unavailable=frozenset({7}))
        if i.id == "I1" else i for i in base.instructors
    ) + (Instructor("I4", "Dr. Spare", qualifications={("C1", "lecture"), ("C3", "lecture")}),)
    groups = tuple(replace(g, prefers_break=True, max_periods_per_day=2, unavailable=frozenset({5}))
                   for g in base.groups)
    grid = replace(base.time_grid, midday_periods=(1, 3), unavailable=frozenset({4}))
    courses = tuple(replace(c, unavailable=frozenset({3})) if c.id == "C3" else c
                    for c in base.courses)
    return replace(base, instructors=instructors, groups=groups, time_grid=grid, courses=courses,
                   settings=settings_)


def _random_timetable(cp, rng):
    """(slot, room, instructor) drawn at random, -1 (none) included."""
    S = cp.n_sessions
    return (rng.integers(-1, cp.n_slots, S).astype(np.int32),
            rng.integers(-1, cp.n_rooms, S).astype(np.int32),
            rng.integers(-1, cp.n_instructors, S).astype(np.int32))


moves = st.lists(st.tuples(st.integers(0, 10_000), st.integers(-1, 7), st.integers(-1, 2),
                           st.integers(-1, 3), st.booleans()), min_size=1, max_size=40)


@pytest.mark.parametrize("capacity_hard", [False, True])
@settings(max_examples=60, deadline=None)
@given(moves=moves, seed=st.integers(0, 2**16), pinned=st.booleans())
def test_delta_equals_full_evaluation(capacity_hard, moves, seed, pinned):
    problem = _rich_problem(capacity_hard)
    cp = compile_problem(problem)
    rng = np.random.default_rng(seed)
    S = cp.n_sessions
    slot, room, instr = _random_timetable(cp, rng)
    pin_slot = np.where(rng.random(S) < 0.3, rng.integers(0, cp.n_slots, S), -1) if pinned else None
    pin_room = np.where(rng.random(S) < 0.3, rng.integers(0, cp.n_rooms, S), -1) if pinned else None
    scorer = IncrementalScorer(cp, slot, room, instr, pin_slot, pin_room)
    hard, soft, breakdown = score_arrays(cp, slot, room, instr, pin_slot, pin_room)
    assert scorer.score == (hard, soft)
    assert scorer.breakdown() == breakdown
    for pick, t, r, i, swap in moves:
        s = pick % S
        before = scorer.score
        if swap:
            b = (pick // S) % S
            if b == s or scorer.slot[s] < 0 or scorer.slot[b] < 0:
                continue
            predicted = scorer.delta_swap(s, b)
            scorer.apply_swap(s, b)
        else:
            predicted = scorer.delta_move(s, t, r, i)
            scorer.apply_move(s, t, r, i)
        after = scorer.score
        assert (after[0] - before[0], after[1] - before[1]) == predicted
        cur_slot, cur_room, cur_instr = scorer.arrays()
        full = score_arrays(cp, cur_slot, cur_room, cur_instr, pin_slot, pin_room)
        assert scorer.score == full[:2]
        assert scorer.breakdown() == full[2]


def test_delta_breakdown_names_the_constraints_that_change():
    cp = compile_problem(_rich_problem(False))
    S = cp.n_sessions
    slot = np.arange(S, dtype=np.int32) % cp.n_slots
    scorer = IncrementalScorer(cp, slot, np.zeros(S, np.int32), np.zeros(S, np.int32))
    s = 0
    for t in range(cp.n_slots):
        change = scorer.delta_move_breakdown(s, t, 0, 0)
        dh, ds = scorer.delta_move(s, t, 0, 0)
        from schedule_engine.constraint_catalog import HARD_IDS
        assert sum(v for k, v in change.items() if k in HARD_IDS) == dh
        assert sum(v for k, v in change.items() if k in SOFT_IDS) == ds


def test_evaluate_starts_matches_best_room_by_full_scoring():
    cp = compile_problem(_rich_problem(False))
    S = cp.n_sessions
    rng = np.random.default_rng(3)
    slot = rng.integers(0, cp.n_slots, S).astype(np.int32)
    room = rng.integers(0, cp.n_rooms, S).astype(np.int32)
    instr = rng.integers(0, cp.n_instructors, S).astype(np.int32)
    scorer = IncrementalScorer(cp, slot, room, instr)
    base_h, base_s, _ = score_arrays(cp, slot, room, instr)
    for s in range(S):
        rooms = np.arange(cp.n_rooms)
        out_h, out_s, out_r = scorer.evaluate_starts(s, rooms=rooms)
        for t in range(cp.n_slots):
            best = None
            for r in rooms:
                moved = slot.copy(), room.copy()
                moved[0][s], moved[1][s] = t, r
                h, so, _ = score_arrays(cp, moved[0], moved[1], instr)
                cand = (h - base_h, so - base_s)
                best = cand if best is None or cand < best else best
            assert (out_h[t], out_s[t]) == best


compound_moves = st.lists(
    st.tuples(st.lists(st.tuples(st.integers(0, 10_000), st.integers(-1, 7), st.integers(-1, 2),
                                 st.integers(-1, 3)), min_size=1, max_size=4),
              st.booleans()),
    min_size=1, max_size=25)


@pytest.mark.parametrize("capacity_hard", [False, True])
@settings(max_examples=50, deadline=None)
@given(moves=compound_moves, seed=st.integers(0, 2**16))
def test_compound_move_equals_full_evaluation_and_undo_restores(capacity_hard, moves, seed):
    """The local search's multi-session moves: the units change equals full
    re-scoring, and an undo leaves every state array as it was."""
    from schedule_engine.scoring import kernels as kn

    problem = _rich_problem(capacity_hard)
    cp = compile_problem(problem)
    rng = np.random.default_rng(seed)
    S = cp.n_sessions
    slot, room, instr = _random_timetable(cp, rng)
    scorer = IncrementalScorer(cp, slot, room, instr)
    M = 8
    ms, mt, mr, mi, ot, orr, oi = (np.zeros(M, np.int64) for _ in range(7))
    n_res = scorer.st[1].shape[0]
    rows, days = np.zeros(512, np.int64), np.zeros(512, np.int64)
    secs = np.zeros(M, np.int64)
    row_stamp = np.zeros((n_res, cp.n_days), np.int64)
    sec_stamp = np.zeros(len(cp.section_ids), np.int64)
    mark = np.zeros(1, np.int64)
    acc = np.zeros(kn.K, np.int64)
    for placements, keep in moves:
        chosen = {}
        for pick, t, r, i in placements:
            chosen.setdefault(pick % S, (t, r, i))
        m = len(chosen)
        for j, (s, (t, r, i)) in enumerate(chosen.items()):
            ms[j], mt[j], mr[j], mi[j] = s, t, r, i
        before_state = [a.copy() for a in scorer.st]
        before = scorer.score
        acc[:] = 0
        kn.compound_move(m, ms, mt, mr, mi, ot, orr, oi, rows, days, secs, row_stamp, sec_stamp,
                         mark, *scorer.pd, *scorer.st[:-1], acc)
        cur_slot, cur_room, cur_instr = scorer.arrays()
        full_h, full_s, full_breakdown = score_arrays(cp, cur_slot, cur_room, cur_instr)
        assert kn.split_cost(scorer.weights, acc) == (full_h - before[0], full_s - before[1])
        if keep:
            kn.add_units(scorer.st[-1], acc)
            assert scorer.score == (full_h, full_s)
            assert scorer.breakdown() == full_breakdown
        else:
            kn.compound_undo(m, ms, mt, mr, mi, ot, orr, oi, scorer.pd[0], scorer.pd[1],
                             scorer.pd[2], scorer.pd[3], scorer.pd[14], *scorer.st[:-1])
            for a, b in zip(scorer.st, before_state):
                np.testing.assert_array_equal(a, b)


def _patterned_problem(capacity_hard: bool):
    """The rich school where the practical may be cut 2+1, 1+1+1 or 3 (too long
    for a day's stretch) and the lecture taught 2 or 1+1."""
    base = _rich_problem(capacity_hard)
    courses = []
    for c in base.courses:
        if c.id == "C2":
            comp = replace(c.components[0], periods_per_week=3, blocks=(),
                           patterns=((2, 1), (1, 1, 1), (3,)))
            c = replace(c, components=(comp,), min_days=2)
        elif c.id == "C1":
            c = replace(c, components=(replace(c.components[0], min_block=1, max_block=2),))
        courses.append(c)
    return replace(base, courses=tuple(courses),
                   settings=replace(base.settings, preferred_block_lengths=(2,)))


recut_ops = st.lists(
    st.tuples(st.integers(0, 2), st.integers(0, 10_000), st.lists(st.integers(-1, 7), min_size=3,
              max_size=3), st.integers(-1, 2), st.integers(-1, 3), st.booleans()),
    min_size=1, max_size=30)


@pytest.mark.parametrize("capacity_hard", [False, True])
@settings(max_examples=60, deadline=None)
@given(ops=recut_ops, seed=st.integers(0, 2**16), pinned=st.booleans())
def test_incremental_equals_full_after_moves_and_recuts(capacity_hard, ops, seed, pinned):
    """Moves, swaps and re-cuts (another pattern, pieces re-placed): the
    predicted change equals full re-scoring with the pieces' current lengths,
    a delta leaves the state as it was, and unused pieces score nothing."""
    cp = compile_problem(_patterned_problem(capacity_hard))
    rng = np.random.default_rng(seed)
    S = cp.n_sessions
    assert max(cp.section_pieces) == 3 and (cp.length == 0).any()
    slot, room, instr = _random_timetable(cp, rng)
    pin_slot = np.where(rng.random(S) < 0.3, rng.integers(0, cp.n_slots, S), -1) if pinned else None
    pin_room = np.where(rng.random(S) < 0.3, rng.integers(0, cp.n_rooms, S), -1) if pinned else None
    scorer = IncrementalScorer(cp, slot, room, instr, pin_slot, pin_room)
    assert scorer.score == score_arrays(cp, slot, room, instr, pin_slot, pin_room)[:2]
    for kind, pick, slots, r, i, keep in ops:
        before, before_state = scorer.score, [a.copy() for a in scorer.st]
        if kind == 0:  # re-cut a section into one of its patterns
            n = pick % len(cp.section_ids)
            pats = cp.pattern_len[cp.pattern_ptr[n]:cp.pattern_ptr[n + 1]]
            lengths = pats[(pick // 7) % len(pats)]
            m = int(cp.section_pieces[n])
            args = (n, lengths[:m], slots[:m] + [-1] * (m - len(slots)), [r] * m, [i] * m)
            predicted = scorer.delta_recut(*args)
            for a, b in zip(scorer.st, before_state):
                np.testing.assert_array_equal(a, b)
            if not keep:
                continue
            assert scorer.apply_recut(*args) == predicted
        else:
            s = pick % S
            if scorer.length[s] == 0:
                continue
            predicted = scorer.delta_move(s, slots[0], r, i)
            scorer.apply_move(s, slots[0], r, i)
        after = scorer.score
        assert (after[0] - before[0], after[1] - before[1]) == predicted
        cur_slot, cur_room, cur_instr = scorer.arrays()
        assert (cur_slot[scorer.length == 0] == -1).all()
        full = score_arrays(cp, cur_slot, cur_room, cur_instr, pin_slot, pin_room, scorer.length)
        assert scorer.score == full[:2]
        assert scorer.breakdown() == full[2]
