"""The engine's message catalogues: English templates and their translations.

``catalogues/en.json`` holds every English template the engine's words are made
of, keyed by a stable id ``<family>.<name>``; ``catalogues/<language>.json``
holds the same ids with the translated template (a list of plural forms, read
with :func:`schedule_engine.i18n.plurals.plural_index`, where the text counts
something). Templates name their parts in braces: ``{session}``, ``{n}``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

SOURCE_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "pt_BR", "ar")
"""The languages the engine speaks (English is the source)."""
RIGHT_TO_LEFT = frozenset({"ar"})

PLACEHOLDER = re.compile(r"\{(\w+)\}")

Template = str | list[str]


def family_of(entry_id: str) -> str:
    return entry_id.split(".", 1)[0]


def placeholder_family(name: str) -> str:
    """The family that translates a placeholder's value: its name without a
    trailing number (``{session2}`` is a ``session``)."""
    return name.rstrip("0123456789")


def placeholders(template: Template) -> set[str]:
    forms = [template] if isinstance(template, str) else template
    return {name for form in forms for name in PLACEHOLDER.findall(form)}


def normalise_language(language: str | None) -> str:
    """A shipped language for a locale name ("es-MX", "pt", "ar_EG", "fr_CA.UTF-8");
    English for None, "" or a language the engine does not speak."""
    if not language:
        return SOURCE_LANGUAGE
    name = language.split(".")[0].replace("-", "_")
    if name in LANGUAGES:
        return name
    base = name.split("_")[0].lower()
    for shipped in LANGUAGES:
        if shipped.split("_")[0] == base:
            return shipped
    return SOURCE_LANGUAGE


def _read(name: str) -> dict[str, Template]:
    text = resources.files("schedule_engine.i18n").joinpath("catalogues", f"{name}.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=None)
def source_catalogue() -> dict[str, Template]:
    """The English templates, in the order they are tried."""
    return _read(SOURCE_LANGUAGE)


@lru_cache(maxsize=None)
def catalogue(language: str) -> dict[str, Template]:
    """The translations of one shipped language (empty for English)."""
    if language == SOURCE_LANGUAGE:
        return {}
    if language not in LANGUAGES:
        raise ValueError(f"the engine has no catalogue for {language!r}; it speaks {', '.join(LANGUAGES)}")
    return _read(language)
