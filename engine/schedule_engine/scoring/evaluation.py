"""The results of scoring a timetable: violation records and the evaluation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from schedule_engine.constraint_catalog import CATALOG


@dataclass(frozen=True)
class Violation:
    """One broken constraint, said in plain words.

    ``penalty`` is the number of units for a hard constraint and weight x units
    for a soft one.
    """

    constraint: str
    level: str
    penalty: int
    sessions: tuple[str, ...]
    slot: int | None
    resource: str
    reason: str
    rule: str = ""
    """The id of the problem's rule broken (``constraint`` is then ``rule.<type>``); "" otherwise."""
    week: int = 0
    """In a two-week cycle the week (1 = A, 2 = B) the record is about; 0 otherwise."""

    @property
    def name(self) -> str:
        """The constraint's (or the rule type's) display name."""
        if self.rule:
            from schedule_engine.rules.catalog import display_name

            return display_name(self.constraint.removeprefix("rule."))
        return CATALOG[self.constraint].name

    def to_dict(self) -> dict:
        return {
            "constraint": self.constraint,
            "name": self.name,
            "level": self.level,
            "penalty": int(self.penalty),
            "sessions": list(self.sessions),
            "slot": None if self.slot is None else int(self.slot),
            "resource": self.resource,
            "reason": self.reason,
            **({"rule": self.rule} if self.rule else {}),
            **({"week": int(self.week)} if self.week else {}),
        }


@dataclass(frozen=True)
class Evaluation:
    """A timetable's score ``(hard, soft)``, its breakdown by constraint id and
    the violations behind it."""

    hard: int
    soft: int
    breakdown: Mapping[str, int]
    violations: tuple[Violation, ...] = ()
    _by_session: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def score(self) -> tuple[int, int]:
        return (self.hard, self.soft)

    @property
    def feasible(self) -> bool:
        return self.hard == 0

    def for_session(self, session_id: str) -> list[Violation]:
        """The violations that involve one session."""
        if not self._by_session and self.violations:
            index: dict[str, list[Violation]] = {}
            for v in self.violations:
                for s in dict.fromkeys(v.sessions):
                    index.setdefault(s, []).append(v)
            self._by_session.update(index)
        return list(self._by_session.get(session_id, ()))

    def to_dict(self) -> dict:
        return {
            "hard": int(self.hard),
            "soft": int(self.soft),
            "breakdown": {k: int(v) for k, v in self.breakdown.items()},
            "violations": [v.to_dict() for v in self.violations],
        }
