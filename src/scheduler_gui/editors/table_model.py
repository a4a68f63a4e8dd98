"""The base table model: a thin adapter over rows of the document's problem.

Subclasses say which rows a problem has, which columns show them and how an
edited row goes back into the problem.  Every accepted edit (one cell, a pasted
block, an added or deleted row) is pushed as one :class:`EditProblemCommand`;
a refused one emits :attr:`edit_rejected` with the reason and changes nothing.
"""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from schedule_engine.errors import InvalidInputError
from schedule_engine.model import Problem
from scheduler_gui.editors.columns import Column
from scheduler_gui.editors.commands import EditProblemCommand
from scheduler_gui.editors import nouns
from scheduler_gui.i18n import translate
from scheduler_gui.editors.roles import (
    CHOICES_ROLE,
    EDITOR_ROLE,
    ENTITY_ROLE,
    RANGE_ROLE,
    SORT_ROLE,
    TEXT_ROLE,
)

_Index = QModelIndex | QPersistentModelIndex


def error_text(error: Exception) -> str:
    """The plain words of a refused edit."""
    if isinstance(error, InvalidInputError):
        return " ".join(d.message for d in error.diagnostics) or str(error)
    return str(error)


class ProblemTableModel(QAbstractTableModel):
    """Rows of one kind of data of the document's problem."""

    edit_rejected = Signal(str)
    """An edit was refused; the argument says why in plain words."""
    edit_applied = Signal(str)
    """An edit was pushed; the argument is the undo text."""

    kind: str = ""
    noun: str = "row"

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self._document = document
        self._problem: Problem = document.problem
        self._rows: tuple[Any, ...] = self._safe_rows(self._problem)
        document.problem_changed.connect(self._on_document_problem_changed)

    # -- what subclasses provide ------------------------------------------------
    columns: Sequence[Column] = ()

    def rows_of(self, problem: Problem) -> Sequence[Any]:
        raise NotImplementedError

    def with_row(self, problem: Problem, row: int, obj: Any) -> Problem:
        """The problem with row ``row`` replaced by ``obj`` (raises on invalid data)."""
        raise NotImplementedError

    def row_id(self, obj: Any) -> str:
        return str(getattr(obj, "id", ""))

    def add_row(self, problem: Problem) -> tuple[Problem, int]:
        """A new default row at the end: (new problem, its row)."""
        raise InvalidInputError(translate("TableEditor", "No row can be added to {table} here.").format(
            table=self.table_name))

    def duplicate_rows(self, problem: Problem, rows: list[int]) -> tuple[Problem, list[int]]:
        raise InvalidInputError(translate("TableEditor", "No row of {table} can be duplicated here.").format(
            table=self.table_name))

    def delete_rows(self, problem: Problem, rows: list[int]) -> tuple[Problem, list[str]]:
        """(new problem, consequences in plain words)."""
        raise InvalidInputError(translate("TableEditor", "No row of {table} can be deleted here.").format(
            table=self.table_name))

    def row_label(self, obj: Any) -> str:
        return f"{nouns.noun(self.noun)} {self.row_id(obj)}".strip()

    @property
    def table_name(self) -> str:
        """What the table holds ("Rooms"), in the window's language."""
        return nouns.table_name(self.noun)

    # -- access --------------------------------------------------------------------
    @property
    def document(self):
        return self._document

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def row_of_id(self, entity_id: str) -> int:
        for row, obj in enumerate(self._rows):
            if self.row_id(obj) == entity_id:
                return row
        return -1

    def column_of_key(self, key: str) -> int:
        """The column showing field ``key`` (``"lecture.instructors"`` finds Instructors)."""
        keys = [column.key for column in self.columns]
        for candidate in (key, key.rsplit(".", 1)[-1], key.split(".", 1)[0]):
            if candidate in keys:
                return keys.index(candidate)
        return -1

    def _safe_rows(self, problem: Problem) -> tuple[Any, ...]:
        try:
            return tuple(self.rows_of(problem))
        except Exception:  # a parent that vanished, data mid-change: show nothing
            return ()

    # -- Qt model interface ----------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
                return column.tip
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if column.is_check else Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            return self._data(index, role)
        except Exception:  # data() never raises
            return None

    def _data(self, index: _Index, role: int) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        obj = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return None if column.is_check else column.display(obj)
        if role == Qt.ItemDataRole.EditRole:
            return column.edit_value(obj)
        if role == Qt.ItemDataRole.CheckStateRole and column.is_check:
            return Qt.CheckState.Checked if column.edit_value(obj) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.display(obj)
            return text if len(text) > 30 else (column.tip or None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ENTITY_ROLE:
            return obj
        if role == EDITOR_ROLE:
            return column.editor
        if role == CHOICES_ROLE:
            return list(column.choices(self._problem)) if column.choices else []
        if role == RANGE_ROLE:
            return (column.minimum, column.maximum)
        if role == TEXT_ROLE:
            return column.display(obj)
        if role == SORT_ROLE:
            value = column.edit_value(obj)
            if column.numeric or column.is_check:
                return int(value or 0)
            return column.display(obj).lower()
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (self.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)):
            return False
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.is_check:
            value = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        elif role != Qt.ItemDataRole.EditRole:
            return False
        obj = self._rows[index.row()]
        before = self._document.problem
        try:
            after = self.edit_cell(before, index.row(), index.column(), value)
        except (ValueError, InvalidInputError) as error:
            label = self.row_label(obj)
            self._reject(f"{label[:1].upper()}{label[1:]}, {column.title}: {error_text(error)}")
            return False
        return self.push(before, after, translate("TableEditor", "Edit {row}: {column}").format(
            row=self.row_label(obj), column=column.title.lower()))

    # -- edits ---------------------------------------------------------------------
    def edit_cell(self, problem: Problem, row: int, col: int, value: Any) -> Problem:
        """The problem after setting one cell (raises ValueError/InvalidInputError)."""
        column = self.columns[col]
        obj = tuple(self.rows_of(problem))[row]
        if column.apply_problem is not None:
            return column.apply_problem(problem, obj, value)
        if column.apply is None:
            raise ValueError(translate("TableEditor", "{column} cannot be edited.").format(column=column.title))
        return self.with_row(problem, row, column.apply(problem, obj, value))

    def paste_block(self, top: int, left: int, block: list[list[str]],
                    target_rows: Sequence[int] | None = None) -> list[str]:
        """Paste text cells at (top, left), adding rows past the end, as ONE undo step.

        ``target_rows`` lists the rows the block's rows go to (the order a sorted
        view shows); by default they follow ``top``.  Returns the errors (naming
        row and column); with any error nothing changes.
        """
        before = self._document.problem
        problem = before
        errors: list[str] = []
        for r, cells in enumerate(block):
            if target_rows is not None:
                row = target_rows[r] if r < len(target_rows) else len(self.rows_of(problem))
            else:
                row = top + r
            if row >= len(self.rows_of(problem)):
                try:
                    problem, row = self.add_row(problem)
                except InvalidInputError as error:
                    errors.append(translate("TableEditor", "Row {row}: {problem}").format(
                        row=top + r + 1, problem=error_text(error)))
                    break
            for c, text in enumerate(cells):
                col = left + c
                if col >= len(self.columns):
                    errors.append(translate("TableEditor", "Row {row}, column {column}: the table has only "
                                                           "{count} columns.").format(
                        row=row + 1, column=col + 1, count=len(self.columns)))
                    break
                column = self.columns[col]
                if not column.editable:
                    if text.strip() and text.strip() != column.display(tuple(self.rows_of(problem))[row]):
                        errors.append(translate("TableEditor", "Row {row}, column {column}: this column cannot "
                                                               "be edited.").format(row=row + 1, column=column.title))
                    continue
                try:
                    problem = self.edit_cell(problem, row, col, text)
                except (ValueError, InvalidInputError) as error:
                    errors.append(translate("TableEditor", "Row {row}, column {column}: {problem}").format(
                        row=row + 1, column=column.title, problem=error_text(error)))
        if errors:
            self._reject(translate("TableEditor", "Nothing pasted.") + " " + " ".join(errors))
            return errors
        n = sum(len(cells) for cells in block)
        self.push(before, problem, translate("TableEditor", "Paste %n cells into {table}", "", n).format(
            table=self.table_name))
        return []

    def push(self, before: Problem, after: Problem, text: str) -> bool:
        if after == before:
            return True
        self._document.push(EditProblemCommand(self._document, before, after, text))
        self.edit_applied.emit(text)
        return True

    def _reject(self, message: str) -> None:
        self.edit_rejected.emit(message)

    def apply_change(self, change, text: str) -> Any:
        """Run ``change(problem) -> (problem, extra)`` and push it; None when refused."""
        before = self._document.problem
        try:
            after, extra = change(before)
        except (ValueError, InvalidInputError) as error:
            self._reject(error_text(error))
            return None
        self.push(before, after, text)
        return extra

    # -- following the document ------------------------------------------------
    def refresh(self) -> None:
        self._on_document_problem_changed()

    def _on_document_problem_changed(self) -> None:
        problem = self._document.problem
        rows = self._safe_rows(problem)
        if len(rows) != len(self._rows) and not self._follow_row_count(problem, rows):
            self.beginResetModel()
            self._problem, self._rows = problem, rows
            self.endResetModel()
            return
        self._problem, self._rows = problem, rows
        if rows and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))

    def _follow_row_count(self, problem: Problem, rows: tuple[Any, ...]) -> bool:
        """Announce rows added at the end or removed (order kept) without a reset,
        so views keep their current cell; False when only a reset fits."""
        old_ids = [self.row_id(r) for r in self._rows]
        new_ids = [self.row_id(r) for r in rows]
        if len(set(old_ids)) != len(old_ids) or len(set(new_ids)) != len(new_ids):
            return False
        if len(new_ids) > len(old_ids) and new_ids[:len(old_ids)] == old_ids:
            self.beginInsertRows(QModelIndex(), len(old_ids), len(new_ids) - 1)
            self._problem, self._rows = problem, rows
            self.endInsertRows()
            return True
        kept = set(new_ids)
        if len(new_ids) < len(old_ids) and [i for i in old_ids if i in kept] == new_ids:
            current = list(self._rows)
            for row in reversed(range(len(old_ids))):
                if old_ids[row] not in kept:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del current[row]
                    self._rows = tuple(current)
                    self.endRemoveRows()
            self._problem, self._rows = problem, rows
            return True
        return False
