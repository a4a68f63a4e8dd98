"""Inside a worker: the job's stop flag and its reports to the job store.

A :class:`JobWatch` thread polls the job's cancel key in Redis and sets a
``threading.Event``; the engine's stop callable reads only that event, so the
search loop never waits on the network.  The same thread writes a heartbeat,
by which the API tells a job whose worker died.  :class:`ProgressRecorder` is
the engine's progress callback: it writes at most a few events a second."""

from __future__ import annotations

import logging
import threading
import time

from schedule_engine.service.store import JobStore

log = logging.getLogger(__name__)

PROGRESS_KEYS = ("phase", "generation", "elapsed", "fraction", "hard", "soft")


class JobWatch:
    def __init__(self, store: JobStore, job_id: str, poll: float = 0.2, beat: float = 1.0):
        self._store = store
        self._job_id = job_id
        self._poll = poll
        self._beat = beat
        self.cancelled = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"watch-{job_id}", daemon=True)

    def stop_requested(self) -> bool:
        """The engine's stop callable."""
        return self.cancelled.is_set()

    def __enter__(self) -> "JobWatch":
        if self._store.cancel_requested(self._job_id):
            self.cancelled.set()
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._done.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        last_beat = 0.0
        while not self._done.wait(self._poll):
            try:
                if not self.cancelled.is_set() and self._store.cancel_requested(self._job_id):
                    log.info("job %s: cancel requested", self._job_id)
                    self.cancelled.set()
                now = time.monotonic()
                if now - last_beat >= self._beat:
                    self._store.heartbeat(self._job_id)
                    last_beat = now
            except Exception:  # the store is briefly unreachable: keep solving, try again
                log.warning("job %s: job store unreachable", self._job_id, exc_info=True)


class ProgressRecorder:
    """Engine progress events -> the job's ``progress`` field (rate-limited)."""

    def __init__(self, store: JobStore, job_id: str, interval: float = 0.25):
        self._store = store
        self._job_id = job_id
        self._interval = interval
        self._last = float("-inf")
        self.latest: dict = {}

    def __call__(self, event: dict) -> None:
        snapshot = {k: event[k] for k in PROGRESS_KEYS if k in event}
        for k in ("hard", "soft"):
            if k not in snapshot and k in self.latest:
                snapshot[k] = self.latest[k]
        self.latest = snapshot
        now = time.monotonic()
        if now - self._last < self._interval and event.get("phase") != "done":
            return
        self._last = now
        try:
            self._store.set_progress(self._job_id, snapshot)
        except Exception:
            log.warning("job %s: could not record progress", self._job_id, exc_info=True)
