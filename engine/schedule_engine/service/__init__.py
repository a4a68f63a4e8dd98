"""Timetabling as a service: an HTTP API in front of Celery workers that run
the engine, with Redis as the broker and the result store.

Optional: ``pip install schedule-engine[service]``.  Start the API with
``schedule-engine serve`` and the workers with
``celery -A schedule_engine.service worker``; both read their settings from
the environment (see :mod:`schedule_engine.service.config`).

Importing this package loads nothing heavy: the Celery application is built on
first access to ``app``, so ``schedule-engine`` keeps working without the extra.
"""

from __future__ import annotations

from typing import Any

__all__ = ["app"]


def __getattr__(name: str) -> Any:
    if name in ("app", "celery"):
        from schedule_engine.service.celery_app import get_app

        return get_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
