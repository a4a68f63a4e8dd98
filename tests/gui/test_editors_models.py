"""Cell edits, refusals, undo/redo and paste on the editors' table models."""

from __future__ import annotations

from PySide6.QtCore import Qt

from test_editors_data import document  # noqa: F401  (fixture)


def _col(model, key: str) -> int:
    col = model.column_of_key(key)
    assert col >= 0, key
    return col


def test_editing_a_cell_updates_the_domain_object_and_undo_restores_it(document):
    from scheduler_gui.editors.room_model import RoomTableModel

    model = RoomTableModel(document)
    index = model.index(1, _col(model, "capacity"))
    assert model.setData(index, 45, Qt.ItemDataRole.EditRole)
    assert document.problem.room("R2").capacity == 45
    assert model.data(index) == "45"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Edit room R2: capacity"
    document.undo_stack.undo()
    assert document.problem.room("R2").capacity == 30
    assert model.data(index) == "30"
    document.undo_stack.redo()
    assert document.problem.room("R2").capacity == 45


def test_entity_role_hands_out_the_domain_object(document):
    from scheduler_gui.editors import ENTITY_ROLE
    from scheduler_gui.editors.instructor_model import InstructorTableModel

    model = InstructorTableModel(document)
    assert model.index(1, 0).data(ENTITY_ROLE) is document.problem.instructor("I2")


def test_invalid_edits_are_refused_and_the_data_stays(qtbot, document):
    from scheduler_gui.editors.room_model import RoomTableModel

    model = RoomTableModel(document)
    before = document.problem
    with qtbot.waitSignal(model.edit_rejected, timeout=1000) as rejected:
        assert not model.setData(model.index(0, _col(model, "capacity")), 0)
    assert "Capacity must be at least 1" in rejected.args[0]
    assert rejected.args[0].startswith("Room R1, Capacity:")
    with qtbot.waitSignal(model.edit_rejected, timeout=1000) as rejected:
        assert not model.setData(model.index(0, _col(model, "id")), "L1")
    assert "already used" in rejected.args[0]
    assert not model.setData(model.index(0, _col(model, "capacity")), "many")
    assert document.problem is before
    assert document.undo_stack.count() == 0
    assert model.data(model.index(0, _col(model, "capacity"))) == "60"


def test_unknown_reference_is_refused(qtbot, document):
    from scheduler_gui.editors.group_model import GroupTableModel

    model = GroupTableModel(document)
    with qtbot.waitSignal(model.edit_rejected, timeout=1000) as rejected:
        assert not model.setData(model.index(1, _col(model, "courses")), ["MATH", "GHOST 1"])
    assert "Unknown course 'GHOST 1'" in rejected.args[0]
    assert document.problem.group("BEI1").courses == ("MATH",)


def test_paste_of_a_3x2_block_is_one_undo_step(document):
    from scheduler_gui.editors.room_model import RoomTableModel

    model = RoomTableModel(document)
    name, capacity = _col(model, "name"), _col(model, "capacity")
    assert capacity == name + 1
    block = [["Great Hall", "120"], ["Small Seminar", "12"], ["Computer Lab", "25"]]
    assert model.paste_block(0, name, block) == []
    rooms = document.problem.rooms
    assert [(r.id, r.name, r.capacity) for r in rooms] == [
        ("R1", "Great Hall", 120), ("R2", "Small Seminar", 12), ("L1", "Computer Lab", 25)]
    assert rooms[2].type == "practical"  # cells outside the block are untouched
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert [(r.name, r.capacity) for r in document.problem.rooms] == [("Hall", 60), ("Seminar", 30), ("Lab", 24)]


def test_paste_past_the_end_appends_rows(document):
    from scheduler_gui.editors.room_model import RoomTableModel

    model = RoomTableModel(document)
    block = [["L1", "Lab", "24"], ["R9", "New hall", "80"], ["R10", "Annex", "20"]]
    assert model.paste_block(2, 0, block) == []
    assert [r.id for r in document.problem.rooms] == ["R1", "R2", "L1", "R9", "R10"]
    assert document.problem.room("R10").capacity == 20
    assert model.rowCount() == 5
    assert document.undo_stack.count() == 1


def test_paste_errors_name_row_and_column_and_change_nothing(document):
    from scheduler_gui.editors.room_model import RoomTableModel

    model = RoomTableModel(document)
    before = document.problem
    errors = model.paste_block(0, _col(model, "name"), [["A", "10"], ["B", "ten"], ["C", "-1"]])
    assert errors == [
        "Row 2, column Capacity: Capacity must be a whole number, not 'ten'.",
        "Row 3, column Capacity: Capacity must be at least 1, not -1.",
    ]
    assert document.problem is before
    assert document.undo_stack.count() == 0


def test_renaming_a_course_keeps_group_enrolments(document):
    from scheduler_gui.editors.course_model import CourseTableModel

    model = CourseTableModel(document)
    assert model.setData(model.index(0, _col(model, "id")), "ENCT 111")
    problem = document.problem
    assert problem.course("ENCT 111") is not None
    assert problem.group("BCT1").courses == ("ENCT 111", "MATH")
    assert ("ENCT 111", "lecture") in problem.instructor("I1").qualifications
    assert model.data(model.index(0, _col(model, "groups"))) == "BCT1"
    document.undo_stack.undo()
    assert document.problem.group("BCT1").courses == ("ENCT 101", "MATH")


