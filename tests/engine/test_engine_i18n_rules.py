"""The engine's words about constraints and rules in every language: display
names and descriptions looked up by id, the rule checks of ``validate`` and the
violation reasons of every rule type, translated whole, with no placeholder or
English template left over."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rules_world import E, M, problem as rules_problem, solution as rules_solution  # noqa: E402
from test_rules_scoring import CASES  # noqa: E402
from tiny_problem import problem  # noqa: E402

from schedule_engine.constraint_catalog import CATALOG  # noqa: E402
from schedule_engine.diagnostics import validate  # noqa: E402
from schedule_engine.i18n import (  # noqa: E402
    LANGUAGES, MESSAGE_FAMILIES, constraint_description, constraint_name, rule_param_description,
    rule_type_description, rule_type_name, translate_diagnostic, translate_text,
)
from schedule_engine.i18n.catalogue import catalogue, source_catalogue  # noqa: E402
from schedule_engine.i18n.matching import find  # noqa: E402
from schedule_engine.rules import Rule  # noqa: E402
from schedule_engine.rules.catalog import RULE_TYPES  # noqa: E402
from schedule_engine.scoring import evaluate, explain_session  # noqa: E402

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
LEFT_OVER = re.compile(r"\{\w+\}")
"""A placeholder the translation did not fill."""


def _described_keys() -> dict[str, str]:
    """Every catalogue key of a name or description, with its English words from the engine's definitions."""
    keys = {f"constraint.{c.id}": c.name for c in CATALOG.values()}
    keys |= {f"constraint_about.{c.id}": c.description for c in CATALOG.values()}
    keys |= {f"rule_type.{t.id}": t.name for t in RULE_TYPES.values()}
    keys |= {f"rule_about.{t.id}": t.description for t in RULE_TYPES.values()}
    keys |= {f"rule_param.{t.id}.{p.name}": p.description for t in RULE_TYPES.values() for p in t.params}
    return keys


def test_the_english_catalogue_repeats_the_engine_definitions_word_for_word():
    english = source_catalogue()
    assert {key: english.get(key) for key in _described_keys()} == _described_keys()


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_name_and_description_has_a_translation_of_its_own(language):
    translated = catalogue(language)
    for key, english in _described_keys().items():
        assert isinstance(translated.get(key), str) and translated[key].strip(), key
        assert translated[key] != english, key


@pytest.mark.parametrize("language", TRANSLATED)
def test_names_and_descriptions_by_id(language):
    rule_names = [rule_type_name(t, language) for t in RULE_TYPES]
    assert len(set(rule_names)) == len(RULE_TYPES)  # the Type column's choices read back one type each
    for t in RULE_TYPES.values():
        assert rule_type_description(t.id, language) == catalogue(language)[f"rule_about.{t.id}"]
        assert constraint_name(f"rule.{t.id}", language) == rule_type_name(t.id, language)
        assert constraint_description(f"rule.{t.id}", language) == rule_type_description(t.id, language)
        for p in t.params:
            assert rule_param_description(t.id, p.name, language) != p.description
    descriptions = [constraint_description(c, language) for c in CATALOG]
    assert len(set(descriptions)) == len(CATALOG)


def test_exact_words_and_english_fallbacks():
    assert constraint_description("room_clash", "es") == "Un aula no puede acoger dos sesiones a la vez."
    assert constraint_description("room_clash", None) == CATALOG["room_clash"].description
    assert rule_type_name("max_gaps_per_day", "fr") == "Max. trous par jour"
    assert rule_type_name("max_gaps_per_day", "de") == "Max gaps per day"  # a language the engine does not speak
    assert rule_param_description("max_gaps_per_day", "max_gaps", "ar") == \
        "أكبر عدد من الفترات الفارغة بين الحصص في يوم واحد"
    assert rule_type_name("no_such_type", "es") == "no_such_type"
    assert rule_type_description("no_such_type", "es") == ""
    assert rule_param_description("max_gaps_per_day", "nope", "es") == ""


def _rule_violations():
    for rule, expected in CASES:
        if expected:
            yield from (v for v in evaluate(rules_problem([rule]), rules_solution()).violations if v.rule)


