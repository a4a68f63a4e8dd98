"""The week grid's model: its cells, drag and drop through mimeData/dropMimeData,
refused drops with reasons, and the drag colouring against full re-scoring."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, Qt

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timetable_fixtures import (  # noqa: E402,F401
    G1_LEC0, G1A_LAB, G1B_LAB, G2_LEC0, G2_MATHS, MONDAY_P1, TUESDAY_P1, document, full_score, widget,
)

from schedule_engine.compiled import compile_problem  # noqa: E402
from schedule_engine.io.engine_json import load_document  # noqa: E402
from schedule_engine.project_store import Project  # noqa: E402
from schedule_engine.solver.construct import construct  # noqa: E402
from schedule_engine.solver.domains import build_domains  # noqa: E402
from schedule_engine.timetable_edits import move_session  # noqa: E402
from scheduler_gui.document import ProjectDocument  # noqa: E402
from scheduler_gui.timetable import TimetableWidget  # noqa: E402
from scheduler_gui.timetable.grid_model import ENTRIES_ROLE, SESSION_MIME_TYPE, assign_lanes  # noqa: E402

MOVE = Qt.DropAction.MoveAction


def test_models_pass_the_model_tester(qtmodeltester, widget):
    qtmodeltester.check(widget.grid_model)
    qtmodeltester.check(widget.tray_model)
    qtmodeltester.check(widget.violations.model)
    qtmodeltester.check(widget.overview.model)


def test_cells_hold_the_entity_sessions_and_parallel_subgroups_get_lanes(widget):
    model = widget.grid_model
    assert (model.rowCount(), model.columnCount()) == (4, 2)
    assert "C3 lecture" in model.index(1, 0).data()  # G2's maths, Monday 10:00
    widget.show_entity("group", "G1")
    lab_a = model.index(0, 0).data(ENTRIES_ROLE)  # G1A's 2-period lab, Monday 09:00-11:00
    assert [e.session_id for e in lab_a] == [G1A_LAB]
    assert [e.session_id for e in model.index(1, 0).data(ENTRIES_ROLE)] == [G1A_LAB]
    assert [(e.session_id, lane, n) for e, lane, n in assign_lanes(lab_a)] == [(G1A_LAB, 0, 1)]
    both = [replace(lab_a[0], day=0), replace(model.index(0, 1).data(ENTRIES_ROLE)[0], day=0)]
    assert sorted((lane, n) for _e, lane, n in assign_lanes(both)) == [(0, 2), (1, 2)]


def test_mime_data_and_drop_move_the_session_as_one_undo_step(widget, document):
    model = widget.grid_model
    mime = model.mimeData([model.index(1, 0)])
    assert mime.hasFormat(SESSION_MIME_TYPE)
    assert bytes(mime.data(SESSION_MIME_TYPE).data()).decode() == G2_MATHS
    assert model.supportedDropActions() == MOVE
    assert model.dropMimeData(mime, MOVE, -1, -1, model.index(0, 1))  # Tuesday 09:00
    moved = document.solution.by_session()[G2_MATHS]
    assert (moved.slot, moved.room, moved.pin_time, moved.pin_room) == (TUESDAY_P1, "R1", True, True)
    assert document.undo_stack.count() == 1
    assert "C3 lecture" in model.index(0, 1).data() and model.index(1, 0).data() == ""
    document.undo_stack.undo()
    assert document.solution.by_session()[G2_MATHS].slot == 1
    assert not document.solution.by_session()[G2_MATHS].pin_time
    document.undo_stack.redo()
    assert document.solution.by_session()[G2_MATHS].slot == TUESDAY_P1


def test_illegal_drop_is_refused_with_the_reasons(qtbot, widget, document):
    model = widget.grid_model
    before = document.solution
    mime = model.mimeData([model.index(1, 0)])
    with qtbot.waitSignal(model.drop_refused, timeout=2000) as refused:
        assert not model.dropMimeData(mime, MOVE, -1, -1, model.index(0, 0))  # G2's lecture is there
    reason = refused.args[0]
    assert "not allowed" in reason and "G2" in reason
    assert document.solution == before and document.undo_stack.count() == 0
    assert "Not moved" in widget.info.text()
    assert not model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(0, 1))
    assert not model.canDropMimeData(mime, MOVE, -1, -1, QModelIndex())


def test_a_room_chosen_for_a_drop_must_be_legal(widget, document):
    model = widget.grid_model
    assert model.move_session(G2_MATHS, TUESDAY_P1, "R3")  # legal, though too small
    assert document.solution.by_session()[G2_MATHS].room == "R3"
    assert not model.move_session(G2_LEC0, TUESDAY_P1, "R3")  # R3 is taken now
    assert "not allowed" in model.last_refusal or "not a legal room" in model.last_refusal


def _check_colouring(widget, session_id):
    state = widget.state
    options = widget.inspector.start(session_id)
    problem, solution, cp = state.problem, state.solution, state.compiled
    before = full_score(problem, solution, cp)
    unplaced = replace(solution, assignments=tuple(
        replace(a, slot=None) if a.session_id == session_id else a for a in solution.assignments))
    hard_unplaced = full_score(problem, unplaced, cp)[0]
    legal_soft = options.soft_delta[options.legal]
    for t in range(cp.n_slots):
        info = widget.inspector.slot_info(t)
        moved = move_session(problem, solution, session_id, t, info.room_id, pin=False,
                             inspector=state.inspector)
        after = full_score(problem, moved, cp)
        assert (info.hard_delta, info.soft_delta) == (after[0] - before[0], after[1] - before[1])
        assert info.legal == (after[0] - hard_unplaced + 1 == 0)
        if info.legal and len(legal_soft) and info.soft_delta == legal_soft.min():
            assert info.goodness == 1.0


def test_drag_colours_equal_full_rescoring_of_each_move(widget):
    for session_id in (G2_MATHS, G1_LEC0, G1A_LAB):
        _check_colouring(widget, session_id)


def test_drag_colours_on_the_demo_institution(qtbot, repo_root):
    problem, _ = load_document(repo_root / "resources" / "demo" / "demo_institution.json")
    cp = compile_problem(problem)
    pin_slot, pin_room = cp.pins(None)
    scorer = construct(cp, build_domains(cp, pin_slot, pin_room), np.random.default_rng(3),
                       pin_slot=pin_slot, pin_room=pin_room)
    w = TimetableWidget(ProjectDocument(Project(problem, cp.decode(*scorer.arrays()))))
    qtbot.addWidget(w)
    rng = np.random.default_rng(5)
    for s in rng.choice(cp.n_sessions, size=3, replace=False):
        _check_colouring(w, cp.sessions[int(s)].id)


def test_drag_words_name_the_broken_constraint_and_the_soft_changes(widget):
    widget.inspector.start(G2_MATHS)
    words = widget.inspector.describe(MONDAY_P1)
    assert "not allowed" in words and "G2" in words
    assert widget.inspector.describe(TUESDAY_P1).startswith("Tuesday 09:00 in Hall 1: legal")
    widget.grid_view.set_hover_slot(MONDAY_P1)
    assert widget.info.text() == words
    widget.grid_view.set_hover_slot(None)
    widget.inspector.stop()
    assert not widget.inspector.active


@pytest.mark.parametrize("kind, entity, session", [("instructor", "I3", G2_MATHS), ("room", "R2", G1A_LAB)])
def test_instructor_and_room_views(widget, kind, entity, session):
    widget.show_entity(kind, entity)
    assert widget.grid_model.kind == kind
    assert session in widget.grid_model.visible_session_ids()
    assert widget.selector.current_id() == entity


def test_hover_names_the_constraints_at_once_and_words_them_when_resting(qtbot, widget):
    widget.inspector.start(G2_MATHS)
    widget.grid_view.set_hover_slot(MONDAY_P1)
    assert "Student group clash" in widget.info.text()  # the constraint's name, instantly
    qtbot.waitUntil(lambda: "G2" in widget.info.text() and "Student group clash" not in widget.info.text(),
                    timeout=3000)
    assert widget.inspector.has_words(MONDAY_P1)


def test_a_refused_drop_leaves_no_colouring_behind(widget):
    model = widget.grid_model
    assert not model.move_session(G2_MATHS, MONDAY_P1)
    assert not widget.inspector.active
    widget.inspector.start(G1_LEC0)
    assert not model.move_session(G2_MATHS, MONDAY_P1)
    assert widget.inspector.session_id == G1_LEC0
