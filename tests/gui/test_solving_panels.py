"""The Solve and Runs panels driven directly (no solver process)."""

from __future__ import annotations

from PySide6.QtGui import QAction

from schedule_engine.project_store import Project
from scheduler_gui.document import ProjectDocument
from scheduler_gui.solving.run_commands import RunsStateCommand, with_new_run
from scheduler_gui.solving.runs_panel import RunsPanel
from scheduler_gui.solving.solve_panel import PROGRESS_STEPS, SolvePanel
from shell_fixtures import isolated_settings, small_problem  # noqa: F401
from test_solving_models import make_run


def test_solve_panel_draws_a_new_seed_unless_one_was_typed(qtbot):
    panel = SolvePanel()
    qtbot.addWidget(panel)
    panel.time_limit.setValue(5)
    panel.cores.setValue(1)
    seeds = {panel.options()["seed"] for _ in range(5)}
    assert len(seeds) > 1, "a random seed is drawn for each run"
    assert panel.seed.value() in seeds
    panel.seed.setValue(1234)
    assert not panel.random_seed.isChecked()
    assert panel.options() == {"time_limit": 5.0, "seed": 1234, "effort": "balanced", "workers": 1,
                               "leave_unplaced": False}
    panel.leave_unplaced.setChecked(True)
    assert panel.options()["leave_unplaced"] is True


def test_solve_panel_buttons_are_the_window_actions_and_warm_start_needs_a_timetable(qtbot):
    panel = SolvePanel()
    qtbot.addWidget(panel)
    start, stop = QAction("Solve"), QAction("Stop")
    panel.set_actions(start, stop)
    assert panel.start_button.defaultAction() is start
    assert panel.stop_button.defaultAction() is stop
    panel.set_has_solution(False)
    assert not panel.warm_start.isEnabled() and not panel.use_warm_start()
    panel.set_has_solution(True)
    panel.warm_start.setChecked(True)
    assert panel.use_warm_start()


def test_solve_panel_shows_live_progress(qtbot):
    panel = SolvePanel()
    qtbot.addWidget(panel)
    panel.show_run_started(warm=False)
    assert not panel.time_limit.isEnabled()
    panel.show_progress({"phase": "evolve", "elapsed": 2.5, "generation": 1200, "evals_per_s": 45000.0,
                         "fraction": 0.25, "hard": 2, "soft": 340,
                         "breakdown": {"room_clash": 2, "room_capacity": 340}})
    panel.show_progress({"phase": "evolve", "elapsed": 3.0, "generation": 1500, "fraction": 0.5,
                         "hard": 0, "soft": 300, "breakdown": {"room_capacity": 300}})
    assert panel.figures["generation"].text() == "1,500"
    assert panel.figures["evals_per_s"].text() == "45,000"
    assert panel.figures["phase"].text() == "Improving"
    assert (panel.figures["hard"].text(), panel.figures["soft"].text()) == ("0", "300")
    assert panel.progress_bar.value() == PROGRESS_STEPS // 2
    assert panel.plot.point_count == 2
    panel.plot.flush()
    assert list(panel.plot.soft_curve.getData()[1]) == [340, 300]
    assert list(panel.plot.hard_curve.getData()[1]) == [2, 0]
    assert panel.breakdown_model.value("room_capacity") == 300
    assert panel.breakdown_model.value("room_clash") == 0
    panel.show_run_failed("The solver process was killed (SIGKILL); no timetable was kept.")
    assert panel.time_limit.isEnabled()
    assert "killed" in panel.status.text()


def runs_document(*runs) -> ProjectDocument:
    document = ProjectDocument(Project(problem=small_problem()))
    for record in runs:
        document.push(RunsStateCommand(document, "Solve", with_new_run(document.project, record)))
    return document


def test_runs_panel_uses_duplicates_deletes_and_compares(qtbot):
    first = make_run("a", "Run 1", soft=10, slots=(0, 1))
    second = make_run("b", "Run 2", soft=8, slots=(0, 3))
    document = runs_document(first, second)
    panel = RunsPanel(document)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 2
    assert not panel.use_button.isEnabled() and not panel.compare_button.isEnabled()

    panel.select_run("a")
    assert panel.use_button.isEnabled() and not panel.compare_button.isEnabled()
    panel.use_button.click()
    assert document.project.active_run == "a" and document.solution == first.solution

    panel.select_run("b", extend=True)
    assert panel.compare_button.isEnabled() and not panel.use_button.isEnabled()
    dialog = panel.compare_selected()
    qtbot.addWidget(dialog)
    assert "1 of 2 sessions" in dialog.summary.text()

    panel.select_run("b")
    with qtbot.waitSignal(panel.starting_point_chosen, timeout=1000):
        panel.duplicate_button.click()
    assert [r.name for r in document.project.runs] == ["Run 1", "Run 2", "Run 2 (copy)"]
    assert panel.selected_runs()[0].name == "Run 2 (copy)"
    panel.delete_button.click()
    assert [r.name for r in document.project.runs] == ["Run 1", "Run 2"]
    assert panel.model.rowCount() == 2

    document.undo_stack.undo()
    assert panel.model.rowCount() == 3, "the panel follows undo"


def test_plot_extends_a_flat_stretch_instead_of_adding_points(qtbot):
    from scheduler_gui.solving.progress_plot import ProgressPlot

    plot = ProgressPlot()
    qtbot.addWidget(plot)
    for elapsed, soft in ((0.0, 50), (1.0, 40), (2.0, 40), (3.0, 40), (4.0, 30)):
        plot.add_point(elapsed, 0, soft)
    def drawn() -> int:
        values = plot.soft_curve.getData()[1]
        return 0 if values is None else len(values)

    assert drawn() == 0, "drawn a moment later, not at once"
    qtbot.waitUntil(lambda: drawn() == 4, timeout=2000)
    times, softs = plot.soft_curve.getData()
    assert list(times) == [0.0, 1.0, 3.0, 4.0]
    assert list(softs) == [50, 40, 40, 30]


def test_solve_panel_keeps_time_limit_effort_and_cores_for_the_next_session(qtbot, isolated_settings):
    first = SolvePanel()
    qtbot.addWidget(first)
    first.remember_choices()
    assert first.time_limit.value() == 60 and first.effort.currentData() == "balanced"
    first.time_limit.setValue(300)
    first.effort.setCurrentIndex(first.effort.findData("thorough"))
    first.cores.setValue(first.cores.maximum())
    assert not first.leave_unplaced.isChecked()
    first.leave_unplaced.setChecked(True)
    again = SolvePanel()
    qtbot.addWidget(again)
    assert again.time_limit.value() == 60, "a panel that does not remember starts from the defaults"
    again.remember_choices()
    assert again.time_limit.value() == 300
    assert again.effort.currentData() == "thorough"
    assert again.cores.value() == first.cores.maximum()
    assert again.leave_unplaced.isChecked()


def test_solve_panel_ignores_remembered_values_it_cannot_take(qtbot, isolated_settings):
    from scheduler_gui.settings import set_setting

    set_setting("solve/effort", "extreme")
    set_setting("solve/time_limit_seconds", 10**9)
    set_setting("solve/cores", 10**6)
    panel = SolvePanel()
    qtbot.addWidget(panel)
    panel.remember_choices()
    assert panel.effort.currentData() == "balanced"
    assert panel.time_limit.value() == panel.time_limit.maximum()
    assert panel.cores.value() == panel.cores.maximum()
