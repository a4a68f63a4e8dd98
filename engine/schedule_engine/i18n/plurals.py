"""Plural rules of the shipped languages: which form of a counted phrase a number takes.

The rules are gettext's ``Plural-Forms`` (the form index a catalogue entry's list
is read with), written as Python; the category names are CLDR's, for translators.
"""

from __future__ import annotations

from typing import Callable

PluralRule = Callable[[int], int]


def _one_other(n: int) -> int:
    return 0 if n == 1 else 1


def _zero_one_other(n: int) -> int:
    """French and Brazilian Portuguese: 0 and 1 take the singular."""
    return 0 if n in (0, 1) else 1


def _arabic(n: int) -> int:
    """zero, one, two, few (3-10 after the hundreds), many (11-99), other."""
    if n == 0:
        return 0
    if n == 1:
        return 1
    if n == 2:
        return 2
    if 3 <= n % 100 <= 10:
        return 3
    if n % 100 >= 11:
        return 4
    return 5


RULES: dict[str, tuple[PluralRule, tuple[str, ...]]] = {
    "en": (_one_other, ("one", "other")),
    "es": (_one_other, ("one", "other")),
    "fr": (_zero_one_other, ("one", "other")),
    "pt_BR": (_zero_one_other, ("one", "other")),
    "ar": (_arabic, ("zero", "one", "two", "few", "many", "other")),
}


def plural_index(language: str, n: int) -> int:
    """The index of the form ``n`` takes in ``language`` (English's rule when unknown)."""
    rule, _names = RULES.get(language, RULES["en"])
    return rule(abs(int(n)))


def plural_count(language: str) -> int:
    """How many plural forms an entry of ``language`` has."""
    return len(RULES.get(language, RULES["en"])[1])


def plural_names(language: str) -> tuple[str, ...]:
    return RULES.get(language, RULES["en"])[1]
