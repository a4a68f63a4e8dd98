"""The tray of sessions without a place: those the solver could not place and
those a data edit made invalid (marked).  Drag one onto the grid to place it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from schedule_engine.export.views import describe_session
from schedule_engine.sessions import Session
from scheduler_gui.timetable.drag_inspector import DragInspector
from scheduler_gui.timetable.grid_model import SESSION_MIME_TYPE, session_mime_data
from scheduler_gui.timetable.timetable_state import TimetableState

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
INVALID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class UnplacedModel(QAbstractListModel):
    def __init__(self, state: TimetableState, parent=None):
        super().__init__(parent)
        self.state = state
        self._sessions: list[Session] = []
        state.changed.connect(self._on_state_changed)
        self._on_state_changed()

    def _on_state_changed(self) -> None:
        self.beginResetModel()
        placed = {a.session_id for a in self.state.solution.assignments if a.slot is not None}
        # Nothing placed (and nothing unplaced by a data edit) means no timetable
        # yet: the tray stays empty rather than listing every session.
        invalid = self.state.invalid_ids
        self._sessions = ([s for s in self.state.compiled.sessions if s.id not in placed]
                          if placed or invalid else [])
        self.endResetModel()

    def session_ids(self) -> list[str]:
        return [s.id for s in self._sessions]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._sessions)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._sessions):
            return None
        session = self._sessions[index.row()]
        invalid = session.id in self.state.invalid_ids
        if role == Qt.ItemDataRole.DisplayRole:
            return ("⚠ " if invalid else "") + describe_session(session)
        if role == Qt.ItemDataRole.ToolTipRole:
            why = ("Its place no longer fits the edited data." if invalid
                   else "Not placed.")
            return f"{describe_session(session)}\n{why} Drag it onto the grid to place it."
        if role == SESSION_ID_ROLE:
            return session.id
        if role == INVALID_ROLE:
            return invalid
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [SESSION_MIME_TYPE]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes) -> QMimeData | None:
        for index in indexes:
            if index.isValid():
                return session_mime_data(self._sessions[index.row()].id)
        return None


class UnplacedTray(QListView):
    """The tray's list; a drag starts the slot colouring in the grid."""

    def __init__(self, model: UnplacedModel, inspector: DragInspector, parent: QWidget | None = None):
        super().__init__(parent)
        self.inspector = inspector
        self.setModel(model)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.inspector.start(index.data(SESSION_ID_ROLE))
        super().startDrag(Qt.DropAction.MoveAction)
        self.inspector.stop()
