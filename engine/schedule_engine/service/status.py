"""A job's status as the API reports it: the job store's record, corrected by
what Celery knows (a worker process that died) and by the heartbeat (a worker
that stopped answering)."""

from __future__ import annotations

import time

from celery import Celery

from schedule_engine.service.store import FAILED, FINAL, RUNNING, JobStore

LOST_STATES = {"FAILURE", "REVOKED"}


def _lost_reason(app: Celery, job_id: str) -> str | None:
    """Why Celery ended the task although the job store still says it runs, or None."""
    result = app.AsyncResult(job_id)
    if result.state not in LOST_STATES:
        return None
    if result.state == "REVOKED":
        return "the job was terminated"
    error = result.result
    name = type(error).__name__ if isinstance(error, BaseException) else "error"
    if name == "WorkerLostError":
        return f"the worker process running the job died ({error})"
    return f"the job failed in the worker: {name}: {error}"


def current_job(store: JobStore, app: Celery, job_id: str, heartbeat_timeout: float) -> dict | None:
    """The job's record, with a lost job marked failed (for good) first."""
    job = store.get(job_id)
    if job is None or job["status"] in FINAL:
        return job
    reason = _lost_reason(app, job_id)
    if reason is None and job["status"] == RUNNING and job["heartbeat"] is not None:
        silent = time.time() - job["heartbeat"]
        if silent > heartbeat_timeout:
            reason = f"the worker stopped answering (no heartbeat for {silent:.0f} s)"
    if reason is not None:
        store.finish(job_id, FAILED, reason)
        job = store.get(job_id)
    return job


def status_view(job_id: str, job: dict) -> dict:
    """The JSON body of ``GET /schedules/{id}``."""
    progress = job.get("progress") or {}
    return {
        "id": job_id,
        "status": job["status"],
        "reason": job.get("reason") or None,
        "input": job.get("input"),
        "progress": {
            "phase": progress.get("phase"),
            "generation": progress.get("generation", 0),
            "elapsed": progress.get("elapsed", 0.0),
            "fraction": progress.get("fraction", 0.0),
            "best_hard": progress.get("hard"),
            "best_soft": progress.get("soft"),
        },
        "settings": job.get("settings") or {},
        "seed": job.get("seed"),
        "result_status": job.get("result_status") or None,
        "worker": job.get("worker") or None,
        "submitted_at": job.get("submitted_at"),
        "started_at": job.get("started_at"),
        "finished_at": job.get("finished_at"),
    }
