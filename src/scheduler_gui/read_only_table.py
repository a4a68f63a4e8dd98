"""The base of the window's read-only table models (the constraint breakdown,
the runs, the load reports): rows and column titles come from the subclass;
nothing is editable, and no row has children."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
"""The alignment of a number cell."""


class ReadOnlyTableModel(QAbstractTableModel):
    def column_titles(self) -> Sequence[str]:
        """The header of each column (the subclass's columns)."""
        return ()

    def row_total(self) -> int:
        """How many rows the table has now."""
        return 0

    def has_row(self, index: Index) -> bool:
        """True for a valid index on an existing row."""
        return index.isValid() and 0 <= index.row() < self.row_total()

    def emit_rows_changed(self, rows: Sequence[int]) -> None:
        """Tell the views that these whole rows changed."""
        last = len(self.column_titles()) - 1
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    # -- Qt model ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.column_titles())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        titles = self.column_titles()
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(titles)):
            return titles[section]
        return None
