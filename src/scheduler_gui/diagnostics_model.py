"""A read-only table model over a list of the engine's ``Diagnostic`` records."""

from __future__ import annotations

import re
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from schedule_engine.errors import Diagnostic
from scheduler_gui.resources import icon

DiagnosticRole = Qt.ItemDataRole.UserRole + 1
"""Hands a view the ``Diagnostic`` itself."""

COLUMNS = ("Severity", "Item", "Field", "Problem")
ENTITY_KINDS = {
    "room": "room",
    "instructor": "instructor",
    "group": "group",
    "subgroup": "group",
    "course": "course",
    "time grid": "time_grid",
    "time_grid": "time_grid",
    "period": "time_grid",
    "day": "time_grid",
    "settings": "settings",
}
_SEVERITY_ORDER = {"error": 0, "warning": 1}


def entity_target(diagnostic: Diagnostic) -> tuple[str, str] | None:
    """The (editor kind, id) a diagnostic's entity names, e.g. ``("room", "A997")``;
    for a pool (``"instructors I14, I62"``) its first member."""
    entity = diagnostic.entity.strip()
    entity = re.sub(r"\s*\(of group .+\)$", "", entity)  # "subgroup G1a (of group G1)"
    plural = re.match(r"(instructor|room)s (\S+?),", entity)  # "instructors I14, I62": the first
    if plural:
        return plural.group(1), plural.group(2)
    for prefix in sorted(ENTITY_KINDS, key=len, reverse=True):
        if entity == prefix or entity.lower().startswith(prefix + " "):
            return ENTITY_KINDS[prefix], entity[len(prefix):].strip()
    if diagnostic.field.startswith(("time_grid", "settings")):
        kind = diagnostic.field.split(".")[0]
        return kind, ""
    return None


def sorted_diagnostics(diagnostics: Sequence[Diagnostic]) -> list[Diagnostic]:
    """Errors first, then warnings; otherwise in the order found."""
    return sorted(diagnostics, key=lambda d: _SEVERITY_ORDER.get(d.severity, 2))


class DiagnosticsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._diagnostics: list[Diagnostic] = []

    def set_diagnostics(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.beginResetModel()
        self._diagnostics = sorted_diagnostics(diagnostics)
        self.endResetModel()

    def diagnostics(self) -> list[Diagnostic]:
        return list(self._diagnostics)

    def diagnostic(self, row: int) -> Diagnostic:
        return self._diagnostics[row]

    def counts(self) -> tuple[int, int]:
        errors = sum(1 for d in self._diagnostics if d.severity == "error")
        return errors, len(self._diagnostics) - errors

    # -- Qt model interface --------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._diagnostics)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._diagnostics):
            return None
        diag = self._diagnostics[index.row()]
        column = index.column()
        if role == DiagnosticRole:
            return diag
        if role == Qt.ItemDataRole.DisplayRole:
            values = (diag.severity.capitalize(), diag.entity, diag.field, diag.message)
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(diag)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icon("error" if diag.severity == "error" else
                        "warning" if diag.severity == "warning" else "info")
        return None
