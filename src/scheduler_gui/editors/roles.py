"""Custom item-data roles shared by the editors' models, delegates and views."""

from __future__ import annotations

from PySide6.QtCore import Qt

ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The domain object of the row (a ``Room``, ``Course``...)."""
EDITOR_ROLE = Qt.ItemDataRole.UserRole + 2
"""Which editor a cell wants: ``text``, ``int``, ``choice``, ``multi``, ``time`` or ``check``."""
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 3
"""The values a ``choice`` or ``multi`` cell may take (a list of strings)."""
TEXT_ROLE = Qt.ItemDataRole.UserRole + 4
"""The cell as plain text, for copying (check boxes read ``yes``/``no``)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 5
"""A value that sorts naturally (numbers as numbers)."""
RANGE_ROLE = Qt.ItemDataRole.UserRole + 6
"""(minimum, maximum) of an ``int`` cell."""
