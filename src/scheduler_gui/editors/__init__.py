"""Editors of the institution data: table models, delegates, the availability painter
and the :class:`DataEditors` tab widget that the main window shows."""

from scheduler_gui.editors.data_editors import DataEditors
from scheduler_gui.editors.roles import ENTITY_ROLE

__all__ = ["DataEditors", "ENTITY_ROLE"]
