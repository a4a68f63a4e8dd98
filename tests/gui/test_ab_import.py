"""The campus import's choice of how to read fractional weekly hours."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

import schedule_engine
from scheduler_gui import import_data
from scheduler_gui.fractional_hours_dialog import FORTNIGHTLY, ROUND_UP, FractionalHoursDialog
from scheduler_gui.main_window import MainWindow
from shell_fixtures import isolated_settings, main_window, shown_errors, small_problem  # noqa: F401


def test_dialog_defaults_to_fortnightly_and_reports_the_choice(qtbot):
    dialog = FractionalHoursDialog()
    qtbot.addWidget(dialog)
    assert dialog.reading() == FORTNIGHTLY
    dialog.buttons[ROUND_UP].setChecked(True)
    assert dialog.reading() == ROUND_UP
    assert FractionalHoursDialog(reading=ROUND_UP).reading() == ROUND_UP


def test_cancelling_the_question_imports_nothing(main_window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    before = main_window.document.project
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    asked = []
    main_window.importer.ask_reading = lambda parent: asked.append(parent) or None
    assert not main_window.importer.import_campus_folder()
    assert asked == [main_window.importer.window]
    assert main_window.document.project is before


def test_the_choice_reaches_the_reader(monkeypatch, tmp_path: Path) -> None:
    seen = []

    def fake_load_any(path, *, fractional_hours: str = "fortnightly"):
        seen.append((path, fractional_hours))
        return "problem", None, []

    monkeypatch.setattr(schedule_engine, "load_any", fake_load_any)
    assert import_data.load_input(tmp_path, ROUND_UP) == ("problem", None, [])
    assert import_data.load_input(tmp_path, FORTNIGHTLY)[0] == "problem"
    assert seen == [(tmp_path, ROUND_UP), (tmp_path, FORTNIGHTLY)]


@pytest.mark.parametrize("reading, two_weeks", [(FORTNIGHTLY, True), (ROUND_UP, False)])
def test_campus_import_reads_fractional_hours_as_chosen(main_window: MainWindow, datasets_dir: Path,
                                                       monkeypatch, reading, two_weeks) -> None:
    from scheduler_gui import error_dialog

    monkeypatch.setattr(error_dialog, "show_warnings", lambda *a: None)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(datasets_dir / "seed-campus"))
    main_window.importer.ask_reading = lambda parent: reading
    assert main_window.importer.import_campus_folder()
    problem = main_window.document.problem
    fortnightly = [c.id for c in problem.courses for comp in c.components if comp.fortnightly]
    assert (problem.time_grid.week_names == ("A", "B")) is two_weeks
    assert bool(fortnightly) is two_weeks
