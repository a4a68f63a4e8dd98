"""Reading a finished English text back into its template, and writing it out
in another language.

The engine composes its words in English at the place they arise (a violation,
a diagnostic, a remedy). Translating them afterwards, at the edge where a caller
asks for a language, keeps every stable id and code in English and needs no
change where the words are made: a text is matched against the templates of the
wanted families in catalogue order, each placeholder's value is translated by
the family of the same name (``{session}`` by the ``session`` templates, ``{day}``
by the day names), numbers pick the plural form, and anything no template knows
(names and ids from the data) is kept as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from schedule_engine.i18n.catalogue import (
    PLACEHOLDER, Template, catalogue, family_of, placeholder_family, source_catalogue,
)
from schedule_engine.i18n.plurals import plural_index

NUMBER_PLACEHOLDERS = frozenset({
    "n", "m", "k", "over", "limit", "seats", "capacity", "short", "wanted", "length", "demand", "fits",
    "before", "size", "stretch", "sections", "most", "least",
})
"""Placeholders that hold a whole number (the first one picks the plural form)."""
COUNTED = r"-?\d+ .+?"
NO_BRACKETS = r"[^()]+?"
WORD_PATTERNS = {"type": r"\S+", "stype": r"\S+", "clock": r"\S+", "side": "before|after", "step": r"add .+?",
                 "when": r"[^()]*?\d[^()]*?", "day": NO_BRACKETS, "periods": COUNTED, "students": COUNTED,
                 "days": COUNTED, "idle": COUNTED, "gaps": COUNTED, "set": COUNTED}
"""Placeholders of a fixed shape: one word, a day or a time (never in brackets, so that
"lecture (Monday 09:00)" splits right; a time has a digit), a counted phrase ("3 periods"),
a remedy's step ("add ..."); every other one is any text (as short as fits)."""
MAX_DEPTH = 120
"""How deep a text nests (a list of sessions nests once per name)."""


@dataclass(frozen=True)
class Compiled:
    """One English template as regular expressions (one per plural form)."""

    entry_id: str
    family: str
    patterns: tuple[re.Pattern[str], ...]
    names: tuple[str, ...]


def _regex(template: str) -> re.Pattern[str]:
    parts, pos, seen = [], 0, set()
    for match in PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[pos:match.start()]))
        name = match.group(1)
        if name in seen:
            parts.append(f"(?P={name})")
        else:
            seen.add(name)
            family = placeholder_family(name)
            body = r"-?\d+" if family in NUMBER_PLACEHOLDERS else WORD_PATTERNS.get(family, r".+?")
            parts.append(f"(?P<{name}>{body})")
        pos = match.end()
    parts.append(re.escape(template[pos:]))
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=None)
def _families() -> dict[str, tuple[Compiled, ...]]:
    out: dict[str, list[Compiled]] = {}
    for entry_id, template in source_catalogue().items():
        forms = [template] if isinstance(template, str) else template
        names = tuple(dict.fromkeys(n for form in forms for n in PLACEHOLDER.findall(form)))
        out.setdefault(family_of(entry_id), []).append(
            Compiled(entry_id, family_of(entry_id), tuple(_regex(f) for f in forms), names))
    return {family: tuple(entries) for family, entries in out.items()}


def find(text: str, families: tuple[str, ...]) -> tuple[Compiled, re.Match[str]] | None:
    """The first template of ``families`` (in that order, then catalogue order) that
    reads the whole of ``text``."""
    known = _families()
    for family in families:
        for entry in known.get(family, ()):
            for pattern in entry.patterns:
                match = pattern.fullmatch(text)
                if match:
                    return entry, match
    return None


def _count(entry: Compiled, match: re.Match[str]) -> int:
    numbers = [n for n in entry.names if placeholder_family(n) in NUMBER_PLACEHOLDERS]
    return int(match.group(numbers[0])) if numbers else 1


def _form(translation: Template, language: str, n: int) -> str:
    if isinstance(translation, str):
        return translation
    index = plural_index(language, n)
    return translation[min(index, len(translation) - 1)]


def _render(entry: Compiled, match: re.Match[str], language: str, depth: int) -> str | None:
    translation = catalogue(language).get(entry.entry_id)
    if not translation:
        return None
    values = {}
    for name in entry.names:
        value = match.group(name)
        family = placeholder_family(name)
        if family in _families() and family not in NUMBER_PLACEHOLDERS:
            value = translate_in(value, language, (family,), depth + 1) or value
        values[name] = value
    form = _form(translation, language, _count(entry, match))
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), form)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def translate_in(text: str, language: str, families: tuple[str, ...], depth: int = 0) -> str | None:
    """``text`` in ``language`` read by one of ``families``; None when no template
    reads it. A capitalised text is also tried with a small first letter (the
    engine capitalises a phrase that starts a sentence)."""
    if depth > MAX_DEPTH or not text:
        return None
    found = find(text, families)
    if found:
        return _render(*found, language, depth)
    if text[:1].isupper() and text[:1].lower() != text[:1]:
        found = find(text[:1].lower() + text[1:], families)
        if found:
            rendered = _render(*found, language, depth)
            return capitalised(rendered) if rendered is not None else None
    return None
