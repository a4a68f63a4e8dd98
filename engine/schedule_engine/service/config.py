"""The service's settings, read once from the environment.

Every variable starts with ``SCHEDULE_ENGINE_``:

``BROKER_URL``           Redis address of the job queue (default ``redis://127.0.0.1:6379/0``)
``RESULT_BACKEND``       Redis address of the result and job store (default: the broker)
``API_TOKEN``            the Bearer secret every request must carry (no token: no access)
``HOST`` / ``PORT``      where ``schedule-engine serve`` listens (``127.0.0.1`` / ``8000``)
``DEFAULT_TIME_LIMIT``   seconds a job may search when its settings give none (60)
``MAX_TIME_LIMIT``       the server's cap on any job's ``time_limit`` (600)
``RESULT_TTL``           seconds a finished job and its result are kept (86400)
``MAX_REQUEST_BYTES``    largest accepted request body (10 MiB)
``CANCEL_GRACE``         seconds a cancelled run has to stop before it is terminated (10)
``HEARTBEAT_TIMEOUT``    seconds without a heartbeat after which a running job is failed (30)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping

PREFIX = "SCHEDULE_ENGINE_"
DEFAULT_BROKER = "redis://127.0.0.1:6379/0"


class ConfigError(ValueError):
    """An environment variable holds a value the service cannot use."""


def _number(env: Mapping[str, str], name: str, default: float, *, minimum: float = 0.0) -> float:
    text = env.get(PREFIX + name)
    if text is None or text.strip() == "":
        return default
    try:
        value = float(text)
    except ValueError:
        raise ConfigError(f"{PREFIX}{name}: expected a number, got {text!r}") from None
    if value < minimum:
        raise ConfigError(f"{PREFIX}{name}: must be at least {minimum:g}, got {text!r}")
    return value


@dataclass(frozen=True)
class ServiceConfig:
    broker_url: str = DEFAULT_BROKER
    result_backend: str = DEFAULT_BROKER
    api_token: str = ""
    host: str = "127.0.0.1"
    port: int = 8000
    default_time_limit: float = 60.0
    max_time_limit: float = 600.0
    result_ttl: int = 86400
    max_request_bytes: int = 10 * 1024 * 1024
    cancel_grace: float = 10.0
    heartbeat_timeout: float = 30.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "ServiceConfig":
        env = os.environ if env is None else env
        broker = env.get(PREFIX + "BROKER_URL") or DEFAULT_BROKER
        max_limit = _number(env, "MAX_TIME_LIMIT", 600.0, minimum=1.0)
        return cls(
            broker_url=broker,
            result_backend=env.get(PREFIX + "RESULT_BACKEND") or broker,
            api_token=env.get(PREFIX + "API_TOKEN", ""),
            host=env.get(PREFIX + "HOST") or "127.0.0.1",
            port=int(_number(env, "PORT", 8000, minimum=1)),
            default_time_limit=min(_number(env, "DEFAULT_TIME_LIMIT", 60.0, minimum=0.1), max_limit),
            max_time_limit=max_limit,
            result_ttl=int(_number(env, "RESULT_TTL", 86400, minimum=1)),
            max_request_bytes=int(_number(env, "MAX_REQUEST_BYTES", 10 * 1024 * 1024, minimum=1024)),
            cancel_grace=_number(env, "CANCEL_GRACE", 10.0),
            heartbeat_timeout=_number(env, "HEARTBEAT_TIMEOUT", 30.0, minimum=1.0),
        )

    def soft_time_limit(self, time_limit: float) -> float:
        """Celery's soft limit for a job: its own limit plus room to start and finish."""
        return time_limit + max(30.0, 0.25 * time_limit)

    def hard_time_limit(self, time_limit: float) -> float:
        """Celery's hard limit: the soft one plus the cancel grace period, the last guard."""
        return self.soft_time_limit(time_limit) + max(self.cancel_grace, 10.0)
