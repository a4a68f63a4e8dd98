"""The engine's JSON entry point: plain dicts in, a plain JSON-serialisable
dict out.  Used by scripts, servers and the command line.

    result = run_schedule_from_json(courses, groups, instructors, rooms,
                                    settings={"time_limit": 60, "seed": 7})
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from schedule_engine.constraint_catalog import CATALOG
from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.model import Problem, Solution, TimeGrid
from schedule_engine.solver import SolveOptions, SolveResult, solve
from schedule_engine.version import ENGINE_VERSION

SCHEMA_VERSION = 1

SOLVE_KEYS = ("time_limit", "generations", "seed", "workers", "effort", "target", "stagnation")


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
    weights = dict(problem.settings.weights)
    unknown = [k for k in (settings.get("weights") or {}) if k not in CATALOG]
    if unknown:
        raise InvalidInputError([Diagnostic("error", f"unknown constraint id {k!r}", field=f"settings.weights.{k}")
                                 for k in unknown])
    weights.update({k: int(v) for k, v in (settings.get("weights") or {}).items()})
    new = replace(problem.settings, weights=weights)
    if "room_capacity_hard" in settings:
        new = replace(new, room_capacity_hard=bool(settings["room_capacity_hard"]))
    return replace(problem, settings=new)


def solve_options(settings: dict) -> SolveOptions:
    """SolveOptions from the ``settings`` dict of the JSON API."""
    kwargs = {k: settings[k] for k in SOLVE_KEYS if k in settings}
    if "target" in kwargs and kwargs["target"] is not None:
        kwargs["target"] = tuple(kwargs["target"])
    return SolveOptions(**kwargs)


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
        "diagnostics": [d.to_dict() for d in warnings + list(result.diagnostics)],
        "stats": dict(result.stats),
    }


def run_schedule_from_json(courses: list[dict], groups: list[dict], instructors: list[dict],
                           rooms: list[dict], *, time_grid: dict | TimeGrid | None = None,
                           settings: dict | None = None,
                           progress: Callable[[dict], None] | None = None,
                           stop: Callable[[], bool] | None = None,
                           initial: Solution | None = None) -> dict:
    """Timetable the campus four-file data (lists of dicts as in the files).

    ``settings`` takes ``time_limit`` (s), ``generations``, ``seed``, ``workers``,
    ``effort``, ``target`` ([hard, soft]), ``stagnation`` (s), ``weights`` (per
    constraint id), ``room_capacity_hard`` and ``time_grid``.  Invalid input
    gives ``status == "invalid_input"`` with the diagnostics, never an exception.
    """
    from schedule_engine.io.campus import read_campus
    from schedule_engine.io.engine_json import time_grid_from_dict

    settings = dict(settings or {})
    grid = time_grid if time_grid is not None else settings.get("time_grid")
    try:
        if isinstance(grid, dict):
            grid = time_grid_from_dict(grid, source="settings", path="time_grid")
        problem, warnings = read_campus(courses, groups, instructors, rooms, time_grid=grid)
        problem = _settings_problem(problem, settings)
        options = solve_options(settings)
    except InvalidInputError as exc:
        return _invalid(exc.diagnostics)
    except (TypeError, ValueError) as exc:
        return _invalid([Diagnostic("error", str(exc), field="settings")])
    result = solve(problem, options, initial=initial, progress=progress, stop=stop)
    if result.status == "invalid_input":
        out = _invalid(warnings + list(result.diagnostics))
        out["stats"] = dict(result.stats)
        return out
    return result_to_dict(problem, result, warnings)
