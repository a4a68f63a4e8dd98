"""The editor widgets: delete with consequences, duplicate, availability painting,
copy/paste through the clipboard, filtering, select_entity and the Edit actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from test_editors_data import document  # noqa: F401  (fixture)


@pytest.fixture()
def editors(qtbot, document):
    from scheduler_gui.editors import DataEditors

    widget = DataEditors(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _select(section, rows: list[int]) -> None:
    section.select_rows(rows)


def test_deleting_a_referenced_instructor_asks_then_removes_the_reference(editors, document, monkeypatch):
    asked: list[str] = []

    def answer(button):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return button
        return question

    section = editors.sections["instructor"]
    _select(section, [1])  # I2
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    section.delete()
    assert document.problem.instructor("I2") is not None
    assert document.undo_stack.count() == 0
    assert "Course ENCT 101: instructor I2 removed from its lecture candidates" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    section.delete()
    problem = document.problem
    assert problem.instructor("I2") is None
    assert problem.course("ENCT 101").component("lecture").instructors == ("I1",)
    assert problem.course("ENCT 101").component("practical").instructors == ()
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.problem.course("ENCT 101").component("lecture").instructors == ("I1", "I2")


def test_deleting_an_unreferenced_room_does_not_ask(editors, document, monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("no question expected")

    monkeypatch.setattr(QMessageBox, "question", fail)
    section = editors.sections["room"]
    _select(section, [0, 1])
    section.delete()
    assert [r.id for r in document.problem.rooms] == ["L1"]
    assert document.undo_stack.count() == 1


def test_duplicate_makes_a_unique_id_and_selects_it(editors, document):
    section = editors.sections["room"]
    _select(section, [0])
    section.duplicate()
    section.duplicate()  # the copy is selected now: its copy gets another id
    assert [r.id for r in document.problem.rooms] == ["R1", "R2", "L1", "R1-2", "R1-3"]
    assert section.current_id() == "R1-3"
    assert document.undo_stack.count() == 2


def test_add_row_action_adds_to_the_current_tab(editors, document):
    editors.select_entity("group", "BEI1")
    by_text = {a.text().replace("&", ""): a for a in editors.actions()}
    assert set(by_text) == {"Add Row", "Duplicate Rows", "Delete Rows", "Copy Cells", "Paste Cells"}
    by_text["Add Row"].trigger()
    assert [g.id for g in document.problem.groups] == ["BCT1", "BEI1", "G3"]
    assert editors.sections["group"].current_id() == "G3"


def _mouse(widget, kind, pos, buttons=Qt.MouseButton.LeftButton):
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_a_drag_on_the_availability_grid_is_one_undo_step(editors, document, qtbot):
    editors.select_entity("instructor", "I1")
    painter = editors.availability["instructor"]
    assert painter.target == ("instructor", "I1")
    grid = painter.grid
    qtbot.waitUntil(lambda: grid.width() > 200, timeout=2000)
    painter.set_brush("undesired")
    # Tue P1 -> Tue P3 across the lunch break (period 2, not paintable)
    start, end = grid.cell_rect(1, 0).center(), grid.cell_rect(1, 3).center()
    _mouse(grid, QEvent.Type.MouseButtonPress, start)
    _mouse(grid, QEvent.Type.MouseMove, grid.cell_rect(1, 1).center())
    _mouse(grid, QEvent.Type.MouseMove, grid.cell_rect(1, 2).center())
    _mouse(grid, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    n_periods = 4
    expected = {1 * n_periods + 0, 1 * n_periods + 1, 1 * n_periods + 3}
    assert document.problem.instructor("I1").undesired == expected
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Paint availability of instructor I1"
    # painting "available" over part of it clears those slots; undo brings them back
    painter.set_brush("available")
    _mouse(grid, QEvent.Type.MouseButtonPress, start)
    _mouse(grid, QEvent.Type.MouseButtonRelease, start, Qt.MouseButton.NoButton)
    assert document.problem.instructor("I1").undesired == expected - {4}
    document.undo_stack.undo()
    assert document.problem.instructor("I1").undesired == expected


def test_preferred_brushes_only_for_instructors(editors):
    editors.select_entity("room", "R2")
    painter = editors.availability["room"]
    assert painter.target == ("room", "R2")
    assert painter.brush_buttons["preferred"].isHidden()
    editors.select_entity("instructor", "I2")
    assert not editors.availability["instructor"].brush_buttons["preferred"].isHidden()


def test_painting_closed_slots_on_the_time_grid(editors, document):
    painter = editors.availability["time_grid"]
    assert painter.paint_slots({0, 5}, "unavailable")
    assert document.problem.time_grid.unavailable == {0, 5}


def test_select_entity_selects_the_row_and_field(editors):
    assert editors.select_entity("room", "L1", "capacity")
    section = editors.sections["room"]
    assert editors.currentWidget() is editors._tabs["room"]
    assert section.current_id() == "L1"
    assert section.view.currentIndex().column() == section.model.column_of_key("capacity")
    assert section.selected_rows() == [2]
    assert editors.select_entity("group", "BCT1-B")
    assert editors.sections["group_detail"].current_id() == "BCT1-B"
    assert editors.select_entity("time_grid", "Tue")
    assert editors.sections["day"].current_id() == "Tue"
    assert editors.select_entity("settings", "room_stability")
    assert not editors.select_entity("course", "NOPE")


def test_selecting_a_group_shows_its_subgroups(editors):
    editors.select_entity("group", "BEI1")
    assert editors.sections["group_detail"].model.rowCount() == 0
    editors.select_entity("group", "BCT1")
    assert editors.sections["group_detail"].model.rowCount() == 2


def test_filter_box_filters_across_columns(editors):
    section = editors.sections["room"]
    section.search.setText("practical")
    assert section.proxy.rowCount() == 1
    assert section.count_label.text() == "1 of 3 rooms"
    section.search.clear()
    assert section.proxy.rowCount() == 3


def test_copy_whole_rows_with_header_and_cells_without(editors):
    section = editors.sections["room"]
    section.select_rows([0, 2])
    section.copy()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:3] == ["ID", "Name", "Capacity"]
    assert lines[1].split("\t")[:3] == ["R1", "Hall", "60"]
    assert lines[2].split("\t")[:4] == ["L1", "Lab", "24", "practical"]
    selection = section.view.selectionModel()
    selection.clearSelection()
    for row in (0, 1):
        selection.select(section.proxy.index(row, 2), QItemSelectionModel.SelectionFlag.Select)
    section.copy()
    assert QGuiApplication.clipboard().text() == "60\n30\n"


def test_paste_from_the_clipboard_at_the_current_cell(editors, document):
    section = editors.sections["room"]
    section.view.setCurrentIndex(section.proxy.index(1, 1))
    QGuiApplication.clipboard().setText("Seminar A\t35\nLab B\t26\nNew room\t10\n")
    section.paste()
    rooms = document.problem.rooms
    assert [(r.name, r.capacity) for r in rooms[1:]] == [("Seminar A", 35), ("Lab B", 26), ("New room", 10)]
    assert document.undo_stack.count() == 1
    assert section.view.currentIndex().row() == 1  # the cursor stays where the paste began
    QGuiApplication.clipboard().setText("X\tlots\n")
    section.paste()
    assert "Row 2, column Capacity" in section.message_label.text()
    assert document.undo_stack.count() == 1


def test_multi_select_delegate_writes_the_checked_values(editors, document):
    from scheduler_gui.editors.delegates import CheckListEditor, ColumnDelegate

    section = editors.sections["room"]
    index = section.proxy.index(0, section.model.column_of_key("features"))
    delegate = section.view.itemDelegate()
    assert isinstance(delegate, ColumnDelegate)
    editor = delegate.createEditor(section.view.viewport(), section.view.viewOptions()
                                   if hasattr(section.view, "viewOptions") else _option(), index)
    assert isinstance(editor, CheckListEditor)
    delegate.setEditorData(editor, index)
    assert editor.checked() == []
    editor.set_checked(["pc"])
    delegate.setModelData(editor, section.proxy, index)
    assert document.problem.room("R1").features == {"pc"}
    editor.deleteLater()


def _option():
    from PySide6.QtWidgets import QStyleOptionViewItem

    return QStyleOptionViewItem()


def test_spin_box_delegate_for_numbers(editors, document):
    from PySide6.QtWidgets import QSpinBox

    section = editors.sections["room"]
    index = section.proxy.index(0, section.model.column_of_key("capacity"))
    delegate = section.view.itemDelegate()
    editor = delegate.createEditor(section.view.viewport(), _option(), index)
    assert isinstance(editor, QSpinBox)
    assert editor.minimum() < 0  # typed out-of-range values are refused, not clamped
    delegate.setEditorData(editor, index)
    assert editor.value() == 60
    editor.setValue(75)
    delegate.setModelData(editor, section.proxy, index)
    assert document.problem.room("R1").capacity == 75
    editor.deleteLater()


def test_capacity_hard_checkbox_is_one_undo_step(editors, document):
    editors.capacity_hard.setChecked(True)
    assert document.problem.settings.room_capacity_hard is True
    document.undo_stack.undo()
    assert document.problem.settings.room_capacity_hard is False
    assert not editors.capacity_hard.isChecked()


def test_renaming_the_current_group_keeps_its_detail_and_availability(editors, document):
    editors.select_entity("group", "BCT1")
    section = editors.sections["group"]
    assert section.model.setData(section.model.index(0, 0), "BCT9")
    assert editors.sections["group_detail"].model.parent_id == "BCT9"
    assert [s.id for s in document.problem.group("BCT9").subgroups] == ["BCT9-A", "BCT9-B"]
    assert editors.sections["group_detail"].model.rowCount() == 2
    assert editors.availability["group"].target == ("group", "BCT9")


def test_typing_into_a_cell_edits_it(editors, document, qtbot):
    from PySide6.QtWidgets import QLineEdit

    section = editors.sections["room"]
    editors.select_entity("room", "R2", "name")
    qtbot.keyClick(section.view, Qt.Key.Key_F2)
    editors_open = section.view.viewport().findChildren(QLineEdit)
    assert len(editors_open) == 1
    editor = editors_open[0]
    assert editor.text() == "Seminar"
    editor.selectAll()
    qtbot.keyClicks(editor, "Big seminar")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the editor's data queued
    qtbot.waitUntil(lambda: document.problem.room("R2").name == "Big seminar", timeout=2000)
    assert document.undo_stack.count() == 1


def test_ctrl_c_in_the_table_copies(editors, qtbot):
    section = editors.sections["room"]
    editors.select_entity("room", "L1")
    section.view.selectionModel().clearSelection()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(section.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "L1\n"


def test_time_and_choice_delegates(editors, document):
    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QComboBox, QTimeEdit

    periods = editors.sections["time_grid"]
    index = periods.proxy.index(0, periods.model.column_of_key("end"))
    delegate = periods.view.itemDelegate()
    editor = delegate.createEditor(periods.view.viewport(), _option(), index)
    assert isinstance(editor, QTimeEdit)
    delegate.setEditorData(editor, index)
    assert editor.time() == QTime(8, 50)
    editor.setTime(QTime(8, 55))
    delegate.setModelData(editor, periods.proxy, index)
    assert document.problem.time_grid.periods[0].end == "08:55"

    rooms = editors.sections["room"]
    index = rooms.proxy.index(0, rooms.model.column_of_key("type"))
    combo = delegate.createEditor(rooms.view.viewport(), _option(), index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["lecture", "practical"]
    combo.setCurrentText("practical")
    rooms.view.itemDelegate().setModelData(combo, rooms.proxy, index)
    assert document.problem.room("R1").type == "practical"


def test_sorting_numbers_as_numbers(editors, document):
    section = editors.sections["room"]
    section.model.setData(section.model.index(2, section.model.column_of_key("capacity")), 100)
    section.view.sortByColumn(section.model.column_of_key("capacity"), Qt.SortOrder.AscendingOrder)
    ids = [section.proxy.index(r, 0).data() for r in range(section.proxy.rowCount())]
    assert ids == ["R2", "R1", "L1"]  # 30, 60, 100 (not "100" < "30" as text)


def test_deleting_a_day_asks_only_when_slots_are_lost(editors, document, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    days = editors.sections["day"]
    days.select_rows([2])
    days.delete()
    assert document.problem.time_grid.days == ("Mon", "Tue")
    assert asked == []
    editors.availability["instructor"].set_target("instructor", "I1")
    editors.availability["instructor"].paint_slots({4}, "unavailable")  # Tue P1
    days.select_rows([1])
    days.delete()
    assert document.problem.time_grid.days == ("Mon",)
    assert "Instructor I1 loses 1 unavailable slot" in asked[0]
    assert document.problem.instructor("I1").unavailable == frozenset()


def test_settings_form_edits_hours_blocks_and_profile(editors, document):
    form = editors.settings_form
    assert form.first_period.count() == 4
    form.last_period.setCurrentIndex(1)
    assert document.problem.settings.preferred_last_period == 1
    form.first_period.setCurrentIndex(3)  # after the last: refused, nothing changes
    assert document.problem.settings.preferred_first_period == 0
    assert form.first_period.currentIndex() == 0
    assert "end after they start" in form.error.text()
    form.block_lengths.setText("3+2")
    form.block_lengths.editingFinished.emit()
    assert document.problem.settings.preferred_block_lengths == (2, 3)
    form.profile.setCurrentIndex(form.profile.findData("itc2007"))
    assert document.problem.settings.profile == "itc2007"
    assert document.undo_stack.count() == 3
    document.undo_stack.undo()
    assert form.profile.currentData() == "general"


def test_check_list_toggles_on_a_click_on_the_text(qtbot):
    from scheduler_gui.editors.delegates import CheckListEditor

    editor = CheckListEditor()
    qtbot.addWidget(editor)
    editor.resize(240, 200)
    editor.show()
    editor.set_items(["pc", "projector", "sink"], ["sink"])
    assert editor.checked() == ["sink"]
    items = [editor.list_widget.item(i).text() for i in range(3)]
    assert items == ["sink", "pc", "projector"]  # the values already set come first
    rect = editor.list_widget.visualItemRect(editor.list_widget.item(2))
    qtbot.mouseClick(editor.list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.checked() == ["sink", "projector"]
    editor.filter_edit.setText("pro")
    assert [editor.list_widget.item(i).isHidden() for i in range(3)] == [True, True, False]


def test_refusals_reach_the_window_status_bar(qtbot, document):
    from PySide6.QtWidgets import QMainWindow

    from scheduler_gui.editors import DataEditors

    window = QMainWindow()
    qtbot.addWidget(window)
    editors = DataEditors(document)
    window.setCentralWidget(editors)
    model = editors.models["room"]
    with qtbot.waitSignal(editors.status_message, timeout=1000):
        model.setData(model.index(0, model.column_of_key("capacity")), -5)
    assert "Capacity must be at least 1" in window.statusBar().currentMessage()


def test_paste_skips_a_copied_header_row(editors, document):
    section = editors.sections["room"]
    section.view.setCurrentIndex(section.proxy.index(0, 1))
    QGuiApplication.clipboard().setText("Name\tCapacity\nAula\t99\n")
    section.paste()
    assert (document.problem.room("R1").name, document.problem.room("R1").capacity) == ("Aula", 99)
    assert len(document.problem.rooms) == 3


def test_select_entity_understands_diagnostic_fields(editors):
    assert editors.select_entity("course", "ENCT 101", "components.practical.blocks")
    course = editors.sections["course"]
    assert course.current_id() == "ENCT 101"
    assert course.view.currentIndex().column() == course.model.column_of_key("blocks")
    detail = editors.sections["course_detail"]
    assert detail.current_id() == "practical"
    assert detail.view.currentIndex().column() == detail.model.column_of_key("blocks")
    assert editors.select_entity("course", "MATH", "components.lecture.periods_per_week")
    assert course.view.currentIndex().column() == course.model.column_of_key("lecture")
    assert editors.select_entity("settings", "", "weights.room_stability")
    settings = editors.sections["settings"]
    assert settings.current_id() == "room_stability"
    assert settings.view.currentIndex().column() == settings.model.column_of_key("weight")
    assert editors.select_entity("group", "BCT1-A", "size")
    assert editors.sections["group_detail"].view.currentIndex().column() == 1
    assert editors.select_entity("time_grid", "", "midday_periods")
    assert editors.sections["time_grid"].view.currentIndex().column() == 4


def test_availability_grid_by_keyboard(editors, document, qtbot):
    editors.select_entity("room", "L1")
    grid = editors.availability["room"].grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # Tue P1
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # Tue Lunch: a break, not paintable
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert document.problem.room("L1").unavailable == {4}
    assert document.undo_stack.count() == 1
