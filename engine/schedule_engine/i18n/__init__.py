"""The engine's words in the caller's language, without Qt.

The engine writes its diagnostics, violation reasons, remedies and report
headings in English; :func:`translate_text` and the ``translate_*`` helpers give
them in one of :data:`LANGUAGES` when the caller asks (the API's callers, the
command line's ``--language``, the window with its own language). Codes, ids,
field paths and the JSON keys stay English; words the catalogue does not know
(names from the data) stay as they are. Display names and descriptions of
constraints and rule types are looked up by id (``names.py``). See
``catalogue.py`` for the catalogue files and ``matching.py`` for how a text is
read back into its template.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from schedule_engine.i18n.catalogue import LANGUAGES, RIGHT_TO_LEFT, SOURCE_LANGUAGE, normalise_language
from schedule_engine.i18n.matching import capitalised, translate_in
from schedule_engine.i18n.names import (
    constraint_description, constraint_name, rule_param_description, rule_type_description, rule_type_name,
)

if TYPE_CHECKING:
    from schedule_engine.errors import Diagnostic
    from schedule_engine.export.reports import ReportTable
    from schedule_engine.remedies.base import EntityEdit, Remedy
    from schedule_engine.scoring.evaluation import Violation

__all__ = ["LANGUAGES", "RIGHT_TO_LEFT", "SOURCE_LANGUAGE", "normalise_language", "translate_text",
           "translate_word", "translate_diagnostic", "translate_violation", "translate_remedy",
           "translate_table", "is_right_to_left", "describe_diagnostic", "constraint_name",
           "constraint_description", "rule_type_name", "rule_type_description", "rule_param_description",
           "describe_edit"]

MESSAGE_FAMILIES = ("violation", "rule", "diagnostic", "rule_check", "remedy", "export", "heading", "cli")
"""The families a whole text may belong to (the others are its parts)."""


def is_right_to_left(language: str | None) -> bool:
    return normalise_language(language) in RIGHT_TO_LEFT


@lru_cache(maxsize=8192)
def _translate(text: str, language: str, families: tuple[str, ...]) -> str:
    if language == SOURCE_LANGUAGE or not text:
        return text
    translated = translate_in(text, language, families)
    if translated is None:
        return _with_remark(text, language, families)
    return capitalised(translated) if text[:1].isupper() else translated


def _with_remark(text: str, language: str, families: tuple[str, ...]) -> str:
    """A message followed by a remark of the data in brackets (a rule's comment:
    "... the maximum of 2 (from the staff room)"): the message translated, the remark kept."""
    cut = text.rfind(" (")
    while cut > 0 and text.endswith(")"):
        head = translate_in(text[:cut], language, families)
        if head is not None:
            return (capitalised(head) if text[:1].isupper() else head) + text[cut:]
        cut = text.rfind(" (", 0, cut)
    return text


def translate_text(text: str, language: str | None) -> str:
    """A whole message of the engine (a violation reason, a diagnostic, a remedy,
    a heading) in ``language``; unchanged when the language is English or no
    template reads it."""
    return _translate(text, normalise_language(language), MESSAGE_FAMILIES)


def translate_word(text: str, family: str, language: str | None) -> str:
    """A part of a message read by one family: ``"day"``, ``"type"``, ``"entity"``, ``"severity"``."""
    return _translate(text, normalise_language(language), (family,))


def translate_diagnostic(diagnostic: "Diagnostic", language: str | None) -> "Diagnostic":
    """The diagnostic with its message, entity and remedies in ``language``
    (severity, code, field and location unchanged)."""
    if normalise_language(language) == SOURCE_LANGUAGE:
        return diagnostic
    return replace(diagnostic, message=translate_text(diagnostic.message, language),
                   entity=translate_word(diagnostic.entity, "entity", language),
                   remedies=tuple(translate_remedy(r, language) for r in diagnostic.remedies))


def describe_diagnostic(diagnostic: "Diagnostic", language: str | None) -> str:
    """One line for a person, as ``str(diagnostic)`` but in ``language``:
    ``"error: Rooms.json, record 3, room A1, capacity: ..."``."""
    if normalise_language(language) == SOURCE_LANGUAGE:
        return str(diagnostic)
    d = translate_diagnostic(diagnostic, language)
    where = ", ".join(p for p in (d.location, d.entity, d.field) if p)
    severity = translate_word(d.severity, "severity", language)
    return f"{severity}: {where + ': ' if where else ''}{d.message}"


def translate_violation(violation: "Violation", language: str | None) -> "Violation":
    """The violation with its reason and resource in ``language``."""
    if normalise_language(language) == SOURCE_LANGUAGE:
        return violation
    return replace(violation, reason=translate_text(violation.reason, language),
                   resource=translate_word(violation.resource, "entity", language))


def translate_remedy(remedy: "Remedy", language: str | None) -> "Remedy":
    """The remedy with its text in ``language`` (its id and edits unchanged)."""
    if normalise_language(language) == SOURCE_LANGUAGE:
        return remedy
    return replace(remedy, text=translate_text(remedy.text, language))


def describe_edit(edit: "EntityEdit", language: str | None) -> str:
    """One change of a remedy for a person: ``"instructor I1: available at Tuesday 08:30-09:20"``
    in ``language`` (the entity's kind and the change's words; ids stay)."""
    entity = translate_word(f"{edit.kind} {edit.entity_id}", "entity", language)
    return f"{entity}: {translate_word(edit.summary, 'edit', language)}"


def translate_table(table: "ReportTable", language: str | None) -> "ReportTable":
    """A report table with its title and column headings in ``language`` (day
    names included); the rows are data and stay as they are, except "(none)"."""
    if normalise_language(language) == SOURCE_LANGUAGE:
        return table
    columns = tuple(_heading(c, language) for c in table.columns)
    rows = tuple(tuple(translate_word(v, "heading", language) if v == "(none)" else v for v in row)
                 for row in table.rows)
    return replace(table, title=translate_text(table.title, language), columns=columns, rows=rows)


def _heading(text: str, language: str | None) -> str:
    translated = translate_word(text, "heading", language)
    return translated if translated != text else translate_word(text, "day", language)
