"""The Solve panel: run parameters, Start/Stop, and the live view of a run
(figures, progress bar, convergence plot, per-constraint breakdown)."""

from __future__ import annotations

import os
import secrets

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSpinBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from schedule_engine import ProgressEvent
from schedule_engine.project_store import RunRecord
from scheduler_gui.settings import get_setting, set_setting
from scheduler_gui.solving.breakdown_model import BreakdownModel
from scheduler_gui.solving.progress_plot import ProgressPlot
from scheduler_gui.i18n import translate

EFFORTS = (("quick", QT_TRANSLATE_NOOP("SolvePanel", "Quick")),
           ("balanced", QT_TRANSLATE_NOOP("SolvePanel", "Balanced")),
           ("thorough", QT_TRANSLATE_NOOP("SolvePanel", "Thorough")))
PHASES = {"validate": QT_TRANSLATE_NOOP("SolvePanel", "Checking the data"),
          "construct": QT_TRANSLATE_NOOP("SolvePanel", "Building a first timetable"),
          "evolve": QT_TRANSLATE_NOOP("SolvePanel", "Improving"),
          "done": QT_TRANSLATE_NOOP("SolvePanel", "Finishing")}
MAX_SEED = 2**31 - 1
PROGRESS_STEPS = 1000


def draw_seed() -> int:
    return secrets.randbelow(MAX_SEED) + 1


def format_seconds(seconds: float) -> str:
    seconds = max(0.0, float(seconds))
    minutes, secs = divmod(int(seconds), 60)
    if minutes:
        return f"{minutes}:{secs:02d}"
    return f"{seconds:.1f} s"


