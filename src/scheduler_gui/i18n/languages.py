"""Which languages ship, and which one the window speaks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale

from scheduler_gui import settings
from scheduler_gui.resources import translations_dir

SOURCE_LANGUAGE = "en"
TRANSLATION_PREFIX = "scheduler_"
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})


@dataclass(frozen=True)
class Language:
    code: str  # a QLocale name: "es", "ar", "pt_BR"
    native_name: str  # the language's name in itself, as its speakers look for it

    @property
    def right_to_left(self) -> bool:
        return self.code.split("_")[0] in RIGHT_TO_LEFT


# How each language names itself in the menu (QLocale would say "American English").
NATIVE_NAMES = {"en": "English", "es": "Español", "ar": "العربية", "fr": "Français",
                "pt_BR": "Português (Brasil)"}


def _native_name(code: str) -> str:
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    if "_" in code:
        name = f"{name} ({QLocale(code).nativeTerritoryName()})"
    return name[:1].upper() + name[1:] if name else code


def shipped_languages() -> list[Language]:
    """English (the source language) and every language with a compiled translation
    (``scheduler_en.qm`` holds only English plural forms)."""
    codes = sorted({path.stem.removeprefix(TRANSLATION_PREFIX)
                    for path in translations_dir().glob(f"{TRANSLATION_PREFIX}*.qm")}
                   - {SOURCE_LANGUAGE})
    return [Language(code, _native_name(code)) for code in [SOURCE_LANGUAGE, *codes]]


def best_match(wanted: list[str], available: list[str]) -> str:
    """The first of ``wanted`` (locale names such as "es-MX" or "pt_BR") that
    ``available`` has: exactly, by language alone, or in another country's form
    of the language ("pt_PT" is served by "pt_BR"); the source language otherwise."""
    for name in wanted:
        name = name.replace("-", "_")
        if name in available:
            return name
        language = name.split("_")[0]
        if language in available:
            return language
        variant = next((code for code in available if code.split("_")[0] == language), None)
        if variant is not None:
            return variant
    return SOURCE_LANGUAGE


def chosen_language() -> Language:
    """The language set in View > Language, or the system's when none is set."""
    languages = {language.code: language for language in shipped_languages()}
    chosen = settings.get_setting("view/language")
    wanted = [chosen] if chosen else QLocale.system().uiLanguages()
    return languages[best_match(wanted, list(languages))]
