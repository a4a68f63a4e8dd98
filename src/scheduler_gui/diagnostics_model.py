"""A read-only tree model over the engine's ``Diagnostic`` records: one top
row per diagnostic, and under a shortfall one child row per checked remedy."""

from __future__ import annotations

import re
from typing import Any, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from schedule_engine.errors import Diagnostic
from schedule_engine.i18n import describe_diagnostic
from scheduler_gui.resources import icon
from scheduler_gui.roles import OBJECT_ROLE as DiagnosticRole  # the Diagnostic (on a remedy row: the one it fixes)
from scheduler_gui.roles import REMEDY_ROLE as RemedyRole  # the Remedy of a remedy row (None on a diagnostic row)
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import engine_edit, engine_entity, engine_language, engine_text

COLUMNS = (QT_TRANSLATE_NOOP("DiagnosticsPanel", "Severity"), QT_TRANSLATE_NOOP("DiagnosticsPanel", "Item"),
           QT_TRANSLATE_NOOP("DiagnosticsPanel", "Field"), QT_TRANSLATE_NOOP("DiagnosticsPanel", "Problem"))
SEVERITY_LABELS = {"error": QT_TRANSLATE_NOOP("DiagnosticsPanel", "Error"),
                   "warning": QT_TRANSLATE_NOOP("DiagnosticsPanel", "Warning"),
                   "info": QT_TRANSLATE_NOOP("DiagnosticsPanel", "Info")}
REMEDY_KINDS = {
    "open_time": QT_TRANSLATE_NOOP("DiagnosticsPanel", "More time"),
    "hand_over": QT_TRANSLATE_NOOP("DiagnosticsPanel", "Another teacher"),
    "joint": QT_TRANSLATE_NOOP("DiagnosticsPanel", "Joint teaching"),
    "block_pattern": QT_TRANSLATE_NOOP("DiagnosticsPanel", "Other blocks"),
    "room_type": QT_TRANSLATE_NOOP("DiagnosticsPanel", "Another room"),
    "fewer_periods": QT_TRANSLATE_NOOP("DiagnosticsPanel", "Fewer periods"),
}
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
    "rule": "rule",
}
_SEVERITY_ORDER = {"error": 0, "warning": 1}
_TOP = 0
"""internalId of a top row; a remedy row holds its diagnostic's row + 1."""


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


class DiagnosticsModel(QAbstractItemModel):
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

    def remedy_count(self) -> int:
        return sum(len(d.remedies) for d in self._diagnostics)

    def remedy_index(self, remedy_id: str, column: int = 3) -> QModelIndex:
        """The index of the remedy row with this id (invalid when there is none)."""
        for row, d in enumerate(self._diagnostics):
            for child, remedy in enumerate(d.remedies):
                if remedy.id == remedy_id:
                    return self.index(child, column, self.index(row, 0))
        return QModelIndex()

    # -- Qt model interface --------------------------------------------------
    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if not 0 <= column < len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP) if row < len(self._diagnostics) else QModelIndex()
        if parent.internalId() != _TOP or parent.row() >= len(self._diagnostics):
            return QModelIndex()
        if row >= len(self._diagnostics[parent.row()].remedies):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()  # type: ignore[override]
               ) -> QModelIndex:
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, _TOP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._diagnostics)
        if parent.internalId() == _TOP and parent.column() == 0 and parent.row() < len(self._diagnostics):
            return len(self._diagnostics[parent.row()].remedies)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return translate("DiagnosticsPanel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() != _TOP:
            return self._remedy_data(index, role)
        if not 0 <= index.row() < len(self._diagnostics):
            return None
        diag = self._diagnostics[index.row()]
        column = index.column()
        if role == DiagnosticRole:
            return diag
        if role == RemedyRole:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            severity = SEVERITY_LABELS.get(diag.severity)
            severity = translate("DiagnosticsPanel", severity) if severity else diag.severity.capitalize()
            values = (severity, engine_entity(diag.entity), diag.field, engine_text(diag.message))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe_diagnostic(diag, engine_language())
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icon("error" if diag.severity == "error" else
                        "warning" if diag.severity == "warning" else "info")
        return None

    def _remedy_data(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        row = int(index.internalId()) - 1
        if not 0 <= row < len(self._diagnostics) or not 0 <= index.row() < len(self._diagnostics[row].remedies):
            return None
        diag = self._diagnostics[row]
        remedy = diag.remedies[index.row()]
        if role == RemedyRole:
            return remedy
        if role == DiagnosticRole:
            return diag
        if role == Qt.ItemDataRole.DisplayRole:
            first = remedy.edits[0] if remedy.edits else None
            kind = REMEDY_KINDS.get(remedy.kind)
            values = (translate("DiagnosticsPanel", "Remedy"),
                      translate("DiagnosticsPanel", kind) if kind else remedy.kind,
                      engine_entity(f"{first.kind} {first.entity_id}") if first else "", engine_text(remedy.text))
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            changes = "\n".join(engine_edit(e) for e in remedy.edits)
            return (f"{engine_text(remedy.text)}\n\n{translate('DiagnosticsPanel', 'Changes:')}\n{changes}\n\n"
                    + translate("DiagnosticsPanel", "Select it and press Apply to make the change."))
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return icon("info")
        return None
