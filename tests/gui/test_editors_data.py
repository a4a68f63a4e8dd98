"""A small institution for the editor tests, and the model checks on every table model."""

from __future__ import annotations

import pytest

from schedule_engine.model import (
    Course,
    CourseComponent,
    Group,
    Instructor,
    Period,
    Problem,
    Room,
    Subgroup,
    TimeGrid,
)


def make_problem() -> Problem:
    grid = TimeGrid(
        days=("Mon", "Tue", "Wed"),
        periods=(
            Period("P1", "08:00", "08:50"),
            Period("P2", "09:00", "09:50"),
            Period("Lunch", "10:00", "10:50", is_break=True),
            Period("P3", "11:00", "11:50"),
        ),
        midday_periods=(1,),
    )
    return Problem(
        name="Small college",
        time_grid=grid,
        rooms=(
            Room("R1", "Hall", 60, type="lecture"),
            Room("R2", "Seminar", 30, type="lecture"),
            Room("L1", "Lab", 24, type="practical", features={"pc"}),
        ),
        instructors=(
            Instructor("I1", "Ada", qualifications={("ENCT 101", "lecture")}),
            Instructor("I2", "Bob", qualifications={("ENCT 101", "practical"), ("MATH", "lecture")}),
        ),
        groups=(
            Group("BCT1", "Computing 1", 48, courses=("ENCT 101", "MATH"),
                  subgroups=(Subgroup("BCT1-A", 24), Subgroup("BCT1-B", 24))),
            Group("BEI1", "Electronics 1", 40, courses=("MATH",)),
        ),
        courses=(
            Course("ENCT 101", "Programming", components=(
                CourseComponent("lecture", 2, room_type="lecture", instructors=("I1", "I2")),
                CourseComponent("practical", 3, blocks=(3,), room_type="practical",
                                room_features={"pc"}, instructors=("I2",), per_subgroup=True),
            )),
            Course("MATH", "Maths", components=(CourseComponent("lecture", 3, room_type="lecture"),)),
        ),
    )


@pytest.fixture()
def document(qtbot):
    from scheduler_gui.document import Project, ProjectDocument

    return ProjectDocument(Project(problem=make_problem()))


def all_models(document):
    from scheduler_gui.editors.course_model import ComponentTableModel, CourseTableModel
    from scheduler_gui.editors.group_model import GroupTableModel, SubgroupTableModel
    from scheduler_gui.editors.instructor_model import InstructorTableModel
    from scheduler_gui.editors.room_model import RoomTableModel
    from scheduler_gui.editors.settings_model import ConstraintSettingsModel
    from scheduler_gui.editors.time_grid_model import DaysTableModel, TimeGridModel

    subgroups = SubgroupTableModel(document)
    subgroups.set_parent_id("BCT1")
    components = ComponentTableModel(document)
    components.set_parent_id("ENCT 101")
    return [
        TimeGridModel(document), DaysTableModel(document), RoomTableModel(document),
        InstructorTableModel(document), GroupTableModel(document), subgroups,
        CourseTableModel(document), components, ConstraintSettingsModel(document),
    ]


def test_every_table_model_passes_the_model_tester(qtmodeltester, document):
    models = all_models(document)
    expected_rows = [4, 3, 3, 2, 2, 2, 2, 2, 14]
    assert [m.rowCount() for m in models] == expected_rows
    for model in models:
        qtmodeltester.check(model, force_py=True)


def test_models_pass_the_model_tester_after_rows_change(qtmodeltester, document):
    from scheduler_gui.editors.room_model import RoomTableModel

    model = RoomTableModel(document)
    model.apply_change(model.add_row, "Add room")
    assert model.rowCount() == 4
    document.undo_stack.undo()
    assert model.rowCount() == 3
    qtmodeltester.check(model, force_py=True)


def test_data_never_raises(document):
    from PySide6.QtCore import QModelIndex, Qt

    for model in all_models(document):
        assert model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None
        assert model.data(model.index(0, 0), 9999) is None
        assert model.headerData(99, Qt.Orientation.Horizontal) is None
