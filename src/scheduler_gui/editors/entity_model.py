"""Table models for the top-level kinds of data (rooms, instructors, groups, courses)."""

from __future__ import annotations

from typing import Any, Sequence

from schedule_engine import edits
from schedule_engine.model import Problem
from scheduler_gui.editors.table_model import ProblemTableModel


class EntityTableModel(ProblemTableModel):
    """One row per entity of ``kind``; edits go through :mod:`schedule_engine.edits`."""

    id_prefix: str = "X"

    def __init__(self, document, parent=None):
        self.noun = self.kind
        super().__init__(document, parent)

    def rows_of(self, problem: Problem) -> Sequence[Any]:
        return edits.entities(problem, self.kind)

    def with_row(self, problem: Problem, row: int, obj: Any) -> Problem:
        old_id = edits.entities(problem, self.kind)[row].id
        return edits.replace_entity(problem, self.kind, old_id, obj)

    def new_entity(self, problem: Problem, entity_id: str) -> Any:
        raise NotImplementedError

    def next_id(self, problem: Problem) -> str:
        taken = set(edits.entity_ids(problem, self.kind))
        n = len(taken) + 1
        while f"{self.id_prefix}{n}" in taken:
            n += 1
        return f"{self.id_prefix}{n}"

    def add_row(self, problem: Problem) -> tuple[Problem, int]:
        obj = self.new_entity(problem, self.next_id(problem))
        result = edits.add_entities(problem, self.kind, [obj])
        return result, len(edits.entities(result, self.kind)) - 1

    def duplicate_rows(self, problem: Problem, rows: list[int]) -> tuple[Problem, list[int]]:
        ids = [edits.entities(problem, self.kind)[r].id for r in rows]
        new_ids = []
        for entity_id in ids:
            problem, new_id = edits.duplicate_entity(problem, self.kind, entity_id)
            new_ids.append(new_id)
        all_ids = edits.entity_ids(problem, self.kind)
        return problem, [all_ids.index(i) for i in new_ids]

    def delete_rows(self, problem: Problem, rows: list[int]) -> tuple[Problem, list[str]]:
        ids = [edits.entities(problem, self.kind)[r].id for r in rows]
        return edits.delete_entities(problem, self.kind, ids)
