"""Checks of the two-week cycle fields: the grid's week names, fortnightly
components and the weeks of assignments (docs/ARCHITECTURE.md, "Two-week cycles")."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from schedule_engine.errors import Diagnostic
from schedule_engine.model import EVERY_WEEK, Problem, Solution, TimeGrid
from schedule_engine.sessions import derive_sessions

WEEKS = (0, 1, 2)
"""Values of ``Assignment.week``: every week, the first week (A), the second (B)."""


def week_names_problem(names: Sequence[str]) -> str:
    """'' when ``names`` is a valid cycle (no names, or two distinct non-empty
    names), otherwise what is wrong in plain words."""
    if not names:
        return ""
    if len(names) != 2:
        return (f"a cycle has either no week names (one week that repeats) or two (e.g. A and B), "
                f"not {len(names)}")
    if any(not name.strip() for name in names):
        return "a week name is empty: name both weeks (e.g. A and B)"
    if names[0].strip() == names[1].strip():
        return f'both weeks are named "{names[0].strip()}": the two names must differ'
    return ""


def grid_with_week_names(grid: TimeGrid, names: Sequence[str], location: str
                         ) -> tuple[TimeGrid, list[Diagnostic]]:
    """The grid with ``names`` as its weeks, or the grid unchanged and the error naming ``location``."""
    wrong = week_names_problem(names)
    if wrong:
        return grid, [Diagnostic("error", f"The week names are wrong: {wrong}.", "time grid", "week_names",
                                 location, code="bad_week_names")]
    return replace(grid, week_names=tuple(names)), []


def week_problems(problem: Problem) -> list[Diagnostic]:
    """The grid's week names, and fortnightly components on a one-week grid."""
    out: list[Diagnostic] = []
    grid = problem.time_grid
    wrong = week_names_problem(grid.week_names)
    if wrong:
        out.append(Diagnostic("error", f"The week names of the time grid are wrong: {wrong}.",
                              "time grid", "week_names", code="bad_week_names"))
    if grid.n_weeks == 2:
        return out
    for course in problem.courses:
        for comp in course.components:
            if comp.fortnightly:
                out.append(Diagnostic(
                    "error", f"The {comp.session_type} of course {course.id} is taught fortnightly, "
                    f"but the time grid has one week: give the grid a two-week cycle (weeks A and B) "
                    f"or teach it every week.", f"course {course.id}",
                    f"components.{comp.session_type}.fortnightly", code="fortnightly_without_cycle"))
    return out


def solution_week_problems(problem: Problem, solution: Solution, source: str = "",
                           path: str = "solution") -> list[Diagnostic]:
    """Assignments whose week is not 0, 1 or 2, or that give a week to a session
    taught every week."""
    sessions = {s.id: s for s in derive_sessions(problem)}
    out: list[Diagnostic] = []
    for i, a in enumerate(solution.assignments):
        field = f"{path}.assignments[{i}].week"
        entity = f"session {a.session_id}"
        if a.week not in WEEKS:
            out.append(Diagnostic("error", f"week {a.week} is not a week of the cycle (0 every week, "
                                  f"1 the first week, 2 the second)", entity, field, source,
                                  code="bad_week"))
            continue
        session = sessions.get(a.session_id)
        if a.week != EVERY_WEEK and session is not None and not session.fortnightly:
            cycle = problem.time_grid.n_weeks == 2
            why = "it is taught every week" if cycle else "the time grid has one week"
            out.append(Diagnostic("error", f"the session is given week {a.week}, but {why}: "
                                  f"only a fortnightly session has a week", entity, field, source,
                                  code="week_on_weekly_session"))
    return out
