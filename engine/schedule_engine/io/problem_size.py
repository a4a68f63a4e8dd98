"""Size limits of a whole problem: its time grid and its weekly session periods.

Every importer runs these checks on what it read before anything is derived
from it, so a problem too large to timetable is refused in milliseconds with a
message that names the figure and the limit (see :mod:`schedule_engine.limits`).
"""

from __future__ import annotations

from schedule_engine import limits
from schedule_engine.errors import Diagnostic
from schedule_engine.model import Problem


def grid_size_problems(n_days: int, n_periods: int, location: str = "", field: str = "time_grid"
                       ) -> list[Diagnostic]:
    """An error for a grid with more days or more periods a day than the limits allow."""
    out = []
    if n_days > limits.DAYS.value:
        out.append(Diagnostic("error", f"The time grid has {n_days:,} days; at most {limits.DAYS.describe()} "
                              "are allowed.", "time grid", f"{field}.days", location, "over_limit"))
    if n_periods > limits.PERIODS_PER_DAY.value:
        out.append(Diagnostic("error", f"The time grid has {n_periods:,} periods a day; at most "
                              f"{limits.PERIODS_PER_DAY.describe()} are allowed.", "time grid",
                              f"{field}.periods", location, "over_limit"))
    return out


def session_periods(problem: Problem) -> int:
    """The weekly periods of every section the problem's sessions come from.

    A section is one component taught to one set of attendees; a component
    taught group by group (or subgroup by subgroup) has one section per group
    (or subgroup) enrolled, a joint one a single section (as
    :func:`schedule_engine.sessions.derive_sessions` cuts them).
    """
    enrolled: dict[str, list] = {}
    for group in problem.groups:
        for course_id in dict.fromkeys(group.courses):
            enrolled.setdefault(course_id, []).append(group)
    total = 0
    for course in problem.courses:
        groups = enrolled.get(course.id, [])
        if not groups and not (course.joint and course.students is not None):
            continue  # not taught (a joint course with its own head count is taught without groups)
        for component in course.components:
            if course.joint and not component.per_subgroup:
                sections = 1
            else:
                sections = sum(len(g.subgroups) if component.per_subgroup and g.subgroups else 1
                               for g in groups)
            total += max(0, component.periods_per_week) * sections
    return total


def problem_size_problems(problem: Problem, location: str = "") -> list[Diagnostic]:
    """Errors for a problem beyond the grid or session limits (empty when it is within)."""
    grid = problem.time_grid
    out = grid_size_problems(grid.n_days, grid.n_periods, location)
    total = session_periods(problem)
    if total > limits.SESSION_PERIODS.value:
        out.append(Diagnostic("error", f"The courses ask for {total:,} weekly session periods (weekly "
                              "periods of each component times the groups taught); at most "
                              f"{limits.SESSION_PERIODS.describe()} are allowed.", "problem", "courses",
                              location, "over_limit"))
    return out
