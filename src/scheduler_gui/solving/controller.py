"""Solving from the main window: the Solve and Runs panels, the Solve and Stop
actions, validation before a run, storing a finished run, and stopping the
worker when the window closes."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFrame, QMainWindow, QMessageBox, QScrollArea, QWidget

from schedule_engine import only_shortfalls, validate
from schedule_engine.errors import Diagnostic
from schedule_engine.model import Problem, Solution
from schedule_engine.project_store import RunRecord
from schedule_engine.runs import next_run_name, with_new_run
from scheduler_gui.background import start_task
from scheduler_gui.solving.run_commands import RunsStateCommand
from scheduler_gui.solving.runner import SolverRunner
from scheduler_gui.solving.runs_panel import RunsPanel
from scheduler_gui.solving.screen_figures import ScreenFigures
from scheduler_gui.solving.solve_panel import SolvePanel
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import engine_entity, engine_text

log = logging.getLogger(__name__)




def data_errors(problem: Problem) -> list[Diagnostic]:
    return [d for d in validate(problem) if d.severity == "error"]


STOP_SHORTCUTS = (QKeySequence("Shift+F5"), QKeySequence(Qt.Key.Key_Escape))


class SolvingController(QObject):
    best_solution_changed = Signal(object)
    """The best timetable of the run going on (a Solution), for live views."""
    run_stored = Signal(object)
    """A finished run (RunRecord) was stored in the project."""
    run_refused = Signal(int)
    """Solve was asked for but the data has this many errors."""
    solve_panel_wanted = Signal()
    """A run started: the window shows and raises the Solve panel's dock."""

    def __init__(self, window: QMainWindow, runner: SolverRunner | None = None):
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.runner = runner if runner is not None else SolverRunner(self)
        if self.runner.parent() is None:
            self.runner.setParent(self)
        self.solve_panel = SolvePanel()
        self.solve_panel.remember_choices()
        self.runs_panel = RunsPanel(self.document)
        self.solve_panel.set_actions(window.solve_action, window.stop_action)
        self.solve_area = _scrollable(self.solve_panel)
        """What the window docks for the Solve panel (the panel in a scroll area)."""
        self._problem_at_start: Problem | None = None
        self._checking = False
        self._timetable: QWidget | None = None
        self._warm = False
        self.failure_box: QMessageBox | None = None

        window.stop_action.setShortcuts(list(STOP_SHORTCUTS))
        window.stop_action.setToolTip(translate(
            "SolvePanel", "Stop the run and keep the best timetable so far (Shift+F5, Esc)"))
        window.solve_action.triggered.connect(self.start_run)
        window.stop_action.triggered.connect(self.runner.stop)
        self.runner.running_changed.connect(self._update_actions)
        self.runner.progress_changed.connect(self.solve_panel.show_progress)
        self.runner.best_solution_changed.connect(self.best_solution_changed)
        self.runner.run_finished.connect(self._on_runner_run_finished)
        self.runner.run_failed.connect(self._on_runner_run_failed)
        self.document.solution_changed.connect(self._update_warm_start)
        self.document.problem_changed.connect(self._update_warm_start)
        self.screen_figures = ScreenFigures(self.document, self)
        self.screen_figures.changed.connect(self._on_screen_figures_changed)
        self.worse_box: QMessageBox | None = None
        self.runs_panel.starting_point_chosen.connect(self._on_starting_point_chosen)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.runner.shutdown)
        self._update_actions(False)
        self._update_warm_start()
        timetable = getattr(window, "timetable_widget", None)
        if timetable is not None:
            self.attach_timetable(timetable)

    # -- running -----------------------------------------------------------
    def start_run(self) -> bool:
        """Check the data (off the GUI thread), then start a run with the panel's
        settings.  False when a run or a check is already going on."""
        if self.runner.is_running or self._checking:
            return False
        problem = self.document.problem
        options = self.solve_panel.options()
        warm = self.solve_panel.use_warm_start()
        initial = self._starting_timetable() if warm else None
        self._checking = True
        self._update_actions(False)
        self.solve_panel.show_not_started("Checking the data…")
        start_task(lambda: data_errors(problem),
                   lambda errors: self._on_data_checked(problem, options, warm, initial, errors),
                   lambda error: self._on_data_checked(problem, options, warm, initial, None),
                   receiver=self)
        return True

    def _on_data_checked(self, problem: Problem, options: dict, warm: bool,
                         initial: Solution | None, errors: list[Diagnostic] | None) -> None:
        self._checking = False
        if errors is None or self.document.problem != problem:
            self._update_actions(False)
            if errors is None:
                self._refuse(-1)
            else:
                self.solve_panel.show_not_started("The data changed; press Solve again.")
            return
        if errors:
            if not self._solve_despite(errors):
                self._update_actions(False)
                self._refuse(len(errors))
                return
            options["allow_shortfalls"] = True
        self._warm = warm
        options["warm_start"] = warm  # SolveOptions.warm_start: recorded with the run
        self._problem_at_start = problem
        name = next_run_name(self.document.project)
        if self.runner.start(problem, options, initial=initial, name=name):
            self.solve_panel.show_run_started(warm)
            self.solve_panel_wanted.emit()
        else:
            self._update_actions(self.runner.is_running)

    def stop_run(self) -> None:
        self.runner.stop()

    def reoptimise(self) -> bool:
        """Start a run from the current timetable, keeping its pinned sessions."""
        if self.document.solution is None:
            return self.start_run()
        self.solve_panel.set_has_solution(True)
        self.solve_panel.warm_start.setChecked(True)
        return self.start_run()

    def attach_timetable(self, widget: QWidget) -> None:
        """Let a timetable view re-optimise and show the best timetable of a run live
        (it needs ``reoptimise_requested`` and ``show_solution(solution)``)."""
        self._timetable = widget
        requested = getattr(widget, "reoptimise_requested", None)
        if requested is not None:
            requested.connect(self.reoptimise)
        show = getattr(widget, "show_solution", None)
        if show is not None:
            self.best_solution_changed.connect(show)

    def _starting_timetable(self) -> Solution | None:
        """The working timetable for a warm start (fitted to the current data by
        the timetable view when there is one)."""
        current = getattr(self._timetable, "current_solution", None)
        if current is not None and self.document.solution is not None:
            return current()
        return self.document.solution

    def _solve_despite(self, errors: list[Diagnostic]) -> bool:
        """When every error is demand that cannot fit, offer a run that places
        what it can (breaking hard constraints where the demand does not fit)."""
        if not only_shortfalls(errors):
            return False
        listed = "\n".join(f"• {engine_entity(d.entity)}: {engine_text(d.message)}" for d in errors[:3])
        more = ("\n" + translate("SolveController", "…and {count} more (see the Diagnostics panel).").format(
            count=len(errors) - 3) if len(errors) > 3 else "")
        rest = (translate("SolveController", "what cannot fit is left unplaced.")
                if self.solve_panel.leave_unplaced.isChecked()
                else translate("SolveController", "the teaching that does not fit breaks hard constraints."))
        answer = QMessageBox.question(
            self.window, translate("SolveController", "Solve anyway?"),
            translate("SolveController", "Some of the teaching cannot fit into the free time available:")
            + f"\n\n{listed}{more}\n\n"
            + translate("SolveController", "Solve anyway? The run keeps the rest of the timetable clear of "
                        "clashes where it can; {rest}").format(rest=rest),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _refuse(self, errors: int) -> None:
        if errors < 0:
            text = translate("SolveController", "The data could not be checked; see the Diagnostics panel.")
        else:
            text = translate("SolveController", "The data has %n error(s); fix them before solving "
                             "(see the Diagnostics panel).", n=errors)
        self.solve_panel.show_not_started(text)
        self.window.statusBar().showMessage(text, 8000)
        diagnostics = getattr(self.window, "diagnostics_panel", None)
        if diagnostics is not None:
            diagnostics.show()
            diagnostics.raise_()
            diagnostics.revalidate_now()
        self.run_refused.emit(errors)

    def _on_runner_run_finished(self, record: RunRecord) -> None:
        self.solve_panel.show_run_finished(record)
        started_on = self._problem_at_start
        if started_on is not None and self.document.problem.name != started_on.name:
            self.window.statusBar().showMessage(
                translate("SolveController", "{run} belonged to the project that was closed; "
                          "its result was dropped.").format(run=record.name), 10000)
            self.screen_figures.refresh()  # the figures of the project now open, not the run's
            return
        if self.document.problem != started_on:
            # The data changed during the run: keep the run, but do not make
            # a timetable for older data the working one.
            project = self.document.project
            from dataclasses import replace

            after = replace(project, runs=(*project.runs, record))
            self.document.push(RunsStateCommand(
                self.document, translate("SolveController", "Store {run}").format(run=record.name), after))
            self.window.statusBar().showMessage(
                translate("SolveController", "{run} was kept in Runs, but the data changed during the run, "
                          "so its timetable was not applied.").format(run=record.name), 10000)
        elif self._worse_than_screen(record):
            self._keep_worse_run(record)
        else:
            self.document.push(RunsStateCommand(
                self.document, translate("SolveController", "Solve ({run})").format(run=record.name),
                with_new_run(self.document.project, record)))
            self.window.statusBar().showMessage(
                translate("SolveController", "{run}: {hard} hard, {soft} soft").format(
                    run=record.name, hard=record.hard, soft=record.soft), 8000)
        self.screen_figures.refresh()
        self.run_stored.emit(record)

    def _worse_than_screen(self, record: RunRecord) -> bool:
        if self.document.solution is None or record.solution is None:
            return False
        screen = self.screen_figures.current_score()
        return screen is not None and (record.hard, record.soft) > tuple(screen)

    def _keep_worse_run(self, record: RunRecord) -> None:
        """Keep the better timetable on screen, store the run, and offer it."""
        from scheduler_gui.solving.run_commands import with_run_used

        project = self.document.project
        from dataclasses import replace

        self.document.push(RunsStateCommand(self.document,
                                            translate("SolveController", "Store {run}").format(run=record.name),
                                            replace(project, runs=(*project.runs, record))))
        hard, soft = self.screen_figures.current_score()
        text = (translate("SolveController", "{run} was stopped early and ended worse ({hard} hard, soft {soft}) "
                          "than the timetable on screen ({screen_hard} hard, soft {screen_soft}), so the better "
                          "one stays. {run} is kept in Runs.")
                if record.status == "stopped" else
                translate("SolveController", "{run} ended worse ({hard} hard, soft {soft}) than the timetable "
                          "on screen ({screen_hard} hard, soft {screen_soft}), so the better one stays. "
                          "{run} is kept in Runs."))
        box = QMessageBox(QMessageBox.Icon.Information,
                          translate("SolveController", "The timetable on screen was kept"),
                          text.format(run=record.name, hard=record.hard, soft=record.soft,
                                      screen_hard=hard, screen_soft=soft),
                          QMessageBox.StandardButton.NoButton, self.window)
        use = box.addButton(translate("SolveController", "Use {run} anyway").format(run=record.name),
                            QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("SolveController", "Keep the timetable on screen"), QMessageBox.ButtonRole.RejectRole)
        box.setObjectName("worse_run_box")

        def on_clicked(button) -> None:
            if button is use and self.document.project.run(record.id) is not None:
                self.document.push(RunsStateCommand(self.document,
                                                    translate("SolveController", "Use {run}").format(run=record.name),
                                                    with_run_used(self.document.project, record.id)))

        box.buttonClicked.connect(on_clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.worse_box = box
        self.use_worse_button = use
        box.open()

    def _on_screen_figures_changed(self, score, breakdown) -> None:
        """Outside a run the figures and Breakdown describe the timetable on screen."""
        if self.runner.is_running:
            return
        if score is None:
            self.solve_panel.show_timetable(None, None)
            return
        project = self.document.project
        active = project.run(project.active_run) if project.active_run else None
        if active is not None and active.solution == project.solution:
            text = translate("SolvePanel", "The timetable on screen ({run}): {hard} hard, soft penalty {soft}.")
        else:
            text = translate("SolvePanel", "The timetable on screen: {hard} hard, soft penalty {soft}.")
        self.solve_panel.show_timetable(
            score, breakdown, text.format(run=active.name if active else "", hard=score[0], soft=score[1]))

    def _on_runner_run_failed(self, message: str, details: str) -> None:
        log.warning("solver run failed: %s\n%s", message, details)
        self.solve_panel.show_run_failed(message)
        box = QMessageBox(QMessageBox.Icon.Warning, "The run failed", message,
                          QMessageBox.StandardButton.Ok, self.window)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.failure_box = box
        box.open()

    def _on_starting_point_chosen(self) -> None:
        self._update_warm_start()
        self.solve_panel.warm_start.setChecked(self.solve_panel.warm_start.isEnabled())

    # -- closing -----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            if self.runner.is_running:
                answer = QMessageBox.question(
                    self.window, "Stop the run?",
                    "A timetable is being built. Stop it and close the window?",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return True
            self.runner.shutdown()
        return super().eventFilter(watched, event)

    # -- refreshers --------------------------------------------------------
    def _update_actions(self, running: bool) -> None:
        self.window.solve_action.setEnabled(not running and not self._checking)
        self.window.stop_action.setEnabled(running)

    def _update_warm_start(self) -> None:
        self.solve_panel.set_has_solution(self.document.solution is not None)


def _scrollable(panel: QWidget) -> QScrollArea:
    """The panel in a scroll area, so that the dock can be made smaller than it."""
    area = QScrollArea()
    area.setObjectName("solve_panel_scroll")
    area.setWindowTitle(panel.windowTitle())
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(panel)
    return area
