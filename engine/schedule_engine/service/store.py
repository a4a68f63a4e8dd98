"""The job store: one Redis hash per job (status, progress, settings, seed,
times, reason) plus its cancel flag and, once finished, the engine document
its exports are made from.  Every key expires (see ``ttl``)."""

from __future__ import annotations

import json
import time
from typing import Any

import redis

QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED = "queued", "running", "succeeded", "failed", "cancelled"
FINAL = frozenset({SUCCEEDED, FAILED, CANCELLED})
KEY = "schedule-engine:job:"

# Set the fields unless the job is final (or, with ARGV[2], unless its status is
# other than ARGV[2]); returns 1 when it wrote.
_UPDATE_UNLESS_FINAL = """
local status = redis.call('HGET', KEYS[1], 'status')
if status == false or status == 'succeeded' or status == 'failed' or status == 'cancelled' then
  return 0
end
if ARGV[2] ~= '' and status ~= ARGV[2] then
  return 0
end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('EXPIRE', KEYS[1], ARGV[1])
return 1
"""


class JobStore:
    def __init__(self, client: redis.Redis, ttl: int):
        self.client = client
        self.ttl = int(ttl)
        self._update = client.register_script(_UPDATE_UNLESS_FINAL)

    @classmethod
    def from_url(cls, url: str, ttl: int) -> "JobStore":
        return cls(redis.Redis.from_url(url, decode_responses=True), ttl)

    def _key(self, job_id: str, part: str = "") -> str:
        return KEY + job_id + (":" + part if part else "")

    def create(self, job_id: str, settings: dict, seed: int, kind: str) -> None:
        key = self._key(job_id)
        with self.client.pipeline() as pipe:
            pipe.hset(key, mapping={"status": QUEUED, "settings": json.dumps(settings), "seed": seed,
                                    "input": kind, "submitted_at": time.time(), "progress": "{}"})
            pipe.expire(key, self.ttl)
            pipe.execute()

    def get(self, job_id: str) -> dict[str, Any] | None:
        raw = self.client.hgetall(self._key(job_id))
        if not raw:
            return None
        job: dict[str, Any] = dict(raw)
        job["settings"] = json.loads(raw.get("settings") or "{}")
        job["progress"] = json.loads(raw.get("progress") or "{}")
        job["seed"] = int(raw["seed"]) if raw.get("seed") not in (None, "") else None
        for name in ("submitted_at", "started_at", "finished_at", "heartbeat"):
            job[name] = float(raw[name]) if raw.get(name) else None
        return job

    def update(self, job_id: str, *, only_if: str = "", **fields: Any) -> bool:
        """Write ``fields`` unless the job has finished (or expired), or its status
        is not ``only_if`` when that is given; True when written."""
        args: list[Any] = [self.ttl, only_if]
        for name, value in fields.items():
            args += [name, json.dumps(value) if isinstance(value, (dict, list)) else value]
        return bool(self._update(keys=[self._key(job_id)], args=args))

    def mark_running(self, job_id: str, worker: str, pid: int) -> bool:
        now = time.time()
        return self.update(job_id, only_if=QUEUED, status=RUNNING, started_at=now, heartbeat=now,
                           worker=worker, pid=pid)

    def set_progress(self, job_id: str, progress: dict) -> bool:
        return self.update(job_id, progress=progress, heartbeat=time.time())

    def heartbeat(self, job_id: str) -> bool:
        return self.update(job_id, heartbeat=time.time())

    def finish(self, job_id: str, status: str, reason: str = "", *, only_if: str = "", **fields: Any) -> bool:
        """Make the job final (once: a later call changes nothing) and start its expiry."""
        if status not in FINAL:
            raise ValueError(f"not a final status: {status!r}")
        return self.update(job_id, only_if=only_if, status=status, reason=reason, finished_at=time.time(),
                           **fields)

    def request_cancel(self, job_id: str) -> None:
        self.client.set(self._key(job_id, "cancel"), "1", ex=self.ttl)

    def cancel_requested(self, job_id: str) -> bool:
        return self.client.exists(self._key(job_id, "cancel")) == 1

    def save_document(self, job_id: str, document: dict) -> None:
        self.client.set(self._key(job_id, "document"), json.dumps(document), ex=self.ttl)

    def document(self, job_id: str) -> dict | None:
        text = self.client.get(self._key(job_id, "document"))
        return None if text is None else json.loads(text)
