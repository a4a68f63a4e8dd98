"""The solving package without a solver process: table models, run commands,
comparison, the worker's progress forwarding and error reporting."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from schedule_engine.constraint_catalog import HARD_IDS, SOFT_IDS
from schedule_engine.io.engine_json import solution_to_dict
from schedule_engine.model import Assignment, Solution
from schedule_engine.project_store import Project, RunRecord
from scheduler_gui.document import ProjectDocument
from scheduler_gui.solving.breakdown_model import PENALTY_COLUMN, BreakdownModel
from scheduler_gui.solving.run_commands import (
    RunsStateCommand,
    next_run_name,
    with_new_run,
    with_run_deleted,
    with_run_duplicated,
    with_run_used,
)
from scheduler_gui.solving.run_compare import RunCompareModel, sessions_that_differ
from scheduler_gui.solving.runs_model import RUN_ROLE, RunsModel
from scheduler_gui.solving.worker import ProgressForwarder, result_message, run_worker
from shell_fixtures import small_problem


def make_run(run_id: str, name: str, hard: int = 0, soft: int = 10, slots=(0, 1),
             breakdown: dict | None = None, status: str = "feasible") -> RunRecord:
    solution = Solution(tuple(Assignment(f"S{i}", slot, "R1", "T1") for i, slot in enumerate(slots)))
    return RunRecord(id=run_id, name=name, created="2026-11-28T10:00:00+00:00",
                     finished="2026-11-28T10:01:00+00:00", status=status,
                     params={"time_limit": 60.0, "seed": 5}, seed=5, elapsed_s=61.5, hard=hard,
                     soft=soft, breakdown=breakdown or {"room_capacity": soft}, solution=solution,
                     engine_version="0.1.0")


# -- breakdown -------------------------------------------------------------
def test_breakdown_model_emits_data_changed_only_for_changed_rows(qtmodeltester):
    model = BreakdownModel()
    qtmodeltester.check(model)
    assert model.rowCount() == len(HARD_IDS) + len(SOFT_IDS)
    assert model.set_breakdown({"room_clash": 2, "room_capacity": 30}) == list(range(model.rowCount()))
    changed_rows = []
    model.dataChanged.connect(lambda top, bottom, roles=(): changed_rows.append(top.row()))
    rows = model.set_breakdown({"room_clash": 1, "room_capacity": 30})
    clash_row = HARD_IDS.index("room_clash")
    assert rows == changed_rows == [clash_row]
    assert model.data(model.index(clash_row, PENALTY_COLUMN)) == "1"
    assert model.data(model.index(clash_row, 1)) == "hard"
    assert model.data(model.index(clash_row, 0), Qt.ItemDataRole.UserRole) == "room_clash"
    assert model.set_breakdown({"room_clash": 1, "room_capacity": 30}) == []
    qtmodeltester.check(model)


# -- runs ------------------------------------------------------------------
def test_runs_model_lists_runs_and_marks_the_active_one(qtmodeltester):
    model = RunsModel()
    first, second = make_run("a", "Run 1", soft=12), make_run("b", "Run 2", hard=3, status="stopped")
    model.set_runs([first, second], active="b")
    qtmodeltester.check(model)
    assert [model.data(model.index(1, c)) for c in (0, 2, 3, 4, 5, 6)] == \
        ["Run 2", "Stopped", "3", "10", "1:01", "5"]
    assert model.data(model.index(0, 0), RUN_ROLE) is first
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None
    changed = []
    model.dataChanged.connect(lambda top, bottom, roles=(): changed.append(top.row()))
    model.set_runs([first, second], active="a")
    assert sorted(changed) == [0, 1]


def test_run_commands_store_use_duplicate_and_delete_with_undo(qapp):
    document = ProjectDocument(Project(problem=small_problem()))
    first, second = make_run("a", "Run 1", slots=(0, 1)), make_run("b", "Run 2", slots=(2, 3))
    for record in (first, second):
        document.push(RunsStateCommand(document, "Solve", with_new_run(document.project, record)))
    assert document.project.active_run == "b" and document.solution == second.solution
    assert next_run_name(document.project) == "Run 3"

    document.push(RunsStateCommand(document, "Use", with_run_used(document.project, "a")))
    assert document.project.active_run == "a" and document.solution == first.solution

    project, copy = with_run_duplicated(document.project, "a")
    document.push(RunsStateCommand(document, "Duplicate", project))
    assert copy.name == "Run 1 (copy)" and copy.id not in ("a", "b")
    assert document.project.active_run == copy.id and len(document.project.runs) == 3

    document.push(RunsStateCommand(document, "Delete", with_run_deleted(document.project, copy.id)))
    assert [r.id for r in document.project.runs] == ["a", "b"]
    assert document.project.active_run is None
    assert document.solution == first.solution, "deleting a run keeps the working timetable"

    for _ in range(5):
        document.undo_stack.undo()
    assert document.project.runs == () and document.solution is None
    assert document.problem == small_problem()


def test_compare_counts_differing_sessions_and_scores_per_constraint(qtmodeltester):
    first = make_run("a", "Run 1", soft=10, slots=(0, 1, 2), breakdown={"room_capacity": 10})
    second = make_run("b", "Run 2", soft=7, slots=(0, 5, None),
                      breakdown={"room_capacity": 4, "room_stability": 3})
    assert sessions_that_differ(first.solution, second.solution) == ["S1", "S2"]
    model = RunCompareModel(first, second)
    qtmodeltester.check(model)
    rows = [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]
    assert rows[1] == ["Soft penalty (total)", "10", "7", "-3"]
    assert ["Room capacity overflow", "10", "4", "-6"] in rows
    assert ["Room stability", "0", "3", "+3"] in rows
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Run 2"


# -- worker ----------------------------------------------------------------
class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_forwarder_limits_the_rate_but_keeps_improvements():
    sent: list[dict] = []
    clock = FakeClock()
    forward = ProgressForwarder(sent.append, interval=0.1, assignments_interval=1.0, clock=clock)
    forward({"phase": "evolve", "improved": False})
    clock.now = 0.05
    forward({"phase": "evolve", "improved": False})  # too soon: dropped
    forward({"phase": "evolve", "improved": True, "assignments": {"a": 1}})
    clock.now = 0.5
    forward({"phase": "evolve", "improved": True, "assignments": {"a": 2}})  # assignments too soon
    forward({"phase": "done", "improved": False})  # a new phase always passes
    assert [e["improved"] for e in sent] == [False, True, True, False]
    assert [("assignments" in e) for e in sent] == [False, True, False, False]
    assert all(e["type"] == "progress" for e in sent)


class ListQueue:
    def __init__(self) -> None:
        self.items: list[dict] = []

    def put(self, item: dict) -> None:
        self.items.append(item)


def fake_solve(problem, options, *, initial=None, progress=None, stop=None):
    if options.get("fail"):
        raise RuntimeError("engine exploded")
    progress({"phase": "evolve", "hard": 1, "soft": 2, "improved": True})

    class Result:
        status = "stopped" if stop() else "feasible"
        solution = initial or Solution()
        hard, soft, breakdown = 0, 4, {"room_capacity": 4}
        stats = {"seed": 3, "elapsed": 0.1}
    return Result()


@pytest.mark.parametrize("fail", [False, True])
def test_run_worker_reports_one_result_or_one_error(fail):
    from schedule_engine.io.engine_json import problem_to_dict

    messages = ListQueue()
    initial = Solution((Assignment("S1", 2, "R1"),))
    stop = threading.Event()
    stop.set()
    run_worker(problem_to_dict(small_problem()), solution_to_dict(initial), {"fail": fail},
               messages, stop, solve_path=f"{__name__}:fake_solve")
    kinds = [m["type"] for m in messages.items]
    assert kinds[0] == "started"
    if fail:
        assert kinds[-1] == "error"
        assert messages.items[-1]["error_type"] == "RuntimeError"
        assert "engine exploded" in messages.items[-1]["traceback"]
    else:
        assert kinds == ["started", "progress", "result"]
        result = messages.items[-1]
        assert result["status"] == "stopped"
        assert result["solution"] == solution_to_dict(initial)


def test_result_message_is_plain_data():
    class Result:
        status = "feasible"
        solution = Solution((Assignment("S1", 0, "R1", "T1"),))
        hard, soft, breakdown = 0, 5, {"room_capacity": 5}
        stats = {"seed": 9}
        diagnostics = []

    message = result_message(Result())
    import pickle

    assert pickle.loads(pickle.dumps(message)) == message
    assert message["breakdown"] == {"room_capacity": 5} and message["soft"] == 5

