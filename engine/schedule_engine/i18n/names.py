"""Display names and descriptions, looked up by stable id, in a language.

The English words live beside the ids (``constraint_catalog.CATALOG``,
``rules.catalog.RULE_TYPES``) and are repeated in ``catalogues/en.json`` so that
the completeness check sees them; each language's catalogue holds them under
``constraint.<id>`` (name), ``constraint_about.<id>`` (what it counts),
``rule_type.<type>`` (name), ``rule_about.<type>`` (what it counts) and
``rule_param.<type>.<param>`` (what a parameter means). An id the engine does not
know is returned as it is.
"""

from __future__ import annotations

from schedule_engine.i18n.catalogue import SOURCE_LANGUAGE, catalogue, normalise_language

RULE_PREFIX = "rule."
"""A rule type seen as a constraint: ``rule.max_gaps_per_day``."""


def _in(language: str | None, key: str, english: str) -> str:
    lang = normalise_language(language)
    if lang == SOURCE_LANGUAGE:
        return english
    translated = catalogue(lang).get(key)
    return translated if isinstance(translated, str) and translated else english


def rule_type_name(type_id: str, language: str | None) -> str:
    """A rule type's display name ("Max gaps per day"); the id for an unknown type."""
    from schedule_engine.rules.catalog import RULE_TYPES

    spec = RULE_TYPES.get(type_id)
    return type_id if spec is None else _in(language, f"rule_type.{type_id}", spec.name)


def rule_type_description(type_id: str, language: str | None) -> str:
    """What one unit of a rule type's violation is; empty for an unknown type."""
    from schedule_engine.rules.catalog import RULE_TYPES

    spec = RULE_TYPES.get(type_id)
    return "" if spec is None else _in(language, f"rule_about.{type_id}", spec.description)


def rule_param_description(type_id: str, param: str, language: str | None) -> str:
    """What a parameter of a rule type means ("most free periods between lessons in one day")."""
    from schedule_engine.rules.catalog import RULE_TYPES

    spec = RULE_TYPES.get(type_id)
    p = spec.param(param) if spec is not None else None
    return "" if p is None else _in(language, f"rule_param.{type_id}.{param}", p.description)


def constraint_name(constraint_id: str, language: str | None) -> str:
    """The display name of a built-in constraint (``"room_clash"``) or of a rule
    type seen as a constraint (``"rule.max_gaps_per_day"``)."""
    from schedule_engine.constraint_catalog import CATALOG

    info = CATALOG.get(constraint_id)
    if info is None:
        return rule_type_name(constraint_id.removeprefix(RULE_PREFIX), language)
    return _in(language, f"constraint.{constraint_id}", info.name)


def constraint_description(constraint_id: str, language: str | None) -> str:
    """What a built-in constraint counts, or a rule type's description for ``"rule.<type>"``."""
    from schedule_engine.constraint_catalog import CATALOG

    info = CATALOG.get(constraint_id)
    if info is None:
        return rule_type_description(constraint_id.removeprefix(RULE_PREFIX), language)
    return _in(language, f"constraint_about.{constraint_id}", info.description)
