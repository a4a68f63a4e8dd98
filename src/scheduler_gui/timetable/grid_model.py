"""The week of one group, instructor or room as a Qt table model: rows are the
periods of a day, columns the days.

A cell's display text lists the sessions starting there and ``ENTRIES_ROLE``
gives the entries occupying it; views that draw cards read :meth:`cards` (the
placed sessions of the entity with their side-by-side lanes).  Drag and drop lives here: a session
travels as the app-specific MIME type ``application/x-schedule-engine-session``
(its id in UTF-8) and *move* is the only action; a drop on a cell moves the
session there with the best legal room as one undo step, or is refused with the
reasons (``drop_refused``).

With a two-week cycle the model shows one week (``week_view`` 1 or 2: the
sessions of that week and the weekly ones) or both (0: cards of week A in the
left half of a cell, of week B in the right half, weekly ones across).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from schedule_engine.export.views import Entry, belongs_to, entities, find_entity, member_ids
from schedule_engine.export.words import ExportWords
from scheduler_gui.roles import ENTRIES_ROLE, SLOT_ROLE
from scheduler_gui.timetable.commands import MoveSessionCommand
from scheduler_gui.timetable.drag_inspector import DragInspector
from scheduler_gui.timetable.slot_marks import entity_slot_marks
from scheduler_gui.timetable.timetable_state import TimetableState
from scheduler_gui.timetable.week_lanes import WHOLE, assign_lanes, assign_week_lanes
from scheduler_gui.i18n.formats import clock_time, day_name
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import engine_language

SESSION_MIME_TYPE = "application/x-schedule-engine-session"

__all__ = ["Card", "SESSION_MIME_TYPE", "WeekGridModel", "assign_lanes", "session_from_mime", "session_mime_data"]

_Index = QModelIndex | QPersistentModelIndex


def session_mime_data(session_id: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(SESSION_MIME_TYPE, session_id.encode("utf-8"))
    return mime


def session_from_mime(mime: QMimeData | None) -> str | None:
    if mime is None or not mime.hasFormat(SESSION_MIME_TYPE):
        return None
    return bytes(mime.data(SESSION_MIME_TYPE).data()).decode("utf-8") or None


@dataclass(frozen=True)
class Card:
    """A placed session in the grid: its entry and its place among parallel sessions."""

    entry: Entry
    lane: int
    lanes: int
    violated: bool
    half: int = WHOLE
    """Combined view of two weeks: the whole cell, or the half of week A (1) or B (2)."""


class WeekGridModel(QAbstractTableModel):
    drop_refused = Signal(str)
    """A drop was refused; the text says why in plain words."""

    def __init__(self, state: TimetableState, inspector: DragInspector, parent=None):
        super().__init__(parent)
        self.state = state
        self.inspector = inspector
        self.kind = "group"
        self.entity_id: str | None = None
        self._cells: list[list[list[Entry]]] = []
        self._cards: list[Card] = []
        self.slot_marks: dict[int, str] = {}
        """Closed, preferred and undesired slots of the shown entity."""
        self.week_view = 0
        """Two-week cycle: the week shown (1 or 2), or 0 for both."""
        self.last_refusal = ""
        state.changed.connect(self._on_state_changed)
        self._rebuild()

    # -- the entity ------------------------------------------------------------
    def set_entity(self, kind: str, entity_id: str | None) -> None:
        self.beginResetModel()
        self.kind, self.entity_id = kind, entity_id
        self._rebuild()
        self.endResetModel()

    def set_week_view(self, week: int) -> None:
        """Show week 1 or 2 of a two-week cycle, or both (0)."""
        if week != self.week_view:
            self.beginResetModel()
            self.week_view = week
            self._rebuild()
            self.endResetModel()

    @property
    def two_weeks(self) -> bool:
        return self.state.problem.time_grid.n_weeks == 2

    @property
    def shown_week(self) -> int:
        """The week in view (1 or 2), 0 for both weeks or a one-week grid."""
        return self.week_view if self.two_weeks else 0

    @property
    def entity_label(self) -> str:
        if self.entity_id is None:
            return ""
        try:
            return find_entity(self.state.problem, self.kind, self.entity_id).label
        except KeyError:
            return self.entity_id

    def cards(self) -> list[Card]:
        return list(self._cards)

    def card_at(self, day: int, period: int) -> list[Card]:
        return [c for c in self._cards if c.entry.day == day and period in c.entry.periods]

    def visible_session_ids(self) -> list[str]:
        return list(dict.fromkeys(c.entry.session_id for c in self._cards))

    def slot(self, index: _Index) -> int:
        return index.column() * self.state.problem.time_grid.n_periods + index.row()

    def _rebuild(self) -> None:
        grid = self.state.problem.time_grid
        self._cells = [[[] for _ in range(grid.n_days)] for _ in range(grid.n_periods)]
        self._cards = []
        problem = self.state.problem
        if self.entity_id is not None and any(
                r.id == self.entity_id for r in entities(problem, self.kind)):
            members = member_ids(problem, self.kind, self.entity_id)
            week = self.shown_week
            mine = [e for e in self.state.entries if belongs_to(e, self.kind, members)
                    and (not week or e.in_week(week))]
            evaluation = self.state.evaluation if mine else None
            combined = self.two_weeks and not week
            for day in range(grid.n_days):
                today = [e for e in mine if e.day == day]
                for e, lane, lanes, half in assign_week_lanes(today, combined):
                    violated = any(v.level == "hard" for v in evaluation.for_session(e.session_id))
                    self._cards.append(Card(e, lane, lanes, violated, half))
                for e in today:
                    for p in e.periods:
                        self._cells[p][day].append(e)
        else:
            self.entity_id = None
        self.slot_marks = entity_slot_marks(problem, self.kind, self.entity_id)

    def _on_state_changed(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    # -- table model -------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.state.problem.time_grid.n_periods

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.state.problem.time_grid.n_days

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._cells):
            return None
        entries = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            starting = [e for e in entries if e.start_period == index.row()]
            return ExportWords(engine_language()).cell_text(starting, self.kind) if starting else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return ExportWords(engine_language()).cell_text(entries, self.kind) if entries else None
        if role == ENTRIES_ROLE:
            return list(entries)
        if role == SLOT_ROLE:
            return self.slot(index)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        grid = self.state.problem.time_grid
        if orientation == Qt.Orientation.Horizontal and 0 <= section < grid.n_days:
            return day_name(grid.days[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < grid.n_periods:
            p = grid.periods[section]
            return f"{p.name}\n{clock_time(p.start)}–{clock_time(p.end)}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsDropEnabled
        if any(e.start_period == index.row() for e in self._cells[index.row()][index.column()]):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # -- drag and drop -------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [SESSION_MIME_TYPE]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes) -> QMimeData | None:
        """The first session starting in the given cells."""
        for index in indexes:
            if not index.isValid():
                continue
            for e in self._cells[index.row()][index.column()]:
                if e.start_period == index.row():
                    return session_mime_data(e.session_id)
        return None

    def _target(self, row: int, column: int, parent: _Index) -> tuple[int, int] | None:
        if parent.isValid():
            return parent.row(), parent.column()
        if 0 <= row < self.rowCount() and 0 <= column < self.columnCount():
            return row, column
        return None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: _Index) -> bool:
        return (action == Qt.DropAction.MoveAction and session_from_mime(data) is not None
                and self._target(row, column, parent) is not None)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: _Index) -> bool:
        """Move the session to the target cell with the best legal room (one undo
        step); an illegal move is refused and ``drop_refused`` says why."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        session_id = session_from_mime(data)
        period, day = self._target(row, column, parent)
        return self.move_session(session_id, day * self.state.problem.time_grid.n_periods + period)

    def move_session(self, session_id: str, slot: int, room: str | None = None, *,
                     force: bool = False) -> bool:
        """Move (and pin) a session if the move is legal (or ``force``: the user
        chose to place it anyway); else refuse with reasons."""
        refusal = None if force else self.inspector.refusal(session_id, slot)
        if refusal is None and room is not None and not force:
            option = next((o for o in self.inspector.room_options(session_id, slot) if o.room_id == room), None)
            if option is None or not option.legal:
                refusal = translate("TimetableGrid", "{room} is not a legal room for this session then.").format(room=room)
        if refusal is not None:
            self.last_refusal = refusal
            self.drop_refused.emit(refusal)
            return False
        command = MoveSessionCommand(self.state.document, session_id, slot, room,
                                     inspector=self.state.inspector,
                                     session=self.state.sessions.get(session_id),
                                     week=self.inspector.week_for(session_id))
        self.state.document.push(command)
        return True

