"""The timetable the views show, derived once per change of the document.

The document's timetable is fitted to the current data with
:func:`~schedule_engine.timetable_edits.reconcile` (sessions whose placement no
longer fits are shown unplaced, in the tray, and marked); the document itself
is not changed, so undoing a data edit brings every placement back.  A solver
may show a timetable in progress with :meth:`show_preview` until the document's
timetable changes.  The compiled problem, the evaluation, the entries and the
move inspector are computed lazily and cached until the next change.

While the view is hidden (``is_shown`` says so), changes only mark the state
stale: editing data in another tab costs nothing here.  Reading the shown
timetable, or showing the view (:meth:`ensure_fresh`), brings it up to date.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, Signal

from schedule_engine import CompiledProblem, Evaluation, Session, compile_problem, effective_sessions, evaluate
from schedule_engine.export.views import Entry, timetable_entries
from schedule_engine.model import Problem, Solution
from schedule_engine.timetable_edits import TimetableInspector, reconcile
from scheduler_gui.document import ProjectDocument

log = logging.getLogger(__name__)


class TimetableState(QObject):
    changed = Signal()
    """The shown timetable (or the data under it) changed."""

    def __init__(self, document: ProjectDocument, parent: QObject | None = None,
                 is_shown: Callable[[], bool] | None = None):
        super().__init__(parent)
        self.document = document
        self._is_shown = is_shown
        self._stale = False
        self._compiled: CompiledProblem | None = None
        self._compiled_for: Problem | None = None
        self._preview: Solution | None = None
        self._clear_derived()
        self._solution, self._invalid_ids = Solution(), frozenset()
        document.problem_changed.connect(self._on_document_problem_changed)
        document.solution_changed.connect(self._on_document_solution_changed)
        self.refresh()

    # -- what is shown -------------------------------------------------------
    @property
    def problem(self) -> Problem:
        return self.document.problem

    @property
    def solution(self) -> Solution:
        """The shown timetable: the preview, or the document's fitted to the data."""
        self.ensure_fresh()
        return self._solution

    @property
    def invalid_ids(self) -> frozenset[str]:
        """Sessions whose placement no longer fits the data (shown unplaced)."""
        self.ensure_fresh()
        return self._invalid_ids

    @property
    def is_preview(self) -> bool:
        return self._preview is not None

    @property
    def compiled(self) -> CompiledProblem:
        if self._compiled is None or self._compiled_for is not self.problem:
            self._compiled = compile_problem(self.problem)
            self._compiled_for = self.problem
        return self._compiled

    @property
    def sessions(self) -> dict[str, Session]:
        if self._sessions is None:
            # the blocks as they fall under the sections' current patterns (unused pieces left out)
            self._sessions = {s.id: s for s in effective_sessions(self.compiled.sessions, self.solution)}
        return self._sessions

    @property
    def entries(self) -> list[Entry]:
        if self._entries is None:
            self._entries = timetable_entries(self.problem, self.solution)
        return self._entries

    @property
    def evaluation(self) -> Evaluation:
        if self._evaluation is None:
            self._evaluation = evaluate(self.problem, self.solution, compiled=self.compiled)
        return self._evaluation

    @property
    def inspector(self) -> TimetableInspector:
        if self._inspector is None:
            self._inspector = TimetableInspector(self.problem, self.solution, self.compiled)
        return self._inspector

    def ensure_fresh(self) -> None:
        """Catch up with changes made while the view was hidden."""
        if self._stale:
            self.refresh()

    def has_timetable(self) -> bool:
        return any(a.slot is not None for a in self.solution.assignments)

    # -- changes -------------------------------------------------------------
    def show_preview(self, solution: Solution | None) -> None:
        """Show ``solution`` (e.g. a solver's best so far) without changing the
        document; None goes back to the document's timetable."""
        self._preview = solution
        self._request_refresh()

    def _request_refresh(self) -> None:
        self._stale = True
        if self._is_shown is None or self._is_shown():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._clear_derived()
        problem = self.problem
        source = self._preview if self._preview is not None else self.document.solution
        try:
            self._solution, invalid = reconcile(problem, source, self.compiled)
        except Exception:  # noqa: BLE001 - data being edited may be inconsistent
            log.exception("could not fit the timetable to the data")
            self._solution, invalid = Solution(), []
        self._invalid_ids = frozenset(invalid)
        self.changed.emit()

    def _clear_derived(self) -> None:
        self._sessions: dict[str, Session] | None = None
        self._entries: list[Entry] | None = None
        self._evaluation: Evaluation | None = None
        self._inspector: TimetableInspector | None = None

    def _on_document_problem_changed(self) -> None:
        self._request_refresh()

    def _on_document_solution_changed(self) -> None:
        self._preview = None
        self._request_refresh()
