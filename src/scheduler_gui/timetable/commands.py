"""Undo commands of the timetable: a move, a swap, pin changes, unplacing, and
a placement with the moves that make room for it.

Each keeps the timetable before and after the edit and sets one or the other
on the document, so one user action is exactly one undo step.  The timetable
edited is ``base`` (the view's timetable, fitted to the current data) when
given, else the document's.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtGui import QUndoCommand

from schedule_engine import Session
from schedule_engine.model import Solution
from schedule_engine.placement_search import Resolution, unplace_session
from schedule_engine.timetable_edits import TimetableInspector, move_session, set_pins, swap_sessions
from scheduler_gui.document import ProjectDocument
from scheduler_gui.i18n import translate
from scheduler_gui.timetable.card_text import session_type_word


def session_title(session: Session | None, session_id: str) -> str:
    """'CS101 lecture' for a session (its id when unknown)."""
    return f"{session.course_id} {session_type_word(session.session_type)}" if session is not None else session_id


class SolutionEditCommand(QUndoCommand):
    """Replace the document's timetable; undo puts the old one back."""

    def __init__(self, document: ProjectDocument, before: Solution | None, after: Solution, text: str):
        super().__init__(text)
        self._document = document
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._document.set_solution(self.after)

    def undo(self) -> None:
        self._document.set_solution(self.before)


class MoveSessionCommand(SolutionEditCommand):
    """Move one session to a start slot (best legal room unless ``room``) and pin it.
    ``week`` (1 or 2) puts a fortnightly session in that week of a two-week cycle."""

    def __init__(self, document: ProjectDocument, session_id: str, slot: int, room: str | None = None,
                 *, base: Solution | None = None, inspector: TimetableInspector | None = None,
                 session: Session | None = None, week: int = 0):
        problem = document.problem
        start = inspector.solution if inspector is not None else (base or document.solution or Solution())
        after = move_session(problem, start, session_id, slot, room, inspector=inspector, week=week or None)
        text = translate("TimetableCommand", "Move {session} to {when}").format(
            session=session_title(session, session_id), when=problem.time_grid.slot_label(slot))
        if week:
            text += " " + translate("TimetableCommand", "(week {name})").format(
                name=problem.time_grid.week_label(week) or week)
        super().__init__(document, document.solution, after, text)
        self.session_id = session_id


class SwapSessionsCommand(SolutionEditCommand):
    """Exchange the times of two sessions (rooms stay) and pin both times."""

    def __init__(self, document: ProjectDocument, first: str, second: str, *,
                 base: Solution | None = None, titles: tuple[str, str] | None = None):
        start = base or document.solution or Solution()
        after = swap_sessions(document.problem, start, first, second)
        a, b = titles or (first, second)
        super().__init__(document, document.solution, after,
                         translate("TimetableCommand", "Swap {first} and {second}").format(first=a, second=b))


class PinCommand(SolutionEditCommand):
    """Set or clear the time and/or room pins of some sessions (None: unchanged)."""

    def __init__(self, document: ProjectDocument, session_ids: Iterable[str], *,
                 time: bool | None = None, room: bool | None = None, base: Solution | None = None):
        ids = list(session_ids)
        start = base or document.solution or Solution()
        after = set_pins(start, ids, time=time, room=room)
        both, timed = time is not None and room is not None, time is not None
        if time or room:
            what = (translate("TimetableCommand", "Pin time and room of {sessions}") if both
                    else translate("TimetableCommand", "Pin time of {sessions}") if timed
                    else translate("TimetableCommand", "Pin room of {sessions}"))
        else:
            what = (translate("TimetableCommand", "Unpin time and room of {sessions}") if both
                    else translate("TimetableCommand", "Unpin time of {sessions}") if timed
                    else translate("TimetableCommand", "Unpin room of {sessions}"))
        count = (translate("TimetableCommand", "1 session") if len(ids) == 1
                 else translate("TimetableCommand", "%n sessions", "", len(ids)))
        super().__init__(document, document.solution, after, what.format(sessions=count))


class UnplaceCommand(SolutionEditCommand):
    """Take a session out of the timetable (to the Unplaced tray)."""

    def __init__(self, document: ProjectDocument, session_id: str, *, base: Solution | None = None,
                 session: Session | None = None):
        start = base or document.solution or Solution()
        after = unplace_session(start, session_id)
        super().__init__(document, document.solution, after, translate("TimetableCommand", "Unplace {session}").format(
            session=session_title(session, session_id)))


class ResolutionCommand(SolutionEditCommand):
    """Place a session and move the sessions in its way, as one undo step."""

    def __init__(self, document: ProjectDocument, resolution: Resolution, title: str):
        others = len(resolution.moves) - 1
        text = (translate("TimetableCommand", "Place {session} and move 1 other session") if others == 1
                else translate("TimetableCommand", "Place {session} and move %n other sessions", "", others)).format(
            session=title)
        super().__init__(document, document.solution, resolution.solution, text)
