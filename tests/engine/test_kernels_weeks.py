"""A/B (two-week) cycles in the compiled scorers: the incremental kernels equal
the full numpy evaluation and the explained reference on random timetables
with weekly and fortnightly sessions, weeks A and B, re-cuts and unplaced
sessions; a one-week problem keeps exactly its old layout."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from schedule_engine.compiled import compile_problem
from schedule_engine.constraint_catalog import SOFT_IDS
from schedule_engine.model import Assignment, CourseComponent, Instructor, Settings, Solution
from schedule_engine.scoring import evaluate, score_arrays
from schedule_engine.scoring.incremental import IncrementalScorer

from scoring_world import world


def ab_problem(capacity_hard: bool = False):
    """The tiny school on an A/B cycle, every soft weight on: C2's practical and
    C3's lecture fortnightly, C1 weekly with two patterns (1+1 or one 2-block)."""
    base = world()
    weights = {c: k + 1 for k, c in enumerate(SOFT_IDS)}
    settings_ = Settings(weights=weights, room_capacity_hard=capacity_hard,
                         preferred_first_period=1, preferred_block_lengths=(1,))
    instructors = tuple(
        replace(i, undesired=frozenset({1}), preferred=frozenset({0, 3, 4}), max_periods_per_day=1,
                unavailable=frozenset({7}))
        if i.id == "I1" else i for i in base.instructors
    ) + (Instructor("I4", "Dr. Spare", qualifications={("C1", "lecture"), ("C3", "lecture")}),)
    groups = tuple(replace(g, prefers_break=True, max_periods_per_day=2, unavailable=frozenset({5}))
                   for g in base.groups)
    grid = replace(base.time_grid, midday_periods=(1, 3), unavailable=frozenset({4}),
                   week_names=("A", "B"))
    courses = []
    for c in base.courses:
        if c.id == "C1":
            c = replace(c, components=(CourseComponent("lecture", 2, patterns=((1, 1), (2,))),))
        elif c.id == "C2":
            c = replace(c, components=tuple(replace(x, fortnightly=True) for x in c.components))
        else:
            c = replace(c, unavailable=frozenset({3}),
                        components=(CourseComponent("lecture", 2, blocks=(1, 1), fortnightly=True),))
        courses.append(c)
    return replace(base, instructors=instructors, groups=groups, time_grid=grid,
                   courses=tuple(courses), settings=settings_)


def _reference(problem, cp, scorer):
    solution = cp.decode(*scorer.arrays(), length=scorer.length, week=scorer.week)
    return evaluate(problem, solution, compiled=cp)


def test_the_ab_problem_has_weekly_and_fortnightly_sessions():
    cp = compile_problem(ab_problem())
    assert cp.n_weeks == 2
    assert 0 < int(cp.fortnightly.sum()) < cp.n_sessions
    assert cp.default_weeks().tolist() == [int(f) for f in cp.fortnightly]
    scorer = IncrementalScorer(cp, *cp.empty_arrays())
    assert scorer.st[1].shape[1] == 2 * cp.n_slots  # occupancy per cell of both weeks


def test_one_week_problems_keep_their_state_layout():
    cp = compile_problem(world())
    scorer = IncrementalScorer(cp, *cp.empty_arrays())
    assert cp.n_weeks == 1
    assert scorer.st[1].shape == (cp.n_leaves + cp.n_instructors + cp.n_rooms, cp.n_slots)
    assert scorer.st[2].shape == (len(cp.section_ids), cp.n_days)
    assert scorer.st[5].shape == (len(cp.section_ids), 5)
    assert (scorer.week == 0).all()


moves = st.lists(st.tuples(st.integers(0, 10_000), st.integers(-1, 7), st.integers(-1, 2),
                           st.integers(-1, 3), st.sampled_from([None, 0, 1, 2]), st.integers(0, 4)),
                 min_size=1, max_size=30)


