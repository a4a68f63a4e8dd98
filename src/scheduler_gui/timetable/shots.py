"""Screenshots of the timetable view for ``tools/screenshots.py``: a group, an
instructor and a room week, the overview, a drag in progress (the slot
colouring of one session with a hovered slot), the question a drop on a red
slot asks, and the Unplaced tray with two sessions taken out.

The shots grab a timetable view of the window's document shown in a window of
its own (the size of the main window), so that the grid is not squeezed by
the main window's docks."""

from __future__ import annotations

from typing import Callable

import numpy as np
from PySide6.QtWidgets import QWidget

from schedule_engine.export.views import entities
from scheduler_gui.timetable.ab_shots import ab_shots
from scheduler_gui.timetable.slot_marks import entity_slot_marks
from scheduler_gui.timetable.timetable_widget import TimetableWidget

SHOT_SEED = 1
SHOT_SIZE = (1360, 860)
_views: dict[int, TimetableWidget] = {}


def _show_timetable_tab(window) -> TimetableWidget:
    """Make sure the demo has a timetable and show it in the view the shots grab
    (the main window itself is left as it is for the other shots)."""
    document = window.document
    if not any(a.slot is not None for a in (document.solution.assignments if document.solution else ())):
        from schedule_engine import SolveOptions, solve
        result = solve(document.problem,
                              SolveOptions(time_limit=8, effort="quick", seed=SHOT_SEED))
        document.set_solution(result.solution)
    widget = _views.get(id(window))
    if widget is None:
        widget = _views[id(window)] = TimetableWidget(document)
        widget.setWindowTitle("Timetable")
        widget.resize(*SHOT_SIZE)
        widget.show()
    widget.inspector.stop()
    widget.grid_view.set_hover_slot(None)
    widget.overview_button.setChecked(False)
    return widget


def _entity_week(kind: str) -> Callable:
    def prepare(window) -> QWidget | None:
        widget = _show_timetable_tab(window)
        refs = entities(window.document.problem, kind)
        # the busiest entity makes the fullest picture
        counts = {ref.id: 0 for ref in refs}
        for entry in widget.state.entries:
            for key in {"group": entry.groups, "instructor": (entry.instructor_id,),
                        "room": (entry.room_id,)}[kind]:
                if key in counts:
                    counts[key] += entry.length
        if kind in ("instructor", "room"):  # one with closed or marked slots, to show them
            marked = {ref.id for ref in refs if entity_slot_marks(window.document.problem, kind, ref.id)}
            counts = {k: v for k, v in counts.items() if k in marked} or counts
        if refs:
            widget.show_entity(kind, max(counts, key=counts.get))
        return widget
    return prepare


def _drag_in_progress(window) -> QWidget | None:
    widget = _entity_week("group")(window)
    cards = widget.grid_model.cards()
    if not cards:
        return widget
    card = cards[len(cards) // 2]
    options = widget.inspector.start(card.entry.session_id)
    legal = np.flatnonzero(options.legal)
    others = [t for t in legal if t != card.entry.day * window.document.problem.time_grid.n_periods
              + card.entry.start_period]
    widget.grid_view.set_hover_slot(int(others[0]) if others else None)
    return widget


def _overview(window) -> QWidget | None:
    widget = _show_timetable_tab(window)
    widget.overview_button.setChecked(True)
    return widget


def _tray(window) -> QWidget | None:
    """Two sessions of the busiest group unplaced (one undo step each, undone
    by the conflict shot's clean-up), the first pinned, the tray listing them."""
    widget = _entity_week("group")(window)
    cards = widget.grid_model.cards()
    if len(cards) >= 3:
        widget.placement.pin([cards[0].entry.session_id], time=True, room=True)
        for card in cards[1:3]:
            widget.placement.unplace(card.entry.session_id)
    return widget


def _conflict_question(window) -> QWidget | None:
    """The question of a drop on a red slot, with the moves that make room."""
    from schedule_engine.placement_search import resolve_drop
    from scheduler_gui.timetable.conflict_question import ConflictQuestion, resolution_words

    widget = _entity_week("group")(window)
    state = widget.state
    for card in widget.grid_model.cards():
        sid = card.entry.session_id
        options = widget.inspector.options_for(sid)
        for slot in np.flatnonzero(~options.legal):
            resolution = resolve_drop(state.problem, state.solution, sid, int(slot), state.compiled)
            if resolution is None or len(resolution.moves) < 2:
                continue
            refusal = widget.inspector.refusal(sid, int(slot)) or ""
            titles = {m.session_id: widget.placement.title(m.session_id) for m in resolution.moves}
            box = ConflictQuestion(None, widget.placement.title(sid), refusal,
                                   resolution_words(state.problem, resolution, titles))
            box.show()
            return box
    return widget


def timetable_shots() -> list[tuple[str, Callable]]:
    return [
        ("timetable_group", _entity_week("group")),
        ("timetable_instructor", _entity_week("instructor")),
        ("timetable_room", _entity_week("room")),
        ("timetable_overview", _overview),
        ("timetable_drag", _drag_in_progress),
        ("timetable_conflict", _conflict_question),
        ("timetable_tray", _tray),
        *ab_shots(),
    ]
