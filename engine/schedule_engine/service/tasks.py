"""The one task a worker runs: solve a submitted job with the engine."""

from __future__ import annotations

import logging
import os
from functools import lru_cache

from celery.exceptions import SoftTimeLimitExceeded

from schedule_engine.service.celery_app import TASK_NAME, get_app
from schedule_engine.service.inputs import Submission
from schedule_engine.service.runner import run_submission
from schedule_engine.service.store import CANCELLED, FAILED, FINAL, SUCCEEDED, JobStore
from schedule_engine.service.watch import JobWatch, ProgressRecorder

log = logging.getLogger(__name__)
app = get_app()


@lru_cache(maxsize=1)
def job_store() -> JobStore:
    config = app.conf.schedule_engine
    return JobStore.from_url(config.result_backend, config.result_ttl)


def outcome_status(result: dict, cancelled: bool) -> tuple[str, str]:
    """(job status, reason) for the engine's result dict."""
    if result.get("status") == "invalid_input":
        messages = [d["message"] for d in result.get("diagnostics", []) if d.get("severity") == "error"]
        return FAILED, "invalid input: " + "; ".join(messages[:3])
    if cancelled:
        return CANCELLED, "cancelled by the client; the result is the best timetable found"
    return SUCCEEDED, ""


@app.task(name=TASK_NAME, bind=True)
def solve_job(self, job_id: str, kind: str, data: dict, settings: dict) -> dict | None:
    """Run the job; returns the result dict (Celery keeps it in the result store)."""
    store = job_store()
    job = store.get(job_id)
    if job is None or job["status"] in FINAL:
        log.info("job %s: %s, not run", job_id, "expired" if job is None else job["status"])
        return None
    if store.cancel_requested(job_id):
        store.finish(job_id, CANCELLED, "cancelled before it started")
        return None
    if not store.mark_running(job_id, worker=self.request.hostname or "", pid=os.getpid()):
        return None  # cancelled (or expired) meanwhile
    recorder = ProgressRecorder(store, job_id)
    try:
        with JobWatch(store, job_id) as watch:
            result, document = run_submission(Submission(kind, data, settings), settings,
                                               progress=recorder, stop=watch.stop_requested)
    except SoftTimeLimitExceeded:
        store.finish(job_id, FAILED, "the job ran past the server's time limit and was stopped")
        raise
    except Exception as exc:
        store.finish(job_id, FAILED, f"the engine failed: {type(exc).__name__}: {exc}")
        raise
    if document is not None:
        store.save_document(job_id, document)
    status, reason = outcome_status(result, watch.cancelled.is_set())
    store.finish(job_id, status, reason, result_status=result.get("status", ""))
    return result
