"""Helpers for the service tests: free loopback ports, waiting, and starting and
stopping the Redis server and Celery worker processes these tests own."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

TOKEN = "test-token-3f9c"
REPO_ROOT = Path(__file__).resolve().parents[2]
DEMO_JSON = REPO_ROOT / "resources" / "demo" / "demo_institution.json"
CAMPUS_SMALL = REPO_ROOT / "tests" / "engine" / "fixtures" / "campus_small"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout: float, what: str, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")


def stop_process_group(proc: subprocess.Popen) -> None:
    """End a process started here and its children (its own process group)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def service_env(config) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "SCHEDULE_ENGINE_BROKER_URL": config.broker_url, "SCHEDULE_ENGINE_RESULT_BACKEND": config.result_backend,
        "SCHEDULE_ENGINE_API_TOKEN": config.api_token, "SCHEDULE_ENGINE_MAX_TIME_LIMIT": str(config.max_time_limit),
        "SCHEDULE_ENGINE_RESULT_TTL": str(config.result_ttl), "PYTHONUNBUFFERED": "1",
    })
    return env


def start_worker(config, name: str, log: Path) -> subprocess.Popen:
    out = open(log, "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "schedule_engine.service", "worker", "--pool", "prefork",
         "--concurrency", "1", "-n", f"{name}@localhost", "--without-gossip", "--without-mingle",
         "--loglevel", "INFO"],
        env=service_env(config), cwd=REPO_ROOT, stdout=out, stderr=subprocess.STDOUT,
        start_new_session=True)
    out.close()
    return proc
