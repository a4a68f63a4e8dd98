"""Choose the group, instructor or room whose week the grid shows; the list
filters as you type."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QVBoxLayout, QWidget

from schedule_engine.export.views import ENTITY_KINDS, entities
from schedule_engine.model import Problem
from scheduler_gui.roles import ID_ROLE as ENTITY_ID_ROLE
from scheduler_gui.i18n import translate

KIND_LABELS = {"group": QT_TRANSLATE_NOOP("EntitySelector", "Groups"),
               "instructor": QT_TRANSLATE_NOOP("EntitySelector", "Instructors"),
               "room": QT_TRANSLATE_NOOP("EntitySelector", "Rooms")}


class EntitySelector(QWidget):
    entity_selected = Signal(str, str)
    """(kind, entity id)"""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind_box = QComboBox()
        for kind in ENTITY_KINDS:
            self.kind_box.addItem(translate("EntitySelector", KIND_LABELS[kind]), kind)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("EntitySelector", "Search…"))
        self.search.setClearButtonEnabled(True)
        self._items = QStandardItemModel(self)
        self._filter = QSortFilterProxyModel(self)
        self._filter.setSourceModel(self._items)
        self._filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView()
        self.list.setModel(self._filter)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_box)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self._problem: Problem | None = None
        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.search.textChanged.connect(self._filter.setFilterFixedString)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)

    @property
    def kind(self) -> str:
        return self.kind_box.currentData()

    def set_problem(self, problem: Problem) -> None:
        """Refill the list (when the data changed), keeping the current entity
        when it still exists."""
        if problem is self._problem:
            return
        self._problem = problem
        current = self.current_id()
        self._fill(current)

    def current_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(ENTITY_ID_ROLE) if index.isValid() else None

    def select(self, kind: str, entity_id: str) -> None:
        if kind != self.kind:
            self.kind_box.blockSignals(True)
            self.kind_box.setCurrentIndex(ENTITY_KINDS.index(kind))
            self.kind_box.blockSignals(False)
            self._fill(entity_id)
        else:
            self._set_current(entity_id)

    def _fill(self, keep: str | None) -> None:
        self._items.clear()
        if self._problem is None:
            return
        for ref in entities(self._problem, self.kind):
            item = QStandardItem(ref.label)
            item.setData(ref.id, ENTITY_ID_ROLE)
            item.setEditable(False)
            self._items.appendRow(item)
        ids = [self._items.item(r).data(ENTITY_ID_ROLE) for r in range(self._items.rowCount())]
        target = keep if keep in ids else (ids[0] if ids else None)
        if target is not None:
            self._set_current(target)

    def _set_current(self, entity_id: str) -> None:
        for row in range(self._filter.rowCount()):
            index = self._filter.index(row, 0)
            if index.data(ENTITY_ID_ROLE) == entity_id:
                if self.list.currentIndex() == index:
                    self.entity_selected.emit(self.kind, entity_id)
                else:
                    self.list.setCurrentIndex(index)
                return

    def _on_kind_changed(self) -> None:
        self._fill(None)

    def _on_list_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.entity_selected.emit(self.kind, current.data(ENTITY_ID_ROLE))
