"""Cell editors chosen by each column's kind (``EDITOR_ROLE``).

- ``int``: a spin box; a value outside ``RANGE_ROLE`` is refused with a message
  at the cell (not clamped);
- ``choice``: an editable combo box with completion over ``CHOICES_ROLE``;
- ``multi``: a checkable list popup over ``CHOICES_ROLE`` (plus the values already set);
- ``time``: a clock-time editor;
- anything else: the default line edit.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolTip,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from scheduler_gui.editors.roles import CHOICES_ROLE, EDITOR_ROLE, RANGE_ROLE
from scheduler_gui.i18n import translate

_Index = QModelIndex | QPersistentModelIndex
_CHECK_BOX_WIDTH = 22


class CheckListEditor(QWidget):
    """A filterable list of check boxes: the editor of multi-valued cells."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("TableEditor", "Type to filter\u2026"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list_widget = QListWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_widget)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.list_widget.viewport().installEventFilter(self)
        self.setFocusProxy(self.filter_edit)

    def eventFilter(self, watched, event) -> bool:
        """A click on an item's text toggles it too (not only on its check box)."""
        if watched is self.list_widget.viewport() and event.type() == QEvent.Type.MouseButtonRelease \
                and event.button() == Qt.MouseButton.LeftButton:
            pos = event.position().toPoint()
            item = self.list_widget.itemAt(pos)
            if item is not None and pos.x() - self.list_widget.visualItemRect(item).left() > _CHECK_BOX_WIDTH:
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                return True
        return super().eventFilter(watched, event)

    def set_items(self, choices: list[str], checked: list[str]) -> None:
        self.list_widget.clear()
        chosen = set(checked)
        for value in list(dict.fromkeys(list(checked) + list(choices))):
            item = QListWidgetItem(value, self.list_widget)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        items = (self.list_widget.item(i) for i in range(self.list_widget.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def set_checked(self, values: list[str]) -> None:
        wanted = set(values)
        for i in range(self.list_widget.count()):
            item = self.list_widget.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in wanted else Qt.CheckState.Unchecked)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list_widget.count()):
            item = self.list_widget.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())


INT_LIMIT = 2_000_000_000


def out_of_range(value: int, bounds: tuple[int, int]) -> str:
    """Why ``value`` is refused ('' when it is within ``bounds``)."""
    low, high = int(bounds[0]), int(bounds[1])
    if value < low:
        return translate("TableEditor", "{value} is too small: the lowest allowed is {low}.").format(
            value=value, low=low)
    if value > high:
        return translate("TableEditor", "{value} is too large: the highest allowed is {high}.").format(
            value=value, high=high)
    return ""


class ColumnDelegate(QStyledItemDelegate):
    """Creates the editor each column asks for."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        kind = index.data(EDITOR_ROLE)
        if kind == "int":
            # The spin box takes any whole number, so that a value out of range
            # (typing -5 as a capacity) is refused with a message rather than
            # silently changed by the spin box's validator.
            spin = QSpinBox(parent)
            spin.setRange(-INT_LIMIT, INT_LIMIT)
            spin.setFrame(False)
            return spin
        if kind == "choice":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems([str(c) for c in index.data(CHOICES_ROLE) or []])
            completer = QCompleter(combo.model(), combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            combo.setCompleter(completer)
            return combo
        if kind == "multi":
            editor = CheckListEditor(parent)
            editor.set_items([str(c) for c in index.data(CHOICES_ROLE) or []], [])
            return editor
        if kind == "time":
            edit = QTimeEdit(parent)
            edit.setDisplayFormat("HH:mm")
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText("" if value is None else str(value))
        elif isinstance(editor, CheckListEditor):
            values = [str(v) for v in (value or [])]
            editor.set_items([str(c) for c in index.data(CHOICES_ROLE) or []], values)
        elif isinstance(editor, QTimeEdit):
            editor.setTime(QTime.fromString(str(value or "08:00"), "HH:mm"))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            refusal = out_of_range(editor.value(), index.data(RANGE_ROLE) or (0, 9999))
            if refusal:
                self._refuse(editor, model, index, refusal)
                return
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, CheckListEditor):
            model.setData(index, editor.checked(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QTimeEdit):
            model.setData(index, editor.time().toString("HH:mm"), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    @staticmethod
    def _refuse(editor: QWidget, model: QAbstractItemModel, index: _Index, refusal: str) -> None:
        """Say at the cell (and in the table's message line) why a value was refused."""
        source, source_index = model, index
        while hasattr(source, "sourceModel") and source.sourceModel() is not None:
            source_index = source.mapToSource(source_index)
            source = source.sourceModel()
        header = str(model.headerData(index.column(), Qt.Orientation.Horizontal)
                     or translate("TableEditor", "This value"))
        label = getattr(source, "row_label", None)
        rows = getattr(source, "_rows", None)
        where = header
        if callable(label) and rows is not None and 0 <= source_index.row() < len(rows):
            row = label(rows[source_index.row()])
            where = f"{row[:1].upper()}{row[1:]}, {header}"
        text = f"{where}: {refusal} " + translate("TableEditor", "The value was not changed.")
        QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), text, editor)
        edit_rejected = getattr(source, "edit_rejected", None)
        if edit_rejected is not None:
            edit_rejected.emit(text)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: _Index) -> None:
        if isinstance(editor, CheckListEditor):
            rect = QRect(option.rect)
            rect.setWidth(max(rect.width(), 240))
            rect.setHeight(260)
            parent = editor.parentWidget()
            if parent is not None and rect.bottom() > parent.height():
                rect.moveBottom(max(rect.height(), parent.height()))
            editor.setGeometry(rect)
            return
        super().updateEditorGeometry(editor, option, index)
