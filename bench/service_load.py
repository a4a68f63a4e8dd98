"""Load check of the timetabling service, on loopback only and bounded.

    python bench/service_load.py [--jobs 20] [--workers 2] [--time-limit S] [--full-search]

Starts its own redis-server on a free loopback port, ``--workers`` Celery
worker processes (one solve each) and ``schedule-engine serve``; submits
``--jobs`` copies of the demo institution at once over HTTP, polls until every
job has finished (at most 300 s), fetches each result, then stops everything
it started.  Prints jobs per minute and the median and p95 time from submit to
result.  A job stops at its first feasible timetable (a small job) unless
``--full-search`` lets it search for its whole ``--time-limit``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx2
from common import REPO, median

TOKEN = "bench-token"
DEADLINE_S = 300.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(cmd: list[str], env: dict, log: Path) -> subprocess.Popen:
    with open(log, "w") as out:
        return subprocess.Popen(cmd, env=env, cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def wait_until(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise SystemExit(f"timed out waiting for {what}")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def run_load(base: str, args: argparse.Namespace) -> tuple[float, list[float], list[str]]:
    document = json.loads((REPO / "resources" / "demo" / "demo_institution.json").read_text())
    settings = {"time_limit": args.time_limit, "seed": 1}
    if not args.full_search:
        settings["target"] = [0, 10**9]  # stop at the first feasible timetable
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with httpx2.Client(base_url=base, headers=auth, timeout=30) as client:
        t0 = time.monotonic()
        submitted: dict[str, float] = {}
        for i in range(args.jobs):
            response = client.post("/schedules", json={"document": document,
                                                       "settings": {**settings, "seed": i + 1}})
            response.raise_for_status()
            submitted[response.json()["id"]] = time.monotonic()
        latencies, statuses = [], []
        pending = set(submitted)
        while pending and time.monotonic() - t0 < DEADLINE_S:
            for job_id in sorted(pending):
                if client.get(f"/schedules/{job_id}").json()["status"] in ("succeeded", "failed", "cancelled"):
                    result = client.get(f"/schedules/{job_id}/result")
                    latencies.append(time.monotonic() - submitted[job_id])
                    statuses.append(result.json().get("status", "?") if result.status_code == 200 else "failed")
                    pending.discard(job_id)
            time.sleep(0.05)
        wall = time.monotonic() - t0
    if pending:
        raise SystemExit(f"{len(pending)} job(s) unfinished after {DEADLINE_S:g} s")
    return wall, latencies, statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=5.0)
    parser.add_argument("--full-search", action="store_true")
    args = parser.parse_args()
    if not 1 <= args.jobs <= 100 or not 1 <= args.workers <= 4:
        parser.error("--jobs must be 1..100 and --workers 1..4 (a bounded load check)")
    redis_exe = shutil.which("redis-server")
    if redis_exe is None:
        raise SystemExit("redis-server is not installed (apt-get install redis-server)")
    folder = Path(tempfile.mkdtemp(prefix="service-load-"))
    redis_port, api_port = free_port(), free_port()
    url = f"redis://127.0.0.1:{redis_port}/0"
    env = {**os.environ, "SCHEDULE_ENGINE_BROKER_URL": url, "SCHEDULE_ENGINE_API_TOKEN": TOKEN,
           "SCHEDULE_ENGINE_PORT": str(api_port)}
    procs = [start([redis_exe, "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "",
                    "--appendonly", "no"], env, folder / "redis.log")]
    try:
        for i in range(args.workers):
            procs.append(start([sys.executable, "-m", "celery", "-A", "schedule_engine.service", "worker",
                                "--concurrency", "1", "-n", f"load{i}@localhost", "--without-gossip",
                                "--without-mingle", "--loglevel", "WARNING"], env, folder / f"worker{i}.log"))
        procs.append(start([sys.executable, "-m", "schedule_engine.cli", "serve"], env, folder / "api.log"))
        base = f"http://127.0.0.1:{api_port}"

        def api_up() -> bool:
            try:
                return httpx2.get(base + "/schedules/x", timeout=1).status_code == 401
            except httpx2.TransportError:
                return False

        wait_until(api_up, 60, "the API")
        time.sleep(5)  # let the workers finish starting (kernels loaded) before the clock runs
        wall, latencies, statuses = run_load(base, args)
    finally:
        for proc in reversed(procs):
            stop(proc)
    kind = f"full {args.time_limit:g} s search" if args.full_search else "stop at first feasible"
    print(f"{args.jobs} demo jobs ({kind}), {args.workers} worker(s), loopback")
    print(f"results: {', '.join(f'{s} x{statuses.count(s)}' for s in sorted(set(statuses)))}")
    print(f"wall {wall:.1f} s -> {args.jobs / wall * 60:.1f} jobs per minute")
    print(f"submit to result: median {median(latencies):.2f} s, p95 {percentile(latencies, 0.95):.2f} s, "
          f"max {max(latencies):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
