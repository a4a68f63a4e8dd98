"""The parameters of one rule type as form widgets: a spin box for a count, a check box
for a flag, a line edit (``Mon P1, Tue P2``) for slots.

The form knows nothing of validation beyond reading its widgets: what the values mean is
checked by the engine (:func:`schedule_engine.rules.validate.validate_rules`).
"""

from __future__ import annotations

from typing import Mapping

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from schedule_engine import RULE_PARAM_COUNT as COUNT
from schedule_engine import RULE_PARAM_FLAG as FLAG
from schedule_engine import RULE_TYPES, ParamSpec
from schedule_engine.model import Problem
from scheduler_gui.editors import rule_cells
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import engine_rule_param_description

COUNT_MAXIMUM = 9999
"""The largest count a spin box offers (larger values already in a rule are kept)."""

SLOTS_MINIMUM_WIDTH = 260
"""Pixels: room for a few ``Day Period`` labels."""


def param_widget(spec: ParamSpec, parent: QWidget | None = None) -> QWidget:
    """The widget that edits one parameter of kind ``spec.kind``."""
    if spec.kind == COUNT:
        box = QSpinBox(parent)
        box.setRange(0, COUNT_MAXIMUM)
        return box
    if spec.kind == FLAG:
        return QCheckBox(parent)
    edit = QLineEdit(parent)
    edit.setMinimumWidth(SLOTS_MINIMUM_WIDTH)
    edit.setPlaceholderText(translate("RuleDialog", "days and periods, e.g. Mon P1, Tue P2"))
    return edit


def set_widget_value(problem: Problem, widget: QWidget, value: object) -> None:
    if isinstance(widget, QSpinBox):
        count = int(value) if isinstance(value, int) and not isinstance(value, bool) else 0
        widget.setMaximum(max(COUNT_MAXIMUM, count))
        widget.setValue(count)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(rule_cells.slots_text(problem, value or ()))
        widget.setCursorPosition(0)


def widget_value(problem: Problem, widget: QWidget, name: str) -> object:
    """The widget's value (slots: raises ``ValueError`` for text that names no slot)."""
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return rule_cells.parse_slots(problem, widget.text(), name)


class RuleParamsForm(QWidget):
    """One labelled widget per parameter of the current rule type."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.widgets: dict[str, QWidget] = {}

    def set_type(self, problem: Problem, type_id: str, params: Mapping[str, object]) -> None:
        """Rebuild the form for ``type_id``, showing ``params``."""
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.widgets = {}
        spec = RULE_TYPES.get(type_id)
        for p in spec.params if spec is not None else ():
            widget = param_widget(p, self)
            widget.setObjectName(f"param_{p.name}")
            widget.setToolTip(p.name)
            set_widget_value(problem, widget, params.get(p.name, p.default))
            description = engine_rule_param_description(type_id, p.name)
            label = QLabel(description[:1].upper() + description[1:] + ":", self)
            self.layout_.addRow(label, widget)
            self.widgets[p.name] = widget
        if not self.widgets:
            self.layout_.addRow(QLabel(translate("RuleDialog", "This type of rule has no parameters."), self))

    def params(self, problem: Problem) -> dict[str, object]:
        """The parameters the widgets show (raises ``ValueError`` for unreadable slots)."""
        return {name: widget_value(problem, widget, name) for name, widget in self.widgets.items()}
