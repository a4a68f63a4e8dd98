"""Moves, swaps and pins as undo steps; pins through save/open and a warm-started
solver; data edits that keep the valid sessions and tray the rest."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timetable_fixtures import (  # noqa: E402,F401
    G1_LEC0, G1A_LAB, G1B_LAB, G2_LEC0, G2_LEC1, G2_MATHS, TUESDAY_P1, document, widget,
)

from schedule_engine.project_store import load_project, save_project  # noqa: E402
from scheduler_gui.timetable.commands import MoveSessionCommand, PinCommand  # noqa: E402
from scheduler_gui.timetable.tray import INVALID_ROLE, SESSION_ID_ROLE  # noqa: E402


def _slots(document):
    return {a.session_id: a.slot for a in document.solution.assignments}


def test_swap_offered_on_a_card_is_one_undo_step(monkeypatch, widget, document):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    before = _slots(document)
    assert widget.grid_view.offer_swap(G2_MATHS, G2_LEC1)
    assert "C3 lecture" in asked[0] and "C1 lecture" in asked[0]
    after = _slots(document)
    assert (after[G2_MATHS], after[G2_LEC1]) == (before[G2_LEC1], before[G2_MATHS])
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText().startswith("Swap C3 lecture and C1 lecture")
    document.undo_stack.undo()
    assert _slots(document) == before
    document.undo_stack.redo()
    assert _slots(document) == after


def test_declined_swap_changes_nothing(monkeypatch, widget, document):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    before = document.solution
    assert not widget.grid_view.offer_swap(G2_MATHS, G2_LEC1)
    assert document.solution == before and document.undo_stack.count() == 0


def test_moves_undo_and_redo_in_order(widget, document):
    original = _slots(document)
    assert widget.grid_model.move_session(G2_MATHS, TUESDAY_P1)
    assert widget.grid_model.move_session(G2_MATHS, 7)
    assert document.undo_stack.count() == 2
    assert document.undo_stack.undoText() == "Move C3 lecture to Tuesday 11:30"
    document.undo_stack.undo()
    assert _slots(document)[G2_MATHS] == TUESDAY_P1
    document.undo_stack.undo()
    assert _slots(document) == original
    assert document.modified is False
    document.undo_stack.redo()
    document.undo_stack.redo()
    assert _slots(document)[G2_MATHS] == 7 and document.modified


def test_pins_from_the_context_menu_actions(widget, document):
    view = widget.grid_view
    view.pin([G2_MATHS], time=True)
    a = document.solution.by_session()[G2_MATHS]
    assert a.pin_time and not a.pin_room
    card = next(c for c in widget.grid_model.cards() if c.entry.session_id == G2_MATHS)
    assert card.entry.pin_time and "Pinned: time" in view.card_tooltip(card)
    view.pin(widget.grid_model.visible_session_ids(), time=True, room=True)
    assert all(a.pin_time and a.pin_room for a in document.solution.assignments
               if a.session_id in widget.grid_model.visible_session_ids())
    assert not document.solution.by_session()[G1A_LAB].pin_time  # not in G2's view
    document.undo_stack.undo()
    assert not document.solution.by_session()[G2_LEC0].pin_time
    assert document.undo_stack.count() == 2


def test_pins_survive_save_and_open(tmp_path, widget, document):
    document.push(MoveSessionCommand(document, G2_MATHS, TUESDAY_P1, base=widget.current_solution()))
    document.push(PinCommand(document, [G1_LEC0], room=True, base=widget.current_solution()))
    path = tmp_path / "pins.sched"
    save_project(path, document.project)
    loaded = load_project(path).solution.by_session()
    assert (loaded[G2_MATHS].slot, loaded[G2_MATHS].pin_time, loaded[G2_MATHS].pin_room) == (TUESDAY_P1, True, True)
    assert (loaded[G1_LEC0].pin_time, loaded[G1_LEC0].pin_room) == (False, True)


def test_reoptimise_emits_the_request_and_the_solver_keeps_the_pins(qtbot, widget, document):
    solver = pytest.importorskip("schedule_engine.solver.api")
    widget.grid_model.move_session(G2_MATHS, 7)  # pinned at Tuesday 11:30
    with qtbot.waitSignal(widget.reoptimise_requested, timeout=1000):
        widget.reoptimise_button.click()
    initial = widget.current_solution()
    assert initial.by_session()[G2_MATHS].pin_time
    pinned = initial.by_session()[G2_MATHS]
    assert (pinned.slot, pinned.room) == (7, "R2")  # Hall 1 is taken then; Lab A is the best room left
    result = solver.solve(document.problem, solver.SolveOptions(time_limit=1, effort="quick", seed=7),
                          initial=initial)
    assert result.solution.by_session()[G2_MATHS] == pinned


def test_data_edits_keep_valid_sessions_and_tray_the_rest(widget, document):
    problem = document.problem
    edited = replace(problem, instructors=tuple(
        replace(i, unavailable={1}) if i.id == "I3" else i for i in problem.instructors))
    document.set_problem(edited)  # Mr. Thapa can no longer teach on Monday 10:00
    tray = widget.tray_model
    assert [tray.index(r).data(SESSION_ID_ROLE) for r in range(tray.rowCount())] == [G2_MATHS]
    assert tray.index(0).data(INVALID_ROLE) is True
    assert tray.index(0).data().startswith("⚠")
    assert G2_MATHS not in widget.grid_model.visible_session_ids()
    assert G2_LEC0 in widget.grid_model.visible_session_ids()
    assert "1 no longer fit" in widget.tray_label.text()
    assert document.solution.by_session()[G2_MATHS].slot == 1  # the document keeps it
    assert widget.grid_model.move_session(G2_MATHS, TUESDAY_P1)  # placed again from the tray
    assert tray.rowCount() == 0
    document.set_problem(problem)
    assert G2_MATHS in widget.grid_model.visible_session_ids()


def test_a_solver_preview_is_shown_until_the_document_changes(widget, document):
    preview = replace(document.solution, assignments=tuple(
        replace(a, slot=TUESDAY_P1) if a.session_id == G2_MATHS else a for a in document.solution.assignments))
    widget.show_solution(preview)
    assert widget.state.is_preview and "solver in progress" in widget.score_label.text()
    assert "C3 lecture" in widget.grid_model.index(0, 1).data()
    document.set_solution(document.solution)
    assert not widget.state.is_preview
    assert widget.grid_model.index(0, 1).data() == ""


def test_a_hidden_view_catches_up_when_shown_or_read(qtbot, widget, document):
    widget.hide()
    changes = []
    widget.state.changed.connect(lambda: changes.append(1))
    document.set_solution(document.solution)  # a change while hidden: nothing recomputed
    assert changes == []
    widget.show()
    qtbot.waitExposed(widget)
    assert changes == [1]
    widget.hide()
    widget.show_solution(None)
    assert widget.current_solution() is not None and changes == [1, 1]
