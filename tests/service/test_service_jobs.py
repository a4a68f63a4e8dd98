"""The service end to end: the HTTP API (in process) with real Redis and two
real Celery worker processes.  Short time limits keep the module under a minute."""

from __future__ import annotations

import json
import os
import signal
import time
import zipfile
from io import BytesIO

from schedule_engine.io.engine_json import document_from_dict
from schedule_engine.sessions import derive_sessions
from service_helpers import CAMPUS_SMALL, DEMO_JSON, wait_for

FINAL = {"succeeded", "failed", "cancelled"}


def demo_body(**settings) -> dict:
    return {"document": json.loads(DEMO_JSON.read_text()), "settings": settings}


def campus_body(**settings) -> dict:
    files = {"courses": "Course", "groups": "Groups", "instructors": "Instructors", "rooms": "Rooms"}
    body = {key: json.loads((CAMPUS_SMALL / f"{name}.json").read_text()) for key, name in files.items()}
    body["settings"] = settings
    return body


def submit(client, body: dict) -> str:
    response = client.post("/schedules", json=body)
    assert response.status_code == 202, response.text
    return response.json()["id"]


def status(client, job_id: str) -> dict:
    response = client.get(f"/schedules/{job_id}")
    assert response.status_code == 200, response.text
    return response.json()


def wait_final(client, job_id: str, timeout: float = 60) -> dict:
    return wait_for(lambda: (s := status(client, job_id))["status"] in FINAL and s, timeout,
                    f"job {job_id} to finish", interval=0.2)


