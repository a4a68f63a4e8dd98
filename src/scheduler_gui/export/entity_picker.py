"""A checkable tree of the groups, instructors and rooms to print."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from schedule_engine.export.views import ENTITY_KINDS, entities
from schedule_engine.model import Problem
from scheduler_gui.editors.nouns import table_name
from scheduler_gui.roles import ID_ROLE

KIND_TITLES = {"group": "Groups", "instructor": "Instructors", "room": "Rooms"}


class EntityPicker(QTreeWidget):
    """Three branches (groups, instructors, rooms), every entity checkable."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self._branches: dict[str, QTreeWidgetItem] = {}
        self._updating = False
        self.itemChanged.connect(self._on_item_changed)

    def set_problem(self, problem: Problem, checked_kinds: tuple[str, ...] = ENTITY_KINDS) -> None:
        self._updating = True
        self.clear()
        self._branches.clear()
        for kind in ENTITY_KINDS:
            refs = entities(problem, kind)
            branch = QTreeWidgetItem(self, [f"{table_name(kind)} ({len(refs)})"])
            branch.setData(0, ID_ROLE, kind)
            branch.setFlags(branch.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            state = Qt.CheckState.Checked if kind in checked_kinds and refs else Qt.CheckState.Unchecked
            for ref in refs:
                child = QTreeWidgetItem(branch, [ref.label])
                child.setData(0, ID_ROLE, ref.id)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, state)
            if not refs:
                branch.setCheckState(0, Qt.CheckState.Unchecked)
            self._branches[kind] = branch
        self._updating = False
        self.selection_changed.emit()

    def set_kind_checked(self, kind: str, checked: bool) -> None:
        branch = self._branches[kind]
        branch.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_entity_checked(self, kind: str, entity_id: str, checked: bool) -> None:
        branch = self._branches[kind]
        for i in range(branch.childCount()):
            child = branch.child(i)
            if child.data(0, ID_ROLE) == entity_id:
                child.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def selection(self) -> tuple[tuple[str, ...], dict[str, list[str]]]:
        """The kinds with at least one entity checked, and the checked ids per kind."""
        kinds, ids = [], {}
        for kind, branch in self._branches.items():
            chosen = [branch.child(i).data(0, ID_ROLE) for i in range(branch.childCount())
                      if branch.child(i).checkState(0) == Qt.CheckState.Checked]
            if chosen:
                kinds.append(kind)
                ids[kind] = chosen
        return tuple(kinds), ids

    def checked_count(self) -> int:
        return sum(len(ids) for ids in self.selection()[1].values())

    def _on_item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        if not self._updating:
            self.selection_changed.emit()
