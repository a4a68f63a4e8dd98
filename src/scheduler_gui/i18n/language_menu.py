"""View > Language: the shipped languages; a choice takes effect after a restart."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from scheduler_gui import settings
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.languages import Language, shipped_languages


class LanguageMenu(QMenu):
    """One checkable entry per shipped language, plus "System Language"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("LanguageMenu", "&Language"), parent)
        self.setObjectName("language_menu")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        chosen = settings.get_setting("view/language")
        self._add(translate("LanguageMenu", "System Language"), "", chosen)
        self.addSeparator()
        for language in shipped_languages():
            self._add(language.native_name, language.code, chosen)

    def _add(self, text: str, code: str, chosen: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
        self._group.addAction(action)
        self.addAction(action)
        return action

    def choose(self, code: str, *, tell: bool = True) -> None:
        """Remember ``code`` ("" for the system's language); say when it applies."""
        if code == settings.get_setting("view/language"):
            return
        settings.set_setting("view/language", code)
        if tell:
            QMessageBox.information(
                self.parentWidget(), translate("LanguageMenu", "Language"),
                translate("LanguageMenu",
                          "The new language takes effect the next time Schedule Engine starts."))

    def language_codes(self) -> list[str]:
        return [str(action.data()) for action in self._group.actions()]


__all__ = ["Language", "LanguageMenu"]
