"""The components table's Patterns column: allowed block patterns, checked at the cell."""

from __future__ import annotations

from PySide6.QtCore import Qt

from test_editors_data import document  # noqa: F401  (fixture)


def test_patterns_cell_edits_validates_and_undoes(qtbot, document):
    from scheduler_gui.editors.course_model import ComponentTableModel

    model = ComponentTableModel(document)
    model.set_parent_id("ENCT 101")
    col = model.column_of_key("patterns")
    row = [c.session_type for c in document.problem.course("ENCT 101").components].index("practical")
    cell = model.index(row, col)
    assert model.data(cell) == "fixed 3"
    assert model.setData(cell, "2+1; 1+1+1", Qt.ItemDataRole.EditRole)
    comp = document.problem.course("ENCT 101").component("practical")
    assert (comp.blocks, comp.patterns) == ((), ((2, 1), (1, 1, 1)))
    assert model.data(cell) == "2+1; 1+1+1"
    with qtbot.waitSignal(model.edit_rejected, timeout=1000) as rejected:
        assert not model.setData(cell, "2+2; 3", Qt.ItemDataRole.EditRole)
    assert "2+2 adds up to 4 periods, but the practical has 3 a week" in rejected.args[0]
    assert model.setData(cell, "any 1-2", Qt.ItemDataRole.EditRole)
    comp = document.problem.course("ENCT 101").component("practical")
    assert (comp.patterns, comp.min_block, comp.max_block) == ((), 1, 2)
    assert model.data(cell) == "any 1-2"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.problem.course("ENCT 101").component("practical").blocks == (3,)
    assert model.data(cell) == "fixed 3"


def test_the_timetable_view_shows_blocks_as_they_fall(qtbot):
    """A section cut 4+4+4 (its default is 6+6): the view's sessions carry the
    current lengths, the grid shows three 4-period blocks, and the tray lists
    the one unplaced piece, never a piece the pattern does not use."""
    from schedule_engine.model import (Assignment, Course, CourseComponent, Group, Instructor, Period,
                                       Problem, Room, Solution, TimeGrid)
    from schedule_engine.project_store import Project
    from scheduler_gui.document import ProjectDocument
    from scheduler_gui.timetable import TimetableWidget

    grid = TimeGrid(("Mon", "Tue", "Wed"), tuple(Period(f"P{k}", f"{8 + k:02d}:00", f"{9 + k:02d}:00")
                                                 for k in range(8)))
    problem = Problem("studio", grid, rooms=(Room("S", "Studio", 30, "studio"),),
                      instructors=(Instructor("T", "Teacher", {("AR", "practical")}),),
                      groups=(Group("G", "Group", 20, courses=("AR",)),),
                      courses=(Course("AR", "Studio", (CourseComponent("practical", 12, room_type="studio"),)),))
    section = "AR|practical|G"
    recut = Solution((Assignment(f"{section}|0", 0, "S", "T", length=4),
                      Assignment(f"{section}|1", 8, "S", "T", length=4),
                      Assignment(f"{section}|2", None, None, "T", length=4)))
    w = TimetableWidget(ProjectDocument(Project(problem, recut)))
    qtbot.addWidget(w)
    assert {k: s.length for k, s in w.state.sessions.items()} == {
        f"{section}|0": 4, f"{section}|1": 4, f"{section}|2": 4}
    assert [(e.session_id, e.length) for e in w.state.entries] == [(f"{section}|0", 4), (f"{section}|1", 4)]
    assert w.tray_model.session_ids() == [f"{section}|2"]
    default = Solution((Assignment(f"{section}|0", 0, "S", "T"), Assignment(f"{section}|1", None, None, "T")))
    w.state.show_preview(default)
    w.state.ensure_fresh()  # the widget is not on screen: catch up as when it is shown
    assert {k: s.length for k, s in w.state.sessions.items()} == {f"{section}|0": 6, f"{section}|1": 6}
    assert w.tray_model.session_ids() == [f"{section}|1"]
