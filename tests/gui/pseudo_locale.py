"""A pseudo-locale for the translation scans: every translated text comes back
as ⟦text⟧, so a word outside the brackets escaped translation."""

from __future__ import annotations

import re
import zoneinfo

from PySide6.QtCore import QTranslator, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu,
    QTabWidget, QWidget,
)

from scheduler_gui.i18n.languages import shipped_languages


class PseudoTranslator(QTranslator):
    """Returns every message as ⟦message⟧, so an unbracketed word escaped translation."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 - Qt override
        return f"⟦{source_text}⟧"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


ALLOWED = {"Schedule", "Engine", "PDF", "CSV", "Ctrl", "Shift", "Esc", "F5", "Del", "A4", "Letter",
           "Excel", "JSON", "iCalendar", "HTML", "UTC"}  # names, keys and formats


ZONES = zoneinfo.available_timezones() | {"localtime", "Factory"}


def language_names() -> set[str]:
    return {language.native_name for language in shipped_languages()}


def widget_texts(widget: QWidget) -> list[str]:
    """The texts ``widget`` shows: its own, its tooltip, its items and column headers."""
    texts = [widget.toolTip()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QDockWidget):
        texts.append(widget.windowTitle())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    header = getattr(widget, "horizontalHeader", getattr(widget, "header", None))
    if isinstance(widget, QAbstractItemView) and callable(header) and widget.model() is not None:
        model = widget.model()
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal, role) or "")
                      for c in range(header().count())]
    return texts


def all_widget_texts(root: QWidget, skip: QWidget | None = None) -> list[str]:
    """The texts of ``root`` and of every child visible with it (``skip`` and its children left out)."""
    texts = [root.windowTitle(), *widget_texts(root)]
    for widget in root.findChildren(QWidget):
        if skip is not None and (widget is skip or skip.isAncestorOf(widget)):
            continue
        if widget.isVisibleTo(root):
            texts += widget_texts(widget)
    return texts


def menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip()]
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    return texts


def escaped(texts: list[str], data_words: set[str]) -> list[str]:
    """Each text with English words outside the brackets (names of data excepted)."""
    names = language_names()
    found = []
    for text in texts:
        rest = re.sub(r"<[^<>]*>", " ", text)  # rich-text tags are markup, not words
        while re.search(r"⟦[^⟦⟧]*⟧", rest):  # innermost first: a translation may hold another
            rest = re.sub(r"⟦[^⟦⟧]*⟧", " ", rest)
        if rest.strip() in names or rest.strip() in ZONES:
            continue  # View > Language names each language in itself; time zones keep their names
        words = set(re.findall(r"[A-Za-z][A-Za-z'-]+", rest)) - ALLOWED - data_words
        if words:
            found.append(f"{text!r}: {sorted(words)}")
    return found


def data_words_of(problem) -> set[str]:
    """Words of the institution's own data (ids, names, titles, days, periods)."""
    names = [f"{x.id} {getattr(x, 'name', '')} {getattr(x, 'title', '')}"
             for x in (*problem.groups, *problem.courses, *problem.rooms, *problem.instructors)]
    names += [problem.name, *problem.time_grid.days]
    names += [p.name for p in problem.time_grid.periods]
    for course in problem.courses:
        names += [c.session_type for c in course.components]
    for room in problem.rooms:
        names += [room.type, *room.features]
    return {word for text in names for word in re.findall(r"[A-Za-z]+", text)}
