"""The open project: its data, its undo stack and its file path.

Every part of the GUI reads the institution data and the working timetable from
one :class:`ProjectDocument` and changes them only through it: user edits are
pushed as undo commands whose ``redo``/``undo`` call :meth:`set_problem` or
:meth:`set_solution`.  The undo stack's clean state is the document's
*modified* flag.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from schedule_engine.model import Period, Problem, Solution, TimeGrid
from schedule_engine.project_store import Project

UNTITLED_NAME = "Untitled"


def empty_problem(name: str = UNTITLED_NAME) -> Problem:
    """A problem with a five-day grid and no data: what File > New opens."""
    periods = tuple(
        Period(f"P{i + 1}", f"{8 + i:02d}:00", f"{8 + i:02d}:50") for i in range(8)
    )
    grid = TimeGrid(days=("Mon", "Tue", "Wed", "Thu", "Fri"), periods=periods)
    return Problem(name=name, time_grid=grid)


def empty_project(name: str = UNTITLED_NAME) -> Project:
    return Project(problem=empty_problem(name))


class ProjectDocument(QObject):
    """The open project plus the undo history of its edits."""

    problem_changed = Signal()
    """Any change of the institution data: an edit, undo, redo or a load."""
    solution_changed = Signal()
    """The working timetable changed."""
    path_changed = Signal()
    modified_changed = Signal(bool)

    def __init__(self, project: Project | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._project: Project = project if project is not None else empty_project()
        self._path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)

    # -- read access -------------------------------------------------------
    @property
    def project(self) -> Project:
        return self._project

    @property
    def problem(self) -> Problem:
        return self._project.problem

    @property
    def solution(self) -> Solution | None:
        return self._project.solution

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        """The file name, or the problem's name for a project never saved."""
        if self._path is not None:
            return self._path.name
        return self.problem.name or UNTITLED_NAME

    # -- changes -----------------------------------------------------------
    def set_problem(self, problem: Problem) -> None:
        """Replace the institution data (called by undo commands); no undo entry."""
        self._project = _with(self._project, problem=problem)
        self.problem_changed.emit()

    def set_solution(self, solution: Solution | None) -> None:
        self._project = _with(self._project, solution=solution)
        self.solution_changed.emit()

    def set_project(self, project: Project) -> None:
        """Replace the whole project in place (runs, meta) without touching history."""
        old = self._project
        self._project = project
        if project.problem != old.problem:
            self.problem_changed.emit()
        if project.solution != old.solution:
            self.solution_changed.emit()

    def replace_project(self, project: Project, path: Path | None) -> None:
        """After open, new or import: a fresh project with an empty history."""
        was_modified = self.modified
        self._project = project
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.set_path(path)
        self.problem_changed.emit()
        self.solution_changed.emit()
        if was_modified:
            self.modified_changed.emit(False)

    def set_path(self, path: Path | None) -> None:
        path = Path(path) if path is not None else None
        if path != self._path:
            self._path = path
            self.path_changed.emit()

    def mark_saved(self, path: Path) -> None:
        """The project was written to ``path``: it is now clean."""
        self.set_path(path)
        self.undo_stack.setClean()

    def mark_modified(self) -> None:
        """The data differs from the file without an undo step (e.g. restored after a crash)."""
        self.undo_stack.resetClean()

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)


def _with(project: Project, **changes) -> Project:
    from dataclasses import replace

    return replace(project, **changes)
