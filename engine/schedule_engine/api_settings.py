"""The ``settings`` of the JSON API, checked at the boundary.

Solver settings are the fields of :class:`SolveOptions` (read by its
``from_dict``); the others change the problem (``weights``,
``room_capacity_hard``, ``time_grid``).  A value of the wrong type or out of
range is an error naming the setting; a key nobody knows is a warning (so a
caller's typo is visible, not silently ignored).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping

from schedule_engine.constraint_catalog import CATALOG
from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.model import Problem
from schedule_engine.solver.options import SolveOptions

PROBLEM_KEYS = ("weights", "room_capacity_hard", "time_grid")
"""Settings that change the problem rather than the search."""


def _bad(key: str, message: str) -> Diagnostic:
    return Diagnostic("error", f"Setting {key!r}: {message}.", field=f"settings.{key}", code="invalid_setting")


def check_settings(settings: Any) -> tuple[SolveOptions, list[Diagnostic]]:
    """(solver options, warnings about unknown keys); raises
    :class:`InvalidInputError` naming every bad setting."""
    if settings is None:
        return SolveOptions(), []
    if not isinstance(settings, Mapping):
        raise InvalidInputError([Diagnostic("error", "settings must be an object of name: value pairs "
                                            f"(got {type(settings).__name__}).", field="settings",
                                            code="invalid_setting")])
    problems = _problem_setting_errors(settings)
    try:
        options = SolveOptions.from_dict(settings)
    except InvalidInputError as exc:
        problems = list(exc.diagnostics) + problems
        options = SolveOptions()
    if problems:
        raise InvalidInputError(problems)
    warnings = [Diagnostic("warning", f"Unknown setting {key!r} was ignored.", field=f"settings.{key}",
                           code="unknown_setting")
                for key in SolveOptions.unknown_keys(settings, PROBLEM_KEYS)]
    return options, warnings


def _problem_setting_errors(settings: Mapping[str, Any]) -> list[Diagnostic]:
    problems = []
    weights = settings.get("weights")
    if weights is not None and not isinstance(weights, Mapping):
        problems.append(_bad("weights", "must be an object of constraint id: weight"))
    for key, value in (weights or {}).items() if isinstance(weights, Mapping) else ():
        if key not in CATALOG:
            problems.append(Diagnostic("error", f"unknown constraint id {key!r}", field=f"settings.weights.{key}"))
        elif isinstance(value, bool) or not isinstance(value, int) or value < 0:
            problems.append(_bad(f"weights.{key}", f"must be a whole number of at least 0 (got {value!r})"))
    if "room_capacity_hard" in settings and not isinstance(settings["room_capacity_hard"], bool):
        problems.append(_bad("room_capacity_hard", f"must be true or false (got {settings['room_capacity_hard']!r})"))
    grid = settings.get("time_grid")
    if grid is not None and not isinstance(grid, Mapping):
        problems.append(_bad("time_grid", "must be an object (days and periods)"))
    return problems


def with_problem_settings(problem: Problem, settings: Mapping[str, Any] | None) -> Problem:
    """The problem with the checked ``weights`` and ``room_capacity_hard`` applied."""
    settings = settings or {}
    weights = dict(problem.settings.weights)
    weights.update({k: int(v) for k, v in (settings.get("weights") or {}).items()})
    new = replace(problem.settings, weights=weights)
    if "room_capacity_hard" in settings:
        new = replace(new, room_capacity_hard=bool(settings["room_capacity_hard"]))
    return replace(problem, settings=new)


def nothing_to_schedule(problem: Problem) -> Diagnostic | None:
    """A warning when the problem has no groups or no courses."""
    missing = [name for name, items in (("groups", problem.groups), ("courses", problem.courses)) if not items]
    if not missing:
        return None
    return Diagnostic("warning", f"There is nothing to schedule: the data has no {' and no '.join(missing)}.",
                      code="nothing_to_schedule")
