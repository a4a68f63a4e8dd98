"""What a client sends to ``POST /schedules``, read and checked at once.

Two shapes are accepted, each with an optional ``settings`` object (the
settings of :func:`schedule_engine.api.run_schedule_from_json`):

* the campus four-file JSON: ``{"courses": [...], "groups": [...],
  "instructors": [...], "rooms": [...], "time_grid": {...}?, "settings": {...}}``
* an engine JSON document: ``{"document": {"kind": "schedule-engine", ...},
  "settings": {...}}`` (a timetable stored in it is the warm start and keeps its pins)
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.model import Problem, Solution

CAMPUS_KEYS = ("courses", "groups", "instructors", "rooms")


@dataclass(frozen=True)
class Submission:
    kind: str  # "campus" or "document"
    data: dict
    settings: dict


def _error(message: str, field: str, code: str = "invalid_request") -> InvalidInputError:
    return InvalidInputError([Diagnostic("error", message, field=field, location="request body",
                                         code=code)])


def parse_submission(body: object) -> Submission:
    """The submission in a decoded request body; InvalidInputError names the field."""
    if not isinstance(body, dict):
        raise _error("the request body must be a JSON object", "")
    settings = body.get("settings", {})
    if settings is None:
        settings = {}
    if not isinstance(settings, dict):
        raise _error("settings must be a JSON object", "settings")
    if "document" in body:
        if not isinstance(body["document"], dict):
            raise _error("document must be an engine JSON document (an object)", "document")
        return Submission("document", body["document"], dict(settings))
    missing = [k for k in CAMPUS_KEYS if k not in body]
    if missing:
        raise _error("expected an engine JSON document under 'document' or the campus four-file "
                     f"data; missing: {', '.join(missing)}", missing[0], code="missing_field")
    for key in CAMPUS_KEYS:
        if not isinstance(body[key], list):
            raise _error(f"{key} must be a list of records", key)
    data = {k: body[k] for k in CAMPUS_KEYS}
    if body.get("time_grid") is not None:
        data["time_grid"] = body["time_grid"]
    return Submission("campus", data, dict(settings))


def build_problem(submission: Submission) -> tuple[Problem, Solution | None, list[Diagnostic]]:
    """(problem, timetable stored with it or None, reading warnings); raises InvalidInputError."""
    if submission.kind == "document":
        from schedule_engine.io.engine_json import document_from_dict

        problem, solution = document_from_dict(submission.data, source="document")
        return problem, solution, []
    from schedule_engine.io.campus import read_campus
    from schedule_engine.io.engine_json import time_grid_from_dict

    grid = submission.data.get("time_grid", submission.settings.get("time_grid"))
    if isinstance(grid, dict):
        grid = time_grid_from_dict(grid, source="request body", path="time_grid")
    problem, warnings = read_campus(*(submission.data[k] for k in CAMPUS_KEYS), time_grid=grid)
    return problem, None, warnings


def effective_settings(settings: dict, default_time_limit: float, max_time_limit: float) -> dict:
    """The settings a job runs with: a time limit capped by the server, one search
    process (a worker runs one solve) and an explicit seed, so the run can be repeated."""
    out = dict(settings)
    limit = out.get("time_limit")
    if limit is None:
        limit = default_time_limit
    if isinstance(limit, bool) or not isinstance(limit, (int, float)) or limit <= 0:
        raise _error(f"settings.time_limit must be a positive number of seconds, got {limit!r}",
                     "settings.time_limit")
    out["time_limit"] = float(min(limit, max_time_limit))
    seed = out.get("seed")
    if seed is None:
        seed = random.SystemRandom().randrange(1 << 31)
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise _error(f"settings.seed must be an integer, got {seed!r}", "settings.seed")
    out["seed"] = seed
    out["workers"] = 1
    return out


@dataclass(frozen=True)
class SubmissionCheck:
    diagnostics: list[Diagnostic]
    runnable: bool


def check_submission(submission: Submission, settings: dict | None = None) -> SubmissionCheck:
    """Every diagnostic of the submission run with ``settings`` (by default its
    own): errors with their remedies and warnings, as a solve would report them
    before searching, and whether the engine would search: no errors, or only
    shortfalls with ``allow_shortfalls``."""
    from schedule_engine.api_settings import check_settings
    from schedule_engine.diagnostics import SHORTFALL_CODES, merge, only_shortfalls, validate

    try:
        settings = submission.settings if settings is None else settings
        options, setting_warnings = check_settings(settings)
        problem, _solution, warnings = build_problem(submission)
        problem = apply_settings(problem, settings)
    except InvalidInputError as exc:
        return SubmissionCheck(list(exc.diagnostics), False)
    except (TypeError, ValueError) as exc:
        return SubmissionCheck([Diagnostic("error", str(exc), field="settings", location="request body")], False)
    diagnostics = merge(warnings, setting_warnings, validate(problem))
    if any(d.code in SHORTFALL_CODES for d in diagnostics):
        from schedule_engine.remedies import with_remedies

        diagnostics = with_remedies(problem, diagnostics)
    errors = [d for d in diagnostics if d.severity == "error"]
    allowed = options.allow_shortfalls or options.ignore_errors
    return SubmissionCheck(diagnostics, not errors or (allowed and only_shortfalls(errors)))


def apply_settings(problem: Problem, settings: dict) -> Problem:
    """The problem with the settings' constraint weights and room-capacity rule."""
    from schedule_engine.api_settings import with_problem_settings

    return with_problem_settings(problem, settings)
