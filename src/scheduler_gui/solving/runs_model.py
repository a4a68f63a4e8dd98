"""The project's solver runs as a table model: name, date, status, hard, soft,
time and seed; the active run is shown in bold."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont

from schedule_engine.project_store import RunRecord
from scheduler_gui.read_only_table import RIGHT_ALIGNED, Index, ReadOnlyTableModel
from scheduler_gui.roles import OBJECT_ROLE as RUN_ROLE
from scheduler_gui.solving.solve_panel import format_seconds
from scheduler_gui.i18n import translate

COLUMNS = (QT_TRANSLATE_NOOP("RunsPanel", "Name"), QT_TRANSLATE_NOOP("RunsPanel", "Date"),
           QT_TRANSLATE_NOOP("RunsPanel", "Status"), QT_TRANSLATE_NOOP("RunsPanel", "Hard"),
           QT_TRANSLATE_NOOP("RunsPanel", "Soft"), QT_TRANSLATE_NOOP("RunsPanel", "Time"),
           QT_TRANSLATE_NOOP("RunsPanel", "Seed"))
NUMERIC_COLUMNS = {3, 4, 5, 6}
STATUS_LABELS = {"feasible": QT_TRANSLATE_NOOP("RunsPanel", "Feasible"),
                 "infeasible": QT_TRANSLATE_NOOP("RunsPanel", "Infeasible"),
                 "stopped": QT_TRANSLATE_NOOP("RunsPanel", "Stopped"),
                 "failed": QT_TRANSLATE_NOOP("RunsPanel", "Failed")}


def format_date(iso: str) -> str:
    """An ISO-8601 UTC time shown in local time, to the minute."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return iso or ""


class RunsModel(ReadOnlyTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._runs: tuple[RunRecord, ...] = ()
        self._active: str | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_runs(self, runs: Sequence[RunRecord], active: str | None) -> None:
        runs = tuple(runs)
        if [r.id for r in runs] != [r.id for r in self._runs]:
            self.beginResetModel()
            self._runs, self._active = runs, active
            self.endResetModel()
            return
        changed = [row for row, (old, new) in enumerate(zip(self._runs, runs))
                   if old != new or (old.id == self._active) != (new.id == active)]
        self._runs, self._active = runs, active
        self.emit_rows_changed(changed)

    def run(self, row: int) -> RunRecord | None:
        return self._runs[row] if 0 <= row < len(self._runs) else None

    def row_of(self, run_id: str) -> int:
        return next((i for i, r in enumerate(self._runs) if r.id == run_id), -1)

    @property
    def active_run_id(self) -> str | None:
        return self._active

    # -- Qt model ----------------------------------------------------------
    def column_titles(self) -> tuple[str, ...]:
        return tuple(translate("RunsPanel", title) for title in COLUMNS)

    def row_total(self) -> int:
        return len(self._runs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.has_row(index):
            return None
        run = self._runs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(run, column)
        if role == Qt.ItemDataRole.FontRole and run.id == self._active:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole:
            params = ", ".join(f"{k}={v}" for k, v in sorted(run.params.items()))
            active = " (the active timetable)" if run.id == self._active else ""
            return f"{run.name}{active}\n{params}\nEngine {run.engine_version or 'unknown'}"
        if role == RUN_ROLE:
            return run
        return None


def _cell_text(run: RunRecord, column: int) -> str:
    if column == 0:
        return run.name
    if column == 1:
        return format_date(run.created)
    if column == 2:
        label = STATUS_LABELS.get(run.status)
        return translate("RunsPanel", label) if label else run.status
    if column == 3:
        return str(run.hard)
    if column == 4:
        return str(run.soft)
    if column == 5:
        return format_seconds(run.elapsed_s)
    if column == 6:
        return "" if run.seed is None else str(run.seed)
    return ""
