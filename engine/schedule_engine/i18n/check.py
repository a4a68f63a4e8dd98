"""The completeness check of the engine's catalogues: every English template
translated, nothing obsolete, the same placeholders, the right number of plural
forms. ``python -m schedule_engine.i18n.check`` prints the problems (exit 1 when any)."""

from __future__ import annotations

import sys

from schedule_engine.i18n.catalogue import LANGUAGES, SOURCE_LANGUAGE, catalogue, placeholders, source_catalogue
from schedule_engine.i18n.plurals import plural_count


def _form_problems(language: str, entry_id: str, english, translated) -> list[str]:
    where = f"{language}.json: {entry_id}"
    forms = [translated] if isinstance(translated, str) else list(translated)
    if not forms or any(not isinstance(f, str) or not f.strip() for f in forms):
        return [f"{where}: untranslated (empty)"]
    out = []
    if isinstance(translated, list) and len(forms) != plural_count(language):
        out.append(f"{where}: {len(forms)} plural forms, the language has {plural_count(language)}")
    if isinstance(english, list) and isinstance(translated, str):
        out.append(f"{where}: the English text counts, give the {plural_count(language)} plural forms")
    wanted = placeholders(english)
    for form in forms:
        unknown = placeholders(form) - wanted
        if unknown:
            out.append(f"{where}: unknown placeholder(s) {', '.join(sorted(unknown))} in {form!r}")
    missing = wanted - set().union(*(placeholders(f) for f in forms))
    if missing:
        out.append(f"{where}: placeholder(s) {', '.join(sorted(missing))} left out")
    return out


def catalogue_problems(language: str) -> list[str]:
    """Every problem of one language's catalogue, in plain words."""
    english, translated = source_catalogue(), catalogue(language)
    out = [f"{language}.json: {entry_id}: untranslated" for entry_id in english if entry_id not in translated]
    out += [f"{language}.json: {entry_id}: obsolete (no such English template)"
            for entry_id in translated if entry_id not in english]
    for entry_id, text in translated.items():
        if entry_id in english:
            out += _form_problems(language, entry_id, english[entry_id], text)
    return out


def main() -> int:
    problems = [p for lang in LANGUAGES if lang != SOURCE_LANGUAGE for p in catalogue_problems(lang)]
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in {len(LANGUAGES) - 1} catalogues")
    return 1 if problems else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
