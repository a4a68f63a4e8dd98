"""The reference evaluation: every constraint of a timetable, with reasons.

``evaluate`` runs one small named function per constraint (``hard.py``,
``soft.py``) over the timetable and sums their records into the score and its
breakdown; without explanations it uses the vectorised :func:`score_arrays`.
"""

from __future__ import annotations

import logging

from schedule_engine.compiled import CompiledProblem, compile_problem
from schedule_engine.constraint_catalog import CATALOG, HARD_IDS, SOFT_IDS
from schedule_engine.model import Problem, Solution
from schedule_engine.rules.active import active_rules
from schedule_engine.scoring.arrays import score_arrays
from schedule_engine.scoring.context import ScoringContext
from schedule_engine.scoring.evaluation import Evaluation, Violation
from schedule_engine.scoring.hard import HARD_CONSTRAINTS
from schedule_engine.scoring.soft import SOFT_CONSTRAINTS

log = logging.getLogger(__name__)

CONSTRAINT_FUNCTIONS = {**HARD_CONSTRAINTS, **SOFT_CONSTRAINTS}
assert set(CONSTRAINT_FUNCTIONS) == set(CATALOG), "every catalogued constraint has a function"


def evaluate(problem: Problem, solution: Solution, *, pins: Solution | None = None,
             explain: bool = True, compiled: CompiledProblem | None = None) -> Evaluation:
    """Score a timetable: ``(hard, soft)``, the breakdown by constraint id and,
    when ``explain``, the violation records in plain words.

    ``pins`` holds the pin flags (default: the solution's own).
    """
    cp = compiled if compiled is not None else compile_problem(problem)
    slot, room, instr = cp.encode(solution)
    length = cp.lengths(solution)
    pin_slot, pin_room = cp.pins(pins if pins is not None else solution)
    pin_slot[length == 0] = -1
    pin_room[length == 0] = -1
    week = cp.weeks(solution)  # 0 every week, 1 or 2 the week of a fortnightly session
    if not explain:  # vectorised, also on a two-week grid
        hard, soft, breakdown = score_arrays(cp, slot, room, instr, pin_slot, pin_room, length,
                                             week=week)
        if not active_rules(problem):
            return Evaluation(hard=hard, soft=soft, breakdown=breakdown)
    ctx = ScoringContext(problem=problem, cp=cp, slot=slot.tolist(), room=room.tolist(),
                         instr=instr.tolist(), pin_slot=pin_slot.tolist(),
                         pin_room=pin_room.tolist(), length=length.tolist(), week=week.tolist())
    from schedule_engine.scoring.rules_eval import score_rules  # rules build on this package's context

    rule_hard, rule_soft, rule_breakdown, rule_violations = score_rules(ctx)
    if not explain:
        return Evaluation(hard=hard + rule_hard, soft=soft + rule_soft,
                          breakdown={**breakdown, **rule_breakdown})
    breakdown: dict[str, int] = {}
    violations: list[Violation] = []
    for constraint_id in HARD_IDS + SOFT_IDS:
        if CATALOG[constraint_id].level == "soft" and ctx.weight(constraint_id) == 0:
            breakdown[constraint_id] = 0
            continue
        records = CONSTRAINT_FUNCTIONS[constraint_id](ctx)
        breakdown[constraint_id] = sum(v.penalty for v in records)
        violations.extend(records)
    hard = sum(breakdown[c] for c in HARD_IDS) + rule_hard
    soft = sum(breakdown[c] for c in SOFT_IDS) + rule_soft
    breakdown.update(rule_breakdown)
    violations.extend(rule_violations)
    log.debug("evaluated %s: hard %d, soft %d, %d violations", problem.name, hard, soft,
              len(violations))
    return Evaluation(hard=hard, soft=soft, breakdown=breakdown, violations=tuple(violations))


def explain_session(problem: Problem, solution: Solution, session_id: str, *,
                    pins: Solution | None = None,
                    compiled: CompiledProblem | None = None) -> list[Violation]:
    """The violations that involve one session, in plain words."""
    return evaluate(problem, solution, pins=pins, compiled=compiled).for_session(session_id)
