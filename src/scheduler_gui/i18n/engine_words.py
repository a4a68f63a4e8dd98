"""The engine's words (diagnostics, violation reasons, remedies, report headings)
in the window's language: the engine translates them itself, without Qt; the
window only tells it which language it speaks."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from schedule_engine.i18n import (
    constraint_description, constraint_name, describe_edit, normalise_language, rule_param_description,
    rule_type_description, rule_type_name, translate_table, translate_text, translate_word,
)

__all__ = ["engine_language", "engine_text", "engine_entity", "engine_constraint_name",
           "engine_constraint_description", "engine_rule_type_name", "engine_rule_type_description",
           "engine_rule_param_description", "engine_edit", "translate_table"]


def engine_language() -> str:
    """The engine language matching the window's locale (``QLocale`` default, set
    from View > Language or the system at start); English when the engine has none."""
    return normalise_language(QLocale().name())


def engine_text(text: str) -> str:
    """A whole engine message in the window's language."""
    return translate_text(text, engine_language())


def engine_entity(text: str) -> str:
    """An engine entity or resource ("room A1", "subgroup G1A") in the window's language."""
    return translate_word(text, "entity", engine_language())


def engine_constraint_name(constraint_id: str) -> str:
    """A constraint's display name ("Room clash") in the window's language."""
    return constraint_name(constraint_id, engine_language())


def engine_constraint_description(constraint_id: str) -> str:
    """What a constraint (or a rule type, as ``rule.<type>``) counts, in the window's language."""
    return constraint_description(constraint_id, engine_language())


def engine_edit(edit) -> str:
    """One change of a remedy ("instructor I1: available at ...") in the window's language."""
    return describe_edit(edit, engine_language())


def engine_rule_type_name(type_id: str) -> str:
    """A rule type's display name ("Max gaps per day") in the window's language."""
    return rule_type_name(type_id, engine_language())


def engine_rule_type_description(type_id: str) -> str:
    return rule_type_description(type_id, engine_language())


def engine_rule_param_description(type_id: str, param: str) -> str:
    return rule_param_description(type_id, param, engine_language())
