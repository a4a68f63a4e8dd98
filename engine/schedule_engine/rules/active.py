"""Which rules count: the active ones of a known type; and what the solver does not do yet."""

from __future__ import annotations

from schedule_engine.rules.catalog import RULE_TYPES
from schedule_engine.rule_data import Rule

SOLVER_WARNING = "the solver's search aims at rules on one-week grids only"
"""What the API says when a problem has active rules (docs/ARCHITECTURE.md, "Rules")."""


def active_rules(problem) -> list[Rule]:
    return [r for r in problem.rules if r.active and r.type in RULE_TYPES]
