"""What a drag shows: for the dragged session, every start slot of the week
coloured legal or illegal, with the soft change and, on hover, the change per
constraint and the hard violations in plain words.

The colouring is computed once per drag start with the engine's incremental
scorer (:meth:`TimetableInspector.start_options`, a few milliseconds on a
campus) and cached per session until the timetable changes; the words of a
slot are computed lazily when it is hovered, and cached too.

With a two-week cycle a fortnightly session is inspected for one week: the week
in view, or its own week in the combined view (:mod:`~scheduler_gui.timetable.week_moves`);
the words say which week, and a drop gives that week.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from schedule_engine.constraint_catalog import CATALOG
from schedule_engine.timetable_edits import RoomOption, StartOptions
from scheduler_gui.timetable.timetable_state import TimetableState
from scheduler_gui.timetable.week_moves import move_week
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import engine_constraint_name, engine_text
from scheduler_gui.i18n.formats import slot_label


@dataclass(frozen=True)
class SlotInfo:
    slot: int
    legal: bool
    hard_delta: int
    soft_delta: int
    room_id: str | None
    goodness: float
    """0..1 among the legal starts: 1 for the lowest soft change."""

    @property
    def soft_label(self) -> str:
        return f"{self.soft_delta:+d}" if self.soft_delta else "±0"


class DragInspector(QObject):
    inspection_changed = Signal()
    """A drag started or ended (the overlay must be repainted)."""

    def __init__(self, state: TimetableState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.session_id: str | None = None
        self.options: StartOptions | None = None
        self.view_week = 0
        """The week in view of a two-week cycle (1 or 2), 0 for both weeks."""
        self.week = 0
        """The week the inspected session is scored for (0: every week)."""
        self._cache: dict[tuple[str, int], StartOptions] = {}
        self._words: dict[tuple[str, int, int], str] = {}
        self._cached_for = None
        state.changed.connect(self._on_state_changed)

    # -- a drag ------------------------------------------------------------
    def start(self, session_id: str) -> StartOptions | None:
        """Compute (or take from the cache) the colouring for a dragged session."""
        options = self.options_for(session_id)
        if options is None:
            self.stop()
            return None
        self.session_id, self.options = session_id, options
        self.week = self.week_for(session_id)
        self.inspection_changed.emit()
        return options

    def set_view_week(self, week: int) -> None:
        """The week in view changed (1 or 2, 0 for both): a drag scores that week."""
        self.view_week = week

    def week_for(self, session_id: str) -> int:
        """The week a move of the session gives (0 for a weekly session)."""
        return move_week(self.state.sessions.get(session_id), self.view_week, self.state.solution)

    def options_for(self, session_id: str) -> StartOptions | None:
        """The start options of a session (cached), without showing them."""
        self._check_cache()
        if session_id not in self.state.sessions:
            return None
        week = self.week_for(session_id)
        options = self._cache.get((session_id, week))
        if options is None:
            inspector = self.state.inspector
            options = inspector.start_options(inspector.index(session_id), week=week or None)
            self._cache[(session_id, week)] = options
        return options

    def stop(self) -> None:
        if self.session_id is not None:
            self.session_id, self.options, self.week = None, None, 0
            self.inspection_changed.emit()

    @property
    def active(self) -> bool:
        return self.options is not None

    def slot_info(self, slot: int) -> SlotInfo | None:
        options = self.options
        if options is None or not 0 <= slot < len(options.legal):
            return None
        legal = bool(options.legal[slot])
        soft = int(options.soft_delta[slot])
        goodness = 0.0
        if legal:
            legal_soft = options.soft_delta[options.legal]
            low, high = int(legal_soft.min()), int(legal_soft.max())
            goodness = 1.0 if high == low else (high - soft) / (high - low)
        room = int(options.room[slot])
        cp = self.state.compiled
        return SlotInfo(slot, legal, int(options.hard_delta[slot]), soft,
                        cp.room_ids[room] if room >= 0 else None, goodness)

    # -- words -------------------------------------------------------------
    def describe(self, slot: int, *, words: bool = True) -> str:
        """The move in plain words: legality, the room, the change per
        constraint and, when illegal, the hard violations it would cause.

        ``words=False`` names the broken constraints only (instant); the full
        sentences take a full evaluation (a fraction of a second on a campus)
        and are cached per slot."""
        info = self.slot_info(slot)
        if info is None or self.session_id is None:
            return ""
        key = (self.session_id, slot, self.week)
        if key in self._words:
            return self._words[key]
        text = self._describe(info, words)
        if words or info.legal:
            self._words[key] = text
        return text

    def has_words(self, slot: int) -> bool:
        return (self.session_id, slot, self.week) in self._words

    def _describe(self, info: SlotInfo, words: bool) -> str:
        inspector = self.state.inspector
        s = inspector.index(self.session_id)
        room_index = int(self.options.room[info.slot])
        grid = self.state.problem.time_grid
        day, period = grid.day_period(info.slot)
        when = slot_label(grid.days, day, grid.periods[period].start)
        room = self.state.problem.room(info.room_id) if info.room_id else None
        if room is not None:
            when = translate("DragInspector", "{when} in {room}").format(when=when, room=room.name or room.id)
        if self.week:
            when = translate("DragInspector", "{when}, week {week}").format(
                when=when, week=grid.week_label(self.week) or self.week)
        week = self.week or None
        head = (translate("DragInspector", "{when}: legal, soft {change}").format(
                    when=when, change=info.soft_label) if info.legal
                else translate("DragInspector", "{when}: not allowed").format(when=when))
        lines = [head]
        if not info.legal:
            if words:
                lines += [f"• {engine_text(v.reason)}"
                          for v in inspector.explain(s, info.slot, room_index, week=week)]
            if len(lines) == 1:
                lines += [f"• {engine_constraint_name(c)}"
                          for c in inspector.broken_hard(s, info.slot, room_index, week=week)]
        changes = inspector.breakdown(s, info.slot, room_index, week=week)
        soft_changes = [f"{engine_constraint_name(c)} {v:+d}" for c, v in changes.items()
                        if CATALOG[c].level == "soft"]
        if soft_changes:
            lines.append(translate("DragInspector", "Soft changes: {changes}").format(
                changes=", ".join(soft_changes)))
        return "\n".join(lines)

    def refusal(self, session_id: str, slot: int) -> str | None:
        """None when dropping the session at ``slot`` is legal, else why not.
        The colouring shown (if any) is left as it is."""
        shown = (self.session_id, self.options, self.week)
        options = self.options_for(session_id)
        if options is None:
            return translate("DragInspector", "That session is not in the data any more.")
        self.session_id, self.options, self.week = session_id, options, self.week_for(session_id)
        try:
            info = self.slot_info(slot)
            if info is None:
                return translate("DragInspector", "That is not a start time of the week.")
            return None if info.legal else self.describe(slot)
        finally:
            self.session_id, self.options, self.week = shown

    def room_options(self, session_id: str, slot: int) -> list[RoomOption]:
        inspector = self.state.inspector
        return inspector.room_options(inspector.index(session_id), slot, week=self.week_for(session_id) or None)

    # -- cache -------------------------------------------------------------
    def _check_cache(self) -> None:
        current = self.state.inspector
        if current is not self._cached_for:
            self._cache.clear()
            self._words.clear()
            self._cached_for = current

    def _on_state_changed(self) -> None:
        self._cache.clear()
        self._words.clear()
        self._cached_for = None
        self.stop()
