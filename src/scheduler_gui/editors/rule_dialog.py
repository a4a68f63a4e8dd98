"""The dialog that adds or edits one rule: its type, the type's parameters as a form, whom it
applies to, hard or soft, weight, active and comment.

OK checks the rule through the engine (:meth:`RuleTableModel.with_new_rule` /
:meth:`RuleTableModel.with_row`, which run the rule validation) and pushes one undo
command; a refusal shows the engine's words in the dialog and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from schedule_engine import RULE_TYPES, Rule
from schedule_engine.errors import InvalidInputError
from scheduler_gui.editors import rule_cells
from scheduler_gui.editors.delegates import CheckListEditor
from scheduler_gui.editors.rule_form import RuleParamsForm
from scheduler_gui.editors.rule_model import LEVELS, RuleTableModel, display_name, level_word
from scheduler_gui.editors.table_model import error_text
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import engine_rule_type_description

_VALUE_ROLE = Qt.ItemDataRole.UserRole
_ENTITY_WORDS = {"instructor": QT_TRANSLATE_NOOP("RuleDialog", "instructor"),
                 "group": QT_TRANSLATE_NOOP("RuleDialog", "group"),
                 "course": QT_TRANSLATE_NOOP("RuleDialog", "course"),
                 "component": QT_TRANSLATE_NOOP("RuleDialog", "component"),
                 "tag": QT_TRANSLATE_NOOP("RuleDialog", "tag"),
                 "room": QT_TRANSLATE_NOOP("RuleDialog", "room"),
                 "session": QT_TRANSLATE_NOOP("RuleDialog", "session")}
_ALL_WORDS = {"instructors": QT_TRANSLATE_NOOP("RuleDialog", "all instructors"),
              "groups": QT_TRANSLATE_NOOP("RuleDialog", "all groups"),
              "rooms": QT_TRANSLATE_NOOP("RuleDialog", "all rooms"),
              "sessions": QT_TRANSLATE_NOOP("RuleDialog", "all sessions")}
_KIND_OF_WORD = {"instructor": "instructors", "group": "groups", "room": "rooms", "course": "sessions",
                 "component": "sessions", "tag": "sessions", "session": "sessions"}
"""The first word of a target label -> the entity kind of the catalogue it belongs to."""
WEIGHT_MAXIMUM = 1_000_000


def target_kind(label: str) -> str:
    """The catalogue kind of a target label (``instructor I1`` -> ``instructors``)."""
    word, _, rest = label.partition(" ")
    return rest if word == "all" else _KIND_OF_WORD.get(word, "")


def target_text(label: str) -> str:
    """A target label in the window's language (the entity's id stays as it is)."""
    word, _, rest = label.partition(" ")
    if word == "all" and rest in _ALL_WORDS:
        return translate("RuleDialog", _ALL_WORDS[rest])
    if word in _ENTITY_WORDS:
        return f"{translate('RuleDialog', _ENTITY_WORDS[word])} {rest}"
    return label


class RuleDialog(QDialog):
    """Add a rule (``row`` None) or edit the rule of ``row`` of ``model``."""

    def __init__(self, model: RuleTableModel, row: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.row = row
        problem = model.document.problem
        rule = problem.rules[row] if row is not None else Rule(
            model.new_rule_id(problem), "max_days_per_week", all_of=("instructors",),
            params={"max_days": len(problem.time_grid.days)}, hard=False)
        self.setWindowTitle(translate("RuleDialog", "Add rule") if row is None
                            else translate("RuleDialog", "Edit rule {id}").format(id=rule.id))

        self.type_combo = QComboBox(self)
        for type_id in RULE_TYPES:
            self.type_combo.addItem(display_name(type_id), type_id)
        self.type_help = QLabel(self)
        self.type_help.setWordWrap(True)
        self.id_edit = QLineEdit(rule.id, self)
        self.params_form = RuleParamsForm(self)
        self.targets = CheckListEditor(self)
        self.targets.setMinimumHeight(160)
        self.level_combo = QComboBox(self)
        for level in LEVELS:
            self.level_combo.addItem(level_word(level), level)
        self.weight_spin = QSpinBox(self)
        self.weight_spin.setRange(0, WEIGHT_MAXIMUM)
        self.active_check = QCheckBox(translate("RuleDialog", "Active (only active rules count)"), self)
        self.comment_edit = QLineEdit(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("RuleDialog", "OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("RuleDialog", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.set_rule(rule)
        self.type_combo.currentIndexChanged.connect(self._on_type_combo_changed)
        self.resize(self.sizeHint())

    def _layout(self) -> None:
        top = QFormLayout()
        top.addRow(translate("RuleDialog", "Type:"), self.type_combo)
        top.addRow("", self.type_help)
        top.addRow(translate("RuleDialog", "ID:"), self.id_edit)
        params_box = QGroupBox(translate("RuleDialog", "Parameters"), self)
        QVBoxLayout(params_box).addWidget(self.params_form)
        targets_box = QGroupBox(translate("RuleDialog", "Applies to"), self)
        QVBoxLayout(targets_box).addWidget(self.targets)
        cost = QFormLayout()
        level_row = QHBoxLayout()
        level_row.addWidget(self.level_combo)
        level_row.addWidget(QLabel(translate("RuleDialog", "Weight:"), self))
        level_row.addWidget(self.weight_spin, 1)
        cost.addRow(translate("RuleDialog", "Hard or soft:"), level_row)
        cost.addRow("", self.active_check)
        cost.addRow(translate("RuleDialog", "Comment:"), self.comment_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(params_box)
        layout.addWidget(targets_box, 1)
        layout.addLayout(cost)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    # -- the rule in the widgets ---------------------------------------------------
    def set_rule(self, rule: Rule) -> None:
        """Show ``rule`` in every widget."""
        index = self.type_combo.findData(rule.type)
        if index < 0:  # a type the catalogue does not know: shown by its id
            self.type_combo.addItem(rule.type, rule.type)
            index = self.type_combo.count() - 1
        self.type_combo.blockSignals(True)
        self.type_combo.setCurrentIndex(index)
        self.type_combo.blockSignals(False)
        self.id_edit.setText(rule.id)
        self._show_type(rule.type, dict(rule.params), rule_cells.target_labels(rule))
        self.level_combo.setCurrentIndex(self.level_combo.findData(rule.level))
        self.weight_spin.setMaximum(max(WEIGHT_MAXIMUM, rule.weight))
        self.weight_spin.setValue(rule.weight)
        self.active_check.setChecked(rule.active)
        self.comment_edit.setText(rule.comment)

    def _show_type(self, type_id: str, params: dict, checked: list[str]) -> None:
        problem = self.model.document.problem
        spec = RULE_TYPES.get(type_id)
        kinds = spec.kinds if spec is not None else ()
        self.type_help.setText(engine_rule_type_description(type_id) if spec is not None else "")
        self.params_form.set_type(problem, type_id, params)
        choices = [label for label in rule_cells.target_choices(problem) if target_kind(label) in kinds]
        self.targets.set_items(choices, [label for label in checked if target_kind(label) in kinds])
        for i in range(self.targets.list_widget.count()):
            item = self.targets.list_widget.item(i)
            item.setData(_VALUE_ROLE, item.text())
            item.setText(target_text(item.text()))

    def checked_targets(self) -> list[str]:
        """The target labels checked in the list (``instructor I1``, ``all groups``)."""
        items = (self.targets.list_widget.item(i) for i in range(self.targets.list_widget.count()))
        return [item.data(_VALUE_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def set_checked_targets(self, labels: list[str]) -> None:
        wanted = set(labels)
        for i in range(self.targets.list_widget.count()):
            item = self.targets.list_widget.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(_VALUE_ROLE) in wanted
                               else Qt.CheckState.Unchecked)

    def rule(self) -> Rule:
        """The rule the widgets describe (raises ``ValueError`` for unreadable slots)."""
        problem = self.model.document.problem
        type_id = self.type_combo.currentData()
        rule = Rule(self.id_edit.text().strip(), type_id, params=self.params_form.params(problem),
                    hard=self.level_combo.currentData() == "hard", weight=self.weight_spin.value(),
                    active=self.active_check.isChecked(), comment=self.comment_edit.text())
        return rule_cells.with_targets(rule, self.checked_targets())

    # -- slots -----------------------------------------------------------------------
    def _on_type_combo_changed(self, _index: int) -> None:
        problem = self.model.document.problem
        type_id = self.type_combo.currentData()
        try:
            kept = self.params_form.params(problem)
        except ValueError:
            kept = {}
        self._show_type(type_id, rule_cells.default_params(type_id, kept), self.checked_targets())
        self.message_label.hide()

    def accept(self) -> None:
        """Push the rule as one undo command, or show why the engine refuses it."""
        before = self.model.document.problem
        try:
            rule = self.rule()
            if self.row is None:
                after = self.model.with_new_rule(before, rule)
                text = translate("RuleDialog", "Add rule {id}").format(id=rule.id)
            else:
                after = self.model.with_row(before, self.row, rule)
                text = translate("RuleDialog", "Edit rule {id}").format(id=before.rules[self.row].id)
        except (ValueError, InvalidInputError) as error:
            message = error_text(error)
            self.message_label.setText(message[:1].upper() + message[1:])
            self.message_label.show()
            return
        self.model.push(before, after, text)
        super().accept()
