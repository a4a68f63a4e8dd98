"""ITC-2007 solutions: one ``<course> <room> <day> <timeslot>`` line per lecture.

The k-th line of a course fills that course's k-th session (in the engine's
session order).  Room ids may be written with or without the ``r`` prefix the
distributed instance files use.
"""

from __future__ import annotations

import logging

from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.io.numbers import NumberProblem, shown, whole_from_text
from schedule_engine.limits import Limit
from schedule_engine.model import Assignment, Problem, Solution
from schedule_engine.sessions import Session, derive_sessions

log = logging.getLogger(__name__)


def _room_lookup(problem: Problem) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for room in problem.rooms:
        lookup.setdefault(room.id, room.id)
    for room in problem.rooms:
        if room.id.startswith("r") and len(room.id) > 1:
            lookup.setdefault(room.id[1:], room.id)
        else:
            lookup.setdefault("r" + room.id, room.id)
    return lookup


def _index(text: str, count: int) -> int | None:
    """A day or timeslot index below ``count``, written with the digits 0-9; None otherwise."""
    try:
        value = whole_from_text(text, Limit(max(count - 1, 0), "on the grid"))
    except NumberProblem:
        return None
    return value if value < count else None


def _teacher(session: Session) -> str | None:
    return session.candidate_instructors[0] if session.candidate_instructors else None


def read_ctt_solution(text: str, problem: Problem, name: str = "solution") -> Solution:
    """Parse a solution for ``problem``; :class:`InvalidInputError` lists every bad line."""
    sessions_of: dict[str, list[Session]] = {}
    for session in derive_sessions(problem):
        sessions_of.setdefault(session.course_id, []).append(session)
    rooms = _room_lookup(problem)
    grid = problem.time_grid
    used: dict[str, int] = {}
    placed: dict[str, Assignment] = {}
    errors: list[Diagnostic] = []

    def error(number: int, field: str, message: str) -> None:
        errors.append(Diagnostic("error", message, field=field, location=f"{name}, line {number}",
                                 code="bad_solution_line"))

    for number, raw in enumerate(text.splitlines(), start=1):
        fields = raw.split()
        if not fields:
            continue
        if len(fields) != 4:
            error(number, "", "A solution line needs 4 fields: course room day timeslot.")
            continue
        course_id, room_id, day_text, period_text = fields
        if course_id not in sessions_of:
            error(number, "course", f"Unknown course '{course_id}' (or one with no lectures).")
            continue
        if room_id not in rooms:
            error(number, "room", f"Unknown room '{room_id}'.")
            continue
        day = _index(day_text, grid.n_days)
        if day is None:
            error(number, "day", f"The day must be a whole number in 0..{grid.n_days - 1}, not {shown(day_text)}.")
            continue
        period = _index(period_text, grid.n_periods)
        if period is None:
            error(number, "timeslot", f"The timeslot must be a whole number in 0..{grid.n_periods - 1}, "
                  f"not {shown(period_text)}.")
            continue
        k = used.get(course_id, 0)
        if k >= len(sessions_of[course_id]):
            error(number, "course", f"More lines for '{course_id}' than its "
                  f"{len(sessions_of[course_id])} lectures.")
            continue
        used[course_id] = k + 1
        session = sessions_of[course_id][k]
        placed[session.id] = Assignment(session.id, grid.slot(day, period),
                                        rooms[room_id], _teacher(session))
    if errors:
        raise InvalidInputError(errors)
    assignments = []
    for course_sessions in sessions_of.values():
        for session in course_sessions:
            assignments.append(placed.get(session.id) or Assignment(session.id, instructor=_teacher(session)))
    return Solution(tuple(assignments), {"format": "itc2007"})


def write_ctt_solution(problem: Problem, solution: Solution) -> str:
    """The ITC-2007 text of a solution; unplaced or roomless sessions are left out."""
    grid = problem.time_grid
    by_session = solution.by_session()
    lines = []
    skipped = 0
    for session in derive_sessions(problem):
        a = by_session.get(session.id)
        if a is None or a.slot is None or a.room is None:
            skipped += 1
            continue
        day, period = grid.day_period(a.slot)
        lines.append(f"{session.course_id} {a.room} {day} {period}")
    if skipped:
        log.warning("%d sessions without a time or room are left out of the ITC-2007 solution", skipped)
    return "\n".join(lines) + ("\n" if lines else "")
