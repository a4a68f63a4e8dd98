"""A read-only Qt table model over one engine ``ReportTable``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from schedule_engine.export.reports import ReportTable
from scheduler_gui.read_only_table import RIGHT_ALIGNED, Index, ReadOnlyTableModel
from scheduler_gui.roles import SORT_ROLE


class ReportTableModel(ReadOnlyTableModel):
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

    def column_titles(self) -> tuple[str, ...]:
        return tuple(self._table.columns) if self._table is not None else ()

    def row_total(self) -> int:
        return len(self._table.rows) if self._table is not None else 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.has_row(index) or self._table is None:
            return None
        try:
            value = self._table.rows[index.row()][index.column()]
        except IndexError:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() in self._table.percent_columns and isinstance(value, (int, float)):
                return f"{100 * value:.0f} %"
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return value  # raw value, for sorting
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return RIGHT_ALIGNED
        return None
