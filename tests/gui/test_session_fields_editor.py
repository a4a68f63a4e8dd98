"""The components table's "Needs a room", "Needs an instructor" and "Co-teachers"
columns: each edit one undo step that reaches the derived sessions; an unknown
co-teacher is refused at the cell, naming the id."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from test_editors_data import document  # noqa: F401  (fixture)

from schedule_engine import edits
from schedule_engine.errors import InvalidInputError
from schedule_engine.sessions import derive_sessions
from scheduler_gui.editors.course_model import ComponentTableModel

PRACTICAL = 1  # row of the practical in ENCT 101 (lecture, practical)


def _col(model, key: str) -> int:
    col = model.column_of_key(key)
    assert col >= 0, key
    return col


def _sessions(problem, course_id: str, session_type: str):
    found = [s for s in derive_sessions(problem) if s.course_id == course_id and s.session_type == session_type]
    assert found
    return found


@pytest.fixture
def components(qtmodeltester, document):  # noqa: F811
    model = ComponentTableModel(document)
    model.set_parent_id("ENCT 101")
    qtmodeltester.check(model)
    return model


def test_the_three_columns_have_their_headers(components):
    headers = [components.headerData(c, Qt.Orientation.Horizontal) for c in range(components.columnCount())]
    assert headers[-3:] == ["Needs a room", "Needs an instructor", "Co-teachers"]
    index = components.index(PRACTICAL, _col(components, "needs_room"))
    assert components.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_unticking_needs_a_room_makes_the_sessions_roomless_and_undo_restores(components, document):  # noqa: F811
    assert all(s.needs_room for s in _sessions(document.problem, "ENCT 101", "practical"))
    index = components.index(PRACTICAL, _col(components, "needs_room"))
    assert components.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Edit course ENCT 101, component practical: needs a room"
    assert not any(s.needs_room for s in _sessions(document.problem, "ENCT 101", "practical"))
    assert all(s.needs_room for s in _sessions(document.problem, "ENCT 101", "lecture"))
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    document.undo_stack.undo()
    assert all(s.needs_room for s in _sessions(document.problem, "ENCT 101", "practical"))
    assert components.index(PRACTICAL, index.column()).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    document.undo_stack.redo()
    assert document.problem.course("ENCT 101").component("practical").needs_room is False


def test_needs_an_instructor_accepts_pasted_text(components, document):  # noqa: F811
    col = _col(components, "needs_instructor")
    assert components.paste_block(PRACTICAL, col, [["no"]]) == []
    assert not any(s.needs_instructor for s in _sessions(document.problem, "ENCT 101", "practical"))
    assert document.undo_stack.count() == 1
    assert components.paste_block(PRACTICAL, col, [["perhaps"]])  # refused, nothing changes
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert all(s.needs_instructor for s in _sessions(document.problem, "ENCT 101", "practical"))


def test_co_teachers_are_set_and_reach_the_sessions(components, document):  # noqa: F811
    index = components.index(PRACTICAL, _col(components, "co_instructors"))
    assert components.setData(index, "I1", Qt.ItemDataRole.EditRole)
    assert document.problem.course("ENCT 101").component("practical").co_instructors == ("I1",)
    assert all(s.co_instructors == ("I1",) for s in _sessions(document.problem, "ENCT 101", "practical"))
    assert index.data(Qt.ItemDataRole.DisplayRole) == "I1"
    assert index.data(Qt.ItemDataRole.EditRole) == ["I1"]
    assert components.setData(index, ["I1", "I2"], Qt.ItemDataRole.EditRole)  # from the multi editor
    assert components.index(PRACTICAL, index.column()).data(Qt.ItemDataRole.DisplayRole) == "I1, I2"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.problem.course("ENCT 101").component("practical").co_instructors == ()


def test_an_unknown_co_teacher_is_refused_at_the_cell(qtbot, components, document):  # noqa: F811
    before = document.problem
    index = components.index(PRACTICAL, _col(components, "co_instructors"))
    with qtbot.waitSignal(components.edit_rejected, timeout=1000) as rejected:
        assert not components.setData(index, "I1, GHOST", Qt.ItemDataRole.EditRole)
    message = rejected.args[0]
    assert "Co-teachers" in message and "'GHOST'" in message and "'I1'" not in message
    assert message.startswith("Course ENCT 101, component practical")
    assert document.problem is before and document.undo_stack.count() == 0
    errors = components.paste_block(PRACTICAL, index.column(), [["NOBODY"]])
    assert len(errors) == 1 and "'NOBODY'" in errors[0]
    assert document.problem is before


def test_a_stale_co_teacher_already_listed_may_stay(components, document):  # noqa: F811
    course = document.problem.course("ENCT 101")
    practical = replace(course.component("practical"), co_instructors=("GONE",))
    stale = replace(course, components=(course.components[0], practical))
    problem = replace(document.problem, courses=(stale,) + document.problem.courses[1:])
    document.set_problem(problem)
    index = components.index(PRACTICAL, _col(components, "co_instructors"))
    assert components.setData(index, "GONE, I1", Qt.ItemDataRole.EditRole)
    assert document.problem.course("ENCT 101").component("practical").co_instructors == ("GONE", "I1")


def test_the_engine_refuses_an_unknown_co_teacher_in_an_edit(document):  # noqa: F811
    course = document.problem.course("ENCT 101")
    practical = replace(course.component("practical"), co_instructors=("GHOST",))
    with pytest.raises(InvalidInputError) as caught:
        edits.replace_entity(document.problem, "course", "ENCT 101",
                             replace(course, components=(course.components[0], practical)))
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.field == "practical.co_instructors" and "'GHOST'" in diagnostic.message
