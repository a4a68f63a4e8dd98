"""The tray of sessions without a place: those the solver could not place and
those a data edit made invalid (marked) or the user unplaced.  Drag one onto
the grid to place it, or ask for "Find a place"; drop a card here to unplace it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QWidget

from schedule_engine import Session
from schedule_engine.export.views import describe_session
from scheduler_gui.roles import ID_ROLE as SESSION_ID_ROLE
from scheduler_gui.roles import INVALID_ROLE
from scheduler_gui.timetable.drag_inspector import DragInspector
from scheduler_gui.timetable.grid_model import SESSION_MIME_TYPE, session_from_mime, session_mime_data
from scheduler_gui.timetable.hand_placement import HandPlacement
from scheduler_gui.timetable.timetable_state import TimetableState
from scheduler_gui.i18n import translate


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
        # state.sessions: the blocks as they fall (pieces unused by a pattern are not in the tray)
        self._sessions = ([s for s in self.state.sessions.values() if s.id not in placed]
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
            why = (translate("UnplacedTray", "Its place no longer fits the edited data.") if invalid
                   else translate("UnplacedTray", "Not placed."))
            return describe_session(session) + "\n" + why + " " + translate(
                "UnplacedTray", "Drag it onto the grid to place it, or double-click to find a place.")
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
    """The tray's list; a drag starts the slot colouring in the grid, a card
    dropped here is unplaced, and the right-click menu (or a double click)
    finds a place for a session."""

    def __init__(self, model: UnplacedModel, inspector: DragInspector, parent: QWidget | None = None,
                 placement: HandPlacement | None = None):
        super().__init__(parent)
        self.inspector = inspector
        self.placement = placement if placement is not None else HandPlacement(model.state, self)
        self.setModel(model)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setToolTip(translate(
            "UnplacedTray", "Sessions without a place. Drag one onto the grid, or right-click: Find a place."))
        self.doubleClicked.connect(self._on_double_clicked)

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.inspector.start(index.data(SESSION_ID_ROLE))
        super().startDrag(Qt.DropAction.MoveAction)
        self.inspector.stop()

    # -- a card dropped here is unplaced ---------------------------------------
    def _placed_session(self, event) -> str | None:
        session_id = session_from_mime(event.mimeData())
        return None if session_id is None or session_id in self.model().session_ids() else session_id

    def dragEnterEvent(self, event) -> None:
        if self._placed_session(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._placed_session(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        session_id = self._placed_session(event)
        if session_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.placement.unplace(session_id)

    # -- menu ------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        if menu is not None:
            menu.exec(event.globalPos())

    def context_menu(self, pos) -> QMenu | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        return self.placement.session_menu(index.data(SESSION_ID_ROLE), None, self)

    def _on_double_clicked(self, index) -> None:
        if index.isValid():
            self.placement.find_place(index.data(SESSION_ID_ROLE), self)
