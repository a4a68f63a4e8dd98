"""The service's parts on their own: settings from the environment, the
settings a job runs with, the job store's expiry and once-only finish, the
heartbeat check, the request size limit and the result-to-timetable round trip."""

from __future__ import annotations

import json
import time

import pytest
from service_helpers import DEMO_JSON, TOKEN

from schedule_engine.errors import InvalidInputError
from schedule_engine.service.config import ConfigError, ServiceConfig
from schedule_engine.service.inputs import effective_settings
from schedule_engine.service.store import JobStore


def test_config_reads_the_environment_and_names_a_bad_variable():
    config = ServiceConfig.from_env({"SCHEDULE_ENGINE_BROKER_URL": "redis://broker:6379/1",
                                     "SCHEDULE_ENGINE_MAX_TIME_LIMIT": "120",
                                     "SCHEDULE_ENGINE_DEFAULT_TIME_LIMIT": "300",
                                     "SCHEDULE_ENGINE_RESULT_TTL": "3600", "SCHEDULE_ENGINE_API_TOKEN": "s"})
    assert (config.broker_url, config.result_backend) == ("redis://broker:6379/1", "redis://broker:6379/1")
    assert (config.max_time_limit, config.default_time_limit, config.result_ttl) == (120.0, 120.0, 3600)
    assert config.api_token == "s" and config.port == 8000
    assert config.soft_time_limit(60) == 90.0 and config.hard_time_limit(60) == 100.0
    with pytest.raises(ConfigError, match="SCHEDULE_ENGINE_RESULT_TTL: expected a number, got 'a day'"):
        ServiceConfig.from_env({"SCHEDULE_ENGINE_RESULT_TTL": "a day"})


def test_effective_settings_cap_the_time_limit_fix_one_process_and_pick_a_seed():
    assert effective_settings({"time_limit": 5, "seed": 3, "workers": 4}, 60, 600) == {
        "time_limit": 5.0, "seed": 3, "workers": 1}
    capped = effective_settings({"time_limit": 10_000, "generations": 50}, 60, 600)
    assert capped["time_limit"] == 600.0 and capped["generations"] == 50
    assert isinstance(capped["seed"], int) and 0 <= capped["seed"] < 1 << 31
    assert effective_settings({}, 45, 600)["time_limit"] == 45.0
    with pytest.raises(InvalidInputError) as caught:
        effective_settings({"seed": "seven"}, 60, 600)
    assert caught.value.diagnostics[0].field == "settings.seed"


def test_a_job_finishes_once_and_expires(redis_url):
    store = JobStore.from_url(redis_url, ttl=1)
    store.create("a" * 32, {"time_limit": 1.0}, 9, "document")
    assert store.get("a" * 32)["status"] == "queued"
    assert store.finish("a" * 32, "cancelled", "cancelled before it started")
    assert not store.finish("a" * 32, "succeeded")  # final stays final
    assert not store.set_progress("a" * 32, {"generation": 5})
    job = store.get("a" * 32)
    assert (job["status"], job["reason"], job["seed"]) == ("cancelled", "cancelled before it started", 9)
    time.sleep(1.3)
    assert store.get("a" * 32) is None


def test_a_running_job_without_heartbeat_is_failed(redis_url):
    from schedule_engine.service.celery_app import make_app
    from schedule_engine.service.status import current_job

    config = ServiceConfig(broker_url=redis_url, result_backend=redis_url)
    store = JobStore.from_url(redis_url, ttl=60)
    app = make_app(config)
    store.create("b" * 32, {}, 1, "campus")
    store.mark_running("b" * 32, worker="w@host", pid=1)
    assert current_job(store, app, "b" * 32, heartbeat_timeout=30)["status"] == "running"
    store.update("b" * 32, heartbeat=time.time() - 45)
    job = current_job(store, app, "b" * 32, heartbeat_timeout=30)
    assert job["status"] == "failed"
    assert job["reason"] == "the worker stopped answering (no heartbeat for 45 s)"


def test_a_request_over_the_size_limit_is_refused_before_it_is_read(small_config):
    from fastapi.testclient import TestClient

    from schedule_engine.service.http_api import create_app

    with TestClient(create_app(small_config), headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        response = client.post("/schedules", content=b"[" + b"0," * 4000 + b"0]",
                               headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["detail"].endswith("this server accepts at most 4096")


def test_the_result_schedule_rebuilds_the_timetable_it_scores():
    """A clashing timetable (sessions dealt round the slots and rooms, some pinned,
    some unplaced) comes back from the result rows with the same score."""
    from schedule_engine.api import result_to_dict
    from schedule_engine.io.engine_json import document_from_dict
    from schedule_engine.model import Assignment, Solution
    from schedule_engine.scoring import evaluate
    from schedule_engine.service.runner import solution_from_result
    from schedule_engine.sessions import derive_sessions
    from schedule_engine.solver import SolveResult

    problem, _ = document_from_dict(json.loads(DEMO_JSON.read_text()))
    rooms, instructors = problem.rooms, problem.instructors
    n_slots = problem.time_grid.n_slots
    dealt = Solution(tuple(
        Assignment(s.id, None if i % 7 == 6 else (i * 5) % n_slots, rooms[i % len(rooms)].id,
                   instructors[i % len(instructors)].id, pin_time=i % 11 == 0, pin_room=i % 13 == 0)
        for i, s in enumerate(derive_sessions(problem))))
    result = result_to_dict(problem, SolveResult("infeasible", dealt, 0, 0, {}, {"seed": 5}), [])
    assert result["score"]["hard"] > 0 and result["unplaced"]
    rebuilt = solution_from_result(problem, result)
    again = evaluate(problem, rebuilt)
    assert (again.hard, again.soft) == (result["score"]["hard"], result["score"]["soft"])
    assert again.breakdown == result["score"]["breakdown"]
    placed = {a.session_id: a for a in dealt.assignments if a.slot is not None}
    assert {a.session_id: a for a in rebuilt.assignments} == placed
