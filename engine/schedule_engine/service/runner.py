"""Run one submission through the engine and keep what its exports need.

Campus data goes through :func:`schedule_engine.api.run_schedule_from_json`;
an engine document is solved the same way from its problem (and its stored
timetable as warm start).  Both give the same result dict."""

from __future__ import annotations

from typing import Callable

from schedule_engine.model import Assignment, Problem, Solution
from schedule_engine.service.inputs import CAMPUS_KEYS, Submission, apply_settings, build_problem


def run_submission(submission: Submission, settings: dict,
                   progress: Callable[[dict], None] | None = None,
                   stop: Callable[[], bool] | None = None) -> tuple[dict, dict | None]:
    """(the result dict, the engine JSON document of problem and timetable, or None
    when the input turned out invalid)."""
    if submission.kind == "campus":
        from schedule_engine.api import run_schedule_from_json

        data = submission.data
        result = run_schedule_from_json(*(data[k] for k in CAMPUS_KEYS), time_grid=data.get("time_grid"),
                                        settings=settings, progress=progress, stop=stop)
    else:
        result = _run_document(submission, settings, progress, stop)
    if result.get("status") == "invalid_input":
        return result, None
    problem, _initial, _warnings = build_problem(submission)
    return result, timetable_document(apply_settings(problem, settings), result)


def _run_document(submission: Submission, settings: dict, progress, stop) -> dict:
    """As run_schedule_from_json does for campus data: check the settings, solve,
    attach remedies to shortfalls, and answer with the same dict."""
    from schedule_engine.api import _invalid, result_to_dict
    from schedule_engine.api_settings import check_settings, nothing_to_schedule
    from schedule_engine.errors import InvalidInputError
    from schedule_engine.solver import solve

    try:
        options, setting_warnings = check_settings(settings)
        problem, initial, warnings = build_problem(submission)
        problem = apply_settings(problem, settings)
    except InvalidInputError as exc:
        return _invalid(exc.diagnostics)
    empty = nothing_to_schedule(problem)
    warnings = [*warnings, *setting_warnings, *([empty] if empty else [])]
    result = solve(problem, options, initial=initial, progress=progress, stop=stop)
    if result.status == "invalid_input":
        from schedule_engine.remedies import with_remedies

        out = _invalid(warnings + with_remedies(problem, list(result.diagnostics)))
        out["stats"] = dict(result.stats)
        return out
    answer = result_to_dict(problem, result, warnings)
    answer.setdefault("settings", options.to_dict())
    return answer


def solution_from_result(problem: Problem, result: dict) -> Solution:
    """The timetable of a result dict (its ``schedule`` rows) as a Solution."""
    grid = problem.time_grid
    assignments = tuple(
        Assignment(row["session_id"], grid.slot(int(row["day_index"]), int(row["start_period"])),
                   row.get("room"), row.get("instructor"), bool(row.get("pinned_time")),
                   bool(row.get("pinned_room")))
        for row in result.get("schedule", [])
    )
    meta = {"seed": result.get("stats", {}).get("seed"),
            "engine_version": result.get("stats", {}).get("engine_version")}
    return Solution(assignments, meta={k: v for k, v in meta.items() if v is not None})


def timetable_document(problem: Problem, result: dict) -> dict:
    from schedule_engine.io.engine_json import document_to_dict

    return document_to_dict(problem, solution_from_result(problem, result))
