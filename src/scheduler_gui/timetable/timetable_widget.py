"""The Timetable tab: the entity selector and the unplaced tray on the left, the
week grid (or the overview) in the middle, the conflicts below.

Hooks for the rest of the application:

- ``reoptimise_requested()`` is emitted by the "Re-optimise unpinned" button;
  the solving panel connects it and starts the solver warm from
  :meth:`current_solution` (pins are kept by the solver);
- :meth:`show_solution` shows a solver's timetable in progress without
  changing the document (the next change of the document's timetable replaces
  it).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QSplitter, QStackedWidget, QToolButton, QVBoxLayout, QWidget,
)

from schedule_engine.model import Solution
from scheduler_gui.document import ProjectDocument
from scheduler_gui.timetable.drag_inspector import DragInspector
from scheduler_gui.timetable.entity_selector import EntitySelector
from scheduler_gui.timetable.grid_model import WeekGridModel
from scheduler_gui.timetable.grid_view import WeekGridView
from scheduler_gui.timetable.hand_placement import HandPlacement
from scheduler_gui.timetable.overview import OverviewPanel
from scheduler_gui.timetable.timetable_state import TimetableState
from scheduler_gui.timetable.tray import UnplacedModel, UnplacedTray
from scheduler_gui.timetable.violations_panel import ViolationsPanel
from scheduler_gui.timetable.week_switch import WeekSwitch
from scheduler_gui.i18n import translate

HINT = QT_TRANSLATE_NOOP(
    "TimetableWidget",
    "Press a card to see where it may go (green: allowed, with the change of the soft score; "
    "red: not allowed). Drop to move, Shift+drop to choose the room, drop on a card to swap; "
    "right-click a card to pin, unplace or find a place.")


class TimetableWidget(QWidget):
    reoptimise_requested = Signal()
    """The user asked to re-optimise the sessions that are not pinned."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timetable_widget")
        self.document = document
        self.state = TimetableState(document, self, is_shown=self.isVisible)
        self.inspector = DragInspector(self.state, self)
        self.grid_model = WeekGridModel(self.state, self.inspector, self)
        self.placement = HandPlacement(self.state, self)
        self.grid_view = WeekGridView(self.grid_model, placement=self.placement)
        self.selector = EntitySelector()
        self.tray_model = UnplacedModel(self.state, self)
        self.tray = UnplacedTray(self.tray_model, self.inspector, placement=self.placement)
        self.overview = OverviewPanel(self.state)
        self.violations = ViolationsPanel(self.state)

        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.score_label = QLabel()
        self.week_switch = WeekSwitch()
        self.overview_button = QToolButton()
        self.overview_button.setText(translate("TimetableWidget", "Overview"))
        self.overview_button.setCheckable(True)
        self.overview_button.setToolTip(translate(
            "TimetableWidget", "All groups or all rooms for the whole week"))
        self.reoptimise_button = QPushButton(translate("TimetableWidget", "Re-optimise unpinned"))
        self.reoptimise_button.setToolTip(translate(
            "TimetableWidget", "Run the solver from this timetable; pinned sessions stay where they are"))
        self.info = QLabel(translate("TimetableWidget", HINT))
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_layout()

        self.selector.entity_selected.connect(self._on_selector_entity_selected)
        self.overview_button.toggled.connect(self._on_overview_toggled)
        self.overview.entity_activated.connect(self._on_overview_entity_activated)
        self.violations.session_activated.connect(self.show_session)
        self.reoptimise_button.clicked.connect(self.reoptimise_requested)
        self.grid_view.hover_changed.connect(self._on_grid_hover_changed)
        self.grid_model.drop_refused.connect(self._on_grid_drop_refused)
        self.week_switch.week_changed.connect(self._on_week_switch_week_changed)
        self.placement.show_week_requested.connect(self.show_entity)
        self.state.changed.connect(self._on_state_changed)
        self._on_state_changed()

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.selector, 3)
        self.tray_label = QLabel()
        self.tray_label.setContentsMargins(4, 0, 4, 0)
        left_layout.addWidget(self.tray_label)
        left_layout.addWidget(self.tray, 2)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.grid_view)
        self.centre.addWidget(self.overview)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.score_label)
        bar.addWidget(self.week_switch)
        bar.addWidget(self.overview_button)
        bar.addWidget(self.reoptimise_button)
        middle_layout.addLayout(bar)
        middle_layout.addWidget(self.centre, 1)
        middle_layout.addWidget(self.info)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(middle)
        top.setStretchFactor(1, 1)
        top.setSizes([230, 900])
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(top)
        vertical.addWidget(self.violations)
        vertical.setStretchFactor(0, 1)
        vertical.setSizes([600, 170])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(vertical)

    def showEvent(self, event) -> None:
        self.state.ensure_fresh()
        super().showEvent(event)

    # -- public hooks ----------------------------------------------------------
    def show_solution(self, solution: Solution | None) -> None:
        """Show a timetable in progress (a solver's best so far) without changing
        the document; None shows the document's timetable again."""
        self.state.show_preview(solution)

    def current_solution(self) -> Solution:
        """The shown timetable fitted to the current data, with its pins: what a
        warm start of the solver should begin from."""
        return self.state.solution

    def show_entity(self, kind: str, entity_id: str) -> None:
        self.overview_button.setChecked(False)
        self.selector.select(kind, entity_id)

    def show_session(self, session_id: str) -> None:
        """Show the week of the session's first group (or its instructor or room)
        and highlight its card."""
        session = self.state.sessions.get(session_id)
        if session is None:
            return
        assignment = self.state.solution.by_session().get(session_id)
        groups = {g.id for g in self.state.problem.groups}
        parents = {s.id: g.id for g in self.state.problem.groups for s in g.subgroups}
        attendee = next((a for a in session.attendees if a in groups or a in parents), None)
        if attendee is not None:
            self.show_entity("group", parents.get(attendee, attendee))
        elif assignment is not None and assignment.room:
            self.show_entity("room", assignment.room)
        self.grid_view.highlighted = session_id
        self.grid_view.update()

    # -- slots -------------------------------------------------------------------
    def _on_state_changed(self) -> None:
        self.selector.set_problem(self.state.problem)
        self.week_switch.set_week_names(self.state.problem.time_grid.week_names)
        if self.state.has_timetable():
            hard, soft = self.state.evaluation.score
            text = (translate("TimetableWidget", "Hard {hard} · soft {soft} (solver in progress)")
                    if self.state.is_preview else translate("TimetableWidget", "Hard {hard} · soft {soft}"))
            self.score_label.setText(text.format(hard=hard, soft=soft))
        elif self.state.invalid_ids:
            self.score_label.setText(translate(
                "TimetableWidget", "No placement fits the edited data: see the unplaced sessions."))
        else:
            self.score_label.setText(translate("TimetableWidget", "No timetable yet: solve the data first."))
        invalid = len(self.state.invalid_ids)
        count = self.tray_model.rowCount()
        text = translate("TimetableWidget", "Unplaced ({count})").format(count=count)
        if invalid:
            text += translate("TimetableWidget", " — %n no longer fit the data", "", invalid)
        self.tray_label.setText(text)
        self._update_title()

    def _update_title(self) -> None:
        self.title.setText(self.grid_model.entity_label if not self.overview_button.isChecked()
                           else translate("TimetableWidget", "Overview"))

    def _on_selector_entity_selected(self, kind: str, entity_id: str) -> None:
        if (kind, entity_id) != (self.grid_model.kind, self.grid_model.entity_id):
            self.grid_view.highlighted = None
            self.grid_model.set_entity(kind, entity_id)
        self._update_title()

    def _on_overview_toggled(self, on: bool) -> None:
        self.centre.setCurrentWidget(self.overview if on else self.grid_view)
        self._update_title()

    def _on_overview_entity_activated(self, kind: str, entity_id: str) -> None:
        self.show_entity(kind, entity_id)

    def _on_week_switch_week_changed(self, week: int) -> None:
        self.inspector.set_view_week(week)
        self.placement.view_week = week
        self.grid_model.set_week_view(week)
        self.overview.model.set_week_view(week)

    def _on_grid_hover_changed(self, text: str) -> None:
        self.info.setText(text or translate("TimetableWidget", HINT))

    def _on_grid_drop_refused(self, reason: str) -> None:
        self.info.setText(translate("TimetableWidget", "Not moved. {reason}").format(reason=reason))
