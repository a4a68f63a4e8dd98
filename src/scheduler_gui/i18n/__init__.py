"""The window's languages: translated words, the chosen language, right-to-left layout.

Every user-visible string of the window goes through :func:`translate`, whose
first argument names the screen (the ``.ts`` context) so that translators see
related words together. ``tools/translations.py`` collects them into
``resources/translations/*.ts`` and compiles the ``.qm`` files loaded at start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language (``n`` picks a plural form for ``%n``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)
