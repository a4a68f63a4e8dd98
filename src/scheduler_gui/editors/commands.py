"""Undo commands for edits of the institution data."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from schedule_engine.model import Problem


class EditProblemCommand(QUndoCommand):
    """One user edit: the whole problem before and after it.

    The problem is immutable and shares unchanged parts between versions, so
    keeping both is cheap; ``redo``/``undo`` hand one of them to the document.
    """

    def __init__(self, document, before: Problem, after: Problem, text: str):
        super().__init__(text)
        self._document = document
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._document.set_problem(self.after)

    def undo(self) -> None:
        self._document.set_problem(self.before)
