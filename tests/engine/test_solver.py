"""The memetic solver: feasibility, reproducibility, stopping, pins, warm starts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from schedule_engine.model import Assignment, Solution
from schedule_engine.scoring import evaluate
from schedule_engine.solver import SolveOptions, solve


def _placed(solution: Solution) -> dict[str, Assignment]:
    return {a.session_id: a for a in solution.assignments if a.slot is not None}


def test_demo_becomes_feasible_quickly(demo_problem):
    result = solve(demo_problem, SolveOptions(time_limit=20, target=(0, 10**9), seed=1, workers=1))
    assert result.status == "feasible"
    assert result.hard == 0
    assert len(_placed(result.solution)) == len(result.solution.assignments)
    evaluation = evaluate(demo_problem, result.solution, explain=False)
    assert (evaluation.hard, evaluation.soft) == (result.hard, result.soft)
    assert result.stats["seed"] == 1 and result.stats["engine_version"]


def test_small_itc_instance_is_solved_feasibly(datasets_dir):
    from schedule_engine.io.ctt import load_ctt

    problem = load_ctt(datasets_dir / "itc2007-cbctt" / "comp01.ctt")
    result = solve(problem, SolveOptions(time_limit=10, seed=2, effort="quick", workers=1))
    assert result.status == "feasible"
    assert result.soft < 200  # a plain random timetable costs well over a thousand


def test_same_seed_and_generation_limit_give_the_same_timetable(demo_problem):
    options = SolveOptions(time_limit=None, generations=3, seed=11, effort="quick", workers=1)
    a = solve(demo_problem, options)
    b = solve(demo_problem, options)
    assert a.solution.assignments == b.solution.assignments
    assert (a.hard, a.soft) == (b.hard, b.soft)
    c = solve(demo_problem, replace(options, seed=12))
    assert c.solution.assignments != a.solution.assignments


def test_stop_mid_run_returns_the_best_so_far(demo_problem):
    events = []

    def stop() -> bool:
        return any(e.get("phase") == "evolve" for e in events)

    result = solve(demo_problem, SolveOptions(time_limit=60, seed=3, workers=1), progress=events.append,
                   stop=stop)
    assert result.status == "stopped"
    assert result.stats["elapsed"] < 30
    best_reported = min((e["hard"], e["soft"]) for e in events if "hard" in e and e["phase"] != "done")
    assert (result.hard, result.soft) <= best_reported
    assert len(_placed(result.solution)) == len(result.solution.assignments)


def test_progress_events_are_rate_limited_and_complete(demo_problem):
    events = []
    solve(demo_problem, SolveOptions(time_limit=6, seed=4, workers=1, effort="quick"),
          progress=events.append)
    phases = {e["phase"] for e in events}
    assert {"validate", "compile", "construct", "evolve", "done"} <= phases
    timed = [e for e in events if not e.get("improved") and e["phase"] == "evolve"]
    gaps = [b["elapsed"] - a["elapsed"] for a, b in zip(timed, timed[1:])]
    assert all(g >= 0.09 for g in gaps)
    last = events[-1]
    assert last["phase"] == "done" and last["fraction"] == 1.0 and "breakdown" in last


def test_pinned_sessions_do_not_move(demo_problem):
    first = solve(demo_problem, SolveOptions(time_limit=None, generations=2, seed=5, effort="quick", workers=1))
    assignments = list(first.solution.assignments)
    pinned = {}
    for k in range(0, len(assignments), max(1, len(assignments) // 6)):
        a = assignments[k]
        # pin at another slot of the same day shape: the period before, when possible
        slot = a.slot - 1 if a.slot and a.slot % demo_problem.time_grid.n_periods else a.slot
        assignments[k] = replace(a, slot=slot, pin_time=True, pin_room=True)
        pinned[a.session_id] = (slot, a.room)
    warm = Solution(tuple(assignments))
    again = solve(demo_problem, SolveOptions(time_limit=None, generations=3, seed=6, effort="quick", workers=1),
                  initial=warm)
    placed = {a.session_id: a for a in again.solution.assignments}
    for sid, (slot, room) in pinned.items():
        assert placed[sid].slot == slot and placed[sid].room == room
        assert placed[sid].pin_time and placed[sid].pin_room


def test_warm_start_keeps_or_improves_a_legal_timetable(demo_problem):
    first = solve(demo_problem, SolveOptions(time_limit=15, target=(0, 10**9), seed=7, workers=1))
    assert first.hard == 0
    again = solve(demo_problem, SolveOptions(time_limit=None, generations=1, seed=8, effort="quick", workers=1),
                  initial=first.solution)
    assert (again.hard, again.soft) <= (first.hard, first.soft)


def test_invalid_input_returns_diagnostics_without_searching(demo_problem):
    broken = replace(demo_problem, groups=(replace(demo_problem.groups[0],
                                                   courses=demo_problem.groups[0].courses + ("NOPE 999",)),)
                     + demo_problem.groups[1:])
    events = []
    result = solve(broken, SolveOptions(time_limit=5, workers=1), progress=events.append)
    assert result.status == "invalid_input"
    assert any("NOPE 999" in d.message for d in result.diagnostics if d.severity == "error")
    assert all(e["phase"] == "validate" for e in events)


@pytest.mark.slow
def test_islands_on_two_processes_find_a_feasible_timetable(demo_problem):
    events = []
    result = solve(demo_problem, SolveOptions(time_limit=12, seed=9, workers=2), progress=events.append)
    assert result.stats["workers"] == 2
    assert result.hard == 0
    assert {e.get("island") for e in events if "island" in e} == {0, 1}


def test_a_problem_with_nothing_to_place_is_solved_at_once(demo_problem):
    empty = replace(demo_problem, groups=())
    result = solve(empty, SolveOptions(time_limit=5, seed=1, workers=1))
    assert result.status == "feasible"
    assert (result.hard, result.soft) == (0, 0)
    assert result.solution.assignments == ()
    assert result.stats["generations"] == 0 and result.stats["evaluations"] == 0


def test_construction_looks_at_the_stop_flag_while_placing(demo_problem):
    """A stop pressed during construction takes effect within a few sessions."""
    import numpy as np

    from schedule_engine.compiled import compile_problem
    from schedule_engine.solver.construct import STOP_CHECK_EVERY, construct
    from schedule_engine.solver.domains import build_domains

    cp = compile_problem(demo_problem)
    pins = np.full(cp.n_sessions, -1)
    domains = build_domains(cp, pins, pins)
    asked = []

    def stop_after_two_looks() -> bool:
        asked.append(1)
        return len(asked) > 2

    scorer = construct(cp, domains, np.random.default_rng(1), pin_slot=pins, pin_room=pins,
                       should_stop=stop_after_two_looks)
    assert int((scorer.slot >= 0).sum()) == 2 * STOP_CHECK_EVERY
    whole = construct(cp, domains, np.random.default_rng(1), pin_slot=pins, pin_room=pins,
                      should_stop=lambda: False)
    assert int((whole.slot >= 0).sum()) == cp.n_sessions


def test_a_stop_before_construction_ends_returns_status_stopped(demo_problem):
    result = solve(demo_problem, SolveOptions(time_limit=60, seed=1, workers=1), stop=lambda: True)
    assert result.status == "stopped"
    assert result.stats["elapsed"] < 5
