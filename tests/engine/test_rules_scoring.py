"""Exact penalties of every rule type on the rules world (tests/engine/rules_world.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schedule_engine.rules import Rule
from schedule_engine.rules.catalog import RULE_TYPES
from schedule_engine.scoring import evaluate

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rules_world import E, LAB_A, M, PLACED, problem, solution  # noqa: E402


def penalty(rule: Rule) -> int:
    ev = evaluate(problem([rule]), solution())
    assert ev.breakdown.get(f"rule.{rule.type}", 0) == sum(v.penalty for v in ev.violations if v.rule == rule.id)
    return sum(v.penalty for v in ev.violations if v.rule == rule.id)


CASES = [
    # people
    (Rule("r", "max_days_per_week", instructors=("I1",), params={"max_days": 2}), 1),
    (Rule("r", "min_days_per_week", instructors=("I1",), params={"min_days": 3}), 0),
    (Rule("r", "min_days_per_week", groups=("G1",), params={"min_days": 3}), 1),  # G1A: Mon, Tue
    (Rule("r", "max_afternoons_per_week", instructors=("I1",), params={"max_afternoons": 0,
                                                                       "slots": [3, 4, 8, 9, 13, 14]}), 1),
    (Rule("r", "max_mornings_per_week", instructors=("I1",), params={"max_mornings": 1,
                                                                     "slots": [0, 1, 5, 6, 10, 11]}), 2),
    (Rule("r", "max_days_in_slots", instructors=("I1",), params={"max_days": 1, "slots": [0, 1, 5, 6]}), 1),
    (Rule("r", "max_periods_per_day", instructors=("I2",), params={"max_periods": 1}), 3),
    (Rule("r", "min_periods_per_day", groups=("G1",), params={"min_periods": 2}), 3),
    (Rule("r", "min_periods_per_day", groups=("G1",), params={"min_periods": 2, "allow_empty_days": False}), 5),
    (Rule("r", "max_periods_per_day", instructors=("I2",), tags=("lang",), params={"max_periods": 0}), 2),
    (Rule("r", "max_periods_in_a_row", groups=("G1A",), tags=("lang",), params={"max_periods": 0}), 2),
    (Rule("r", "max_gaps_per_day", instructors=("I1",), params={"max_gaps": 1}), 1),
    (Rule("r", "max_gaps_per_week", instructors=("I1",), params={"max_gaps": 1}), 1),
    (Rule("r", "max_gaps_per_week", groups=("G1",), params={"max_gaps": 0}), 0),  # a break is no gap
    (Rule("r", "max_periods_in_a_row", instructors=("I2",), params={"max_periods": 1}), 2),
    (Rule("r", "early_start", groups=("G2",), params={"max_second_period_starts": 0}), 1),
    (Rule("r", "early_start", groups=("G2",), params={"max_second_period_starts": 1}), 0),
    (Rule("r", "early_start", all_of=("groups",), params={}), 4),
    (Rule("r", "not_available", instructors=("I1",), params={"slots": [4, 11]}), 2),
    (Rule("r", "not_available", rooms=("R2",), params={"slots": [10]}), 1),
    (Rule("r", "preferred_times", groups=("G2",), params={"slots": [0, 1, 3, 4, 5]}), 1),
    (Rule("r", "undesired_times", instructors=("I2",), params={"slots": [8]}), 1),
    # lessons
    (Rule("r", "preferred_starting_times", courses=("M",), params={"slots": [0, 5, 10]}), 2),
    (Rule("r", "preferred_time_slots", components=(("P", "practical"),), params={"slots": [5, 6, 10]}), 1),
    (Rule("r", "same_starting_time", sessions=(E[0], M[0], M[2])), 2),
    (Rule("r", "same_day", sessions=(E[0], M[0], M[2])), 1),
    (Rule("r", "not_overlapping", sessions=(M[2], LAB_A)), 1),
    (Rule("r", "consecutive", sessions=(M[0], E[0])), 0),
    (Rule("r", "consecutive", sessions=(E[0], M[1])), 1),
    (Rule("r", "grouped", sessions=(E[0], M[0])), 0),  # Mon P2 after Mon P1
    (Rule("r", "grouped", sessions=(E[0], M[0], M[1])), 1),  # M1 is Mon P4: a gap
    (Rule("r", "grouped", sessions=(M[0], M[2])), 1),  # two days
    (Rule("r", "ordered", sessions=(M[3], M[0])), 1),
    (Rule("r", "ordered", sessions=(M[0], M[3])), 0),
    (Rule("r", "min_days_between", courses=("M",), params={"min_days": 2, "consecutive_if_same_day": True}), 5),
    (Rule("r", "min_days_between", courses=("M",), params={"min_days": 1}), 1),
    (Rule("r", "ends_students_day", sessions=(E[0], M[0])), 1),
    (Rule("r", "max_slots_from_selection", courses=("M", "P"), params={"max_slots": 1, "slots": [0, 5, 6, 10]}), 3),
    (Rule("r", "max_different_rooms", courses=("M", "P"), params={"max_rooms": 1}), 1),
    # rooms
    (Rule("r", "preferred_rooms", tags=("lang",), rooms=("R2",)), 2),
    (Rule("r", "home_rooms", groups=("G2",), rooms=("R1",)), 0),
    (Rule("r", "home_rooms", instructors=("I2",), rooms=("R1",)), 2),
]


@pytest.mark.parametrize("rule,expected", CASES, ids=[f"{r.type}-{i}" for i, (r, _e) in enumerate(CASES)])
def test_hard_rule_counts_exact_units(rule, expected):
    assert penalty(rule) == expected


def test_every_rule_type_has_a_case():
    assert {r.type for r, _e in CASES} == set(RULE_TYPES)


def test_soft_rule_multiplies_by_its_weight_and_counts_in_soft():
    rule = Rule("soft1", "max_periods_per_day", instructors=("I2",), params={"max_periods": 1}, hard=False, weight=4)
    base = evaluate(problem(), solution())
    ev = evaluate(problem([rule]), solution())
    assert ev.soft - base.soft == 12 and ev.hard == base.hard
    fast = evaluate(problem([rule]), solution(), explain=False)
    assert (fast.hard, fast.soft) == (ev.hard, ev.soft)
    assert fast.breakdown["rule.max_periods_per_day"] == 12


def test_inactive_rule_is_not_scored():
    rule = Rule("off", "max_days_per_week", instructors=("I1",), params={"max_days": 0}, active=False)
    assert evaluate(problem([rule]), solution()).score == evaluate(problem(), solution()).score


def test_hard_rule_adds_to_hard_score_both_ways():
    rule = Rule("h", "not_available", instructors=("I1",), params={"slots": [4, 11]})
    base = evaluate(problem(), solution())
    for explain in (True, False):
        assert evaluate(problem([rule]), solution(), explain=explain).hard == base.hard + 2


def test_moving_a_session_changes_the_penalty():
    rule = Rule("r", "not_available", instructors=("I1",), params={"slots": [4, 11]})
    ev = evaluate(problem([rule]), solution(**{M[1]: (3, "R1", "I1")}))
    assert sum(v.penalty for v in ev.violations if v.rule == "r") == 1


def test_reasons_are_plain_words_and_name_the_rule():
    rule = Rule("hart4", "max_days_per_week", instructors=("I1",), params={"max_days": 2}, comment="from the staff room")
    [v] = [v for v in evaluate(problem([rule]), solution()).violations if v.rule == "hart4"]
    assert v.reason == "Ms One is taught on 3 days, 1 more than the maximum of 2 (from the staff room)"
    assert v.name == "Max days per week" and v.level == "hard" and v.resource == "instructor I1"
    assert set(v.sessions) == set(M) and v.to_dict()["rule"] == "hart4"
    gap = Rule("g", "max_gaps_per_day", instructors=("I1",), params={"max_gaps": 1})
    [w] = [v for v in evaluate(problem([gap]), solution()).violations if v.rule == "g"]
    assert w.reason == "Ms One has 2 free periods between lessons on Monday, 1 more than the maximum of 1"
    assert set(w.sessions) == {M[0], M[1]}
    mdb = Rule("d", "min_days_between", sessions=(M[0], M[1]), params={"min_days": 1, "consecutive_if_same_day": True})
    [x] = [v for v in evaluate(problem([mdb]), solution()).violations if v.rule == "d"]
    assert x.penalty == 2
    assert x.reason == ("M (Maths) lecture for G2 (Monday 08:00) and M (Maths) lecture for G2 (Monday 11:20) "
                        "are on the same day, fewer than 1, and not back to back")


def test_group_rule_applies_to_each_subgroup_and_subgroup_rule_to_one():
    whole = Rule("w", "min_periods_per_day", groups=("G1",), params={"min_periods": 2})
    one = Rule("o", "min_periods_per_day", groups=("G1B",), params={"min_periods": 2})
    assert penalty(whole) == 3 and penalty(one) == 2


SLOTS = range(-1, 15)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(SLOTS), min_size=8, max_size=8), st.lists(st.sampled_from(["R1", "R2"]),
                                                                           min_size=8, max_size=8))
def test_explained_and_fast_totals_agree_on_any_timetable(slots, rooms):
    """Every rule type at once (half of them soft), on random placements: the explained
    evaluation, the fast one and the sum of the rule violations tell the same totals."""
    rules = [Rule(f"r{i}", r.type, instructors=r.instructors, groups=r.groups, courses=r.courses,
                  components=r.components, sessions=r.sessions, tags=r.tags, rooms=r.rooms, all_of=r.all_of,
                  params=r.params, hard=i % 2 == 0, weight=i % 5 + 1) for i, (r, _e) in enumerate(CASES)]
    placed = {sid: (None if t < 0 else t, room, instr)
              for (sid, (_t, _room, instr)), t, room in zip(PLACED.items(), slots, rooms)}
    p = problem(rules)
    ev = evaluate(p, solution(**placed))
    fast = evaluate(p, solution(**placed), explain=False)
    base = evaluate(problem(), solution(**placed))
    assert (ev.hard, ev.soft) == (fast.hard, fast.soft)
    assert {k: v for k, v in ev.breakdown.items() if k.startswith("rule.")} == \
        {k: v for k, v in fast.breakdown.items() if k.startswith("rule.")}
    rule_hard = sum(v.penalty for v in ev.violations if v.rule and v.level == "hard")
    rule_soft = sum(v.penalty for v in ev.violations if v.rule and v.level == "soft")
    assert (ev.hard - base.hard, ev.soft - base.soft) == (rule_hard, rule_soft)
