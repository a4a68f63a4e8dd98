"""The rule phase's incremental rule state (scoring/rule_state.py) equals the full rule
evaluation (scoring/rules_eval.py) after random moves, for every rule type, on the rules world
(tests/engine/rules_world.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schedule_engine.compiled import compile_problem
from schedule_engine.rules import Rule
from schedule_engine.rules.catalog import RULE_TYPES
from schedule_engine.scoring.context import ScoringContext
from schedule_engine.scoring.rule_state import SUPPORTED, RuleModel, RuleState
from schedule_engine.scoring.rules_eval import score_rules

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rules_world import E, LAB_A, LAB_B, M, problem  # noqa: E402

AFTERNOONS = [3, 4, 8, 9, 13, 14]
MORNINGS = [0, 1, 5, 6, 10, 11]

RULES = {
    "max_days_per_week": Rule("a", "max_days_per_week", instructors=("I1",), params={"max_days": 2}),
    "min_days_per_week": Rule("b", "min_days_per_week", groups=("G1",), params={"min_days": 3},
                              hard=False, weight=3),
    "max_afternoons_per_week": Rule("c", "max_afternoons_per_week", all_of=("instructors",),
                                    params={"max_afternoons": 1, "slots": AFTERNOONS}),
    "max_mornings_per_week": Rule("d", "max_mornings_per_week", groups=("G2",),
                                  params={"max_mornings": 1, "slots": MORNINGS}, hard=False, weight=2),
    "max_days_in_slots": Rule("e", "max_days_in_slots", instructors=("I2",),
                              params={"max_days": 1, "slots": [0, 1, 5, 6]}),
    "max_periods_per_day": Rule("f", "max_periods_per_day", instructors=("I2",), tags=("lang",),
                                params={"max_periods": 0}),
    "min_periods_per_day": Rule("g", "min_periods_per_day", groups=("G1",),
                                params={"min_periods": 2, "allow_empty_days": False}, hard=False, weight=5),
    "max_gaps_per_day": Rule("h", "max_gaps_per_day", all_of=("groups",), params={"max_gaps": 0}),
    "max_gaps_per_week": Rule("i", "max_gaps_per_week", instructors=("I1", "I2"), params={"max_gaps": 0},
                              hard=False, weight=7),
    "max_periods_in_a_row": Rule("j", "max_periods_in_a_row", instructors=("I2",), params={"max_periods": 1}),
    "early_start": Rule("k", "early_start", all_of=("groups",), params={"max_second_period_starts": 1}),
    "not_available": Rule("l", "not_available", instructors=("I1",), rooms=("R2",), params={"slots": [4, 10, 11]}),
    "preferred_times": Rule("m", "preferred_times", groups=("G2",), params={"slots": [0, 1, 3, 4, 5]},
                            hard=False, weight=4),
    "undesired_times": Rule("n", "undesired_times", instructors=("I2",), params={"slots": [8, 9]}),
    "preferred_starting_times": Rule("o", "preferred_starting_times", courses=("M",),
                                     params={"slots": [0, 5, 10]}),
    "preferred_time_slots": Rule("p", "preferred_time_slots", components=(("P", "practical"),),
                                 params={"slots": [5, 6, 10]}, hard=False, weight=2),
    "same_starting_time": Rule("q", "same_starting_time", sessions=(E[0], M[0], M[2])),
    "same_day": Rule("r", "same_day", sessions=(E[0], M[0], M[2]), hard=False, weight=3),
    "not_overlapping": Rule("s", "not_overlapping", sessions=(M[2], LAB_A, E[1])),
    "consecutive": Rule("t", "consecutive", sessions=(M[0], E[0], M[1])),
    "grouped": Rule("u", "grouped", sessions=(M[1], E[1], M[3]), hard=False, weight=2),
    "ordered": Rule("v", "ordered", sessions=(LAB_B, E[0], M[3])),
    "min_days_between": Rule("w", "min_days_between", courses=("M",),
                             params={"min_days": 2, "consecutive_if_same_day": True}),
    "ends_students_day": Rule("x", "ends_students_day", sessions=(E[0], LAB_A)),
    "max_slots_from_selection": Rule("y", "max_slots_from_selection", courses=("M", "E"),
                                     params={"max_slots": 1, "slots": [0, 5, 10, 1]}, hard=False, weight=6),
    "max_different_rooms": Rule("z", "max_different_rooms", courses=("M", "E"), params={"max_rooms": 1}),
    "preferred_rooms": Rule("A", "preferred_rooms", courses=("E",), rooms=("R2",), hard=False, weight=9),
    "home_rooms": Rule("B", "home_rooms", groups=("G2",), rooms=("R1",)),
}


def test_every_rule_type_is_scored_incrementally():
    assert set(RULES) == set(RULE_TYPES)
    assert SUPPORTED == set(RULE_TYPES)


def _full(cp, asg) -> tuple[int, int]:
    S = cp.n_sessions
    ctx = ScoringContext(problem=cp.problem, cp=cp, slot=asg[:, 0].tolist(), room=asg[:, 1].tolist(),
                         instr=asg[:, 2].tolist(), pin_slot=[-1] * S, pin_room=[-1] * S,
                         length=asg[:, 3].tolist())
    hard, soft, _breakdown, _records = score_rules(ctx)
    return hard, soft


def _random_asg(cp, rng) -> np.ndarray:
    S, T = cp.n_sessions, cp.n_slots
    asg = np.zeros((S, 5), np.int64)
    asg[:, 0] = rng.integers(-1, T, size=S)
    asg[:, 1] = rng.integers(-1, cp.n_rooms, size=S)
    asg[:, 2] = [int(cp.candidate_instructors(s)[0]) for s in range(S)]
    asg[:, 3] = cp.length
    return asg


def _check_moves(rules, seed: int, n_moves: int = 40) -> None:
    cp = compile_problem(problem(rules))
    rng = np.random.default_rng(seed)
    asg = _random_asg(cp, rng)
    model = RuleModel(cp)
    assert model.supported
    state = RuleState(model, asg)
    assert state.score == _full(cp, asg)
    for _ in range(n_moves):
        s = int(rng.integers(cp.n_sessions))
        t, r = int(rng.integers(-1, cp.n_slots)), int(rng.integers(-1, cp.n_rooms))
        before = state.score
        predicted = state.delta_move(s, t, r)
        assert state.score == before  # a delta leaves the state as it was
        change = state.apply_move(s, t, r)
        asg[s, 0], asg[s, 1] = t, r
        assert change == predicted
        assert state.score == _full(cp, asg)
        assert (before[0] + change[0], before[1] + change[1]) == state.score


@pytest.mark.parametrize("type_id", sorted(RULES))
def test_each_type_after_random_moves(type_id):
    for seed in range(4):
        _check_moves([RULES[type_id]], seed)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**31 - 1))
def test_all_types_together_after_random_moves(seed):
    _check_moves(list(RULES.values()), seed, n_moves=30)


def test_violated_sessions_name_the_sessions_of_broken_rules():
    cp = compile_problem(problem([RULES["preferred_starting_times"]]))
    asg = _random_asg(cp, np.random.default_rng(0))
    asg[:, 0] = 1  # every session starts at Mon P2, outside the maths rule's slots
    state = RuleState(RuleModel(cp), asg)
    hard, soft = state.violated_sessions()
    maths = [cp.session_index[sid] for sid in M]
    assert hard == sorted(maths) and soft == []
