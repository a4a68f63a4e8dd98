"""Screenshots of the timetable view for ``tools/screenshots.py``: a group, an
instructor and a room week, the overview, and a drag in progress (the slot
colouring of one session with a hovered slot).

The shots grab a timetable view of the window's document shown in a window of
its own (the size of the main window), so that the grid is not squeezed by
the main window's docks."""

from __future__ import annotations

from typing import Callable

import numpy as np
from PySide6.QtWidgets import QWidget

from schedule_engine.export.views import entities
from scheduler_gui.timetable.timetable_widget import TimetableWidget

SHOT_SEED = 1
SHOT_SIZE = (1360, 860)
_views: dict[int, TimetableWidget] = {}


def _show_timetable_tab(window) -> TimetableWidget:
    """Make sure the demo has a timetable and show it in the view the shots grab
    (the main window itself is left as it is for the other shots)."""
    document = window.document
    if not any(a.slot is not None for a in (document.solution.assignments if document.solution else ())):
        from schedule_engine.solver import api as solver
        result = solver.solve(document.problem,
                              solver.SolveOptions(time_limit=8, effort="quick", seed=SHOT_SEED))
        document.set_solution(result.solution)
    widget = _views.get(id(window))
    if widget is None:
        widget = _views[id(window)] = TimetableWidget(document)
        widget.setWindowTitle("Timetable")
        widget.resize(*SHOT_SIZE)
        widget.show()
    widget.inspector.stop()
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


def timetable_shots() -> list[tuple[str, Callable]]:
    return [
        ("timetable_group", _entity_week("group")),
        ("timetable_instructor", _entity_week("instructor")),
        ("timetable_room", _entity_week("room")),
        ("timetable_overview", _overview),
        ("timetable_drag", _drag_in_progress),
    ]
