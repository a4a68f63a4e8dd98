"""``schedule-engine serve``: run the HTTP API with uvicorn.

Registered by :mod:`schedule_engine.cli` when this package is present; it
needs the ``service`` extra (``pip install schedule-engine[service]``).
The workers start with ``celery -A schedule_engine.service worker``."""

from __future__ import annotations

import argparse
import importlib.util
import sys

REQUIRED = ("fastapi", "uvicorn", "celery", "redis")


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "serve", help="run the timetabling HTTP API (needs the service extra)",
        description="Serve the timetabling API. Settings come from SCHEDULE_ENGINE_* environment "
                    "variables: BROKER_URL (Redis), API_TOKEN (required), HOST, PORT, "
                    "MAX_TIME_LIMIT, RESULT_TTL, MAX_REQUEST_BYTES; see docs/SERVICE.md. "
                    "Jobs run in Celery workers: celery -A schedule_engine.service worker.")
    parser.add_argument("--host", help="address to listen on (default SCHEDULE_ENGINE_HOST or 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default SCHEDULE_ENGINE_PORT or 8000)")
    parser.set_defaults(handler=run_serve)
    return parser


def run_serve(args: argparse.Namespace) -> int:
    missing = [name for name in REQUIRED if importlib.util.find_spec(name) is None]
    if missing:
        print(f"error: the service needs {', '.join(missing)}: "
              "pip install 'schedule-engine[service]'", file=sys.stderr)
        return 2
    from schedule_engine.service.config import ConfigError, ServiceConfig

    try:
        config = ServiceConfig.from_env()
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not config.api_token:
        print("error: set SCHEDULE_ENGINE_API_TOKEN: the API serves no one without a token",
              file=sys.stderr)
        return 2
    import uvicorn

    from schedule_engine.service.http_api import create_app

    uvicorn.run(create_app(config), host=args.host or config.host, port=args.port or config.port,
                log_level="info")
    return 0
