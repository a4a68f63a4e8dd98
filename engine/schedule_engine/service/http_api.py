"""The HTTP API (FastAPI): submit, watch, fetch and cancel timetabling jobs.

    POST   /schedules               campus four-file JSON or an engine document, + settings
                                    -> 202 {"id": ...} | 400 {"status": "invalid_input", "diagnostics": [...]}
    GET    /schedules/{id}          status, progress, settings and seed
    GET    /schedules/{id}/result   the run_schedule_from_json dict; ?format=csv|xlsx|html|ics
    DELETE /schedules/{id}          stop the run and keep its best timetable

Every route needs the Bearer token.  The only work any route starts is the
engine's solve task; nothing in a request names code to run.
"""

from __future__ import annotations

import re
import time
import uuid
from datetime import date

from celery import Celery
from celery.exceptions import TimeoutError as CeleryTimeoutError
from fastapi import BackgroundTasks, Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from schedule_engine.errors import InvalidInputError
from schedule_engine.service.auth import check_token
from schedule_engine.service.celery_app import TASK_NAME
from schedule_engine.service.config import ServiceConfig
from schedule_engine.service.exports import NO_PDF, export_bytes
from schedule_engine.service.inputs import check_submission, effective_settings, parse_submission
from schedule_engine.service.limits import read_json_body
from schedule_engine.service.status import current_job, status_view
from schedule_engine.service.store import CANCELLED, FINAL, QUEUED, SUCCEEDED, JobStore

JOB_ID = re.compile(r"^[0-9a-f]{32}$")


def _invalid(diagnostics: list) -> JSONResponse:
    return JSONResponse(status_code=400, content={
        "status": "invalid_input", "diagnostics": [d.to_dict() for d in diagnostics]})


def create_app(config: ServiceConfig, celery_app: Celery | None = None,
               store: JobStore | None = None) -> FastAPI:
    if celery_app is None:
        from schedule_engine.service.celery_app import make_app
        celery_app = make_app(config)
    store = store or JobStore.from_url(config.result_backend, config.result_ttl)

    def authorized(request: Request) -> None:
        check_token(request, config.api_token)

    api = FastAPI(title="Schedule Engine service", version="1", dependencies=[Depends(authorized)],
                  docs_url=None, redoc_url=None, openapi_url=None)  # no page without the token

    def job_or_404(job_id: str) -> dict:
        job = current_job(store, celery_app, job_id, config.heartbeat_timeout) if JOB_ID.match(job_id) else None
        if job is None:
            raise HTTPException(404, f"no job {job_id!r} (unknown, or its result has expired)")
        return job

    @api.post("/schedules", status_code=202)
    async def submit(request: Request) -> Response:
        try:
            submission = parse_submission(await read_json_body(request, config.max_request_bytes))
            settings = effective_settings(submission.settings, config.default_time_limit,
                                          config.max_time_limit)
        except InvalidInputError as exc:
            return _invalid(exc.diagnostics)
        checked = await run_in_threadpool(check_submission, submission, settings)
        if not checked.runnable:
            return _invalid(checked.diagnostics)
        diagnostics = checked.diagnostics
        job_id = uuid.uuid4().hex
        store.create(job_id, settings, settings["seed"], submission.kind)
        limit = settings["time_limit"]
        celery_app.send_task(TASK_NAME, args=[job_id, submission.kind, submission.data, settings],
                             task_id=job_id, soft_time_limit=config.soft_time_limit(limit),
                             time_limit=config.hard_time_limit(limit))
        return JSONResponse(status_code=202, headers={"Location": f"/schedules/{job_id}"}, content={
            "id": job_id, "status": QUEUED, "settings": settings, "seed": settings["seed"],
            "warnings": [d.to_dict() for d in diagnostics]})

    @api.get("/schedules/{job_id}")
    def get_status(job_id: str) -> dict:
        return status_view(job_id, job_or_404(job_id))

    @api.get("/schedules/{job_id}/result")
    def get_result(job_id: str, format: str | None = Query(None), term_start: date | None = None,
                   term_end: date | None = None, combined: bool = False,
                   timezone: str | None = None) -> Response:
        job = job_or_404(job_id)
        if job["status"] not in (SUCCEEDED, CANCELLED):
            raise HTTPException(409, {"status": job["status"], "reason": job.get("reason") or
                                      "the job has not finished; poll GET /schedules/{id}"})
        if format == "pdf":
            raise HTTPException(415, NO_PDF)
        result = None
        if job.get("result_status"):  # the engine answered; its result is in Celery's result store
            try:
                result = celery_app.AsyncResult(job_id).get(timeout=15, propagate=False)
            except CeleryTimeoutError:
                raise HTTPException(503, "the result is still being stored; ask again shortly",
                                    headers={"Retry-After": "1"}) from None
        if not isinstance(result, dict):
            raise HTTPException(409, {"status": job["status"], "reason": job.get("reason") or
                                      "this job kept no timetable"})
        if format is None or format == "json":
            return JSONResponse(result)
        return _export(job_id, format, term_start=term_start, term_end=term_end,
                       combined=combined, tz_name=timezone)

    def _export(job_id: str, fmt: str, **options) -> Response:
        from schedule_engine.export import FORMATS

        if fmt not in FORMATS:
            raise HTTPException(400, f"format={fmt!r} is not offered; use json, {', '.join(FORMATS)}")
        document = store.document(job_id)
        if document is None:
            raise HTTPException(409, "this job kept no timetable to export")
        try:
            file = export_bytes(document, fmt, job_id, **options)
        except InvalidInputError as exc:
            raise HTTPException(400, "; ".join(d.message for d in exc.diagnostics)) from None
        return Response(file.content, media_type=file.media_type,
                        headers={"Content-Disposition": f'attachment; filename="{file.name}"'})

    @api.delete("/schedules/{job_id}", status_code=202)
    def cancel(job_id: str, background: BackgroundTasks) -> JSONResponse:
        job = job_or_404(job_id)
        if job["status"] in FINAL:
            return JSONResponse(status_code=200, content=status_view(job_id, job))
        store.request_cancel(job_id)
        if job["status"] == QUEUED and store.finish(job_id, CANCELLED, "cancelled before it started",
                                                    only_if=QUEUED):
            celery_app.control.revoke(job_id)
        else:  # running (or just started): the worker sees the flag and stops
            background.add_task(_terminate_after_grace, job_id)
        return JSONResponse(status_code=202, content=status_view(job_id, store.get(job_id) or job))

    def _terminate_after_grace(job_id: str) -> None:
        """The engine stops at its next generation; a run that does not is terminated."""
        deadline = time.monotonic() + config.cancel_grace
        while time.monotonic() < deadline:
            job = store.get(job_id)
            if job is None or job["status"] in FINAL:
                return
            time.sleep(0.2)
        if store.finish(job_id, CANCELLED, f"the run did not stop within {config.cancel_grace:g} s of "
                                           "the cancel and was terminated; no timetable was kept"):
            celery_app.control.revoke(job_id, terminate=True, signal="SIGKILL")

    return api
