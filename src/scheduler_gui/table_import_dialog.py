"""File > Import > Table from CSV or XLSX: map the file's columns to a table's
fields, preview the first rows, then add or update the rows in one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from schedule_engine.errors import InvalidInputError
from schedule_engine.model import Problem
from schedule_engine.table_import import (
    TABLE_TITLES,
    MergeResult,
    TableFile,
    cell_text,
    field_choices,
    guess_kind,
    guess_mapping,
    mapping_problems,
    merge_table,
    read_table_file,
    sheet_names,
)
from scheduler_gui import error_dialog
from scheduler_gui.editors.nouns import table_name
from scheduler_gui.i18n import translate

PREVIEW_ROWS = 20
NOT_IMPORTED = QT_TRANSLATE_NOOP("TableImportDialog", "(not imported)")


def _field_choices(kind: str) -> list[tuple[str, str]]:
    """(field key, column title) of a table, the titles as the data editors' columns say them."""
    return [(key, translate("Column", title)) for key, title in field_choices(kind)]


class TablePreviewModel(QAbstractTableModel):
    """The first rows of a file, headed by the field each column is imported as."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._table: TableFile | None = None
        self._headers: list[str] = []

    def set_table(self, table: TableFile | None, mapping: dict[str, str], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._table = table
        self._headers = []
        if table is not None:
            for column in table.columns:
                key = mapping.get(column, "")
                self._headers.append(f"{column} → {titles[key]}" if key else translate("TableImportDialog", "{column} (ignored)").format(column=column))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self._table is None:
            return 0
        return min(PREVIEW_ROWS, len(self._table.rows))

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 2)  # the row number in the file

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (not index.isValid() or self._table is None or role != Qt.ItemDataRole.DisplayRole
                or index.row() >= self.rowCount() or index.column() >= self.columnCount()):
            return None
        row = self._table.rows[index.row()]
        return cell_text(row[index.column()]) if index.column() < len(row) else ""


class TableImportDialog(QDialog):
    def __init__(self, problem: Problem, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("TableImportDialog", "Import a table from {file}").format(file=path.name))
        self.problem = problem
        self.path = Path(path)
        self.result_of_merge: MergeResult | None = None
        self.table: TableFile | None = None
        self._combos: list[QComboBox] = []

        self.kind_combo = QComboBox()
        for kind in TABLE_TITLES:
            self.kind_combo.addItem(table_name(kind), kind)
        self.sheet_combo = QComboBox()
        self.sheet_combo.addItems([s for s in sheet_names(self.path) if s])
        self.sheet_combo.setEnabled(self.sheet_combo.count() > 1)
        form = QFormLayout()
        form.addRow(translate("TableImportDialog", "File:"), QLabel(str(self.path)))
        form.addRow(translate("TableImportDialog", "Sheet:"), self.sheet_combo)
        form.addRow(translate("TableImportDialog", "Import into:"), self.kind_combo)
        form.setRowVisible(self.sheet_combo, self.sheet_combo.count() > 0)

        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels([translate("TableImportDialog", "File column"),
                                                      translate("TableImportDialog", "First value"),
                                                      translate("TableImportDialog", "Imports as")])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.preview_model = TablePreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setStretchLastSection(True)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("TableImportDialog", "Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + translate("TableImportDialog", "Columns") + "</b>"))
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(QLabel(translate("TableImportDialog", "<b>Preview</b> (first {rows} rows)").format(
            rows=PREVIEW_ROWS)))
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(820, 640)

        self.sheet_combo.currentTextChanged.connect(self._on_sheet_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self._load_sheet(self.sheet_combo.currentText())

    # -- state -------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def mapping(self) -> dict[str, str]:
        """File column -> field key ("" for columns not imported)."""
        if self.table is None:
            return {}
        return {column: combo.currentData() or "" for column, combo in zip(self.table.columns, self._combos)}

    def set_mapping(self, column: str, field_key: str) -> None:
        assert self.table is not None
        combo = self._combos[self.table.columns.index(column)]
        combo.setCurrentIndex(max(0, combo.findData(field_key)))

    # -- building ----------------------------------------------------------
    def _load_sheet(self, sheet: str) -> None:
        self.table = read_table_file(self.path, sheet)
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(guess_kind(self.table.columns)))
        self.kind_combo.blockSignals(False)
        self._fill_mapping()

    def _fill_mapping(self) -> None:
        assert self.table is not None
        guessed = guess_mapping(self.kind, self.table.columns)
        choices = _field_choices(self.kind)
        self.mapping_table.setRowCount(len(self.table.columns))
        self._combos = []
        for row, column in enumerate(self.table.columns):
            first = cell_text(self.table.rows[0][row]) if self.table.rows else ""
            self.mapping_table.setItem(row, 0, QTableWidgetItem(column))
            self.mapping_table.setItem(row, 1, QTableWidgetItem(first))
            combo = QComboBox()
            combo.addItem(translate("TableImportDialog", NOT_IMPORTED), "")
            for key, title in choices:
                combo.addItem(title, key)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(column, ""))))
            combo.currentIndexChanged.connect(self._update_preview)
            self.mapping_table.setCellWidget(row, 2, combo)
            self._combos.append(combo)
        self._update_preview()

    def _update_preview(self) -> None:
        titles = dict(_field_choices(self.kind))
        mapping = self.mapping()
        self.preview_model.set_table(self.table, mapping, titles)
        self.preview.resizeColumnsToContents()
        problems = mapping_problems(self.kind, mapping)
        self.message.setText(" ".join(problems) if problems else self._plan_text(mapping))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def _plan_text(self, mapping: dict[str, str]) -> str:
        """What the import will do, e.g. "3 rows: 2 new rooms, 1 update"."""
        assert self.table is not None
        id_column = next(c for c, key in mapping.items() if key == "id")
        position = self.table.columns.index(id_column)
        ids = {cell_text(row[position]) for row in self.table.rows} - {""}
        existing = {e.id for e in getattr(self.problem, self.kind + "s")}
        new, updated = len(ids - existing), len(ids & existing)
        return translate("TableImportDialog", "%n rows into {table}: {new} new, {updated} updated.", "",
                         len(self.table.rows)).format(table=table_name(self.kind), new=new, updated=updated)

    def _on_sheet_changed(self, sheet: str) -> None:
        try:
            self._load_sheet(sheet)
        except InvalidInputError as error:
            error_dialog.show_error(self, translate("TableImportDialog", "Could not read the sheet"), error)

    def _on_kind_changed(self) -> None:
        self._fill_mapping()

    # -- result ------------------------------------------------------------
    def accept(self) -> None:
        """Merge the rows; on bad rows list them and stay open (nothing changes)."""
        if self.table is None:
            return
        try:
            self.result_of_merge = merge_table(self.problem, self.kind, self.table, self.mapping())
        except InvalidInputError as error:
            error_dialog.show_error(self, translate("TableImportDialog", "Some rows cannot be imported"), error)
            return
        super().accept()
