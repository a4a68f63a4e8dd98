"""The Solve panel says "Preparing the solver" while the kernels compile in
the background at the window's start, and says what it said before once done."""

from __future__ import annotations

from schedule_engine.solver import warmup
from scheduler_gui.solving.preparation import SolverPreparation, prepare_solver
from scheduler_gui.solving.solve_panel import SolvePanel


class FakeProcess:
    def __init__(self):
        self.alive = True

    def is_alive(self) -> bool:
        return self.alive


def test_panel_shows_the_preparation_until_the_process_ends(qtbot):
    panel = SolvePanel()
    qtbot.addWidget(panel)
    panel.status.setText("The timetable on screen: 0 hard, soft penalty 38.")
    process = FakeProcess()
    preparation = prepare_solver(panel, start=lambda: process, poll_ms=10)
    assert preparation.preparing
    assert panel.status.text() == SolvePanel.PREPARING
    with qtbot.waitSignal(preparation.finished, timeout=2000):
        process.alive = False
    assert not preparation.preparing
    assert panel.status.text() == "The timetable on screen: 0 hard, soft penalty 38."


def test_a_run_started_meanwhile_keeps_its_status(qtbot):
    panel = SolvePanel()
    qtbot.addWidget(panel)
    process = FakeProcess()
    preparation = prepare_solver(panel, start=lambda: process, poll_ms=10)
    panel.show_run_started(False)
    with qtbot.waitSignal(preparation.finished, timeout=2000):
        process.alive = False
    assert panel.status.text() == "Starting the solver…"


def test_nothing_to_prepare_when_the_kernels_are_precompiled(qtbot, monkeypatch):
    panel = SolvePanel()
    qtbot.addWidget(panel)
    monkeypatch.setattr(warmup, "kernels_precompiled", lambda: True)
    assert warmup.warm_up_in_background() is None
    preparation = prepare_solver(panel, start=warmup.warm_up_in_background)
    assert not preparation.preparing and panel.status.text() == "Ready."
    assert isinstance(preparation, SolverPreparation)
