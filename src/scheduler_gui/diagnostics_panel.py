"""The Diagnostics dock: what ``validate()`` finds wrong with the data, kept current,
and under each shortfall the remedies the engine has checked.

The data is validated again ~400 ms after the last change, in a pool thread;
when shortfalls are found, a second pool task looks for their remedies.  A
generation counter drops the results of runs that a newer change overtook.
Double-clicking an entry asks the data editors to show it; translate("DiagnosticsPanel", "Apply") makes the
selected remedy as one undo step, checks again at once and shows the row it
changed.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from schedule_engine import SHORTFALL_CODES, validate
from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.model import Problem
from schedule_engine.remedies import Remedy, apply_remedy, with_remedies
from scheduler_gui import settings
from scheduler_gui.background import start_task
from scheduler_gui.diagnostics_model import DiagnosticsModel, RemedyRole, entity_target
from scheduler_gui.document import ProjectDocument
from scheduler_gui.editors.commands import EditProblemCommand
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import engine_edit, engine_text

EntitySelector = Callable[[str, str, str], None]


def validate_problem(problem: Problem) -> list[Diagnostic]:
    return list(validate(problem))


def find_remedies(problem: Problem, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return with_remedies(problem, diagnostics)


def has_shortfalls(diagnostics: list[Diagnostic]) -> bool:
    return any(d.code in SHORTFALL_CODES and d.severity == "error" for d in diagnostics)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text needs at the column's current width (a tree view
    does not wrap on its own)."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return size
        width = self._view.header().sectionSize(index.column()) - 12
        if index.column() == 0:
            width -= self._view.indentation() + 20
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 40), 10_000),
                                                 int(Qt.TextFlag.TextWordWrap), str(text))
        return QSize(size.width(), max(size.height(), bounds.height() + 6))


class DiagnosticsPanel(QDockWidget):
    validation_finished = Signal(int, int)
    """Errors and warnings found by the latest validation."""
    remedies_finished = Signal(int)
    """Remedies found for the shortfalls of the latest validation."""
    remedy_applied = Signal(str)
    """The id of the remedy just applied."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(translate("DiagnosticsPanel", "Diagnostics"), parent)
        self.setObjectName("diagnostics_dock")
        self.document = document
        self.select_entity: EntitySelector | None = None
        self.model = DiagnosticsModel(self)
        self._generation = 0
        self._remedies_current = False

        self.summary = QLabel(translate("DiagnosticsPanel", "Not checked yet"))
        self.summary.setWordWrap(True)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)  # capacity messages run to two or three lines
        self.view.setUniformRowHeights(False)
        self.view.setRootIsDecorated(True)
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 130)
        header.resizeSection(1, 170)
        header.resizeSection(2, 130)
        self.view.setItemDelegate(WrappingDelegate(self.view))
        header.sectionResized.connect(self._on_header_section_resized)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)

        self.all_clear = QLabel(translate("DiagnosticsPanel", "No problems found in the data."))
        self.all_clear.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.all_clear.setEnabled(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.all_clear)

        self.apply_button = QPushButton(translate("DiagnosticsPanel", "Apply"))
        self.apply_button.setToolTip(translate(
            "DiagnosticsPanel", "Make the selected remedy's change (one undo step) and check again"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.remedy_hint = QLabel("")
        self.remedy_hint.setEnabled(False)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.remedy_hint, 1)
        actions.addWidget(self.apply_button)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages)
        layout.addLayout(actions)
        self.setWidget(body)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(settings.get_setting("diagnostics/debounce_ms"))
        self._debounce.timeout.connect(self.revalidate_now)
        document.problem_changed.connect(self._on_document_problem_changed)
        self._debounce.start()

    def _on_header_section_resized(self, *_: int) -> None:
        self.view.doItemsLayout()  # the wrapped rows' heights follow the new widths

    def _on_document_problem_changed(self) -> None:
        self._generation += 1  # results of runs already under way are stale now
        self._set_remedies_current(False)
        self._debounce.start()

    def revalidate_now(self) -> None:
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        problem = self.document.problem
        self._set_remedies_current(False)
        self.summary.setText(translate("DiagnosticsPanel", "Checking…"))
        self.summary.setVisible(True)
        start_task(
            lambda: validate_problem(problem),
            lambda result: self._on_validation_finished(generation, result, problem),
            lambda error: self._on_validation_failed(generation, error),
            receiver=self,
        )

    def _on_validation_finished(self, generation: int, diagnostics: list[Diagnostic],
                                problem: Problem | None = None) -> None:
        if generation != self._generation:
            return
        self._show(diagnostics)
        errors, warnings = self.model.counts()
        self._update_summary(errors, warnings)
        self.validation_finished.emit(errors, warnings)
        if problem is not None and has_shortfalls(diagnostics):
            self.summary.setText(self.summary.text() + translate(
                "DiagnosticsPanel", " — looking for remedies…"))
            start_task(
                lambda: find_remedies(problem, diagnostics),
                lambda result: self._on_remedies_found(generation, result),
                lambda error: self._on_remedies_failed(generation, error),
                receiver=self,
            )

    def _on_remedies_found(self, generation: int, diagnostics: list[Diagnostic]) -> None:
        if generation != self._generation:
            return
        self._show(diagnostics)
        self._update_summary(*self.model.counts())
        found = self.model.remedy_count()
        if found:
            self.summary.setText(self.summary.text() + translate(
                "DiagnosticsPanel", "; %n checked remedies under the shortfalls", "", found))
        self._set_remedies_current(True)
        self.remedies_finished.emit(found)

    def _on_remedies_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._update_summary(*self.model.counts())
        self.summary.setText(self.summary.text() + translate(
            "DiagnosticsPanel", "; could not look for remedies: {error}").format(error=error))
        self.remedies_finished.emit(-1)

    def _on_validation_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.model.set_diagnostics([])
        self.pages.setCurrentWidget(self.view)
        self.summary.setVisible(True)
        self.summary.setText(translate(
            "DiagnosticsPanel", "Could not check the data: {error}").format(error=error))
        self.validation_finished.emit(-1, 0)

    def _show(self, diagnostics: list[Diagnostic]) -> None:
        self.model.set_diagnostics(diagnostics)
        self.view.expandAll()
        self._update_apply()

    def _update_summary(self, errors: int, warnings: int) -> None:
        self.pages.setCurrentWidget(self.view if errors or warnings else self.all_clear)
        self.summary.setVisible(bool(errors or warnings))
        if not errors and not warnings:
            self.summary.setText(translate("DiagnosticsPanel", "No problems found."))
            return
        parts = []
        if errors:
            parts.append(translate("DiagnosticsPanel", "%n errors", "", errors))
        if warnings:
            parts.append(translate("DiagnosticsPanel", "%n warnings", "", warnings))
        self.summary.setText(translate("DiagnosticsPanel", ", ").join(parts))

    # -- remedies ----------------------------------------------------------------
    def selected_remedy(self) -> Remedy | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RemedyRole) if rows else None

    def _set_remedies_current(self, current: bool) -> None:
        self._remedies_current = current
        self._update_apply()

    def _update_apply(self) -> None:
        remedy = self.selected_remedy()
        self.apply_button.setEnabled(remedy is not None and self._remedies_current)
        if remedy is None:
            self.remedy_hint.setText(translate(
                "DiagnosticsPanel", "Select a remedy under a shortfall to apply it.")
                                     if self.model.remedy_count() else "")
        elif not self._remedies_current:
            self.remedy_hint.setText(translate("DiagnosticsPanel", "Checking the changed data…"))
        else:
            self.remedy_hint.setText(translate("DiagnosticsPanel", "Apply changes: {changes}.").format(
                changes="; ".join(engine_edit(e) for e in remedy.edits)))

    def _on_view_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_apply()

    def _on_apply_button_clicked(self) -> None:
        remedy = self.selected_remedy()
        if remedy is not None and self._remedies_current:
            self.apply(remedy)

    def apply(self, remedy: Remedy) -> bool:
        """Make ``remedy``'s change as one undo step, check again and show what it touched."""
        before = self.document.problem
        try:
            after = apply_remedy(before, remedy)
        except InvalidInputError as exc:
            self.summary.setText(translate("DiagnosticsPanel", "Could not apply the remedy: {error}").format(error=exc))
            return False
        label = translate("DiagnosticsPanel", "Apply remedy: {remedy}").format(remedy=engine_text(remedy.text))
        self.document.push(EditProblemCommand(self.document, before, after, label))
        self.revalidate_now()
        self.remedy_applied.emit(remedy.id)
        if remedy.edits and self.select_entity is not None:
            edit = remedy.edits[0]
            self.select_entity(edit.kind, edit.entity_id, edit.field)
        return True

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or self.select_entity is None:
            return
        remedy = index.data(RemedyRole)
        if remedy is not None:
            if remedy.edits:
                edit = remedy.edits[0]
                self.select_entity(edit.kind, edit.entity_id, edit.field)
            return
        diagnostic = self.model.diagnostic(index.row())
        target = entity_target(diagnostic)
        if target is not None:
            kind, entity_id = target
            self.select_entity(kind, entity_id, diagnostic.field)
