"""Editing details: a number the editors cannot take is refused with a message
(never silently changed), and a paste without a chosen cell adds rows at the
end instead of overwriting the first row."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSpinBox, QStyleOptionViewItem

from test_editors_data import document  # noqa: F401  (fixture)


@pytest.fixture()
def editors(qtbot, document):  # noqa: F811
    from scheduler_gui.editors import DataEditors

    widget = DataEditors(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def test_typing_a_negative_capacity_is_refused_with_a_message(editors, document, qtbot):  # noqa: F811
    section = editors.sections["room"]
    index = section.proxy.index(0, section.model.column_of_key("capacity"))
    delegate = section.view.itemDelegate()
    editor = delegate.createEditor(section.view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QSpinBox)
    delegate.setEditorData(editor, index)
    editor.lineEdit().setText("-5")
    with qtbot.waitSignal(section.model.edit_rejected, timeout=1000) as rejected:
        delegate.setModelData(editor, section.proxy, index)
    assert document.problem.room("R1").capacity == 60
    assert document.undo_stack.count() == 0
    assert "-5 is too small: the lowest allowed is 1" in rejected.args[0]
    assert "Capacity" in rejected.args[0]
    assert "-5 is too small" in section.message_label.text()
    editor.deleteLater()


def test_a_paste_without_a_chosen_cell_adds_rows_at_the_end(editors, document):  # noqa: F811
    section = editors.sections["room"]
    assert section.view.currentIndex().isValid()  # the cursor sits on the first row
    assert not section.view.selectionModel().selectedIndexes()
    rooms_before = document.problem.rooms
    QGuiApplication.clipboard().setText("P1\tPasted one\t12\nP2\tPasted two\t14\n")
    section.paste()
    rooms = document.problem.rooms
    assert rooms[:len(rooms_before)] == rooms_before
    assert [(r.id, r.name, r.capacity) for r in rooms[len(rooms_before):]] == [
        ("P1", "Pasted one", 12), ("P2", "Pasted two", 14)]
    assert document.undo_stack.count() == 1


def test_rows_pasted_on_the_new_row_line_go_to_the_end_even_after_a_cell_was_chosen(
        editors, document, qtbot):  # noqa: F811
    from PySide6.QtCore import QItemSelectionModel, Qt

    assert editors.select_entity("room", "R1", "capacity")  # the rooms page is shown
    section = editors.sections["room"]
    chosen = section.proxy.index(1, section.model.column_of_key("capacity"))
    section.view.selectionModel().setCurrentIndex(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert section.view.selectionModel().selectedIndexes()
    assert section.new_row_line.isVisible()
    qtbot.mouseClick(section.new_row_line, Qt.MouseButton.LeftButton)
    assert not section.view.selectionModel().selectedIndexes()
    rooms_before = document.problem.rooms
    QGuiApplication.clipboard().setText("N1\tNew one\t9\n")
    qtbot.keyClick(section.new_row_line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rooms = document.problem.rooms
    assert rooms[:len(rooms_before)] == rooms_before  # the chosen cell was not overwritten
    assert [(r.id, r.name, r.capacity) for r in rooms[len(rooms_before):]] == [("N1", "New one", 9)]


def test_a_paste_on_a_chosen_cell_lands_in_that_cell(editors, document):  # noqa: F811
    from PySide6.QtCore import QItemSelectionModel

    section = editors.sections["room"]
    chosen = section.proxy.index(1, section.model.column_of_key("capacity"))
    section.view.selectionModel().setCurrentIndex(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    row_id = section.model.row_id(section.model.row_object(section.proxy.mapToSource(chosen).row()))
    count = len(document.problem.rooms)
    QGuiApplication.clipboard().setText("33")
    section.paste()
    assert document.problem.room(row_id).capacity == 33
    assert len(document.problem.rooms) == count and document.undo_stack.count() == 1
