"""All active rules of a timetable: their violations and their totals by rule type.

Called by the full evaluation (:func:`schedule_engine.scoring.evaluate`); the
breakdown keys are ``rule.<type id>``.
"""

from __future__ import annotations

from schedule_engine.rules.active import active_rules
from schedule_engine.rules.catalog import RULE_TYPES
from schedule_engine.scoring.rules_context import RuleContext
from schedule_engine.scoring.rules_lessons import LESSON_RULES
from schedule_engine.scoring.rules_people import PEOPLE_RULES
from schedule_engine.scoring.rules_rooms import ROOM_RULES
from schedule_engine.scoring.context import ScoringContext
from schedule_engine.scoring.evaluation import Violation

RULE_FUNCTIONS = {**PEOPLE_RULES, **LESSON_RULES, **ROOM_RULES}
assert set(RULE_FUNCTIONS) == set(RULE_TYPES), "every rule type has a scoring function"

def score_rules(ctx: ScoringContext) -> tuple[int, int, dict[str, int], list[Violation]]:
    """(hard, soft, breakdown by ``rule.<type>``, violations) of the active rules."""
    rules = active_rules(ctx.problem)
    if not rules:
        return 0, 0, {}, []
    rc = RuleContext(ctx)
    breakdown: dict[str, int] = {}
    violations: list[Violation] = []
    hard = soft = 0
    for rule in rules:
        records = RULE_FUNCTIONS[rule.type](rc, rule)
        total = sum(v.penalty for v in records)
        key = f"rule.{rule.type}"
        breakdown[key] = breakdown.get(key, 0) + total
        if rule.hard:
            hard += total
        else:
            soft += total
        violations.extend(records)
    return hard, soft, breakdown, violations
