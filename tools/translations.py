"""Keep the window's translations in step with the code.

    uv run python tools/translations.py new fr    # start scheduler_fr.ts with every text unfinished
    uv run python tools/translations.py update    # collect new words into resources/translations/*.ts
    uv run python tools/translations.py release   # compile every .ts into the .qm the window loads
    uv run python tools/translations.py check     # list unfinished, obsolete or missing messages

``update`` reads every ``translate("Context", "…")`` and ``QT_TRANSLATE_NOOP``
call of ``src/scheduler_gui`` (see ``ts_catalogue``); ``release`` runs Qt's
``lrelease``, which comes with PySide6-Essentials. ``scheduler_en.ts`` holds only
the English plural forms ("1 group", "2 groups").
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ts_catalogue import collect, write_ts  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO / "src" / "scheduler_gui"
TRANSLATIONS = REPO / "resources" / "translations"
PREFIX = "scheduler_"
SOURCE_LANGUAGE = "en"


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def ts_files(folder: Path = TRANSLATIONS) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*.ts"))


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix(PREFIX)


def update(folder: Path = TRANSLATIONS) -> None:
    """Add new source texts to every .ts in ``folder`` and drop removed ones."""
    messages = collect(SOURCES)
    for ts in ts_files(folder):
        language = language_of(ts)
        wanted = [m for m in messages if m.numerus] if language == SOURCE_LANGUAGE else messages
        write_ts(ts, language, wanted, source_language=SOURCE_LANGUAGE)


def new_language(code: str, folder: Path = TRANSLATIONS) -> Path:
    """Start ``scheduler_<code>.ts`` (``code`` a locale name: "fr", "pt_BR") with
    every text of the window, unfinished; an existing file is only updated."""
    if not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", code):
        raise SystemExit(f"{code!r} is not a locale name such as fr or pt_BR")
    ts = folder / f"{PREFIX}{code}.ts"
    if not ts.is_file():
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      f'<TS version="2.1" language="{code}" sourcelanguage="{SOURCE_LANGUAGE}"/>\n', "utf-8")
    update(folder)
    return ts


def release(folder: Path = TRANSLATIONS, out: Path | None = None) -> list[Path]:
    """Compile each .ts of ``folder`` into ``out`` (default: beside it)."""
    written = []
    for ts in ts_files(folder):
        qm = (out or ts.parent) / ts.with_suffix(".qm").name
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def unfinished_messages(ts: Path) -> list[str]:
    """``context: source`` of each message of ``ts`` that is untranslated,
    obsolete or vanished (the code no longer says it)."""
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
            text = (translation.text or "").strip() if translation is not None else ""
            empty = translation is None or not (all(forms) if forms else text)
            if kind in ("unfinished", "obsolete", "vanished") or empty:
                problems.append(f"{ts.name}: {name}: {message.findtext('source', '')!r} ({kind or 'empty'})")
    return problems


def check() -> list[str]:
    """Every problem of the shipped translations: messages left unfinished or
    obsolete, texts of the code missing from a .ts, and .qm files out of date."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for ts in ts_files():
            shutil.copy(ts, work / ts.name)
        update(work)  # the code's current texts, merged into copies
        for ts in ts_files(work):
            problems += unfinished_messages(ts)
        for qm in release(work):
            shipped = TRANSLATIONS / qm.name
            if not shipped.is_file() or shipped.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is out of date: run tools/translations.py release")
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "new" and len(argv) == 2:
        print(new_language(argv[1]).relative_to(REPO))
    elif command == "update":
        update()
    elif command == "release":
        for qm in release():
            print(qm.relative_to(REPO))
    elif command == "check":
        problems = check()
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
