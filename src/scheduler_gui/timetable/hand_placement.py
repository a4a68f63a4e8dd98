"""Hand placement of one session, shared by the week grid and the Unplaced tray:
the right-click menu (pins, unplace, find a place, the weeks of its
instructor, groups and room), "Find a place", and the question a drop on a
red slot asks.  Every change is one undo step on the document.

Dialogs are shown through :attr:`HandPlacement.ask` (``dialog.exec()``), which
tests replace to answer them.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from schedule_engine.export.views import Entry
from schedule_engine.placement_search import find_places, resolve_drop
from scheduler_gui.timetable.commands import (
    MoveSessionCommand, PinCommand, ResolutionCommand, UnplaceCommand, session_title,
)
from scheduler_gui.timetable.conflict_question import (
    CANCEL, PLACE_ANYWAY, RESOLVE, ConflictQuestion, resolution_words,
)
from scheduler_gui.timetable.find_place import FindPlaceDialog
from scheduler_gui.timetable.timetable_state import TimetableState
from scheduler_gui.timetable.week_moves import move_week
from scheduler_gui.i18n import translate


class HandPlacement(QObject):
    show_week_requested = Signal(str, str)
    """(kind, entity id): show this group's, instructor's or room's week."""

    def __init__(self, state: TimetableState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.ask: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.view_week = 0
        """The week in view of a two-week cycle (1 or 2; 0 both): a fortnightly session moved goes there."""

    @property
    def document(self):
        return self.state.document

    def title(self, session_id: str) -> str:
        return session_title(self.state.sessions.get(session_id), session_id)

    # -- edits -----------------------------------------------------------------
    def pin(self, session_ids: list[str], *, time: bool | None = None, room: bool | None = None) -> None:
        self.document.push(PinCommand(self.document, session_ids, time=time, room=room,
                                      base=self.state.solution))

    def unplace(self, session_id: str) -> None:
        self.document.push(UnplaceCommand(self.document, session_id, base=self.state.solution,
                                          session=self.state.sessions.get(session_id)))

    def move(self, session_id: str, slot: int, room: str | None = None) -> None:
        session = self.state.sessions.get(session_id)
        self.document.push(MoveSessionCommand(self.document, session_id, slot, room,
                                              inspector=self.state.inspector, session=session,
                                              week=move_week(session, self.view_week, self.state.solution)))

    def find_place(self, session_id: str, parent: QWidget | None = None) -> bool:
        """List the best legal places; move the session to the one chosen."""
        if session_id not in self.state.sessions:
            return False
        options = find_places(self.state.inspector, session_id)
        dialog = FindPlaceDialog(self.state.problem, self.title(session_id), options, parent)
        try:
            if self.ask(dialog) != QDialog.DialogCode.Accepted or dialog.chosen() is None:
                return False
            option = dialog.chosen()
        finally:
            dialog.deleteLater()
        self.move(session_id, option.slot, option.room_id)
        return True

    def drop_on_conflict(self, session_id: str, slot: int, refusal: str,
                         parent: QWidget | None = None) -> str:
        """Ask what to do with a drop on a red slot and do it; returns the choice."""
        resolution = resolve_drop(self.state.problem, self.state.solution, session_id, slot,
                                  self.state.compiled)
        titles = {m.session_id: self.title(m.session_id) for m in resolution.moves} if resolution else {}
        text = resolution_words(self.state.problem, resolution, titles) if resolution else None
        box = ConflictQuestion(parent, self.title(session_id), refusal, text)
        try:
            self.ask(box)
            choice = box.choice()
        finally:
            box.deleteLater()
        if choice == RESOLVE and resolution is not None:
            self.document.push(ResolutionCommand(self.document, resolution, self.title(session_id)))
        elif choice == PLACE_ANYWAY:
            self.move(session_id, slot)
        else:
            choice = CANCEL
        return choice

    # -- the menu ----------------------------------------------------------------
    def session_menu(self, session_id: str, entry: Entry | None, parent: QWidget | None = None) -> QMenu:
        """The right-click menu of a session (``entry`` None: it is not placed)."""
        menu = QMenu(parent)
        menu.setObjectName("session_menu")
        if entry is not None:
            sid = [session_id]
            self._add(menu, translate("SessionMenu", "Pin time"), lambda: self.pin(sid, time=True)).setEnabled(not entry.pin_time)
            self._add(menu, translate("SessionMenu", "Pin room"), lambda: self.pin(sid, room=True)).setEnabled(
                not entry.pin_room and bool(entry.room_id))
            self._add(menu, translate("SessionMenu", "Pin time and room"), lambda: self.pin(sid, time=True, room=True)).setEnabled(
                not (entry.pin_time and entry.pin_room))
            self._add(menu, translate("SessionMenu", "Unpin"), lambda: self.pin(sid, time=False, room=False)).setEnabled(
                entry.pin_time or entry.pin_room)
            menu.addSeparator()
            self._add(menu, translate("SessionMenu", "Unplace"), lambda: self.unplace(session_id))
        self._add(menu, translate("SessionMenu", "Find a place…"), lambda: self.find_place(session_id, parent))
        menu.addSeparator()
        for kind, entity_id, text in self._weeks(session_id, entry):
            self._add(menu, text, lambda k=kind, e=entity_id: self.show_week_requested.emit(k, e))
        return menu

    def _weeks(self, session_id: str, entry: Entry | None) -> list[tuple[str, str, str]]:
        problem = self.state.problem
        out = []
        assignment = self.state.solution.by_session().get(session_id)
        instructor = entry.instructor_id if entry is not None else (assignment.instructor if assignment else None)
        if instructor:
            person = problem.instructor(instructor)
            out.append(("instructor", instructor, translate("SessionMenu", "Show {name}'s week").format(
                name=person.name if person else instructor)))
        session = self.state.sessions.get(session_id)
        parents = {s.id: g.id for g in problem.groups for s in g.subgroups}
        for attendee in dict.fromkeys(parents.get(a, a) for a in (session.attendees if session else ())):
            group = problem.group(attendee)
            if group is not None:
                out.append(("group", group.id, translate("SessionMenu", "Show {name}'s week").format(
                    name=group.name or group.id)))
        if entry is not None and entry.room_id:
            out.append(("room", entry.room_id, translate("SessionMenu", "Show {name}'s week").format(
                name=entry.room_name or entry.room_id)))
        return out

    @staticmethod
    def _add(menu: QMenu, text: str, slot: Callable[[], object]):
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action