class SolvePanel(QWidget):

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("solve_panel")
        self.setWindowTitle(translate("SolvePanel", "Solve"))

        self.time_limit = QDoubleSpinBox()
        self.time_limit.setRange(1.0, 24 * 3600.0)
        self.time_limit.setDecimals(0)
        self.time_limit.setValue(60.0)
        self.time_limit.setSuffix(translate("SolvePanel", " s", "seconds, after the time limit"))
        self.time_limit.setToolTip(translate(
            "SolvePanel", "The run stops after this many seconds and keeps the best timetable."))
        self.seed = QSpinBox()
        self.seed.setRange(1, MAX_SEED)
        self.seed.setValue(draw_seed())
        self.seed.setToolTip(translate("SolvePanel", "The same seed and settings give the same timetable."))
        self.random_seed = QCheckBox(translate("SolvePanel", "New at each run"))
        self.random_seed.setChecked(True)
        self.seed.valueChanged.connect(self._on_seed_edited)
        self.effort = QComboBox()
        for key, label in EFFORTS:
            self.effort.addItem(translate("SolvePanel", label), key)
        self.effort.setCurrentIndex(1)
        self.cores = QSpinBox()
        self.cores.setRange(1, max(1, os.cpu_count() or 1))
        self.cores.setValue(1)
        self.cores.setToolTip(translate("SolvePanel", "Islands searched in parallel, one per processor core."))
        self.warm_start = QCheckBox(translate("SolvePanel", "Start from the current timetable (keep pins)"))
        self.warm_start.setToolTip(translate(
            "SolvePanel", "Keep the sessions that are placed legally and every pinned "
                          "session; place and improve the rest."))
        self.leave_unplaced = QCheckBox(translate("SolvePanel", "Leave what cannot fit unplaced"))
        self.leave_unplaced.setToolTip(translate(
            "SolvePanel",
            "When some teaching cannot fit (a shortfall) and you solve anyway, leave the sessions "
            "that do not fit in the Unplaced tray instead of placing them with clashes."))
        self.start_button = QToolButton()
        self.stop_button = QToolButton()
        for button in (self.start_button, self.stop_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.random_seed)
        form = QFormLayout()
        form.addRow(translate("SolvePanel", "Time limit"), self.time_limit)
        form.addRow(translate("SolvePanel", "Seed"), seed_row)
        form.addRow(translate("SolvePanel", "Effort"), self.effort)
        form.addRow(translate("SolvePanel", "Cores"), self.cores)
        form.addRow(self.warm_start)
        form.addRow(self.leave_unplaced)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.settings_box = QGroupBox(translate("SolvePanel", "Run"))
        self.settings_box.setLayout(form)

        self.status = QLabel(translate("SolvePanel", "Ready."))
        self.status.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.setValue(0)
        self.figures = {name: QLabel("–") for name in
                        ("elapsed", "generation", "evals_per_s", "phase", "hard", "soft")}
        grid = QGridLayout()
        captions = ((translate("SolvePanel", "Elapsed"), "elapsed"),
                    (translate("SolvePanel", "Generation"), "generation"),
                    (translate("SolvePanel", "Evaluations/s"), "evals_per_s"),
                    (translate("SolvePanel", "Phase"), "phase"),
                    (translate("SolvePanel", "Best hard"), "hard"),
                    (translate("SolvePanel", "Best soft"), "soft"))
        for i, (caption, key) in enumerate(captions):
            row, col = divmod(i, 2)
            grid.addWidget(QLabel(translate("SolvePanel", "{caption}:").format(caption=caption)),
                           row, col * 2)
            self.figures[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(self.figures[key], row, col * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.plot = ProgressPlot()
        self.breakdown_model = BreakdownModel(self)
        self.breakdown_view = QTableView()
        self.breakdown_view.setModel(self.breakdown_model)
        self.breakdown_view.verticalHeader().setVisible(False)
        self.breakdown_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.breakdown_view.setWordWrap(False)
        self.breakdown_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breakdown_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.breakdown_view.setAlternatingRowColors(True)
        header = self.breakdown_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.plot, translate("SolvePanel", "Convergence"))
        self.views.addTab(self.breakdown_view, translate("SolvePanel", "Breakdown"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.settings_box)
        layout.addWidget(self.status)
        layout.addWidget(self.progress_bar)
        layout.addLayout(grid)
        layout.addWidget(self.views, 1)
        self._has_solution = False

    # -- wiring ------------------------------------------------------------
    def set_actions(self, start: QAction, stop: QAction) -> None:
        """Start and Stop are the main window's Solve and Stop actions."""
        self.start_button.setDefaultAction(start)
        self.stop_button.setDefaultAction(stop)

    def set_has_solution(self, has_solution: bool) -> None:
        """The warm start needs a current timetable."""
        self._has_solution = has_solution
        self.warm_start.setEnabled(has_solution and self.settings_box.isEnabled())
        if not has_solution:
            self.warm_start.setChecked(False)

    # -- run parameters ----------------------------------------------------
    def options(self) -> dict:
        """The solver options for a new run (draws a new seed when asked to)."""
        if self.random_seed.isChecked():
            self.seed.blockSignals(True)
            self.seed.setValue(draw_seed())
            self.seed.blockSignals(False)
        return {
            "time_limit": float(self.time_limit.value()),
            "seed": int(self.seed.value()),
            "effort": str(self.effort.currentData()),
            "workers": int(self.cores.value()),
            "leave_unplaced": self.leave_unplaced.isChecked(),
        }

    def use_warm_start(self) -> bool:
        return self.warm_start.isEnabled() and self.warm_start.isChecked()

    def remember_choices(self) -> None:
        """Start from the time limit, effort and cores of the last session, and
        keep them from now on as the user changes them."""
        self.time_limit.setValue(float(get_setting("solve/time_limit_seconds")))  # clamped to its range
        index = self.effort.findData(get_setting("solve/effort"))
        if index >= 0:
            self.effort.setCurrentIndex(index)
        self.cores.setValue(get_setting("solve/cores"))
        self.time_limit.valueChanged.connect(
            lambda value: set_setting("solve/time_limit_seconds", int(value)))
        self.effort.currentIndexChanged.connect(
            lambda _index: set_setting("solve/effort", str(self.effort.currentData())))
        self.cores.valueChanged.connect(lambda value: set_setting("solve/cores", int(value)))
        self.leave_unplaced.setChecked(bool(get_setting("solve/leave_unplaced")))
        self.leave_unplaced.toggled.connect(lambda on: set_setting("solve/leave_unplaced", bool(on)))

    def _on_seed_edited(self, _value: int) -> None:
        self.random_seed.setChecked(False)

    # -- live view ---------------------------------------------------------
    PREPARING = "Preparing the solver (once after installing, it compiles its search code)…"

    def show_preparing(self, preparing: bool) -> None:
        """Say that the solver is being prepared; when done, the status line
        says again what it said before (unless a run has taken it since)."""
        if preparing:
            self._before_preparing = self.status.text()
            self.status.setText(self.PREPARING)
        elif self.status.text() == self.PREPARING:
            self.status.setText(getattr(self, "_before_preparing", "") or translate("SolvePanel", "Ready."))

    def show_run_started(self, warm: bool) -> None:
        self.settings_box.setEnabled(True)
        for widget in (self.time_limit, self.seed, self.random_seed, self.effort, self.cores,
                       self.warm_start, self.leave_unplaced):
            widget.setEnabled(False)
        self.plot.clear_points()
        self.breakdown_model.set_breakdown(None)
        self.progress_bar.setValue(0)
        for label in self.figures.values():
            label.setText("–")
        self.status.setText(translate("SolvePanel", "Starting the solver… (from the current timetable)")
                            if warm else translate("SolvePanel", "Starting the solver…"))

    def show_progress(self, data: dict) -> None:
        """Show one progress message (a :class:`ProgressEvent` dict)."""
        event = ProgressEvent.from_dict(data)
        elapsed = float(event.elapsed)
        self.figures["elapsed"].setText(format_seconds(elapsed))
        self.figures["generation"].setText(f"{int(event.generation):,}")
        if event.evals_per_s is not None:
            self.figures["evals_per_s"].setText(f"{float(event.evals_per_s):,.0f}")
        phase = PHASES.get(event.phase)
        self.figures["phase"].setText(translate("SolvePanel", phase) if phase else event.phase)
        self.progress_bar.setValue(int(round(float(event.fraction) * PROGRESS_STEPS)))
        if event.score is not None:
            hard, soft = event.score
            self.figures["hard"].setText(str(hard))
            self.figures["soft"].setText(str(soft))
            self.plot.add_point(elapsed, hard, soft)
        if event.breakdown:
            self.breakdown_model.set_breakdown(dict(event.breakdown))
        self.status.setText(translate("SolvePanel", "Solving…"))

    def show_run_finished(self, record: RunRecord) -> None:
        self._enable_settings()
        self.progress_bar.setValue(PROGRESS_STEPS)
        self.figures["hard"].setText(str(record.hard))
        self.figures["soft"].setText(str(record.soft))
        self.figures["elapsed"].setText(format_seconds(record.elapsed_s))
        self.figures["phase"].setText(translate("SolvePanel", "Done"))
        self.breakdown_model.set_breakdown(record.breakdown)
        if record.seed is not None:
            self.seed.blockSignals(True)
            self.seed.setValue(int(record.seed))
            self.seed.blockSignals(False)
        outcome = {"feasible": translate("SolvePanel", "No hard violations."),
                   "infeasible": translate("SolvePanel", "%n hard violations remain.", "", record.hard),
                   "stopped": translate(
                       "SolvePanel", "Stopped; the best timetable so far was kept.")}.get(record.status, "")
        self.status.setText(translate("SolvePanel", "{run} finished: {outcome} Soft penalty {soft}.").format(
            run=record.name, outcome=outcome, soft=record.soft))

    def show_run_failed(self, message: str) -> None:
        self._enable_settings()
        self.figures["phase"].setText(translate("SolvePanel", "Failed"))
        self.status.setText(message)

    def show_not_started(self, message: str) -> None:
        self.status.setText(message)

    def show_timetable(self, score: tuple[int, int] | None, breakdown: dict | None,
                       message: str | None = None) -> None:
        """Figures and Breakdown of the timetable on screen (None: there is none,
        every figure is cleared); ``message`` replaces the status line."""
        if score is None:
            for label in self.figures.values():
                label.setText("–")
            self.progress_bar.setValue(0)
            self.plot.clear_points()
            self.breakdown_model.set_breakdown(None)
            self.status.setText(message or translate("SolvePanel", "Ready."))
            return
        hard, soft = score
        self.figures["hard"].setText(str(hard))
        self.figures["soft"].setText(str(soft))
        self.breakdown_model.set_breakdown(breakdown)
        self.status.setText(message or translate(
            "SolvePanel", "The timetable on screen: {hard} hard, soft penalty {soft}.").format(
                hard=hard, soft=soft))

    def _enable_settings(self) -> None:
        for widget in (self.time_limit, self.seed, self.random_seed, self.effort, self.cores,
                       self.leave_unplaced):
            widget.setEnabled(True)
        self.set_has_solution(self._has_solution)
