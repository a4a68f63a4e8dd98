"""The time limit counts from the moment the run was asked for: model building
and loading the kernels are inside it, and the reported elapsed time and the
progress agree with the wall clock."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from schedule_engine.io.ctt import load_ctt
from schedule_engine.solver import SolveOptions, solve
from schedule_engine.solver.stopping import RunClock, StopRules, monotonic_origin
from schedule_engine.solver.warmup import ensure_compiled

LONELY = Path(__file__).parent / "fixtures" / "lonely.ctt"
SLACK_S = 0.5


def test_monotonic_origin_maps_a_wall_clock_instant():
    now = time.monotonic()
    origin = monotonic_origin(time.time() - 3.0)
    assert 2.9 <= now - origin <= 3.1
    assert abs(monotonic_origin(None) - time.monotonic()) < 0.05
    assert abs(monotonic_origin(time.time() + 60.0) - time.monotonic()) < 0.05  # never ahead


def test_rules_count_from_the_request_not_from_the_search():
    clock = RunClock(elapsed=0.0)  # the search itself has only just begun
    rules = StopRules(time_limit=5.0, started=time.monotonic() - 4.0)
    assert rules.reason(clock) is None
    assert 0.79 <= rules.fraction(clock) <= 0.85 and 0.79 <= rules.schedule_fraction(clock) <= 0.85
    assert 0.9 <= rules.time_left(clock) <= 1.0
    late = StopRules(time_limit=5.0, started=time.monotonic() - 5.0)
    assert late.reason(clock) == "time_limit" and late.fraction(clock) == 1.0
    assert late.time_left(clock) == 0.0
    assert StopRules(time_limit=5.0).reason(RunClock(elapsed=5.0)) == "time_limit"  # no origin: the clock's


def test_total_generations_estimate_from_the_time_limit():
    rules = StopRules(time_limit=10.0, started=time.monotonic() - 2.0)
    assert rules.total_generations(RunClock(generation=4)) in (19, 20)
    assert StopRules(generations=7).total_generations(RunClock()) == 7
    assert StopRules().total_generations(RunClock(generation=3)) is None


@pytest.fixture(scope="module")
def problem():
    ensure_compiled()
    return load_ctt(LONELY)


def test_solve_returns_within_the_limit_from_the_call(problem):
    events = []
    started = time.monotonic()
    result = solve(problem, SolveOptions(time_limit=1.5, seed=1, workers=1), progress=events.append)
    wall = time.monotonic() - started
    assert result.stats["stop_reason"] == "time_limit"
    assert wall <= 1.5 + SLACK_S
    assert abs(result.stats["elapsed"] - wall) <= 0.1
    assert 1.5 <= result.stats["elapsed"]
    searching = [e for e in events if e.get("phase") == "evolve"]
    assert searching and searching[-1]["elapsed"] <= wall
    assert max(e.get("fraction", 0.0) for e in searching) >= 0.9


def test_time_spent_before_the_call_counts(problem):
    asked = time.time() - 1.0  # e.g. a worker process that took a second to start
    started = time.monotonic()
    result = solve(problem, SolveOptions(time_limit=1.5, seed=1, workers=1, started=asked))
    wall = time.monotonic() - started
    assert wall <= 0.5 + SLACK_S
    assert 1.5 <= result.stats["elapsed"] <= 1.5 + SLACK_S


@pytest.mark.slow
def test_islands_return_within_the_limit_from_the_call(problem):
    """Two island processes: their start-up is inside the limit, and the
    coordinator does not wait for their interpreters' teardown."""
    limit = 15.0
    started = time.monotonic()
    result = solve(problem, SolveOptions(time_limit=limit, seed=1, workers=2))
    wall = time.monotonic() - started
    assert result.stats["workers"] == 2
    assert result.stats["stop_reason"] == "time_limit"
    assert limit <= result.stats["elapsed"] <= wall <= result.stats["elapsed"] + 0.1
    if result.stats["generations"] == 0:
        pytest.skip("the islands took longer than the limit to start on this machine")
    assert wall <= limit + SLACK_S


def test_json_api_counts_reading_the_data_inside_the_limit(problem, monkeypatch):
    """``run_schedule_from_json``: the limit counts from the call, so a slow
    read of the data leaves less time to the search, not more to the caller."""
    import json

    from schedule_engine import run_schedule_from_json
    from schedule_engine.io import campus

    folder = Path(__file__).parent / "fixtures" / "campus_small"
    records = {name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
               for name in ("Course", "Groups", "Instructors", "Rooms")}
    read = campus.read_campus

    def slow_read(*args, **kwargs):
        time.sleep(0.6)
        return read(*args, **kwargs)

    monkeypatch.setattr(campus, "read_campus", slow_read)
    started = time.monotonic()
    answer = run_schedule_from_json(records["Course"], records["Groups"], records["Instructors"],
                                    records["Rooms"], settings={"time_limit": 1.5, "seed": 1, "workers": 1})
    wall = time.monotonic() - started
    assert answer["status"] == "feasible"
    assert answer["stats"]["stop_reason"] == "time_limit"
    assert 1.5 <= answer["stats"]["elapsed"] <= wall <= 1.5 + SLACK_S
    assert "started" not in answer["settings"] or answer["settings"]["started"] is None
