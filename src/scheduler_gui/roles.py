"""The custom item-data roles of every model of the window, in one place, each
with its own value (so a view or delegate never mistakes one for another).

Plain Qt roles (display, tool tip, alignment...) keep their Qt names; these are
the window's own:
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = Qt.ItemDataRole.UserRole

ID_ROLE = _BASE
"""The row's id: a constraint id, an entity id or a session id (text)."""
OBJECT_ROLE = _BASE + 1
"""The row's domain object itself: a ``Room``, ``Course``, ``RunRecord``,
``Violation``, ``PlaceOption`` or ``Diagnostic``."""
EDITOR_ROLE = _BASE + 2
"""Which editor a cell wants: ``text``, ``int``, ``choice``, ``multi``, ``time`` or ``check``."""
CHOICES_ROLE = _BASE + 3
"""The values a ``choice`` or ``multi`` cell may take (a list of strings)."""
TEXT_ROLE = _BASE + 4
"""The cell as plain text, for copying (check boxes read ``yes``/``no``)."""
SORT_ROLE = _BASE + 5
"""A value that sorts naturally (numbers as numbers)."""
RANGE_ROLE = _BASE + 6
"""(minimum, maximum) of an ``int`` cell."""
ENTRIES_ROLE = _BASE + 7
"""The timetable entries of a week-grid cell."""
SLOT_ROLE = _BASE + 8
"""The time slot of a week-grid cell."""
INVALID_ROLE = _BASE + 9
"""True when a session cannot be placed anywhere as the data stands."""
CONSTRAINT_ROLE = _BASE + 10
"""The constraint id of a violation row."""
RESOURCE_ROLE = _BASE + 11
"""The group, instructor or room a violation row concerns."""
REMEDY_ROLE = _BASE + 12
"""The ``Remedy`` of a remedy row under a diagnostic."""