@pytest.mark.parametrize("capacity_hard", [False, True])
@settings(max_examples=40, deadline=None)
@given(moves=moves, seed=st.integers(0, 2**16))
def test_incremental_equals_full_and_reference_on_ab_timetables(capacity_hard, moves, seed):
    problem = ab_problem(capacity_hard)
    cp = compile_problem(problem)
    rng = np.random.default_rng(seed)
    S = cp.n_sessions
    scorer = IncrementalScorer(cp, rng.integers(-1, cp.n_slots, S), rng.integers(-1, cp.n_rooms, S),
                               rng.integers(-1, cp.n_instructors, S),
                               week=rng.integers(0, 3, S))
    assert ((scorer.week > 0) == cp.fortnightly).all()
    for pick, t, r, i, week, kind in moves:
        before = scorer.score
        if kind == 0:  # re-cut a section into one of its patterns
            n = pick % len(cp.section_ids)
            pats = cp.pattern_len[cp.pattern_ptr[n]:cp.pattern_ptr[n + 1]]
            m = int(cp.section_pieces[n])
            args = (n, pats[(pick // 7) % len(pats)][:m], rng.integers(-1, cp.n_slots, m),
                    rng.integers(-1, cp.n_rooms, m), rng.integers(-1, cp.n_instructors, m))
            predicted = scorer.delta_recut(*args)
            assert scorer.apply_recut(*args) == predicted
        else:
            s = pick % S
            if scorer.length[s] == 0:
                continue
            predicted = scorer.delta_move(s, t, r, i, week=week)
            breakdown = scorer.delta_move_breakdown(s, t, r, i, week=week)
            assert sum(breakdown.values()) == sum(predicted)
            assert scorer.apply_move(s, t, r, i, week=week) == predicted
        after = scorer.score
        assert (after[0] - before[0], after[1] - before[1]) == predicted
        full = score_arrays(cp, *scorer.arrays(), length=scorer.length, week=scorer.week)
        assert scorer.score == full[:2]
        assert scorer.breakdown() == full[2]
    reference = _reference(problem, cp, scorer)
    assert reference.breakdown == scorer.breakdown()
    assert (reference.hard, reference.soft) == scorer.score


def _placed(problem, placements):
    """A solution of the A/B problem from {session id: (slot, room, instructor, week)}."""
    return Solution(tuple(Assignment(sid, t, r, i, week=w) for sid, (t, r, i, w) in placements.items()))


def test_two_fortnightly_blocks_share_a_room_in_weeks_a_and_b():
    problem = ab_problem()
    cp = compile_problem(problem)
    a, b = "C2|practical|G1A|0", "C2|practical|G1B|0"
    same = {a: (0, "R2", "I2", 1), b: (0, "R2", "I2", 1)}
    apart = {a: (0, "R2", "I2", 1), b: (0, "R2", "I2", 2)}
    for placements, clashes in ((same, 2), (apart, 0)):  # room and instructor, for 2 periods in A
        solution = _placed(problem, placements)
        scorer = IncrementalScorer(cp, *cp.encode(solution), length=cp.lengths(solution),
                                   week=cp.weeks(solution))
        breakdown = scorer.breakdown()
        assert breakdown["room_clash"] == clashes
        assert breakdown["instructor_clash"] == clashes
        assert breakdown == evaluate(problem, solution, compiled=cp).breakdown


def test_a_weekly_clash_counts_in_both_weeks_and_weekly_against_fortnightly_once():
    problem = ab_problem()
    cp = compile_problem(problem)
    lec0, lec1, maths = "C1|lecture|G2|0", "C1|lecture|G2|1", "C3|lecture|G2|0"
    weekly = _placed(problem, {lec0: (0, "R1", "I1", 0), lec1: (0, "R3", "I4", 0)})
    mixed = _placed(problem, {lec0: (0, "R1", "I1", 0), maths: (0, "R3", "I3", 2)})
    for solution, student_clash in ((weekly, 2), (mixed, 1)):
        scorer = IncrementalScorer(cp, *cp.encode(solution), length=cp.lengths(solution),
                                   week=cp.weeks(solution))
        assert scorer.breakdown()["student_clash"] == student_clash
        assert scorer.breakdown() == evaluate(problem, solution, compiled=cp).breakdown


def test_evaluate_starts_scores_a_fortnightly_session_in_a_given_week():
    problem = ab_problem()
    cp = compile_problem(problem)
    a, b = "C2|practical|G1A|0", "C2|practical|G1B|0"
    solution = _placed(problem, {a: (0, "R2", "I2", 1)})
    scorer = IncrementalScorer(cp, *cp.encode(solution), length=cp.lengths(solution),
                               week=cp.weeks(solution))
    s = cp.session_index[b]
    room = cp.room_ids.index("R2")
    for week in (1, 2):
        hard, soft, _ = scorer.evaluate_starts(s, instr=cp.instructor_ids.index("I2"),
                                               rooms=np.array([room]), week=week)
        expected = scorer.delta_move(s, 0, room, cp.instructor_ids.index("I2"), week=week)
        assert (int(hard[0]), int(soft[0])) == expected
    in_a = scorer.evaluate_starts(s, rooms=np.array([room]), week=1)[0][0]
    in_b = scorer.evaluate_starts(s, rooms=np.array([room]), week=2)[0][0]
    assert in_a - in_b == 2  # in week A it meets the room of G1A's block for two periods
    assert int(scorer.week[s]) == 1  # scanning another week leaves the session's own
