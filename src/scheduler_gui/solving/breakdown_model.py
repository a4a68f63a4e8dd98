"""The per-constraint breakdown of the current best timetable, as a table model.

One row per constraint of the catalogue (hard ones first); an update emits
``dataChanged`` only for the rows whose penalty changed.
"""

from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from schedule_engine.constraint_catalog import CATALOG, HARD, HARD_IDS, SOFT_IDS

COLUMNS = ("Constraint", "Level", "Penalty")
PENALTY_COLUMN = 2
HARD_BRUSH = QBrush(QColor("#c0392b"))
ZERO_BRUSH = QBrush(QColor("#8a8a8a"))

Index = QModelIndex | QPersistentModelIndex


class BreakdownModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: tuple[str, ...] = HARD_IDS + SOFT_IDS
        self._values: dict[str, int | None] = {cid: None for cid in self._ids}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- updates -----------------------------------------------------------
    def set_breakdown(self, breakdown: Mapping[str, int] | None) -> list[int]:
        """Show ``breakdown`` (None clears); returns the rows that changed."""
        changed = []
        for row, cid in enumerate(self._ids):
            value = None if breakdown is None else int(breakdown.get(cid, 0))
            if value != self._values[cid]:
                self._values[cid] = value
                changed.append(row)
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return changed

    def constraint_id(self, row: int) -> str:
        return self._ids[row]

    def value(self, constraint_id: str) -> int | None:
        return self._values.get(constraint_id)

    # -- Qt model ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        cid = self._ids[index.row()]
        info = CATALOG[cid]
        value = self._values[cid]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return info.name
            if column == 1:
                return "hard" if info.level == HARD else "soft"
            if column == PENALTY_COLUMN:
                return "" if value is None else str(value)
        elif role == Qt.ItemDataRole.ToolTipRole:
            return info.description
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == PENALTY_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if value and info.level == HARD:
                return HARD_BRUSH
            if not value:
                return ZERO_BRUSH  # nothing to see: in grey, so penalised rows stand out
        elif role == Qt.ItemDataRole.FontRole and value:
            return self._bold
        elif role == Qt.ItemDataRole.UserRole:
            return cid
        return None
