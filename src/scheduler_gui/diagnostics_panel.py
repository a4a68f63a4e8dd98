"""The Diagnostics dock: what ``validate()`` finds wrong with the data, kept current.

The data is validated again ~400 ms after the last change, in a pool thread;
a generation counter drops the results of a run that a newer change
overtook.  Double-clicking an entry asks the data editors to show it.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from schedule_engine.diagnostics import validate
from schedule_engine.errors import Diagnostic
from schedule_engine.model import Problem
from scheduler_gui import settings
from scheduler_gui.background import start_task
from scheduler_gui.diagnostics_model import DiagnosticsModel, entity_target
from scheduler_gui.document import ProjectDocument

EntitySelector = Callable[[str, str, str], None]


def validate_problem(problem: Problem) -> list[Diagnostic]:
    return list(validate(problem))


class DiagnosticsPanel(QDockWidget):
    validation_finished = Signal(int, int)
    """Errors and warnings found by the latest validation."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__("Diagnostics", parent)
        self.setObjectName("diagnostics_dock")
        self.document = document
        self.select_entity: EntitySelector | None = None
        self.model = DiagnosticsModel(self)
        self._generation = 0

        self.summary = QLabel("Not checked yet")
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)  # capacity messages run to two or three lines
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(1, 160)
        header.resizeSection(2, 130)
        self.view.doubleClicked.connect(self._on_view_double_clicked)

        self.all_clear = QLabel("No problems found in the data.")
        self.all_clear.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.all_clear.setEnabled(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.all_clear)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages)
        self.setWidget(body)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(settings.get_setting("diagnostics/debounce_ms"))
        self._debounce.timeout.connect(self.revalidate_now)
        document.problem_changed.connect(self._on_document_problem_changed)
        self._debounce.start()

    def _on_document_problem_changed(self) -> None:
        self._generation += 1  # results of runs already under way are stale now
        self._debounce.start()

    def revalidate_now(self) -> None:
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        problem = self.document.problem
        self.summary.setText("Checking…")
        self.summary.setVisible(True)
        start_task(
            lambda: validate_problem(problem),
            lambda result: self._on_validation_finished(generation, result),
            lambda error: self._on_validation_failed(generation, error),
            receiver=self,
        )

    def _on_validation_finished(self, generation: int, diagnostics: list[Diagnostic]) -> None:
        if generation != self._generation:
            return
        self.model.set_diagnostics(diagnostics)
        errors, warnings = self.model.counts()
        self._update_summary(errors, warnings)
        self.validation_finished.emit(errors, warnings)

    def _on_validation_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.model.set_diagnostics([])
        self.pages.setCurrentWidget(self.view)
        self.summary.setVisible(True)
        self.summary.setText(f"Could not check the data: {error}")
        self.validation_finished.emit(-1, 0)

    def _update_summary(self, errors: int, warnings: int) -> None:
        self.pages.setCurrentWidget(self.view if errors or warnings else self.all_clear)
        self.summary.setVisible(bool(errors or warnings))
        if not errors and not warnings:
            self.summary.setText("No problems found.")
            return
        parts = []
        if errors:
            parts.append(f"{errors} error{'s' if errors != 1 else ''}")
        if warnings:
            parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
        self.summary.setText(", ".join(parts))

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or self.select_entity is None:
            return
        diagnostic = self.model.diagnostic(index.row())
        target = entity_target(diagnostic)
        if target is not None:
            kind, entity_id = target
            self.select_entity(kind, entity_id, diagnostic.field)
