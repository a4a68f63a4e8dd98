"""Weeks of the teaching cycle in the reference evaluation.

A grid with two weeks (A and B) is scored over *cells*: ``cell = w * T + t``
with ``w`` the 0-based week of the cycle and ``t`` the slot of that week
(``T`` slots per week).  A session taught every week (``Assignment.week`` 0)
occupies its periods in every week of the cycle, a fortnightly one (week 1 or
2) only in its week.  With one week a cell is the slot itself, so a one-week
timetable is scored exactly as before.  ``cell // n_periods`` is the *row*
``w * n_days + day``: clashes, loads and gaps are counted per row.
"""

from __future__ import annotations

from schedule_engine.model import EVERY_WEEK, Solution, TimeGrid
from schedule_engine.sessions import Session


def session_week(session: Session, stored: int) -> int:
    """The week a session is taught in: 0 (every week) for a weekly session
    whatever is stored; a fortnightly one stored with week 0 is read as week 1."""
    if not session.fortnightly:
        return EVERY_WEEK
    return stored if stored in (1, 2) else 1


def solution_weeks(sessions: list[Session], solution: Solution | None) -> list[int]:
    """Per session (in ``sessions`` order) its week in ``solution``, read by :func:`session_week`."""
    stored = {a.session_id: a.week for a in solution.assignments} if solution is not None else {}
    return [session_week(sess, stored.get(sess.id, EVERY_WEEK)) for sess in sessions]


def week_indices(week: int, n_weeks: int) -> range:
    """The 0-based weeks of the cycle a session of ``week`` occupies."""
    if week == EVERY_WEEK or n_weeks < 2:
        return range(n_weeks)
    return range(week - 1, week)


def session_cells(grid: TimeGrid, slot: int, length: int, week: int) -> list[int]:
    """The cells a placed session occupies: its periods inside its day, in each of its weeks."""
    if slot < 0:
        return []
    P, T = grid.n_periods, grid.n_slots
    periods = [slot + k for k in range(length) if slot % P + k < P]
    return [w * T + t for w in week_indices(week, grid.n_weeks) for t in periods]


def cell_slot(grid: TimeGrid, cell: int) -> int:
    """The slot of the week a cell lies in."""
    return cell % grid.n_slots if grid.n_slots else cell


def cell_week(grid: TimeGrid, cell: int) -> int:
    """The week (1-based) of a cell in a two-week cycle; 0 in a one-week grid."""
    return cell // grid.n_slots + 1 if grid.n_weeks > 1 and grid.n_slots else 0


def week_words(grid: TimeGrid, week: int) -> str:
    """' in week A' for week 1 of a two-week cycle; '' for every week or a one-week grid."""
    label = grid.week_label(week) if grid.n_weeks > 1 else ""
    return f" in week {label}" if label else ""


def row_words(grid: TimeGrid, row: int) -> str:
    """The weekday of a row (``w * n_days + day``), with its week in a two-week cycle."""
    week, day = divmod(row, grid.n_days)
    return grid.days[day] + week_words(grid, week + 1 if grid.n_weeks > 1 else 0)
