"""Applying remedies: the picked ones, or the first of every shortfall until
none is left."""

from __future__ import annotations

from typing import Iterable

from schedule_engine.diagnostics import SHORTFALL_CODES
from schedule_engine.edits import label
from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.model import Problem
from schedule_engine.remedies.base import Remedy, apply_remedy
from schedule_engine.remedies.suggest import suggest

MAX_ROUNDS = 4


def first_remedies(diagnostics: Iterable[Diagnostic]) -> list[Remedy]:
    return [d.remedies[0] for d in diagnostics if d.remedies]


def changes_text(remedy: Remedy) -> list[str]:
    """What a remedy changes, one line per edit."""
    return [f"{label(e.kind)} {e.entity_id}: {e.summary}" for e in remedy.edits]


def pick(diagnostics: Iterable[Diagnostic], ids: Iterable[str]) -> list[Remedy]:
    """The remedies with the given ids, in the order given."""
    known = {r.id: r for d in diagnostics for r in d.remedies}
    wanted = list(dict.fromkeys(ids))
    missing = [i for i in wanted if i not in known]
    if missing:
        raise InvalidInputError([Diagnostic("error", f"No remedy has the id '{i}' (run validate --suggest to "
                                            "list them).", field="pick", code="unknown_remedy")
                                 for i in missing])
    return [known[i] for i in wanted]


def apply_picked(problem: Problem, remedies: Iterable[Remedy]) -> Problem:
    for remedy in remedies:
        problem = apply_remedy(problem, remedy)
    return problem


def apply_first(problem: Problem) -> tuple[Problem, list[Remedy], list[Diagnostic]]:
    """Apply the first remedy of every shortfall; when remedies of different
    shortfalls get in each other's way, check again and go on (a few rounds).
    Returns the new problem, the remedies applied and the diagnostics left."""
    applied: list[Remedy] = []
    diagnostics = suggest(problem)
    for _round in range(MAX_ROUNDS):
        chosen = first_remedies(diagnostics)
        if not chosen:
            break
        problem = apply_picked(problem, chosen)
        applied.extend(chosen)
        diagnostics = suggest(problem)
        if not any(d.code in SHORTFALL_CODES for d in diagnostics if d.severity == "error"):
            break
    return problem, applied, diagnostics
