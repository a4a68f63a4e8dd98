"""The engine's words (diagnostics, violation reasons, remedies, report headings)
in the window's language: the engine translates them itself, without Qt; the
window only tells it which language it speaks."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from schedule_engine.i18n import constraint_name, normalise_language, translate_table, translate_text, translate_word

__all__ = ["engine_language", "engine_text", "engine_entity", "engine_constraint_name", "translate_table"]


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
