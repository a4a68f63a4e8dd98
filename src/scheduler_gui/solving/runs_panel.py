"""The Runs panel: every run kept in the project; use one's timetable,
duplicate one as a starting point, delete, or compare two side by side.
Each change is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from schedule_engine.project_store import RunRecord
from schedule_engine.runs import with_run_deleted, with_run_duplicated, with_run_used
from scheduler_gui.document import ProjectDocument
from scheduler_gui.solving.run_commands import RunsStateCommand
from scheduler_gui.solving.run_compare import RunCompareDialog
from scheduler_gui.solving.runs_model import RunsModel
from scheduler_gui.i18n import translate


class RunsPanel(QWidget):
    starting_point_chosen = Signal()
    """A run was duplicated as a starting point: the next run should start from it."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runs_panel")
        self.setWindowTitle(translate("RunsPanel", "Runs"))
        self.document = document
        self.model = RunsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.use_selected())

        self.use_button = QPushButton(translate("RunsPanel", "Use this timetable"))
        self.use_button.setToolTip(translate(
            "RunsPanel", "Make the selected run's timetable the working timetable."))
        self.duplicate_button = QPushButton(translate("RunsPanel", "Duplicate"))
        self.duplicate_button.setToolTip(translate(
            "RunsPanel", "Copy the run and start the next run from its timetable."))
        self.delete_button = QPushButton(translate("RunsPanel", "Delete"))
        self.compare_button = QPushButton(translate("RunsPanel", "Compare…"))
        self.compare_button.setToolTip(translate(
            "RunsPanel", "Select two runs to compare their scores and timetables."))
        self.use_button.clicked.connect(self.use_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        buttons = QHBoxLayout()
        for button in (self.use_button, self.duplicate_button, self.delete_button,
                       self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._update_buttons)
        document.problem_changed.connect(self._update_runs)
        document.solution_changed.connect(self._update_runs)
        document.undo_stack.indexChanged.connect(self._update_runs)
        self.compare_dialog: RunCompareDialog | None = None
        self._update_runs()

    # -- selection ---------------------------------------------------------
    def selected_runs(self) -> list[RunRecord]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [run for run in (self.model.run(row) for row in rows) if run is not None]

    def select_run(self, run_id: str, extend: bool = False) -> None:
        row = self.model.row_of(run_id)
        if row < 0:
            return
        flags = self.view.selectionModel().SelectionFlag
        mode = (flags.Select if extend else flags.ClearAndSelect) | flags.Rows
        self.view.selectionModel().select(self.model.index(row, 0), mode)

    # -- actions -----------------------------------------------------------
    def use_selected(self) -> None:
        runs = self.selected_runs()
        if len(runs) != 1:
            return
        self.document.push(RunsStateCommand(
            self.document, f"Use the timetable of {runs[0].name}",
            with_run_used(self.document.project, runs[0].id)))

    def duplicate_selected(self) -> None:
        runs = self.selected_runs()
        if len(runs) != 1:
            return
        project, copy = with_run_duplicated(self.document.project, runs[0].id)
        self.document.push(RunsStateCommand(self.document, f"Duplicate {runs[0].name}", project))
        self.select_run(copy.id)
        self.starting_point_chosen.emit()

    def delete_selected(self) -> None:
        runs = self.selected_runs()
        if not runs:
            return
        project = self.document.project
        for run in runs:
            project = with_run_deleted(project, run.id)
        text = f"Delete {runs[0].name}" if len(runs) == 1 else f"Delete {len(runs)} runs"
        self.document.push(RunsStateCommand(self.document, text, project))

    def compare_selected(self) -> RunCompareDialog | None:
        runs = self.selected_runs()
        if len(runs) != 2:
            return None
        self.compare_dialog = RunCompareDialog(runs[0], runs[1], self)
        self.compare_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare_dialog.show()
        return self.compare_dialog

    # -- refreshers --------------------------------------------------------
    def _update_runs(self, *_args) -> None:
        selected = [run.id for run in self.selected_runs()]
        project = self.document.project
        self.model.set_runs(project.runs, project.active_run)
        for i, run_id in enumerate(selected):
            self.select_run(run_id, extend=i > 0)
        self._update_buttons()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.selected_runs())
        self.use_button.setEnabled(count == 1)
        self.duplicate_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count >= 1)
        self.compare_button.setEnabled(count == 2)
