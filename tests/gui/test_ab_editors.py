"""The A/B fields of the editors: the time grid's two-week cycle with its week
names, and a course component's "Fortnightly" check box; each edit one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from test_editors_data import document  # noqa: F401  (fixture)

from scheduler_gui.editors.course_model import ComponentTableModel
from scheduler_gui.editors.week_cycle import WeekCycleEditor, with_week_names


def _col(model, key: str) -> int:
    col = model.column_of_key(key)
    assert col >= 0, key
    return col


@pytest.fixture
def editor(qtbot, document):  # noqa: F811
    w = WeekCycleEditor(document)
    qtbot.addWidget(w)
    return w


def test_two_week_cycle_on_off_and_undo(editor, document):  # noqa: F811
    assert document.problem.time_grid.week_names == ()
    assert not editor.two_weeks.isChecked() and not editor.names[0].isEnabled()
    assert [e.text() for e in editor.names] == ["A", "B"]
    editor.two_weeks.setChecked(True)
    assert document.problem.time_grid.week_names == ("A", "B")
    assert document.undo_stack.count() == 1 and document.undo_stack.undoText() == "Two-week cycle on"
    assert editor.names[1].isEnabled()
    document.undo_stack.undo()
    assert document.problem.time_grid.week_names == ()
    assert not editor.two_weeks.isChecked()
    document.undo_stack.redo()
    assert editor.two_weeks.isChecked()
    editor.two_weeks.setChecked(False)
    assert document.problem.time_grid.week_names == () and document.undo_stack.count() == 2


def test_week_names_are_editable_and_checked(qtbot, editor, document):  # noqa: F811
    editor.two_weeks.setChecked(True)
    editor.names[0].setText("Odd")
    editor.names[1].setText("Even")
    editor.names[1].editingFinished.emit()
    assert document.problem.time_grid.week_names == ("Odd", "Even")
    assert document.undo_stack.undoText() == "Rename the weeks"
    editor.names[1].setText("Odd")
    with qtbot.waitSignal(editor.message, timeout=2000) as refused:
        editor.names[1].editingFinished.emit()
    assert refused.args == ["The two weeks need different names."]
    assert document.problem.time_grid.week_names == ("Odd", "Even")
    assert editor.names[1].text() == "Even"  # the field shows the data again
    document.undo_stack.undo()
    assert document.problem.time_grid.week_names == ("A", "B")


def test_with_week_names_refuses_an_empty_name(document):  # noqa: F811
    with pytest.raises(ValueError, match="a name for each week"):
        with_week_names(document.problem, ("A", " "))
    assert with_week_names(document.problem, (" X ", "Y")).time_grid.week_names == ("X", "Y")


def test_fortnightly_check_box_of_a_component_is_one_undo_step(document):  # noqa: F811
    components = ComponentTableModel(document)
    components.set_parent_id("ENCT 101")
    index = components.index(1, _col(components, "fortnightly"))
    assert index.data(Qt.ItemDataRole.EditRole) is False
    assert components.headerData(index.column(), Qt.Orientation.Horizontal) == "Fortnightly"
    assert components.setData(index, True, Qt.ItemDataRole.EditRole)
    assert document.problem.course("ENCT 101").component("practical").fortnightly is True
    assert index.data(Qt.ItemDataRole.EditRole) is True
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.problem.course("ENCT 101").component("practical").fortnightly is False
    document.undo_stack.redo()
    assert document.problem.course("ENCT 101").component("practical").fortnightly is True
