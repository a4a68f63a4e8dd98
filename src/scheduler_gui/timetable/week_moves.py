"""The week of a hand move in a two-week cycle.

A weekly session is always moved with week 0 (every week).  A fortnightly
session dragged in the view of one week goes to that week; in the combined
view it keeps its own week (week A when it has none yet).

The engine's move inspection (``TimetableInspector.start_options``,
``room_options``, ``explain``...) and ``move_session`` take that week.
"""

from __future__ import annotations

from schedule_engine import Session
from schedule_engine.model import Solution


def own_week(solution: Solution, session_id: str) -> int:
    """The week a fortnightly session is taught in now (1 when it names none)."""
    a = solution.by_session().get(session_id)
    return a.week if a is not None and a.week in (1, 2) else 1


def move_week(session: Session | None, view_week: int, solution: Solution) -> int:
    """The week a move of ``session`` gives: 0 for a weekly session; the week in
    view (1 or 2) for a fortnightly one, or its own week when both are in view."""
    if session is None or not session.fortnightly:
        return 0
    return view_week if view_week in (1, 2) else own_week(solution, session.id)
