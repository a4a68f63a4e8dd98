"""Undoable changes of the project's runs: store a finished run, use a run's
timetable, delete a run, duplicate one as a starting point.

Each is one undo step that swaps the project's (runs, active run, working
timetable) triple; the institution data is never touched.  The transforms
themselves are the engine's (:mod:`schedule_engine.runs`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from schedule_engine.project_store import Project
from schedule_engine.runs import (  # noqa: F401 - the transforms the commands take
    duplicate_name,
    next_run_name,
    with_new_run,
    with_run_deleted,
    with_run_duplicated,
    with_run_used,
)
from scheduler_gui.document import ProjectDocument


class RunsStateCommand(QUndoCommand):
    """Replace the project's runs, active run and working timetable."""

    def __init__(self, document: ProjectDocument, text: str, after: Project):
        super().__init__(text)
        self._document = document
        before = document.project
        self._before = (before.runs, before.active_run, before.solution)
        self._after = (after.runs, after.active_run, after.solution)

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)

    def _apply(self, state) -> None:
        runs, active, solution = state
        self._document.set_project(
            replace(self._document.project, runs=runs, active_run=active, solution=solution))
