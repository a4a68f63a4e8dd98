"""What a remedy is: a plain-words change of the data, made of engine edits.

An :class:`EntityEdit` names one change of one entity; :func:`apply_edit` makes
it through :mod:`schedule_engine.edits` on whatever version of the problem it is
given, so remedies for different shortfalls compose.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Any

from schedule_engine import edits
from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.model import Problem



@dataclass(frozen=True)
class EntityEdit:
    """One change of one entity.

    ``op``: ``open_slots`` (remove ``value``, slots, from ``unavailable``),
    ``add_qualifications`` (``value``: (course, session type) pairs),
    ``add_instructors`` (``value``: (session type, instructor ids): extend a
    component's fixed instructors), ``set_joint`` (``value``: bool) or
    ``set_component`` (``value``: (session type, ((field, new value), ...))).
    """

    kind: str
    entity_id: str
    field: str
    op: str
    value: Any
    summary: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "id": self.entity_id, "field": self.field, "change": self.summary}


@dataclass(frozen=True)
class Remedy:
    """A change that removes one shortfall, checked before it is offered."""

    id: str
    text: str
    kind: str
    """``open_time``, ``hand_over``, ``joint``, ``block_pattern``, ``room_type`` or ``fewer_periods``."""
    edits: tuple[EntityEdit, ...]
    fixes: str
    """The shortfall it removes: its code and entity, ``"instructor_overload: instructor I109"``."""
    cost: int = 0

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "kind": self.kind, "fixes": self.fixes,
                "edits": [e.to_dict() for e in self.edits]}


def shortfall_key(diagnostic: Diagnostic) -> str:
    return f"{diagnostic.code}: {diagnostic.entity}"


def remedy_id(kind: str, fixes: str, edits_: tuple[EntityEdit, ...]) -> str:
    """Stable: the same change of the same data always gets the same id."""
    words = [w for w in fixes.split(":", 1)[-1].replace(",", " ").split() if w not in ("instructor", "instructors",
                                                                                          "room", "rooms", "group",
                                                                                          "subgroup", "of")]
    stem = "-".join(words[:2]).lower().replace(" ", "")
    digest = hashlib.sha1(repr([(e.kind, e.entity_id, e.op, repr(e.value)) for e in edits_]).encode())
    return f"{stem}-{kind.replace('_', '-')}-{digest.hexdigest()[:6]}"


def make_remedy(kind: str, text: str, edits_: tuple[EntityEdit, ...], target: Diagnostic, cost: int) -> Remedy:
    fixes = shortfall_key(target)
    return Remedy(remedy_id(kind, fixes, edits_), text, kind, edits_, fixes, cost)


def _missing(kind: str, entity_id: str) -> InvalidInputError:
    return InvalidInputError([Diagnostic("error", f"There is no {kind} {entity_id!r} to change.",
                                         f"{kind} {entity_id}", code="invalid_edit")])


def apply_edit(problem: Problem, edit: EntityEdit) -> Problem:
    """``problem`` with ``edit`` made, through the edit layer (checked, references kept)."""
    old = edits.find_entity(problem, edit.kind, edit.entity_id)
    if old is None:
        raise _missing(edit.kind, edit.entity_id)
    if edit.op == "open_slots":
        new = replace(old, unavailable=old.unavailable - frozenset(edit.value))
    elif edit.op == "add_qualifications":
        new = replace(old, qualifications=old.qualifications | frozenset(tuple(q) for q in edit.value))
    elif edit.op == "set_joint":
        new = replace(old, joint=bool(edit.value))
    elif edit.op in ("add_instructors", "set_component"):
        session_type, payload = edit.value
        comps = []
        for comp in old.components:
            if comp.session_type == session_type:
                if edit.op == "add_instructors":
                    comp = replace(comp, instructors=comp.instructors + tuple(
                        i for i in payload if i not in comp.instructors))
                else:
                    comp = replace(comp, **dict(payload))
            comps.append(comp)
        new = replace(old, components=tuple(comps))
    else:
        raise ValueError(f"unknown edit operation: {edit.op!r}")
    return edits.replace_entity(problem, edit.kind, edit.entity_id, new)


def apply_remedy(problem: Problem, remedy: Remedy) -> Problem:
    for edit in remedy.edits:
        problem = apply_edit(problem, edit)
    return problem
