"""The score of the timetable on screen, for the Solve panel's figures and
Breakdown: the document's timetable fitted to the data, evaluated off the GUI
thread after every change (a "Use this timetable", its undo, a hand edit, a
closed project).  A result that arrives after a newer change is dropped."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from schedule_engine.model import Problem, Solution
from schedule_engine import evaluate
from schedule_engine.timetable_edits import reconcile
from scheduler_gui.background import start_task
from scheduler_gui.document import ProjectDocument


def screen_score(problem: Problem, solution: Solution) -> tuple[tuple[int, int], dict[str, int]]:
    """(hard, soft) and the breakdown of a timetable as the Timetable tab shows it."""
    fitted, _invalid = reconcile(problem, solution)
    evaluation = evaluate(problem, fitted)
    return evaluation.score, dict(evaluation.breakdown)


class ScreenFigures(QObject):
    changed = Signal(object, object)
    """(score or None, breakdown or None) of the timetable on screen."""

    def __init__(self, document: ProjectDocument, parent: QObject | None = None,
                 compute: Callable[[Problem, Solution], tuple] = screen_score):
        super().__init__(parent)
        self.document = document
        self._compute = compute
        self._generation = 0
        self.score: tuple[int, int] | None = None
        self.breakdown: dict[str, int] | None = None
        self._for: tuple[Problem, Solution | None] | None = None
        document.solution_changed.connect(self.refresh)
        document.problem_changed.connect(self.refresh)
        document.undo_stack.indexChanged.connect(self._on_undo_index_changed)

    def _on_undo_index_changed(self, _index: int) -> None:
        """A change of the runs alone (a run deleted) leaves the score as it is,
        but what the panel says about it (which run is on screen) may change."""
        if self.is_current():
            self.changed.emit(self.score, self.breakdown)

    def is_current(self) -> bool:
        """Whether :attr:`score` describes the document's timetable as it is now."""
        return self._for == (self.document.problem, self.document.solution)

    def refresh(self) -> None:
        self._generation += 1
        problem, solution = self.document.problem, self.document.solution
        if solution is None or not any(a.slot is not None for a in solution.assignments):
            self._set(None, None, (problem, solution))
            return
        generation = self._generation
        start_task(lambda: self._compute(problem, solution),
                   lambda result: self._on_computed(generation, problem, solution, result),
                   lambda _error: self._on_computed(generation, problem, solution, None),
                   receiver=self)

    def current_score(self) -> tuple[int, int] | None:
        """The score of the timetable on screen now (computed here if the
        background result is not in yet)."""
        if not self.is_current():
            solution = self.document.solution
            if solution is None:
                return None
            score, breakdown = self._compute(self.document.problem, solution)
            self._set(score, breakdown, (self.document.problem, solution))
        return self.score

    def _on_computed(self, generation: int, problem: Problem, solution: Solution, result) -> None:
        if generation != self._generation:
            return
        score, breakdown = result if result is not None else (None, None)
        self._set(score, breakdown, (problem, solution))

    def _set(self, score, breakdown, source) -> None:
        self.score, self.breakdown, self._for = score, breakdown, source
        self.changed.emit(score, breakdown)