def test_demo_gives_a_feasible_result_with_progress_rising(client):
    job_id = submit(client, demo_body(time_limit=6, seed=11, target=[0, 0]))
    seen: list[dict] = []
    deadline = time.monotonic() + 120
    while (s := status(client, job_id))["status"] not in FINAL:
        assert time.monotonic() < deadline, s
        if s["status"] == "running" and s["progress"]["phase"] is not None:
            seen.append(s["progress"])
        time.sleep(0.2)
    assert s["status"] == "succeeded", s
    assert s["seed"] == 11 and s["settings"]["time_limit"] == 6.0 and s["settings"]["workers"] == 1
    assert len({(p["phase"], p["elapsed"]) for p in seen}) >= 3, seen  # several snapshots while it ran
    search = [p for p in seen if p["phase"] == "evolve"]  # the search's own clock and generations
    for key in ("elapsed", "generation", "fraction"):
        values = [p[key] for p in search]
        assert values == sorted(values) and values[-1] > values[0], (key, seen)
    assert 0 < search[-1]["fraction"] <= 1 and search[-1]["best_hard"] is not None

    result = client.get(f"/schedules/{job_id}/result").json()
    assert {"schema_version", "status", "schedule", "unplaced", "score", "violations",
            "diagnostics", "stats"} <= set(result)
    assert result["status"] == "feasible" and result["score"]["hard"] == 0
    assert result["stats"]["seed"] == 11 and not result["unplaced"]
    assert s["progress"]["best_hard"] == 0 and s["progress"]["best_soft"] == result["score"]["soft"]
    problem, _solution = document_from_dict(json.loads(DEMO_JSON.read_text()))
    assert sorted(row["session_id"] for row in result["schedule"]) == sorted(
        session.id for session in derive_sessions(problem))  # every session placed once

    csv = client.get(f"/schedules/{job_id}/result", params={"format": "csv"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("application/zip")
    names = zipfile.ZipFile(BytesIO(csv.content)).namelist()
    assert any(n.endswith(".csv") for n in names)
    xlsx = client.get(f"/schedules/{job_id}/result", params={"format": "xlsx"})
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    pdf = client.get(f"/schedules/{job_id}/result", params={"format": "pdf"})
    assert pdf.status_code == 415 and "no PDF writer" in pdf.json()["detail"]
    ics = client.get(f"/schedules/{job_id}/result", params={"format": "ics"})
    assert ics.status_code == 400 and "term start and end" in ics.json()["detail"]


def test_campus_four_file_input_runs_and_the_time_limit_is_capped(client):
    response = client.post("/schedules", json=campus_body(time_limit=1000, generations=30, seed=4))
    assert response.status_code == 202, response.text
    body = response.json()
    assert body["settings"]["time_limit"] == 30.0  # the server's maximum
    assert {w["code"] for w in body["warnings"]} >= {"inferred_time_grid"}
    s = wait_final(client, body["id"])
    assert s["status"] == "succeeded" and s["input"] == "campus"
    result = client.get(f"/schedules/{body['id']}/result").json()
    assert result["stats"]["seed"] == 4 and result["stats"]["generations"] == 30
    assert result["status"] in {"feasible", "infeasible"} and result["schedule"]


def test_invalid_input_gives_400_with_named_diagnostics(client):
    body = campus_body(time_limit=2)
    del body["rooms"][0]["capacity"]
    body["groups"][0]["courses"].append("NOPE 1")
    response = client.post("/schedules", json=body)
    assert response.status_code == 400
    errors = [d for d in response.json()["diagnostics"] if d["severity"] == "error"]
    assert {(d["code"], d["location"], d["field"]) for d in errors} == {
        ("missing_field", "Rooms.json, record 1", "capacity"),
        ("unknown_course", "Groups.json, record 1", "courses[3]")}

    document = demo_body()
    document["document"]["problem"]["rooms"][0]["capacity"] = "big"
    response = client.post("/schedules", json=document)
    assert response.status_code == 400
    [error] = response.json()["diagnostics"]
    assert (error["field"], error["code"]) == ("problem.rooms[0].capacity", "wrong_type")

    response = client.post("/schedules", json={"courses": []})
    assert response.status_code == 400
    assert response.json()["diagnostics"][0]["field"] == "groups"
    response = client.post("/schedules", json=demo_body(time_limit="long"))
    assert response.json()["diagnostics"][0]["field"] == "settings.time_limit"
    response = client.post("/schedules", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 400 and response.json()["diagnostics"][0]["code"] == "malformed_json"
    nested = b"[" * 100_000 + b"]" * 100_000
    response = client.post("/schedules", content=nested, headers={"content-type": "application/json"})
    assert response.status_code == 400 and response.json()["diagnostics"][0]["code"] == "too_deep"
    long_number = b'{"courses": ' + b"9" * 5000 + b"}"
    response = client.post("/schedules", content=long_number, headers={"content-type": "application/json"})
    assert response.status_code == 400 and response.json()["diagnostics"][0]["code"] == "number_too_long"


def test_a_shortfall_is_refused_with_its_remedies_unless_allowed(client):
    body = campus_body(time_limit=1, seed=1)
    del body["instructors"][0]["availability"]["Monday"]  # I1, the only MA 101 lecturer, too busy
    response = client.post("/schedules", json=body)
    assert response.status_code == 400
    [error] = [d for d in response.json()["diagnostics"] if d["severity"] == "error"]
    assert (error["code"], error["entity"], len(error["sessions"])) == ("instructor_overload", "instructor I1", 3)
    assert error["remedies"]  # what would make it fit, as the engine suggests it
    body["settings"].update(allow_shortfalls=True, leave_unplaced=True)
    s = wait_final(client, submit(client, body))
    assert s["status"] == "succeeded" and s["result_status"] == "infeasible"


def test_cancelling_a_running_job_keeps_its_best_timetable(client):
    job_id = submit(client, demo_body(time_limit=30, seed=5, target=[0, 0]))
    wait_for(lambda: (p := status(client, job_id)["progress"])["best_hard"] == 0 and p["generation"] > 0,
             30, "the run to find a feasible timetable", interval=0.2)
    started = time.monotonic()
    response = client.delete(f"/schedules/{job_id}")
    assert response.status_code == 202
    s = wait_final(client, job_id, timeout=15)
    assert s["status"] == "cancelled" and "best timetable" in s["reason"]
    assert time.monotonic() - started < 5  # the stop flag, not the grace-period termination
    result = client.get(f"/schedules/{job_id}/result").json()
    assert result["status"] == "stopped" and result["stats"]["stop_reason"] == "stopped"
    assert result["score"]["hard"] == 0 and result["schedule"]
    again = client.delete(f"/schedules/{job_id}")
    assert again.status_code == 200 and again.json()["status"] == "cancelled"


def test_no_token_no_access(client):
    job_id = submit(client, demo_body(time_limit=1, generations=5))
    for method, path in [("post", "/schedules"), ("get", f"/schedules/{job_id}"),
                         ("get", f"/schedules/{job_id}/result"), ("delete", f"/schedules/{job_id}")]:
        bare = getattr(client, method)(path, headers={"Authorization": ""})
        assert bare.status_code == 401 and bare.headers["www-authenticate"] == "Bearer"
        wrong = getattr(client, method)(path, headers={"Authorization": "Bearer not-the-token"})
        assert wrong.status_code == 403
    for open_path in ("/docs", "/redoc", "/openapi.json"):  # no unauthenticated pages at all
        assert client.get(open_path, headers={"Authorization": ""}).status_code in (401, 404)
    assert client.get("/schedules/0123456789abcdef0123456789abcdef").status_code == 404
    assert client.delete(f"/schedules/{job_id}").status_code in (200, 202)
    assert wait_final(client, job_id)["status"] in ("succeeded", "cancelled")


def test_a_killed_worker_fails_its_job_while_the_other_worker_finishes(client, store):
    doomed = submit(client, demo_body(time_limit=30, seed=1, target=[0, 0]))
    survivor = submit(client, demo_body(time_limit=5, seed=2, target=[0, 0]))
    wait_for(lambda: all(status(client, j)["status"] == "running" for j in (doomed, survivor)), 30,
             "both jobs to run, one on each worker", interval=0.2)
    assert status(client, doomed)["worker"] != status(client, survivor)["worker"]
    waiting = submit(client, demo_body(time_limit=5))  # both workers are busy: it stays queued
    assert status(client, waiting)["status"] == "queued"
    assert client.delete(f"/schedules/{waiting}").status_code == 202
    s = status(client, waiting)
    assert (s["status"], s["reason"]) == ("cancelled", "cancelled before it started")
    assert client.get(f"/schedules/{waiting}/result").status_code == 409
    os.kill(int(store.get(doomed)["pid"]), signal.SIGKILL)
    s = wait_final(client, doomed, timeout=20)
    assert s["status"] == "failed" and "worker process running the job died" in s["reason"]
    assert client.get(f"/schedules/{doomed}/result").status_code == 409
    s = wait_final(client, survivor, timeout=30)
    assert s["status"] == "succeeded"
    assert client.get(f"/schedules/{survivor}/result").json()["score"]["hard"] == 0
    time.sleep(1.0)  # the cancelled job is never run, by the respawned process or the other worker
    assert status(client, waiting)["status"] == "cancelled" and status(client, waiting)["started_at"] is None
