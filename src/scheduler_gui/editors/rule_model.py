"""The rules table: one row per rule of the problem (docs/ARCHITECTURE.md, "Rules").

Columns: id, type (from the rule catalogue), applies to, parameters, hard or soft, weight,
active, comment.  Every edit is checked by the engine's rule validation before it is pushed:
an edit that would give the rule an error is refused with the engine's words.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from schedule_engine import RULE_TYPES, Rule, validate_rules
from schedule_engine.errors import InvalidInputError
from schedule_engine.model import Problem
from scheduler_gui.editors import rule_cells
from scheduler_gui.editors.columns import Column, as_bool, as_int, as_text, join
from scheduler_gui.editors.roles import SORT_ROLE, TEXT_ROLE
from scheduler_gui.editors.table_model import ProblemTableModel
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import engine_rule_type_name, engine_text

LEVELS = ("hard", "soft")
LEVEL_WORDS = {"hard": QT_TRANSLATE_NOOP("RuleEditor", "hard"), "soft": QT_TRANSLATE_NOOP("RuleEditor", "soft")}


def level_word(level: str) -> str:
    """``hard`` or ``soft`` in the window's language."""
    return translate("RuleEditor", LEVEL_WORDS[level]) if level in LEVEL_WORDS else level


def display_name(type_id: str) -> str:
    """The type's name in the window's language (the id for an unknown type)."""
    return engine_rule_type_name(type_id)


def _type_id(value: Any) -> str:
    """The type id written as its id, its English name or its name in the window's language."""
    text = as_text(value)
    for type_id, spec in RULE_TYPES.items():
        names = {type_id, spec.name.lower(), display_name(type_id).lower()}
        if text in names or text.lower() in names:
            return type_id
    raise ValueError(translate("RuleEditor", "{text} is not a rule type; choose one of the list (e.g. "
                               "{example}).").format(text=repr(text), example=display_name("max_days_per_week")))


_KIND_OF = {"instructors": "instructors", "groups": "groups", "rooms": "rooms", "sessions": "sessions",
            "courses": "sessions", "components": "sessions", "tags": "sessions"}
"""Rule field -> the entity kind of the catalogue it belongs to."""


def _with_type(problem: Problem, rule: Rule, value: Any) -> Rule:
    """The rule as another type: the parameters and targets the new type has are kept."""
    type_id = _type_id(value)
    if type_id == rule.type:
        return rule
    kinds = RULE_TYPES[type_id].kinds
    targets = {field: getattr(rule, field) if kind in kinds else () for field, kind in _KIND_OF.items()}
    return replace(rule, type=type_id, params=rule_cells.default_params(type_id, dict(rule.params)),
                   all_of=tuple(k for k in rule.all_of if k in kinds), **targets)


def _with_level(rule: Rule, value: Any) -> Rule:
    text = as_text(value).lower()
    text = next((level for level in LEVELS if text == level_word(level).lower()), text)
    if text not in LEVELS:
        raise ValueError(translate("RuleEditor", "write {hard} or {soft}, not {value}.").format(
            hard=level_word("hard"), soft=level_word("soft"), value=repr(as_text(value))))
    return replace(rule, hard=text == "hard")


def rule_errors(problem: Problem, rule_id: str) -> list[str]:
    """The engine's errors about the rule ``rule_id`` of ``problem`` (that rule alone is checked,
    so that an edit stays quick with thousands of rules; ids are kept unique by the model)."""
    alone = replace(problem, rules=tuple(r for r in problem.rules if r.id == rule_id))
    return [engine_text(d.message).split(": ", 1)[-1] for d in validate_rules(alone)
            if d.severity == "error" and d.entity == f"rule {rule_id}"]