def test_editing_attending_groups_edits_the_groups(document):
    from scheduler_gui.editors.course_model import CourseTableModel

    model = CourseTableModel(document)
    index = model.index(0, _col(model, "groups"))
    assert model.data(index, Qt.ItemDataRole.EditRole) == ["BCT1"]
    assert model.setData(index, ["BEI1"])
    assert document.problem.group("BCT1").courses == ("MATH",)
    assert document.problem.group("BEI1").courses == ("MATH", "ENCT 101")
    assert document.undo_stack.count() == 1


def test_course_periods_and_blocks(document):
    from scheduler_gui.editors.course_model import CourseTableModel

    model = CourseTableModel(document)
    assert model.data(model.index(0, _col(model, "blocks"))) == "P 3"
    assert model.setData(model.index(1, _col(model, "tutorial")), 2)
    math = document.problem.course("MATH")
    assert [(c.session_type, c.periods_per_week) for c in math.components] == [("lecture", 3), ("tutorial", 2)]
    assert model.setData(model.index(1, _col(model, "blocks")), "L 2+1")
    assert document.problem.course("MATH").component("lecture").blocks == (2, 1)
    assert not model.setData(model.index(1, _col(model, "blocks")), "L 2+2")  # 4 periods, not 3
    assert not model.setData(model.index(1, _col(model, "blocks")), "P 3")  # no practical
    assert document.problem.course("MATH").component("lecture").blocks == (2, 1)


def test_components_and_subgroups_edit_their_parent(document):
    from scheduler_gui.editors.course_model import ComponentTableModel
    from scheduler_gui.editors.group_model import SubgroupTableModel

    components = ComponentTableModel(document)
    components.set_parent_id("ENCT 101")
    assert components.setData(components.index(1, _col(components, "room_features")), ["pc", "projector"])
    assert document.problem.course("ENCT 101").component("practical").room_features == {"pc", "projector"}
    subgroups = SubgroupTableModel(document)
    subgroups.set_parent_id("BCT1")
    assert subgroups.setData(subgroups.index(0, 1), 20)
    assert document.problem.group("BCT1").subgroups[0].size == 20
    assert not subgroups.setData(subgroups.index(0, 0), "BEI1")  # a group's id
    assert subgroups.apply_change(subgroups.add_row, "Add subgroup") == 2
    assert [s.id for s in document.problem.group("BCT1").subgroups] == ["BCT1-A", "BCT1-B", "BCT1-C"]


def test_qualifications_accept_labels_and_bare_course_ids(document):
    from scheduler_gui.editors.instructor_model import InstructorTableModel

    model = InstructorTableModel(document)
    index = model.index(0, _col(model, "qualifications"))
    assert model.setData(index, "ENCT 101, MATH (lecture)")
    assert document.problem.instructor("I1").qualifications == {
        ("ENCT 101", "lecture"), ("ENCT 101", "practical"), ("MATH", "lecture")}
    assert not model.setData(index, "MATH (seminar)")


def test_time_grid_edits_keep_slots_in_place(document):
    from scheduler_gui.editors.time_grid_model import DaysTableModel, TimeGridModel

    periods = TimeGridModel(document)
    assert not periods.setData(periods.index(0, _col(periods, "start")), "09:30")  # after its end
    assert not periods.setData(periods.index(0, _col(periods, "start")), "25:00")
    assert periods.setData(periods.index(0, _col(periods, "start")), "7:45")
    assert document.problem.time_grid.periods[0].start == "07:45"
    assert periods.setData(periods.index(3, _col(periods, "midday_periods")), Qt.CheckState.Checked.value,
                           Qt.ItemDataRole.CheckStateRole)
    assert document.problem.time_grid.midday_periods == (1, 3)
    days = DaysTableModel(document)
    assert days.apply_change(days.add_row, "Add day") == 3
    assert document.problem.time_grid.days == ("Mon", "Tue", "Wed", "Thu")
    assert periods.apply_change(periods.add_row, "Add period") == 4
    assert document.problem.time_grid.periods[4].start == "12:00"


def test_constraint_settings(document):
    from scheduler_gui.editors.settings_model import ConstraintSettingsModel

    model = ConstraintSettingsModel(document)
    row = [model.row_id(model.row_object(r)) for r in range(model.rowCount())].index("group_idle_gaps")
    on = model.index(row, _col(model, "enabled"))
    assert model.data(on, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(on, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert document.problem.settings.weights["group_idle_gaps"] == 0
    assert model.setData(on, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert document.problem.settings.weights["group_idle_gaps"] == 3
    assert model.setData(model.index(row, _col(model, "weight")), 7)
    assert document.problem.settings.weights["group_idle_gaps"] == 7
    assert not model.setData(model.index(row, _col(model, "weight")), -2)
    assert document.undo_stack.count() == 3


def test_course_instructors_column_adds_and_removes_across_components(document):
    from scheduler_gui.editors.course_model import CourseTableModel

    model = CourseTableModel(document)
    index = model.index(0, _col(model, "instructors"))
    assert model.data(index, Qt.ItemDataRole.EditRole) == ["I1", "I2"]
    assert model.setData(index, ["I2"])  # I1 leaves; the practical keeps only I2 as before
    course = document.problem.course("ENCT 101")
    assert course.component("lecture").instructors == ("I2",)
    assert course.component("practical").instructors == ("I2",)
    assert model.setData(index, ["I2", "I1"])  # I1 joins every component
    course = document.problem.course("ENCT 101")
    assert course.component("lecture").instructors == ("I2", "I1")
    assert course.component("practical").instructors == ("I2", "I1")
