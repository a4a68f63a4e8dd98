"""One editable table: a filter box, the sortable view and its row buttons.

The section turns user gestures (add, duplicate, delete, copy, paste) into calls
on its model, which pushes one undo command for each; refusals show in the
message line under the table.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scheduler_gui.editors import nouns
from scheduler_gui.editors.clipboard import parse_tsv, selection_rows, to_tsv
from scheduler_gui.editors.delegates import ColumnDelegate
from scheduler_gui.editors.new_row_line import NewRowLine
from scheduler_gui.editors.roles import SORT_ROLE
from scheduler_gui.editors.table_model import ProblemTableModel, error_text
from scheduler_gui.i18n import translate
from scheduler_gui.resources import icon

_MAX_COLUMN_WIDTH = 320


class EditorTableView(QTableView):
    """A table view whose copy and paste keys go to its section."""

    copy_requested = Signal()
    paste_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        super().keyPressEvent(event)


class TableSection(QWidget):
    """A filterable, sortable table over one :class:`ProblemTableModel`."""

    message = Signal(str)
    """Something to tell the user (a refused edit, what a paste did)."""
    current_id_changed = Signal(str)
    """The id of the row with the cursor ("" when none)."""
    activated = Signal()
    """The table got the keyboard focus (it is the target of the Edit actions)."""

    def __init__(self, model: ProblemTableModel, title: str = "", parent: QWidget | None = None,
                 row_buttons: bool = True, searchable: bool = True):
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.view = EditorTableView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ColumnDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setWordWrap(False)
        self.view.copy_requested.connect(self.copy)
        self.view.paste_requested.connect(self.paste)
        self.view.installEventFilter(self)

        self.title_label = QLabel(f"<b>{title}</b>", self) if title else None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("TableEditor", "Filter\u2026"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.setVisible(searchable)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: palette(mid);")

        self.add_button = self._button("add-row", translate("DataEditors", "Add a row to the table"), self.add)
        self.duplicate_button = self._button("duplicate-row", translate("DataEditors", "Duplicate the selected rows "
                                                                        "under new ids"), self.duplicate)
        self.delete_button = self._button("delete-row", translate("DataEditors", "Delete the selected rows"),
                                          self.delete)

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        if self.title_label is not None:
            top.addWidget(self.title_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            button.setVisible(row_buttons)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.new_row_line = NewRowLine(self)
        self.new_row_line.setVisible(row_buttons)
        self.new_row_line.clicked.connect(self._on_new_row_line_clicked)
        self.new_row_line.paste_requested.connect(self.paste)
        self.new_row_line.add_requested.connect(self.add)
        layout.addWidget(self.new_row_line)
        layout.addWidget(self.message_label)

        model.edit_rejected.connect(self._on_model_edit_rejected)
        model.edit_applied.connect(self._on_model_edit_applied)
        model.modelReset.connect(self._update_count)
        model.modelReset.connect(self._on_model_reset)
        model.rowsInserted.connect(self._on_model_rows_inserted)
        self._fitted_rows = 0
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._last_id = ""
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        model.dataChanged.connect(self._on_view_current_row_changed)
        model.modelReset.connect(self._on_view_current_row_changed)
        model.rowsRemoved.connect(self._on_view_current_row_changed)
        self._update_count()
        self.fit_columns()
        self._ensure_current()

    def _button(self, icon_name: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # -- layout ------------------------------------------------------------------
    def fit_columns(self) -> None:
        """Widths from the contents, capped so one long column does not hide the rest."""
        header = self.view.horizontalHeader()
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            hint = max(header.sectionSizeHint(col), self.view.sizeHintForColumn(col))
            header.resizeSection(col, min(max(hint, 48), _MAX_COLUMN_WIDTH))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fitted_rows = self.model.rowCount()

    def _on_model_reset(self) -> None:
        """New content (another project, another parent row): fit the columns to it."""
        if self.model.rowCount() and self.model.rowCount() != self._fitted_rows:
            self.fit_columns()
        self._ensure_current()

    def _on_model_rows_inserted(self, *_args) -> None:
        """The first rows of an empty table (a project just opened): fit the columns."""
        if self._fitted_rows == 0 and self.model.rowCount():
            self.fit_columns()
        self._ensure_current()

    def _ensure_current(self) -> None:
        """Put the cursor on the first row when there is none, so the panels beside
        the table show something."""
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.selectionModel().setCurrentIndex(self.proxy.index(0, 0),
                                                       QItemSelectionModel.SelectionFlag.NoUpdate)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == event.Type.FocusIn:
            self.activated.emit()
        return super().eventFilter(watched, event)

    # -- rows --------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """Source rows of the selection (or of the current cell), in view order."""
        selection = self.view.selectionModel()
        proxy_rows = sorted({i.row() for i in selection.selectedIndexes()})
        if not proxy_rows and self.view.currentIndex().isValid():
            proxy_rows = [self.view.currentIndex().row()]
        return [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in proxy_rows]

    def current_id(self) -> str:
        index = self.proxy.mapToSource(self.view.currentIndex())
        if not index.isValid() or index.row() >= self.model.rowCount():
            return ""
        return self.model.row_id(self.model.row_object(index.row()))

    def select_rows(self, rows: list[int], column: int = 0) -> None:
        """Select source rows (clearing the filter when it hides them)."""
        if not rows:
            return
        if any(not self.proxy.mapFromSource(self.model.index(r, 0)).isValid() for r in rows):
            self.search.clear()
        selection = self.view.selectionModel()
        selection.clearSelection()
        first = None
        for row in rows:
            proxy_index = self.proxy.mapFromSource(self.model.index(row, max(column, 0)))
            if not proxy_index.isValid():
                continue
            first = first or proxy_index
            selection.select(proxy_index, QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(first)

    def select_id(self, entity_id: str, field: str = "") -> bool:
        row = self.model.row_of_id(entity_id)
        if row < 0:
            return False
        column = self.model.column_of_key(field) if field else 0
        self.select_rows([row], max(column, 0))
        if column > 0:
            proxy_index = self.proxy.mapFromSource(self.model.index(row, column))
            self.view.selectionModel().setCurrentIndex(proxy_index, QItemSelectionModel.SelectionFlag.NoUpdate)
        return True

    # -- actions -------------------------------------------------------------------
    def add(self) -> None:
        row = self.model.apply_change(self.model.add_row, translate("TableEditor", "Add a row to {table}").format(
            table=self.model.table_name))
        if row is not None:
            self.select_rows([row])
            self.view.setFocus()

    def duplicate(self) -> None:
        rows = self.selected_rows()
        if not rows:
            self._show(translate("TableEditor", "Select the rows to duplicate."))
            return
        new_rows = self.model.apply_change(lambda p: self.model.duplicate_rows(p, rows), translate(
            "TableEditor", "Duplicate %n rows of {table}", "", len(rows)).format(table=self.model.table_name))
        if new_rows is not None:
            self.select_rows(new_rows)

    def delete(self) -> None:
        rows = self.selected_rows()
        if not rows:
            self._show(translate("TableEditor", "Select the rows to delete."))
            return
        before = self.model.document.problem
        try:
            after, consequences = self.model.delete_rows(before, rows)
        except Exception as error:  # refused by the engine's rules
            self._show(error_text(error))
            return
        ids = [self.model.row_id(self.model.row_object(r)) for r in rows]
        table = self.model.table_name
        if consequences:
            more = len(consequences) - 15
            shown = consequences[:15] + ([translate("TableEditor", "\u2026 and %n more", "", more)] if more > 0 else [])
            answer = QMessageBox.question(
                self, translate("TableEditor", "Delete rows"),
                translate("TableEditor", "Deleting {ids} from {table} also changes:").format(
                    ids=", ".join(ids), table=table) + "\n\n\u2022 " + "\n\u2022 ".join(shown)
                + "\n\n" + translate("TableEditor", "Delete anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.model.push(before, after, translate("TableEditor", "Delete {ids} from {table}").format(
            ids=", ".join(ids), table=table))

    def copy(self) -> None:
        rows = selection_rows(self.view)
        if rows:
            QGuiApplication.clipboard().setText(to_tsv(rows))
            self.message.emit(translate("TableEditor", "Copied %n rows.", "", len(rows)))

    def paste(self) -> None:
        block = parse_tsv(QGuiApplication.clipboard().text())
        if not block:
            self._show(translate("TableEditor", "The clipboard holds no text to paste."))
            return
        current = self.view.currentIndex()
        if not self.view.selectionModel().selectedIndexes():
            # No cell chosen by the user (the cursor was only put on the first
            # row so that the panels beside show something): new rows at the end.
            current = QModelIndex()
        proxy_row = current.row() if current.isValid() else self.proxy.rowCount()
        column = current.column() if current.isValid() else 0
        headers = [c.title for c in self.model.columns]
        if block and len(block) > 1 and block[0] == headers[column:column + len(block[0])]:
            block = block[1:]  # a header row copied along with whole rows
        targets = [self.proxy.mapToSource(self.proxy.index(r, 0)).row()
                   for r in range(proxy_row, min(proxy_row + len(block), self.proxy.rowCount()))]
        top = targets[0] if targets else self.model.rowCount()
        errors = self.model.paste_block(top, column, block, targets)
        if not errors:
            self.message.emit(translate("TableEditor", "Pasted %n rows.", "", len(block)))

    # -- feedback ------------------------------------------------------------------
    def _show(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        if text:
            self.message.emit(text)

    def _on_new_row_line_clicked(self) -> None:
        """The "new row" line chosen: no cell is meant, so a paste adds rows at the end."""
        self.view.clearSelection()
        self.view.selectionModel().clearCurrentIndex()
        self.activated.emit()

    def _on_model_edit_rejected(self, text: str) -> None:
        self._show(text)

    def _on_model_edit_applied(self, _text: str) -> None:
        self.message_label.clear()
        self.message_label.hide()

    def _on_view_current_row_changed(self, *_args) -> None:
        """Tell the detail table and the availability grid which row is current
        (also when an edit renamed it)."""
        current = self.current_id()
        if current != self._last_id:
            self._last_id = current
            self.current_id_changed.emit(current)

    def _update_count(self, *_args) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        counted = nouns.count(self.model.noun, total)
        self.count_label.setText(counted if shown == total else translate("TableEditor", "{shown} of {total}").format(
            shown=shown, total=counted))
