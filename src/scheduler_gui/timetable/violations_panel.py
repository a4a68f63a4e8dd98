"""The current timetable's hard and soft violations, filterable by constraint
and by resource; double-clicking one shows its session in the grid."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from schedule_engine import Violation
from scheduler_gui.roles import CONSTRAINT_ROLE, RESOURCE_ROLE
from scheduler_gui.roles import OBJECT_ROLE as VIOLATION_ROLE
from scheduler_gui.timetable.timetable_state import TimetableState
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import (
    engine_constraint_description, engine_constraint_name, engine_entity, engine_text,
)
from scheduler_gui.i18n.formats import grid_slot_label

COLUMNS = (QT_TRANSLATE_NOOP("ViolationsPanel", "Level"), QT_TRANSLATE_NOOP("ViolationsPanel", "Constraint"),
           QT_TRANSLATE_NOOP("ViolationsPanel", "Penalty"), QT_TRANSLATE_NOOP("ViolationsPanel", "When"),
           QT_TRANSLATE_NOOP("ViolationsPanel", "Resource"), QT_TRANSLATE_NOOP("ViolationsPanel", "Reason"))
LEVELS = {"hard": QT_TRANSLATE_NOOP("ViolationsPanel", "hard"), "soft": QT_TRANSLATE_NOOP("ViolationsPanel", "soft")}
ALL = ""

_Index = QModelIndex | QPersistentModelIndex


class ViolationsModel(QAbstractTableModel):
    def __init__(self, state: TimetableState, parent=None):
        super().__init__(parent)
        self.state = state
        self._rows: list[Violation] = []
        self._cells: dict[tuple[int, int], object] = {}
        state.changed.connect(self._on_state_changed)
        self._on_state_changed()

    def _on_state_changed(self) -> None:
        self.beginResetModel()
        self._rows = (sorted(self.state.evaluation.violations, key=lambda v: (v.level != "hard", v.constraint))
                      if self.state.has_timetable() else [])
        self._cells = {}
        self.endResetModel()

    def _cell(self, row: int, column: int):
        """A cell's words, made when first shown (a campus-sized list of
        violations is not translated in full on every edit)."""
        key = (row, column)
        if key not in self._cells:
            v = self._rows[row]
            grid = self.state.problem.time_grid
            if column == 0:
                value = translate("ViolationsPanel", LEVELS.get(v.level, v.level))
            elif column == 1:
                value = engine_constraint_name(v.constraint)
            elif column == 2:
                value = v.penalty
            elif column == 3:
                value = grid_slot_label(grid, v.slot) if v.slot is not None and 0 <= v.slot < grid.n_slots else ""
            elif column == 4:
                value = engine_entity(v.resource)
            else:
                value = engine_text(v.reason)
            self._cells[key] = value
        return self._cells[key]

    def violations(self) -> list[Violation]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        v = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{engine_text(v.reason)}\n{engine_constraint_description(v.constraint)}"
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and v.level == "hard":
            return QColor("#c62828")
        if role == VIOLATION_ROLE:
            return v
        if role == CONSTRAINT_ROLE:
            return v.constraint
        if role == RESOURCE_ROLE:
            return v.resource
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return translate("ViolationsPanel", COLUMNS[section])
        return None


class ViolationsFilter(QSortFilterProxyModel):
    """Rows of one constraint and/or one resource ('' = all)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.constraint = ALL
        self.resource = ALL

    def set_filters(self, constraint: str = ALL, resource: str = ALL) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.constraint, self.resource = constraint, resource
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.constraint, self.resource = constraint, resource
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        return ((not self.constraint or index.data(CONSTRAINT_ROLE) == self.constraint)
                and (not self.resource or index.data(RESOURCE_ROLE) == self.resource))


class ViolationsPanel(QWidget):
    session_activated = Signal(str)
    """A violation was double-clicked: the id of its (first) session."""

    def __init__(self, state: TimetableState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ViolationsPanel", "Conflicts"))
        self.model = ViolationsModel(state, self)
        self.proxy = ViolationsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.constraint_box = QComboBox()
        self.resource_box = QComboBox()
        self.resource_box.setMinimumContentsLength(18)
        self.summary = QLabel()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # hard first as the model lists them; sorted by a column only once its header is clicked
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # fixed widths: sizing to contents reads every row, too slow for thousands
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        for column, sample in enumerate(("Level", "Instructor unavailable", "Penalty", "Wednesday 11:15",
                                         "instructor MARCHETTI")):
            title = translate("ViolationsPanel", COLUMNS[column])  # a translated title may be the longer
            header.resizeSection(column, max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 28)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ViolationsPanel", "Constraint:")))
        top.addWidget(self.constraint_box)
        top.addWidget(QLabel(translate("ViolationsPanel", "Resource:")))
        top.addWidget(self.resource_box)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.model.modelReset.connect(self._update_filters)
        self.constraint_box.currentIndexChanged.connect(self._on_filter_changed)
        self.resource_box.currentIndexChanged.connect(self._on_filter_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self._update_filters()

    def _update_filters(self) -> None:
        rows = self.model.violations()
        keep_c, keep_r = self.constraint_box.currentData(), self.resource_box.currentData()
        # rule violations are named by their rule type
        names = {v.constraint: engine_constraint_name(v.constraint) for v in rows}
        for box, values, label in (
                (self.constraint_box, sorted(names, key=names.__getitem__), names.__getitem__),
                (self.resource_box, sorted({v.resource for v in rows if v.resource}), str)):
            box.blockSignals(True)
            box.clear()
            box.addItem(translate("ViolationsPanel", "All"), ALL)
            for value in values:
                box.addItem(label(value), value)
            box.blockSignals(False)
        for box, keep in ((self.constraint_box, keep_c), (self.resource_box, keep_r)):
            found = box.findData(keep)
            box.setCurrentIndex(found if found >= 0 else 0)
        hard = sum(v.penalty for v in rows if v.level == "hard")
        soft = sum(v.penalty for v in rows if v.level == "soft")
        self.summary.setText(translate("ViolationsPanel", "%n violations — hard {hard}, soft {soft}", "",
                                       len(rows)).format(hard=hard, soft=soft))
        self._on_filter_changed()

    def _on_filter_changed(self) -> None:
        self.proxy.set_filters(self.constraint_box.currentData() or ALL, self.resource_box.currentData() or ALL)

    def _on_table_double_clicked(self, index) -> None:
        v = index.data(VIOLATION_ROLE)
        if v is not None and v.sessions:
            self.session_activated.emit(v.sessions[0])