def test_every_rule_violation_reason_is_translated_whole():
    types = set()
    for v in _rule_violations():
        assert find(v.reason, MESSAGE_FAMILIES) is not None, v.reason
        types.add(v.constraint)
        for language in TRANSLATED:
            words = translate_text(v.reason, language)
            assert words != v.reason and not LEFT_OVER.search(words), (language, words)
    assert len(types) == len(RULE_TYPES)


def test_an_explanation_in_spanish_is_spanish():
    """What the drag inspector and the violations panel show about a session: every
    reason and constraint name in Spanish, no placeholder left."""
    rules = [Rule("r1", "max_periods_per_day", instructors=("I2",), params={"max_periods": 1}),
             Rule("r2", "same_day", sessions=(E[0], M[0], M[2]))]
    p, s = rules_problem(rules), rules_solution()
    explained = explain_session(p, s, E[1]) + explain_session(p, s, M[2])
    assert {v.constraint for v in explained} >= {"rule.max_periods_per_day", "rule.same_day", "curriculum_compactness"}
    for v in explained:
        spanish = translate_text(v.reason, "es")
        assert spanish != v.reason and not LEFT_OVER.search(spanish), spanish
        assert constraint_name(v.constraint, "es") != v.name
        assert constraint_description(v.constraint, "es") != constraint_description(v.constraint, "en")
    same_day = next(v for v in explained if v.constraint == "rule.same_day")
    assert translate_text(same_day.reason, "es") == \
        "La clase teórica de M (Maths) para G2 es el martes, no el lunes como el resto de su conjunto"


def _broken_rules():
    """Rules that provoke every check of the rule validation."""
    return (
        Rule("r1", "max_days_per_week", instructors=("I1",), params={"max_days": -1, "extra": 2}, weight=-3),
        Rule("r2", "max_days_per_week", instructors=("I1",), params={}),
        Rule("r3", "min_periods_per_day", groups=("G", "NOPE"), params={"min_periods": 1, "allow_empty_days": 2}),
        Rule("r4", "not_available", rooms=("R9",), params={"slots": (0, 999)}),
        Rule("r5", "max_days_per_week", rooms=("R1",), sessions=("S?",), params={"max_days": 1}),
        Rule("r6", "same_day", courses=("C9",), components=(("C1", "seminar"),), tags=("nowhere",),
             all_of=("rooms",)),
        Rule("r7", "no_such_type"),
        Rule("r8", "max_days_per_week", params={"max_days": 1}),
        Rule("r8", "same_day", sessions=("no such session",)),
    )


def test_every_rule_check_of_validate_is_translated():
    found = [d for d in validate(problem(rules=_broken_rules())) if d.code.startswith("rule")]
    codes = {d.code for d in found}
    assert codes >= {"rule_bad_param", "rule_bad_entity", "rule_unknown_entity", "rule_unknown_tag",
                     "rule_unknown_type", "rule_bad_weight", "rule_applies_to_nothing", "rule_duplicate_id"}
    for d in found:
        assert find(d.message, MESSAGE_FAMILIES) is not None, d.message
        for language in TRANSLATED:
            t = translate_diagnostic(d, language)
            assert t.message != d.message and not LEFT_OVER.search(t.message), (language, t.message)
            assert t.entity != d.entity and (t.code, t.field) == (d.code, d.field)


def test_exact_words_of_rule_checks():
    by_field = {(d.entity, d.field): d for d in validate(problem(rules=_broken_rules()))}
    missing = by_field[("rule r2", "params.max_days")]
    assert translate_text(missing.message, "es") == \
        "Regla r2 (max_days_per_week): falta el parámetro 'max_days' (máximo de días de clase en la semana)"
    wrong = by_field[("rule r5", "rooms")]
    assert translate_text(wrong.message, "fr") == \
        "Règle r5 (max_days_per_week) : une règle 'Max. jours par semaine' ne s'applique pas à des salles"
    duplicate = by_field[("rule r8", "id")]
    assert translate_text(duplicate.message, "ar") == "قاعدتان تشتركان في المعرّف 'r8'"
    assert translate_diagnostic(duplicate, "pt_BR").entity == "regra r8"
