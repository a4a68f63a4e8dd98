"""The per-constraint breakdown of the current best timetable, as a table model.

One row per constraint of the catalogue (hard ones first); an update emits
``dataChanged`` only for the rows whose penalty changed.
"""

from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from schedule_engine.constraint_catalog import CATALOG, HARD, HARD_IDS, SOFT_IDS
from scheduler_gui.read_only_table import RIGHT_ALIGNED, Index, ReadOnlyTableModel
from scheduler_gui.roles import ID_ROLE
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import engine_constraint_description, engine_constraint_name

COLUMNS = (QT_TRANSLATE_NOOP("SolvePanel", "Constraint"), QT_TRANSLATE_NOOP("SolvePanel", "Level"),
           QT_TRANSLATE_NOOP("SolvePanel", "Penalty"))
LEVELS = {"hard": QT_TRANSLATE_NOOP("SolvePanel", "hard"), "soft": QT_TRANSLATE_NOOP("SolvePanel", "soft")}
PENALTY_COLUMN = 2
HARD_BRUSH = QBrush(QColor("#c0392b"))
ZERO_BRUSH = QBrush(QColor("#8a8a8a"))


class BreakdownModel(ReadOnlyTableModel):
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
        self.emit_rows_changed(changed)
        return changed

    def constraint_id(self, row: int) -> str:
        return self._ids[row]

    def value(self, constraint_id: str) -> int | None:
        return self._values.get(constraint_id)

    # -- Qt model ----------------------------------------------------------
    def column_titles(self) -> tuple[str, ...]:
        return tuple(translate("SolvePanel", title) for title in COLUMNS)

    def row_total(self) -> int:
        return len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.has_row(index):
            return None
        cid = self._ids[index.row()]
        info = CATALOG[cid]
        value = self._values[cid]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return engine_constraint_name(cid)
            if column == 1:
                return translate("SolvePanel", LEVELS[HARD if info.level == HARD else "soft"])
            if column == PENALTY_COLUMN:
                return "" if value is None else str(value)
        elif role == Qt.ItemDataRole.ToolTipRole:
            return engine_constraint_description(cid)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == PENALTY_COLUMN:
            return RIGHT_ALIGNED
        elif role == Qt.ItemDataRole.ForegroundRole:
            if value and info.level == HARD:
                return HARD_BRUSH
            if not value:
                return ZERO_BRUSH  # nothing to see: in grey, so penalised rows stand out
        elif role == Qt.ItemDataRole.FontRole and value:
            return self._bold
        elif role == ID_ROLE:
            return cid
        return None
