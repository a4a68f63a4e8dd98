"""Load the chosen language into the running application."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator, Qt
from PySide6.QtWidgets import QApplication

from scheduler_gui.i18n.languages import TRANSLATION_PREFIX, Language, chosen_language
from scheduler_gui.resources import translations_dir

log = logging.getLogger(__name__)


def _load(translator: QTranslator, code: str, prefix: str, folder: str) -> bool:
    if translator.load(QLocale(code), prefix, "_", folder):
        return True
    log.info("no %s translation for %s in %s", prefix, code, folder)
    return False


def locale_for(language: Language) -> QLocale:
    """The system's locale when it speaks ``language`` (its clock and number habits
    stay), else the language's own default locale."""
    system = QLocale.system()
    if system.language() == QLocale(language.code).language():
        return system
    return QLocale(language.code)


def install_language(app: QApplication, language: Language | None = None) -> list[QTranslator]:
    """Install our translation and Qt's own (dialog buttons, file dialogs) for
    ``language`` (default: the chosen one), set the locale used for day names,
    clock times and numbers, and mirror the layout for a right-to-left script.
    Returns the installed translators (the application keeps them alive)."""
    language = language or chosen_language()
    QLocale.setDefault(locale_for(language))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language.right_to_left
                           else Qt.LayoutDirection.LeftToRight)
    installed: list[QTranslator] = []
    sources = {TRANSLATION_PREFIX.rstrip("_"): [str(translations_dir())], "qtbase": qt_translation_dirs()}
    for prefix, folders in sources.items():
        translator = QTranslator(app)
        if any(_load(translator, language.code, prefix, folder) for folder in folders):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def qt_translation_dirs() -> list[str]:
    """Where Qt's own ``qtbase_<lang>.qm`` may be: Qt's translations folder, or
    its copy inside a PyInstaller bundle."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(str(Path(bundle) / "PySide6" / "Qt" / "translations"))
    return folders
