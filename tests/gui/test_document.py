"""The project document: signals, undo stack, modified flag."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from schedule_engine.model import Room, Solution
from scheduler_gui.document import ProjectDocument
from scheduler_gui.editors.commands import EditProblemCommand
from shell_fixtures import small_project


def add_room_command(document: ProjectDocument) -> EditProblemCommand:
    before = document.problem
    after = replace(before, rooms=before.rooms + (Room("R9", "New room", 10),))
    return EditProblemCommand(document, before, after, "Add room")


def test_a_pushed_edit_changes_the_problem_and_marks_modified(qtbot) -> None:
    document = ProjectDocument(small_project())
    with qtbot.waitSignal(document.modified_changed) as modified, \
            qtbot.waitSignal(document.problem_changed):
        document.push(add_room_command(document))
    assert modified.args == [True]
    assert document.modified
    assert document.problem.room("R9") is not None


def test_undo_returns_to_the_clean_state(qtbot) -> None:
    document = ProjectDocument(small_project())
    original = document.problem
    document.push(add_room_command(document))
    with qtbot.waitSignal(document.modified_changed) as modified:
        document.undo_stack.undo()
    assert modified.args == [False]
    assert document.problem == original
    assert not document.modified


def test_set_problem_adds_no_undo_entry(qtbot) -> None:
    document = ProjectDocument(small_project())
    with qtbot.waitSignal(document.problem_changed):
        document.set_problem(replace(document.problem, name="Renamed"))
    assert document.undo_stack.count() == 0
    assert document.problem.name == "Renamed"


def test_set_solution_emits_solution_changed(qtbot) -> None:
    document = ProjectDocument(small_project())
    solution = Solution(meta={"seed": 1})
    with qtbot.waitSignal(document.solution_changed):
        document.set_solution(solution)
    assert document.solution == solution
    assert document.project.solution == solution


def test_replace_project_clears_history_and_sets_the_path(qtbot, tmp_path: Path) -> None:
    document = ProjectDocument(small_project())
    document.push(add_room_command(document))
    other = small_project("Other school")
    with qtbot.waitSignal(document.path_changed), qtbot.waitSignal(document.problem_changed):
        document.replace_project(other, tmp_path / "other.sched")
    assert document.project == other
    assert document.undo_stack.count() == 0
    assert not document.modified
    assert document.path == tmp_path / "other.sched"
    assert document.display_name == "other.sched"


def test_an_untitled_project_is_named_after_its_problem() -> None:
    assert ProjectDocument(small_project("Hill School")).display_name == "Hill School"


def test_mark_modified_without_an_undo_step(qtbot) -> None:
    document = ProjectDocument(small_project())
    with qtbot.waitSignal(document.modified_changed) as modified:
        document.mark_modified()
    assert modified.args == [True]
    assert document.modified and document.undo_stack.count() == 0


def test_mark_saved_makes_the_document_clean(tmp_path: Path) -> None:
    document = ProjectDocument(small_project())
    document.push(add_room_command(document))
    document.mark_saved(tmp_path / "a.sched")
    assert not document.modified
    assert document.path == tmp_path / "a.sched"
