"""One rule instance: its type, the entities it applies to, its parameters and its weight.

A module of its own, imported by ``model.py`` and :mod:`schedule_engine.rules`, so that the model
does not depend on the rules package (docs/ARCHITECTURE.md, "Rules")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

ALL_KINDS: tuple[str, ...] = ("instructors", "groups", "rooms", "sessions")
"""Kinds of entity a rule may apply to "all" of."""


def _param_value(value: object) -> object:
    """Lists become tuples so that a rule stays hashable and comparable."""
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_param_value(v) for v in value]
        return tuple(sorted(items)) if isinstance(value, (set, frozenset)) else tuple(items)
    return value


@dataclass(frozen=True)
class Rule:
    """A rule of the problem, e.g. "Mrs Hart teaches at most 4 days".

    The entities: ``instructors``; ``groups`` (group or subgroup ids);
    ``courses``, ``components`` (pairs course id, session type), ``sessions``
    (session ids) and ``tags`` (activity tags of components) select lessons;
    ``rooms``; ``all_of`` names kinds the rule applies to entirely
    (:data:`ALL_KINDS`).  ``params`` are the type's parameters
    (:mod:`schedule_engine.rules.catalog`); slots are slot indices.
    A hard rule counts each unit of violation once; a soft one ``weight`` times.
    """

    id: str
    type: str
    instructors: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    courses: tuple[str, ...] = ()
    components: tuple[tuple[str, str], ...] = ()
    sessions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    rooms: tuple[str, ...] = ()
    all_of: tuple[str, ...] = ()
    params: Mapping[str, object] = field(default_factory=dict)
    hard: bool = True
    weight: int = 1
    active: bool = True
    comment: str = ""

    def __post_init__(self) -> None:
        for name in ("instructors", "groups", "courses", "sessions", "tags", "rooms", "all_of"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(self, "components", tuple(tuple(c) for c in self.components))
        object.__setattr__(self, "params", {k: _param_value(v) for k, v in dict(self.params).items()})

    def __hash__(self) -> int:
        return hash((self.id, self.type))

    def param(self, name: str, default: object = None) -> object:
        return self.params.get(name, default)

    @property
    def level(self) -> str:
        return "hard" if self.hard else "soft"

    def selects_lessons(self) -> bool:
        """Whether the rule names lessons (sessions, courses, components, tags or all sessions)."""
        return bool(self.sessions or self.courses or self.components or self.tags
                    or "sessions" in self.all_of)
