"""A read-only Qt table model over one engine ``ReportTable``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from schedule_engine.export.reports import ReportTable

Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    def __init__(self, table: ReportTable | None = None, parent=None):
        super().__init__(parent)
        self._table = table

    @property
    def title(self) -> str:
        return self._table.title if self._table else ""

    def set_table(self, table: ReportTable) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._table.columns):
            return self._table.columns[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        try:
            value = self._table.rows[index.row()][index.column()]
        except IndexError:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() in self._table.percent_columns and isinstance(value, (int, float)):
                return f"{100 * value:.0f} %"
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return value  # raw value, for sorting
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
