"""``schedule-engine serve``: the API as its own process under uvicorn."""

from __future__ import annotations

import subprocess
import sys

import httpx2
from service_helpers import REPO_ROOT, TOKEN, free_port, service_env, stop_process_group, wait_for

from schedule_engine.cli import main as cli_main


def test_serve_refuses_to_start_without_a_token(monkeypatch, capsys):
    monkeypatch.delenv("SCHEDULE_ENGINE_API_TOKEN", raising=False)
    assert cli_main(["serve"]) == 2
    assert "set SCHEDULE_ENGINE_API_TOKEN" in capsys.readouterr().err


def test_serve_answers_on_loopback_and_guards_every_route(service_config, tmp_path):
    port = free_port()
    log = open(tmp_path / "serve.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "schedule_engine.cli", "serve", "--port", str(port)],
                            env=service_env(service_config), cwd=REPO_ROOT, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    log.close()
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx2.get(base + "/schedules/x", timeout=1).status_code == 401
        except httpx2.TransportError:
            return proc.poll() is not None

    try:
        wait_for(up, 60, "schedule-engine serve to listen")
        assert proc.poll() is None, (tmp_path / "serve.log").read_text()
        auth = {"Authorization": f"Bearer {TOKEN}"}
        assert httpx2.post(base + "/schedules", json={}, timeout=5).status_code == 401
        missing = httpx2.get(base + "/schedules/0123456789abcdef0123456789abcdef", headers=auth, timeout=5)
        assert missing.status_code == 404 and "expired" in missing.json()["detail"]
        bad = httpx2.post(base + "/schedules", json={"document": []}, headers=auth, timeout=5)
        assert bad.status_code == 400 and bad.json()["diagnostics"][0]["field"] == "document"
    finally:
        stop_process_group(proc)
