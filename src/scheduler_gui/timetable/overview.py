"""The whole week of all groups (or all rooms) at a glance: one row per
entity, one column per period of the week, each cell coloured by course.

With a two-week cycle the overview follows the week switch (one week, or both:
a session of one week shows its course with the week, "C1·A"); two sessions
of different weeks in a room's cell are no clash."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from schedule_engine.export.views import EntityRef, Entry, belongs_to, entities, member_ids
from schedule_engine.export.words import ExportWords
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.formats import day_name
from scheduler_gui.roles import ID_ROLE as ENTITY_ID_ROLE
from scheduler_gui.timetable.palette import card_colours, is_dark
from scheduler_gui.timetable.timetable_state import TimetableState
from scheduler_gui.i18n.engine_words import engine_language

OVERVIEW_KINDS = {"group": QT_TRANSLATE_NOOP("TimetableWidget", "All groups"),
                  "room": QT_TRANSLATE_NOOP("TimetableWidget", "All rooms")}

_Index = QModelIndex | QPersistentModelIndex


class OverviewModel(QAbstractTableModel):
    def __init__(self, state: TimetableState, parent=None):
        super().__init__(parent)
        self.state = state
        self.kind = "group"
        self._rows: list[EntityRef] = []
        self._cells: list[dict[int, list[Entry]]] = []
        self.week_view = 0
        """Two-week cycle: the week shown (1 or 2), 0 for both."""
        state.changed.connect(self._on_state_changed)
        self._rebuild()

    def set_kind(self, kind: str) -> None:
        self.beginResetModel()
        self.kind = kind
        self._rebuild()
        self.endResetModel()

    def set_week_view(self, week: int) -> None:
        self.beginResetModel()
        self.week_view = week
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        problem = self.state.problem
        week = self.week_view if problem.time_grid.n_weeks == 2 else 0
        self._rows = entities(problem, self.kind)
        n_periods = problem.time_grid.n_periods
        entries = self.state.entries
        self._cells = []
        for ref in self._rows:
            members = member_ids(problem, self.kind, ref.id)
            cells: dict[int, list[Entry]] = {}
            for e in entries:
                if belongs_to(e, self.kind, members) and (not week or e.in_week(week)):
                    for p in e.periods:
                        cells.setdefault(e.day * n_periods + p, []).append(e)
            self._cells.append(cells)

    def _on_state_changed(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.state.problem.time_grid.n_slots

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entries = self._cells[index.row()].get(index.column(), [])
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(dict.fromkeys(f"{e.course_id}·{e.week_name}" if e.week else e.course_id
                                          for e in entries))
        if role == Qt.ItemDataRole.ToolTipRole:
            return ExportWords(engine_language()).cell_text(entries, self.kind) if entries else None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            grid = self.state.problem.time_grid
            if not entries:
                if grid.periods[index.column() % grid.n_periods].is_break:
                    return QColor(128, 128, 128, 40) if role == Qt.ItemDataRole.BackgroundRole else None
                return None
            background, text = card_colours(entries[0].course_id, _dark())
            if self.kind == "room" and any(a.session_id != b.session_id and a.shares_week(b)
                                           for i, a in enumerate(entries) for b in entries[i + 1:]):
                background = QColor("#e57373")
            return background if role == Qt.ItemDataRole.BackgroundRole else text
        if role == ENTITY_ID_ROLE:
            return self._rows[index.row()].id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        grid = self.state.problem.time_grid
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return self._rows[section].id
        if orientation == Qt.Orientation.Horizontal and 0 <= section < grid.n_slots:
            d, p = grid.day_period(section)
            return f"{day_name(grid.days[d], short=True)[:4]}\n{grid.periods[p].start}"  # narrow columns
        return None


def _dark() -> bool:
    app = QApplication.instance()
    return bool(app) and is_dark(app.palette())


class OverviewPanel(QWidget):
    entity_activated = Signal(str, str)
    """(kind, id) of a row double-clicked."""

    def __init__(self, state: TimetableState, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = OverviewModel(state, self)
        self.kind_box = QComboBox()
        for kind, label in OVERVIEW_KINDS.items():
            self.kind_box.addItem(translate("TimetableWidget", label), kind)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultSectionSize(52)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("TimetableWidget", "Show:")))
        top.addWidget(self.kind_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

    def _on_kind_changed(self) -> None:
        self.model.set_kind(self.kind_box.currentData())

    def _on_table_double_clicked(self, index) -> None:
        self.entity_activated.emit(self.model.kind, index.data(ENTITY_ID_ROLE))
