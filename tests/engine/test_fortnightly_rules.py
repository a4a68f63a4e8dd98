"""Exact penalties of the rules whose counts depend on the weeks of a two-week cycle.

Per-day rules count per day of each week, per-week rules per week of the cycle
(excesses summed), time rules per busy cell; sessions of different weeks never
overlap (docs/ARCHITECTURE.md, "Two-week cycles").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fortnight_world import G1_L0, G2_L0, LAB_A, LAB_B, M0, M1, timetable, world  # noqa: E402

from schedule_engine.rules import Rule  # noqa: E402
from schedule_engine.scoring import evaluate  # noqa: E402


def rule_count(rule: Rule, placed: dict) -> tuple[int, list]:
    evaluation = evaluate(world(rules=(rule,)), timetable(placed))
    records = [v for v in evaluation.violations if v.rule == rule.id]
    assert evaluation.breakdown[f"rule.{rule.type}"] == sum(v.penalty for v in records)
    return evaluation.breakdown[f"rule.{rule.type}"], records


def test_max_periods_per_day_is_per_day_of_each_week():
    rule = Rule("r", "max_periods_per_day", groups=("G2",), params={"max_periods": 1})
    count, records = rule_count(rule, {G2_L0: (0, "R1", "I1", 0), M0: (1, "R1", "I1", 1)})
    assert count == 1
    assert records[0].week == 1 and "has 2 periods on Monday in week A" in records[0].reason
    weekly = rule_count(rule, {G2_L0: (0, "R1", "I1", 0), "C1|lecture|G2|1": (1, "R1", "I1", 0)})[0]
    assert weekly == 2


def test_max_days_per_week_is_per_week_of_the_cycle():
    rule = Rule("r", "max_days_per_week", instructors=("I1",), params={"max_days": 1})
    count, records = rule_count(rule, {G1_L0: (0, "R1", "I1", 0), M0: (8, "R1", "I1", 1)})
    assert count == 1  # week A: Monday and Tuesday; week B: Monday only
    assert "is taught on 2 days in week A" in records[0].reason
    both = {G1_L0: (0, "R1", "I1", 0), M0: (8, "R1", "I1", 1), M1: (8, "R1", "I1", 2)}
    assert rule_count(rule, both)[0] == 2


def test_min_days_per_week_is_per_week_of_the_cycle():
    rule = Rule("r", "min_days_per_week", groups=("G2",), params={"min_days": 2})
    assert rule_count(rule, {G2_L0: (0, "R1", "I1", 0), M0: (8, "R1", "I1", 1)})[0] == 1  # week B: Monday only


def test_max_gaps_per_week_is_per_week_of_the_cycle():
    rule = Rule("r", "max_gaps_per_week", groups=("G2",), params={"max_gaps": 0})
    count, records = rule_count(rule, {G2_L0: (0, "R1", "I1", 0), M0: (4, "R1", "I1", 1)})
    assert count == 2 and "between lessons in week A" in records[0].reason


def test_max_gaps_per_day_is_per_day_of_each_week():
    rule = Rule("r", "max_gaps_per_day", groups=("G2",), params={"max_gaps": 1})
    assert rule_count(rule, {G2_L0: (0, "R1", "I1", 0), M0: (4, "R1", "I1", 1)})[0] == 1


def test_early_start_allowance_is_per_week():
    rule = Rule("r", "early_start", groups=("G2",), params={"max_second_period_starts": 0})
    assert rule_count(rule, {M0: (1, "R1", "I1", 1)})[0] == 1  # week A begins at P2; week B has no lesson
    assert rule_count(rule, {G2_L0: (1, "R1", "I1", 0)})[0] == 2  # a weekly lecture at P2: both weeks


def test_not_available_counts_each_taught_week():
    rule = Rule("r", "not_available", instructors=("I1",), params={"slots": [0, 8]})
    count, records = rule_count(rule, {G1_L0: (0, "R1", "I1", 0), M0: (8, "R3", "I1", 1)})
    assert count == 2 + 1
    assert sorted(v.week for v in records) == [1, 1, 2]


def test_not_overlapping_sessions_of_different_weeks_do_not_overlap():
    rule = Rule("r", "not_overlapping", sessions=(LAB_A, LAB_B), params={})
    assert rule_count(rule, {LAB_A: (3, "L1", "I2", 1), LAB_B: (3, "L1", "I2", 2)})[0] == 0
    assert rule_count(rule, {LAB_A: (3, "L1", "I2", 1), LAB_B: (3, "L1", "I2", 1)})[0] == 2


def test_preferred_time_slots_count_cells_outside():
    rule = Rule("r", "preferred_time_slots", courses=("C1",), params={"slots": [5]})
    assert rule_count(rule, {G1_L0: (0, "R1", "I1", 0)})[0] == 2  # weekly: outside in both weeks


def test_ends_students_day_looks_at_the_sessions_of_its_week():
    rule = Rule("r", "ends_students_day", sessions=(M0,), params={})
    assert rule_count(rule, {M0: (3, "R1", "I1", 1), M1: (4, "R1", "I1", 2)})[0] == 0  # M1 follows in week B only
    assert rule_count(rule, {M0: (3, "R1", "I1", 1), G2_L0: (4, "R1", "I1", 0)})[0] == 1


def test_max_slots_from_selection_is_per_week_of_the_cycle():
    rule = Rule("r", "max_slots_from_selection", courses=("C3",), params={"max_slots": 1, "slots": [8, 9]})
    assert rule_count(rule, {M0: (8, "R1", "I1", 1), M1: (9, "R1", "I1", 2)})[0] == 0
    assert rule_count(rule, {M0: (8, "R1", "I1", 1), M1: (9, "R1", "I1", 1)})[0] == 1
