"""The engine's JSON entry point: plain dicts in, a plain JSON-serialisable
dict out.  Used by scripts, servers and the command line.

    result = run_schedule_from_json(courses, groups, instructors, rooms,
                                    settings={"time_limit": 60, "seed": 7})
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Callable

from schedule_engine.api_settings import check_settings, nothing_to_schedule, with_problem_settings
from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.model import Problem, Solution, TimeGrid
from schedule_engine.rules.validate import rules_warning
from schedule_engine.solver import SolveOptions, SolveResult, solve
from schedule_engine.version import ENGINE_VERSION

SCHEMA_VERSION = 1

ANSWER_FORMATS = ("engine", "seed")


def _invalid(diagnostics: list[Diagnostic]) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "status": "invalid_input",
        "schedule": [],
        "unplaced": [],
        "score": None,
        "violations": [],
        "diagnostics": [d.to_dict() for d in diagnostics],
        "stats": {"engine_version": ENGINE_VERSION},
    }


def _settings_problem(problem: Problem, settings: dict) -> Problem:
    """The problem with the settings' weights applied (raises on a bad setting)."""
    check_settings(settings)
    return with_problem_settings(problem, settings)


def solve_options(settings: dict) -> SolveOptions:
    """SolveOptions from the ``settings`` dict of the JSON API (raises
    :class:`InvalidInputError` naming a bad setting)."""
    return check_settings(settings)[0]


def result_to_dict(problem: Problem, result: SolveResult, warnings: list[Diagnostic]) -> dict:
    """The JSON shape of a solve result: schedule rows, score, violations, stats."""
    from schedule_engine.export.views import timetable_entries, unplaced
    from schedule_engine.scoring import evaluate

    evaluation = evaluate(problem, result.solution)
    schedule = [
        {
            "session_id": e.session_id, "course": e.course_id, "course_title": e.course_title,
            "session_type": e.session_type, "groups": list(e.groups),
            "instructor": e.instructor_id or None, "instructor_name": e.instructor_name,
            "room": e.room_id or None, "room_name": e.room_name,
            "day": e.day_name, "day_index": e.day, "start_period": e.start_period,
            "periods": e.length, "start": e.start_time, "end": e.end_time,
            "pinned_time": e.pin_time, "pinned_room": e.pin_room,
            **({"week": e.week, "week_name": e.week_name} if problem.time_grid.n_weeks == 2 else {}),
        }
        for e in timetable_entries(problem, result.solution)
    ]
    return {
        "schema_version": SCHEMA_VERSION,
        "status": result.status,
        "schedule": schedule,
        "unplaced": [s.id for s in unplaced(problem, result.solution)],
        "score": {"hard": evaluation.hard, "soft": evaluation.soft,
                  "breakdown": dict(evaluation.breakdown)},
        "violations": [v.to_dict() for v in evaluation.violations],
        "diagnostics": [d.to_dict() for d in warnings + rules_warning(problem) + list(result.diagnostics)],
        "stats": dict(result.stats),
    }


def _with_remedies(problem: Problem, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Shortfalls carry their checked remedies (see ``schedule_engine.remedies``)."""
    from schedule_engine.diagnostics import SHORTFALL_CODES

    if not any(d.code in SHORTFALL_CODES for d in diagnostics):
        return diagnostics
    from schedule_engine.remedies import with_remedies

    return with_remedies(problem, diagnostics)


def run_schedule_from_json(courses: list[dict], groups: list[dict], instructors: list[dict],
                           rooms: list[dict], *, time_grid: dict | TimeGrid | None = None,
                           settings: dict | None = None,
                           progress: Callable[..., None] | None = None,
                           stop: Callable[[], bool] | None = None,
                           initial: Solution | None = None, format: str = "engine",
                           fractional_hours: str = "fortnightly") -> dict:
    """Timetable the campus four-file data (lists of dicts as in the files).

    ``fractional_hours`` reads fractional weekly hours: ``fortnightly`` (the
    default: 1.5 h is 3 periods every other week, in week A or B of a two-week
    cycle) or ``round-up`` (1.5 h is 2 periods every week); see
    :mod:`schedule_engine.io.campus_hours`.

    ``settings`` takes ``time_limit`` (s), ``generations``, ``seed``, ``workers``,
    ``effort``, ``target`` ([hard, soft]), ``stagnation`` (s), ``weights`` (per
    constraint id), ``room_capacity_hard``, ``time_grid``, ``allow_shortfalls`` (solve
    data whose only errors are shortfalls) and ``leave_unplaced`` (leave what cannot
    fit unplaced; the answer's ``stats.shortfalls`` lists it per shortfall).  Invalid input
    gives ``status == "invalid_input"`` with the diagnostics, never an exception:
    a setting of the wrong type or out of range is named in a diagnostic, an
    unknown setting is a warning, and data with no groups or no courses answers
    with a warning that there is nothing to schedule.

    ``progress`` is the engine's ``callback(event_dict)`` or the seed engine's
    ``callback(gen, total, metrics)``, told apart by its signature (see
    :mod:`schedule_engine.solver.progress`); a callback that raises is dropped
    and the answer carries a warning.  ``format="seed"`` gives ``schedule`` in
    the seed engine's ``schedule.json`` shape (see
    :mod:`schedule_engine.export.seed_json`).

    The time limit counts from this call (reading the data included) unless
    ``settings`` carry ``started``, the moment the run was asked for.
    """
    called_at = time.time()
    from schedule_engine.io.campus import read_campus
    from schedule_engine.io.engine_json import time_grid_from_dict

    try:
        options, setting_warnings = check_settings(settings)
        if format not in ANSWER_FORMATS:
            raise InvalidInputError([Diagnostic("error", f"format must be one of {', '.join(ANSWER_FORMATS)} "
                                                f"(got {format!r}).", field="format", code="invalid_setting")])
        if fractional_hours not in ("round-up", "fortnightly"):
            raise InvalidInputError([Diagnostic(
                "error", f"fractional_hours must be round-up or fortnightly (got {fractional_hours!r}).",
                field="fractional_hours", code="invalid_setting")])
    except InvalidInputError as exc:
        return _invalid(exc.diagnostics)
    settings = dict(settings or {})
    grid = time_grid if time_grid is not None else settings.get("time_grid")
    try:
        if isinstance(grid, dict):
            grid = time_grid_from_dict(grid, source="settings", path="time_grid")
        problem, warnings = read_campus(courses, groups, instructors, rooms, time_grid=grid,
                                        fractional_hours=fractional_hours)
        problem = with_problem_settings(problem, settings)
    except InvalidInputError as exc:
        return _invalid(exc.diagnostics)
    except (TypeError, ValueError) as exc:
        return _invalid([Diagnostic("error", str(exc), field="settings")])
    empty = nothing_to_schedule(problem)
    warnings = [*warnings, *setting_warnings, *([empty] if empty else [])]
    asked = options if options.started is not None else replace(options, started=called_at)
    result = solve(problem, asked, initial=initial, progress=progress, stop=stop)
    result = replace(result, diagnostics=_with_remedies(problem, list(result.diagnostics)))
    if result.status == "invalid_input":
        out = _invalid(warnings + list(result.diagnostics))
        out["stats"] = dict(result.stats)
        return out
    answer = result_to_dict(problem, result, warnings)
    answer.setdefault("settings", options.to_dict())
    if format == "seed":
        from schedule_engine.export.seed_json import seed_schedule

        answer["format"] = "seed"
        answer["schedule"] = seed_schedule(problem, result.solution)
    return answer
