"""What the rows of each editor table are called, in the window's language.

A table model has a ``noun`` ("room", "subgroup"); messages name one row with
:func:`noun` ("Room R1, Capacity: …"), a table with :func:`table_name`
("Rooms") and a number of rows with :func:`count` ("3 rooms"), so that every
language can say them with its own grammar.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from scheduler_gui.i18n import translate

_SINGULAR = {
    "row": QT_TRANSLATE_NOOP("Noun", "row"),
    "room": QT_TRANSLATE_NOOP("Noun", "room"),
    "instructor": QT_TRANSLATE_NOOP("Noun", "instructor"),
    "group": QT_TRANSLATE_NOOP("Noun", "group"),
    "subgroup": QT_TRANSLATE_NOOP("Noun", "subgroup"),
    "course": QT_TRANSLATE_NOOP("Noun", "course"),
    "component": QT_TRANSLATE_NOOP("Noun", "component"),
    "period": QT_TRANSLATE_NOOP("Noun", "period"),
    "day": QT_TRANSLATE_NOOP("Noun", "day"),
    "constraint": QT_TRANSLATE_NOOP("Noun", "constraint"),
    "rule": QT_TRANSLATE_NOOP("Noun", "rule"),
}

_TABLE = {
    "row": QT_TRANSLATE_NOOP("Noun", "Rows"),
    "room": QT_TRANSLATE_NOOP("Noun", "Rooms"),
    "instructor": QT_TRANSLATE_NOOP("Noun", "Instructors"),
    "group": QT_TRANSLATE_NOOP("Noun", "Groups"),
    "subgroup": QT_TRANSLATE_NOOP("Noun", "Subgroups"),
    "course": QT_TRANSLATE_NOOP("Noun", "Courses"),
    "component": QT_TRANSLATE_NOOP("Noun", "Components"),
    "period": QT_TRANSLATE_NOOP("Noun", "Periods"),
    "day": QT_TRANSLATE_NOOP("Noun", "Days"),
    "constraint": QT_TRANSLATE_NOOP("Noun", "Constraints"),
    "rule": QT_TRANSLATE_NOOP("Noun", "Rules"),
}

_COUNT: dict[str, Callable[[int], str]] = {
    "row": lambda n: translate("Noun", "%n rows", "", n),
    "room": lambda n: translate("Noun", "%n rooms", "", n),
    "instructor": lambda n: translate("Noun", "%n instructors", "", n),
    "group": lambda n: translate("Noun", "%n groups", "", n),
    "subgroup": lambda n: translate("Noun", "%n subgroups", "", n),
    "course": lambda n: translate("Noun", "%n courses", "", n),
    "component": lambda n: translate("Noun", "%n components", "", n),
    "period": lambda n: translate("Noun", "%n periods", "", n),
    "day": lambda n: translate("Noun", "%n days", "", n),
    "constraint": lambda n: translate("Noun", "%n constraints", "", n),
    "rule": lambda n: translate("Noun", "%n rules", "", n),
}


def noun(kind: str) -> str:
    """One row of ``kind`` ("room"), in lower case; an unknown kind as it is."""
    return translate("Noun", _SINGULAR[kind]) if kind in _SINGULAR else kind


def table_name(kind: str) -> str:
    """The table of ``kind`` ("Rooms")."""
    return translate("Noun", _TABLE[kind]) if kind in _TABLE else kind


def count(kind: str, n: int) -> str:
    """``n`` rows of ``kind`` ("1 room", "3 rooms")."""
    return _COUNT[kind](n) if kind in _COUNT else f"{n} {kind}"
