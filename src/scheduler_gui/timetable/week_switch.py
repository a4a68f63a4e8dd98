"""The A/B switch of the week grid: "Week A | Week B | Both".

Shown only when the time grid has a two-week cycle; with one week it is hidden
and reports week 0, so a one-week timetable looks exactly as before.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from scheduler_gui.i18n import translate

BOTH = 0
"""The combined view: both weeks, each cell cut in an A half and a B half."""


class WeekSwitch(QWidget):
    week_changed = Signal(int)
    """The week chosen: 1 or 2, or 0 (``BOTH``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("week_switch")
        self._names: tuple[str, ...] = ()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.buttons: dict[int, QToolButton] = {}
        for week in (1, 2, BOTH):
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(False)
            self.group.addButton(button, week)
            layout.addWidget(button)
            self.buttons[week] = button
        self.buttons[BOTH].setChecked(True)
        self.group.idToggled.connect(self._on_group_id_toggled)
        self.setVisible(False)

    @property
    def week(self) -> int:
        """The week in view: 1 or 2, 0 for both (and always 0 with one week)."""
        return self.group.checkedId() if len(self._names) == 2 else BOTH

    def set_week_names(self, names: tuple[str, ...]) -> None:
        """Follow the grid's cycle: visible with two week names, hidden otherwise."""
        names = tuple(names)
        if names == self._names:
            return
        was = self.week
        self._names = names
        two = len(names) == 2
        if two:
            for week, name in enumerate(names, start=1):
                self.buttons[week].setText(translate("TimetableWidget", "Week {name}").format(name=name))
                self.buttons[week].setToolTip(translate(
                    "TimetableWidget", "Show week {name}: its sessions and those taught every week").format(name=name))
            self.buttons[BOTH].setText(translate("TimetableWidget", "Both"))
            self.buttons[BOTH].setToolTip(translate(
                "TimetableWidget", "Show both weeks: week {a} in the left half of a cell, week {b} in the "
                "right half; a session taught every week fills the cell").format(a=names[0], b=names[1]))
        self.setVisible(two)
        if self.week != was:
            self.week_changed.emit(self.week)

    def set_week(self, week: int) -> None:
        """Choose the week shown (1, 2 or ``BOTH``)."""
        self.buttons[week if week in self.buttons else BOTH].setChecked(True)

    def _on_group_id_toggled(self, week: int, checked: bool) -> None:
        if checked and len(self._names) == 2:
            self.week_changed.emit(week)
