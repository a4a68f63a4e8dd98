"""A real Redis server and real Celery worker processes on loopback, for the
service tests.  Skips (with the reason) when redis-server is not installed;
CI installs it (.ci/run)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest

pytest.importorskip("celery", reason="the service extra (celery, fastapi, redis) is not installed")
pytest.importorskip("fastapi", reason="the service extra (celery, fastapi, redis) is not installed")

from service_helpers import TOKEN, free_port, start_worker, stop_process_group, wait_for  # noqa: E402


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    exe = shutil.which("redis-server")
    if exe is None:
        pytest.skip("redis-server is not installed (Debian package redis-server; .ci/run installs it)")
    port = free_port()
    log = tmp_path_factory.mktemp("redis") / "redis.log"
    proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--logfile", str(log)],
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)

    def answers() -> bool:
        try:
            return bool(client.ping())
        except redis.ConnectionError:
            return False

    wait_for(answers, 15, "redis-server to answer")
    yield f"redis://127.0.0.1:{port}/0"
    client.close()
    stop_process_group(proc)


@pytest.fixture(scope="session")
def service_config(redis_url):
    from schedule_engine.service.config import ServiceConfig

    return ServiceConfig(broker_url=redis_url, result_backend=redis_url, api_token=TOKEN,
                         default_time_limit=10.0, max_time_limit=30.0, result_ttl=600,
                         cancel_grace=5.0, heartbeat_timeout=30.0)


@pytest.fixture(scope="session")
def workers(service_config, tmp_path_factory):
    """Two Celery workers, one solve each at a time."""
    folder = tmp_path_factory.mktemp("workers")
    procs = {name: start_worker(service_config, name, folder / f"{name}.log") for name in ("w1", "w2")}
    try:
        for name, proc in procs.items():
            log = folder / f"{name}.log"
            wait_for(lambda: proc.poll() is not None or "ready." in log.read_text(), 90,
                     f"worker {name} to be ready")
            assert proc.poll() is None, f"worker {name} exited:\n{log.read_text()[-3000:]}"
        yield procs
    finally:
        for proc in procs.values():
            stop_process_group(proc)


@pytest.fixture(scope="session")
def client(service_config, workers):
    from fastapi.testclient import TestClient

    from schedule_engine.service.http_api import create_app

    with TestClient(create_app(service_config), headers={"Authorization": f"Bearer {TOKEN}"}) as c:
        yield c


@pytest.fixture(scope="session")
def store(service_config):
    from schedule_engine.service.store import JobStore

    return JobStore.from_url(service_config.result_backend, service_config.result_ttl)


@pytest.fixture()
def small_config(service_config):
    return replace(service_config, max_request_bytes=4096)
