"""The driver: every shortfall gets its checked remedies, cheapest first."""

from __future__ import annotations

from dataclasses import replace

from schedule_engine.diagnostics import validate
from schedule_engine.errors import Diagnostic
from schedule_engine.model import Problem
from schedule_engine.remedies.base import Remedy
from schedule_engine.remedies.block_pattern import block_pattern_remedies
from schedule_engine.remedies.case import Case, shortfall_cases
from schedule_engine.remedies.fewer_periods import fewer_periods_remedies
from schedule_engine.remedies.hand_over import hand_over_remedies
from schedule_engine.remedies.joint import joint_remedies
from schedule_engine.remedies.open_time import open_time_remedies
from schedule_engine.remedies.room_type import room_type_remedies
from schedule_engine.remedies.verify import Checker

FINDERS = (open_time_remedies, hand_over_remedies, joint_remedies, block_pattern_remedies,
           room_type_remedies, fewer_periods_remedies)
"""In the order of their cost: more time, another teacher, joint teaching, other
blocks, another kind of room, and, last, less teaching."""

MAX_REMEDIES = 6


def remedies_for(case: Case, before: list[Diagnostic]) -> tuple[Remedy, ...]:
    checker = Checker(case, before)
    found: list[Remedy] = []
    for finder in FINDERS:
        found.extend(finder(case, checker))
    unique = {r.id: r for r in found}
    return tuple(sorted(unique.values(), key=lambda r: r.cost)[:MAX_REMEDIES])


def with_remedies(problem: Problem, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """``diagnostics`` (``validate(problem)``'s, maybe merged with a loader's),
    each shortfall carrying its remedies."""
    before = [d for d in diagnostics if d.severity == "error"]
    found = {id(case.diagnostic): remedies_for(case, before) for case in shortfall_cases(problem, diagnostics)}
    return [replace(d, remedies=found[id(d)]) if id(d) in found else d for d in diagnostics]


def suggest(problem: Problem) -> list[Diagnostic]:
    """``validate(problem)`` with a remedy list on every shortfall."""
    return with_remedies(problem, validate(problem))
