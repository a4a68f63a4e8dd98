"""Base of the detail tables that show parts of one selected entity."""

from __future__ import annotations

from typing import Any, Sequence

from schedule_engine import edits
from schedule_engine.model import Problem
from scheduler_gui.editors import nouns
from scheduler_gui.editors.table_model import ProblemTableModel
from scheduler_gui.i18n import translate


class ChildTableModel(ProblemTableModel):
    """Rows inside the entity ``parent_id`` of ``parent_kind`` (empty when none is chosen)."""

    parent_kind: str = ""

    def __init__(self, document, parent=None):
        self._parent_id: str | None = None
        super().__init__(document, parent)

    @property
    def parent_id(self) -> str | None:
        return self._parent_id

    def set_parent_id(self, parent_id: str | None) -> None:
        if parent_id == self._parent_id:
            return
        self.beginResetModel()
        self._parent_id = parent_id
        self._problem = self._document.problem
        self._rows = self._safe_rows(self._problem)
        self.endResetModel()

    def parent_entity(self, problem: Problem) -> Any | None:
        if self._parent_id is None:
            return None
        return edits.find_entity(problem, self.parent_kind, self._parent_id)

    def children(self, parent: Any) -> Sequence[Any]:
        raise NotImplementedError

    def with_children(self, parent: Any, items: Sequence[Any]) -> Any:
        raise NotImplementedError

    def rows_of(self, problem: Problem) -> Sequence[Any]:
        parent = self.parent_entity(problem)
        return () if parent is None else tuple(self.children(parent))

    def _replace_children(self, problem: Problem, items: Sequence[Any]) -> Problem:
        parent = self.parent_entity(problem)
        if parent is None:
            raise ValueError(translate("TableEditor", "First choose a row of {table}.").format(
                table=nouns.table_name(self.parent_kind)))
        new_parent = self.with_children(parent, tuple(items))
        return edits.replace_entity(problem, self.parent_kind, parent.id, new_parent)

    def with_row(self, problem: Problem, row: int, obj: Any) -> Problem:
        items = list(self.rows_of(problem))
        items[row] = obj
        return self._replace_children(problem, items)

    def new_child(self, problem: Problem, parent: Any) -> Any:
        raise NotImplementedError

    def add_row(self, problem: Problem) -> tuple[Problem, int]:
        parent = self.parent_entity(problem)
        if parent is None:
            raise ValueError(translate("TableEditor", "First choose a row of {table}.").format(
                table=nouns.table_name(self.parent_kind)))
        items = list(self.children(parent)) + [self.new_child(problem, parent)]
        return self._replace_children(problem, items), len(items) - 1

    def delete_rows(self, problem: Problem, rows: list[int]) -> tuple[Problem, list[str]]:
        gone = set(rows)
        items = [c for i, c in enumerate(self.rows_of(problem)) if i not in gone]
        return self._replace_children(problem, items), []

    def row_label(self, obj: Any) -> str:
        return f"{nouns.noun(self.parent_kind)} {self._parent_id}, {nouns.noun(self.noun)} {self.row_id(obj)}"
