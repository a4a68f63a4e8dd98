"""The Celery application: Redis as broker and result store, JSON messages
only, one job per worker process at a time, acknowledged when it ends.

``celery -A schedule_engine.service worker`` finds it as ``app``.  A worker
should run the prefork pool (the default; Celery's hard time limit needs it)
with ``--concurrency`` no larger than its cores: one solve per process."""

from __future__ import annotations

import logging
from functools import lru_cache

from celery import Celery
from celery.signals import worker_process_init

from schedule_engine.service.config import ServiceConfig

TASK_NAME = "schedule_engine.service.solve"


def make_app(config: ServiceConfig) -> Celery:
    app = Celery("schedule_engine", broker=config.broker_url, backend=config.result_backend,
                 include=["schedule_engine.service.tasks"])
    app.conf.update(
        task_serializer="json", result_serializer="json", accept_content=["json"],
        result_expires=config.result_ttl,
        result_extended=False,
        task_acks_late=True,               # a job leaves the queue when it ends ...
        task_reject_on_worker_lost=False,  # ... and is failed, not re-run, if its process dies
        worker_prefetch_multiplier=1,      # an idle worker takes the next job, not a busy one
        task_track_started=True,
        broker_connection_retry_on_startup=True,
        # a job still running must not be handed to a second worker
        broker_transport_options={"visibility_timeout": int(2 * config.max_time_limit + 3600)},
        worker_hijack_root_logger=False,
    )
    app.conf.schedule_engine = config
    return app


@lru_cache(maxsize=1)
def get_app() -> Celery:
    """The application configured from the environment (built once per process)."""
    return make_app(ServiceConfig.from_env())


@worker_process_init.connect
def _warm_up(**_kwargs) -> None:
    """Compile (or load) the search kernels when a worker process starts, not in its first job."""
    from schedule_engine.solver.warmup import ensure_compiled

    try:
        ensure_compiled()
    except Exception:  # the job that follows reports the failure as its reason
        logging.getLogger(__name__).exception("warming up the search kernels failed")
