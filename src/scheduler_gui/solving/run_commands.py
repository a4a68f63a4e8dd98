"""Undoable changes of the project's runs: store a finished run, use a run's
timetable, delete a run, duplicate one as a starting point.

Each is one undo step that swaps the project's (runs, active run, working
timetable) triple; the institution data is never touched.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from schedule_engine.project_store import Project, RunRecord, new_run_id, utc_now_iso
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


def with_new_run(project: Project, record: RunRecord) -> Project:
    """The finished run stored and its timetable made the working one."""
    return replace(project, runs=(*project.runs, record), active_run=record.id,
                   solution=record.solution)


def with_run_used(project: Project, run_id: str) -> Project:
    run = project.run(run_id)
    if run is None:
        raise KeyError(run_id)
    return replace(project, active_run=run.id, solution=run.solution)


def with_run_deleted(project: Project, run_id: str) -> Project:
    """The run removed; the working timetable stays as it is."""
    runs = tuple(r for r in project.runs if r.id != run_id)
    active = None if project.active_run == run_id else project.active_run
    return replace(project, runs=runs, active_run=active)


def duplicate_name(name: str, taken: set[str]) -> str:
    base = f"{name} (copy)"
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{name} (copy {n})"
        n += 1
    return candidate


def with_run_duplicated(project: Project, run_id: str) -> tuple[Project, RunRecord]:
    """A copy of the run, made active, its timetable the working one."""
    run = project.run(run_id)
    if run is None:
        raise KeyError(run_id)
    copy = replace(run, id=new_run_id(), name=duplicate_name(run.name, {r.name for r in project.runs}),
                   created=utc_now_iso())
    return with_new_run(project, copy), copy


def next_run_name(project: Project) -> str:
    names = {r.name for r in project.runs}
    n = len(project.runs) + 1
    while f"Run {n}" in names:
        n += 1
    return f"Run {n}"
