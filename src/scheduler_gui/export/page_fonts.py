"""The font of the printed pages: DejaVu Sans from ``resources/fonts``, registered
with Qt once, so that PDF pages in every shipped language (Latin and Arabic
scripts) look the same whatever fonts the computer has."""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtGui import QFontDatabase

from scheduler_gui.resources import resource_path

log = logging.getLogger(__name__)

FONT_FOLDER = "fonts"


@lru_cache(maxsize=1)
def bundled_family() -> str | None:
    """The family of the bundled page font, registered on first use; None when
    the files are missing or Qt cannot read them (the pages then use a system font)."""
    families: list[str] = []
    for path in sorted(resource_path(FONT_FOLDER).glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the page font %s", path)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families[0] if families else None
