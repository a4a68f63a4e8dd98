"""The time grid's teaching cycle: one week that repeats, or two weeks (A/B).

A check box turns the two-week cycle on or off and two fields name its weeks
("A" and "B" by default).  Each change is one undo step on the document; the
engine's validation reports what no longer fits (a fortnightly component on a
one-week grid).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from schedule_engine.model import Problem
from scheduler_gui.editors.commands import EditProblemCommand
from scheduler_gui.i18n import translate

DEFAULT_WEEK_NAMES: tuple[str, str] = ("A", "B")


def with_week_names(problem: Problem, names: tuple[str, ...]) -> Problem:
    """The problem with the cycle's week names: () for one week, two distinct
    non-empty names for a two-week cycle (else ``ValueError`` saying why)."""
    names = tuple(n.strip() for n in names)
    if names and (len(names) != 2 or not all(names)):
        raise ValueError(translate("WeekCycleEditor", "A two-week cycle needs a name for each week."))
    if names and names[0] == names[1]:
        raise ValueError(translate("WeekCycleEditor", "The two weeks need different names."))
    return replace(problem, time_grid=replace(problem.time_grid, week_names=names))


class WeekCycleEditor(QWidget):
    message = Signal(str)
    """A refused edit and why (for the status bar)."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("week_cycle_editor")
        self._document = document
        self.two_weeks = QCheckBox(translate("WeekCycleEditor", "Two-week cycle (A/B)"))
        self.two_weeks.setToolTip(translate(
            "WeekCycleEditor", "Teach some components every other week: a session is taught every week, "
            "or in the first or the second week of the cycle only"))
        self.names = (QLineEdit(), QLineEdit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.two_weeks)
        self.name_label = QLabel(translate("WeekCycleEditor", "Weeks:"))
        layout.addWidget(self.name_label)
        for k, edit in enumerate(self.names):
            edit.setMaxLength(20)
            edit.setMaximumWidth(80)
            edit.setToolTip(translate("WeekCycleEditor", "The name of week {n} of the cycle").format(n=k + 1))
            edit.editingFinished.connect(self._on_name_editing_finished)
            layout.addWidget(edit)
        layout.addStretch(1)
        self.two_weeks.toggled.connect(self._on_two_weeks_toggled)
        document.problem_changed.connect(self._update_fields)
        self._update_fields()

    def _update_fields(self) -> None:
        names = self._document.problem.time_grid.week_names
        self.two_weeks.blockSignals(True)
        self.two_weeks.setChecked(len(names) == 2)
        self.two_weeks.blockSignals(False)
        shown = names if len(names) == 2 else DEFAULT_WEEK_NAMES
        for edit, name in zip(self.names, shown):
            edit.setText(name)
            edit.setEnabled(len(names) == 2)
        self.name_label.setEnabled(len(names) == 2)

    def _push(self, names: tuple[str, ...], text: str) -> bool:
        before = self._document.problem
        try:
            after = with_week_names(before, names)
        except ValueError as exc:
            self.message.emit(str(exc))
            self._update_fields()
            return False
        if after.time_grid == before.time_grid:
            return False
        self._document.push(EditProblemCommand(self._document, before, after, text))
        return True

    def _on_two_weeks_toggled(self, on: bool) -> None:
        names = tuple(edit.text() for edit in self.names) if on else ()
        self._push(names, translate("WeekCycleEditor", "Two-week cycle on") if on
                   else translate("WeekCycleEditor", "Two-week cycle off"))

    def _on_name_editing_finished(self) -> None:
        if self.two_weeks.isChecked():
            self._push(tuple(edit.text() for edit in self.names), translate("WeekCycleEditor", "Rename the weeks"))
