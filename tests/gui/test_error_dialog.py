"""Error presentation: every input problem listed, no raw traceback as the message."""

from __future__ import annotations

import sys

import pytest

from schedule_engine.errors import Diagnostic, InvalidInputError
from scheduler_gui import error_dialog
from scheduler_gui.error_dialog import ErrorDialog, summary_of


def test_invalid_input_lists_every_diagnostic(qtbot) -> None:
    error = InvalidInputError([
        Diagnostic("error", "capacity must be a whole number", "room R1", "Capacity", "rooms.csv, row 2"),
        Diagnostic("error", "the ID is empty", "room", "ID", "rooms.csv, row 5"),
    ])
    dialog = ErrorDialog("Import failed", error)
    qtbot.addWidget(dialog)
    table = dialog.diagnostics_table
    assert table is not None and table.rowCount() == 2
    assert [table.item(1, c).text() for c in range(5)] == [
        "Error", "rooms.csv, row 5", "room", "ID", "the ID is empty"]
    assert dialog.summary == "The data could not be used: 2 problems found."


def test_a_single_problem_is_the_message_itself() -> None:
    error = InvalidInputError([Diagnostic("error", "not a project file", location="a.sched")])
    assert summary_of(error) == "not a project file (a.sched)"


def test_an_unexpected_error_has_a_short_message_and_the_traceback_in_details(qtbot) -> None:
    try:
        {}["missing"]
    except KeyError as caught:
        error = caught
    dialog = ErrorDialog("Unexpected error", error)
    qtbot.addWidget(dialog)
    assert "Traceback" not in dialog.summary
    assert "KeyError" in dialog.summary
    assert not dialog.details.isVisibleTo(dialog)
    dialog.details_button.setChecked(True)
    assert dialog.details.isVisibleTo(dialog)
    assert "Traceback (most recent call last)" in dialog.details.toPlainText()


def test_excepthook_routes_uncaught_exceptions_to_show_error(monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    shown = []
    monkeypatch.setattr(error_dialog, "show_error", lambda parent, title, error: shown.append(error))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    error_dialog.install_excepthook()
    error = RuntimeError("boom")
    sys.excepthook(RuntimeError, error, None)
    assert shown == [error]


def test_show_error_opens_a_modal_dialog(monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    opened = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: opened.append(self.summary) or 0)
    error_dialog.show_error(None, "Could not open x.sched", FileNotFoundError(2, "No such file", "x.sched"))
    assert opened == ["The file was not found: x.sched"]