class RuleTableModel(ProblemTableModel):
    kind = "rule"
    noun = "rule"
    columns = (
        Column("id", "ID", lambda r: r.id, lambda p, r, v: replace(r, id=as_text(v))),
        Column("type", "Type", lambda r: display_name(r.type), _with_type, editor="choice",
               choices=lambda p: [display_name(t) for t in RULE_TYPES],
               tooltip="The kind of rule (the rule catalogue)"),
        Column("applies_to", "Applies to", lambda r: join(rule_cells.target_labels(r)),
               lambda p, r, v: rule_cells.with_targets(r, v), edit=rule_cells.target_labels, editor="multi",
               choices=rule_cells.target_choices,
               tooltip="Whom or what the rule is about: instructors, groups, lessons, rooms, or all of a kind"),
        Column("params", "Parameters", lambda r: "",
               lambda p, r, v: replace(r, params=rule_cells.parse_params(p, r.type, v)),
               tooltip="name=value; separated by ';' (slots: 'Mon P1, Tue P2')"),
        Column("level", "Hard/soft", lambda r: level_word(r.level), lambda p, r, v: _with_level(r, v),
               editor="choice", choices=lambda p: [level_word(level) for level in LEVELS],
               tooltip="A hard rule must hold; a soft one costs its weight per unit of violation"),
        Column("weight", "Weight", lambda r: str(r.weight),
               lambda p, r, v: replace(r, weight=as_int(v, "Weight", minimum=0)), edit=lambda r: r.weight,
               editor="int", minimum=0, maximum=1_000_000, numeric=True,
               tooltip="Cost of one unit of violation of a soft rule"),
        Column("active", "Active", lambda r: "yes" if r.active else "no",
               lambda p, r, v: replace(r, active=as_bool(v, "Active")), edit=lambda r: r.active, editor="check",
               tooltip="Only active rules count"),
        Column("comment", "Comment", lambda r: r.comment, lambda p, r, v: replace(r, comment=as_text(v))),
    )

    def __init__(self, document, parent=None):
        super().__init__(document, parent)
        self._params_column = self.column_of_key("params")

    def rows_of(self, problem: Problem) -> Sequence[Any]:
        return problem.rules

    def _data(self, index, role: int) -> Any:
        # the parameters need the grid (slot labels), which a column's display cannot see
        if (index.isValid() and index.column() == self._params_column and 0 <= index.row() < len(self._rows)
                and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
                             TEXT_ROLE)):
            return rule_cells.params_text(self._problem, self._rows[index.row()])
        if index.isValid() and index.column() == self._params_column and role == SORT_ROLE:
            return rule_cells.params_text(self._problem, self._rows[index.row()]).lower()
        return super()._data(index, role)

    def with_row(self, problem: Problem, row: int, obj: Rule) -> Problem:
        if not obj.id:
            raise ValueError(translate("RuleEditor", "a rule needs an id."))
        rules = list(problem.rules)
        if obj.id != rules[row].id and any(r.id == obj.id for r in rules):
            raise ValueError(translate("RuleEditor", "the id {id} is already used by another rule.").format(
                id=repr(obj.id)))
        rules[row] = obj
        return self._checked(replace(problem, rules=tuple(rules)), obj)

    def with_new_rule(self, problem: Problem, rule: Rule) -> Problem:
        """The problem with ``rule`` added at the end (raises on an id in use or an engine error)."""
        if not rule.id:
            raise ValueError(translate("RuleEditor", "a rule needs an id."))
        if any(r.id == rule.id for r in problem.rules):
            raise ValueError(translate("RuleEditor", "the id {id} is already used by another rule.").format(
                id=repr(rule.id)))
        return self._checked(replace(problem, rules=problem.rules + (rule,)), rule)

    @staticmethod
    def _checked(after: Problem, rule: Rule) -> Problem:
        errors = rule_errors(after, rule.id)
        if errors:
            raise InvalidInputError(" ".join(e[:1].upper() + e[1:] + ("" if e.endswith(".") else ".")
                                             for e in errors))
        return after

    def new_rule_id(self, problem: Problem) -> str:
        """An id no rule of ``problem`` has yet."""
        return self._next_id(problem, {r.id for r in problem.rules})

    def _next_id(self, problem: Problem, taken: set[str]) -> str:
        n = len(problem.rules) + 1
        while f"r{n}" in taken:
            n += 1
        return f"r{n}"

    def add_row(self, problem: Problem) -> tuple[Problem, int]:
        rule = Rule(self._next_id(problem, {r.id for r in problem.rules}), "max_days_per_week",
                    all_of=("instructors",), params={"max_days": len(problem.time_grid.days)}, hard=False)
        return replace(problem, rules=problem.rules + (rule,)), len(problem.rules)

    def duplicate_rows(self, problem: Problem, rows: list[int]) -> tuple[Problem, list[int]]:
        rules = list(problem.rules)
        taken = {r.id for r in rules}
        new_rows = []
        for row in rows:
            new_id = self._next_id(replace(problem, rules=tuple(rules)), taken)
            taken.add(new_id)
            rules.append(replace(problem.rules[row], id=new_id))
            new_rows.append(len(rules) - 1)
        return replace(problem, rules=tuple(rules)), new_rows

    def delete_rows(self, problem: Problem, rows: list[int]) -> tuple[Problem, list[str]]:
        gone = set(rows)
        return replace(problem, rules=tuple(r for k, r in enumerate(problem.rules) if k not in gone)), []
