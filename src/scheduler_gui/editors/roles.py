"""The item-data roles the editors' models, delegates and views use (defined,
with every other role of the window, in :mod:`scheduler_gui.roles`)."""

from __future__ import annotations

from scheduler_gui.roles import CHOICES_ROLE, EDITOR_ROLE, RANGE_ROLE, SORT_ROLE, TEXT_ROLE
from scheduler_gui.roles import OBJECT_ROLE as ENTITY_ROLE

__all__ = ["CHOICES_ROLE", "EDITOR_ROLE", "ENTITY_ROLE", "RANGE_ROLE", "SORT_ROLE", "TEXT_ROLE"]
