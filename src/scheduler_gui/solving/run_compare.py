"""Two runs side by side: the score per constraint and how many sessions differ."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from schedule_engine.constraint_catalog import CATALOG, HARD_IDS, SOFT_IDS
from schedule_engine.model import Solution
from schedule_engine.project_store import RunRecord
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import engine_constraint_name

BETTER = QBrush(QColor("#2e7d32"))
WORSE = QBrush(QColor("#c62828"))
Index = QModelIndex | QPersistentModelIndex


def sessions_that_differ(a: Solution, b: Solution) -> list[str]:
    """Ids of the sessions placed differently (time, room or instructor) in ``a`` and ``b``."""
    placed_a, placed_b = a.by_session(), b.by_session()
    differ = []
    for session_id in sorted(set(placed_a) | set(placed_b)):
        x, y = placed_a.get(session_id), placed_b.get(session_id)
        key_x = None if x is None else (x.slot, x.room, x.instructor)
        key_y = None if y is None else (y.slot, y.room, y.instructor)
        if key_x != key_y:
            differ.append(session_id)
    return differ


class RunCompareModel(QAbstractTableModel):
    """Rows: total hard, total soft, then each constraint penalised in either run."""

    def __init__(self, first: RunRecord, second: RunRecord, parent=None):
        super().__init__(parent)
        self.first, self.second = first, second
        ids = [cid for cid in HARD_IDS + SOFT_IDS
               if first.breakdown.get(cid, 0) or second.breakdown.get(cid, 0)]
        self._rows: list[tuple[str, int, int]] = [
            (translate("RunCompare", "Hard violations (total)"), first.hard, second.hard),
            (translate("RunCompare", "Soft penalty (total)"), first.soft, second.soft),
        ] + [(engine_constraint_name(cid) if cid in CATALOG else cid,
              int(first.breakdown.get(cid, 0)), int(second.breakdown.get(cid, 0))) for cid in ids]
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {0: translate("RunCompare", "Constraint"), 1: self.first.name, 2: self.second.name,
                3: translate("RunCompare", "Change")}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        name, a, b = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (name, str(a), str(b), f"{b - a:+d}" if b != a else "")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and a != b:
            return BETTER if b < a else WORSE
        if role == Qt.ItemDataRole.FontRole and index.row() < 2:
            return self._bold
        return None


class RunCompareDialog(QDialog):
    def __init__(self, first: RunRecord, second: RunRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("RunCompare", "Compare {first} and {second}").format(
            first=first.name, second=second.name))
        self.model = RunCompareModel(first, second, self)
        self.differing = sessions_that_differ(first.solution, second.solution)
        total = len({a.session_id for a in first.solution.assignments}
                    | {a.session_id for a in second.solution.assignments})
        self.summary = QLabel(translate("RunCompare", "{differing} of {total} sessions are placed differently "
                                                      "(time, room or instructor). Change = {second} − {first}.").format(
            differing=len(self.differing), total=total, second=second.name, first=first.name))
        self.summary.setWordWrap(True)
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
