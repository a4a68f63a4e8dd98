"""The rule dialog: a form per rule type, checked by the engine, one undo step per OK."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox

from schedule_engine.rule_data import Rule
from test_editors_data import make_problem

RULES = (
    Rule("r1", "max_days_per_week", instructors=("I1",), params={"max_days": 2}, hard=False, weight=3,
         comment="Ada teaches on two days"),
    Rule("r2", "min_periods_per_day", groups=("BCT1",), all_of=("instructors",),
         params={"min_periods": 2, "allow_empty_days": False}, weight=5, active=False, comment="compact"),
)


@pytest.fixture()
def document(qtbot):
    from scheduler_gui.document import Project, ProjectDocument

    return ProjectDocument(Project(problem=replace(make_problem(), rules=RULES)))


@pytest.fixture()
def model(document):
    from scheduler_gui.editors.rule_model import RuleTableModel

    return RuleTableModel(document)


def _dialog(qtbot, model, row=None):
    from scheduler_gui.editors.rule_dialog import RuleDialog

    dialog = RuleDialog(model, row)
    qtbot.addWidget(dialog)
    return dialog


def _choose_type(dialog, type_id: str) -> None:
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(type_id))


def _press_ok(dialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_a_max_gaps_rule_from_the_form_is_one_undo_step(qtbot, document, model):
    dialog = _dialog(qtbot, model)
    assert dialog.id_edit.text() == "r3"
    _choose_type(dialog, "max_gaps_per_day")
    spin = dialog.params_form.widgets["max_gaps"]
    assert isinstance(spin, QSpinBox) and spin.minimum() == 0
    spin.setValue(1)
    dialog.set_checked_targets(["instructor I2", "group BCT1"])
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("soft"))
    dialog.weight_spin.setValue(7)
    dialog.comment_edit.setText("few gaps")
    _press_ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert document.problem.rules[-1] == Rule("r3", "max_gaps_per_day", instructors=("I2",), groups=("BCT1",),
                                              params={"max_gaps": 1}, hard=False, weight=7, comment="few gaps")
    assert document.problem.rules[-1].params == {"max_gaps": 1}
    assert document.undo_stack.count() == 1 and document.undo_stack.undoText() == "Add rule r3"
    document.undo_stack.undo()
    assert document.problem.rules == RULES


def test_a_not_available_rule_takes_slots_and_rooms(qtbot, document, model):
    dialog = _dialog(qtbot, model)
    _choose_type(dialog, "not_available")
    offered = {dialog.targets.list_widget.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(dialog.targets.list_widget.count())}
    assert {"room R1", "instructor I1", "group BCT1", "all rooms"} <= offered
    assert not any(label.startswith(("course ", "session ")) for label in offered)
    edit = dialog.params_form.widgets["slots"]
    assert isinstance(edit, QLineEdit)
    edit.setText("Tue P1, Mon P2")
    dialog.id_edit.setText("hall-closed")
    dialog.set_checked_targets(["room R1"])
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("hard"))
    dialog.active_check.setChecked(False)
    _press_ok(dialog)
    assert document.problem.rules[-1] == Rule("hall-closed", "not_available", rooms=("R1",), params={"slots": (1, 4)},
                                              hard=True, weight=1, active=False)
    assert document.problem.rules[-1].params == {"slots": (1, 4)}
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.problem.rules == RULES


def test_a_flag_is_a_check_box(qtbot, model):
    dialog = _dialog(qtbot, model)
    _choose_type(dialog, "min_periods_per_day")
    assert isinstance(dialog.params_form.widgets["allow_empty_days"], QCheckBox)
    assert dialog.params_form.widgets["allow_empty_days"].isChecked()  # the catalogue's default


def test_an_invalid_parameter_shows_the_engines_message_and_changes_nothing(qtbot, document, model):
    before = document.problem
    dialog = _dialog(qtbot, model)
    _choose_type(dialog, "undesired_times")
    dialog.params_form.widgets["slots"].setText("Mon P1, 99")
    dialog.set_checked_targets(["instructor I1"])
    _press_ok(dialog)
    assert dialog.message_label.isVisibleTo(dialog)
    assert dialog.message_label.text() == "Slot 99 is not on the time grid (slots 0 to 11)."
    assert dialog.result() != dialog.DialogCode.Accepted
    assert document.problem is before and document.undo_stack.count() == 0


def test_an_id_in_use_is_refused_in_the_dialog(qtbot, document, model):
    dialog = _dialog(qtbot, model)
    dialog.id_edit.setText("r1")
    _press_ok(dialog)
    assert "already used by another rule" in dialog.message_label.text()
    assert document.undo_stack.count() == 0


def test_edit_prefills_every_widget_and_ok_replaces_the_rule(qtbot, document, model):
    dialog = _dialog(qtbot, model, 1)
    assert dialog.windowTitle() == "Edit rule r2"
    assert dialog.type_combo.currentData() == "min_periods_per_day"
    assert dialog.type_combo.currentText() == "Min periods per day"
    assert dialog.id_edit.text() == "r2"
    assert dialog.params_form.widgets["min_periods"].value() == 2
    assert dialog.params_form.widgets["allow_empty_days"].isChecked() is False
    assert sorted(dialog.checked_targets()) == ["all instructors", "group BCT1"]
    assert dialog.level_combo.currentData() == "hard"
    assert dialog.weight_spin.value() == 5
    assert dialog.active_check.isChecked() is False
    assert dialog.comment_edit.text() == "compact"
    assert dialog.rule() == RULES[1]
    dialog.params_form.widgets["min_periods"].setValue(3)
    _press_ok(dialog)
    assert document.problem.rules[1] == replace(RULES[1], params={"min_periods": 3, "allow_empty_days": False})
    assert document.undo_stack.undoText() == "Edit rule r2"
    document.undo_stack.undo()
    assert document.problem.rules == RULES


def test_cancel_changes_nothing(qtbot, document, model):
    before = document.problem
    dialog = _dialog(qtbot, model, 0)
    dialog.params_form.widgets["max_days"].setValue(3)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert document.problem is before and document.undo_stack.count() == 0


def test_the_page_buttons_and_a_double_click_on_the_type_open_the_dialog(qtbot, document):
    from scheduler_gui.editors.data_editors import DataEditors

    editors = DataEditors(document)
    qtbot.addWidget(editors)
    editors.show()
    editors.setCurrentWidget(editors._tabs["rule"])
    page = editors.rules_page
    page.add_rule_button.click()
    assert page.dialog is not None and page.dialog.row is None and page.dialog.isVisible()
    page.dialog.reject()
    assert editors.select_entity("rule", "r2", "params")
    page.edit_rule_button.click()
    assert page.dialog.row == 1 and page.dialog.id_edit.text() == "r2"
    page.dialog.reject()
    view = editors.sections["rule"].view
    type_cell = view.model().mapFromSource(page.section.model.index(0, page.section.model.column_of_key("type")))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(type_cell).center())
    assert page.dialog.row == 0 and page.dialog.isVisible()
    page.dialog.params_form.widgets["max_days"].setValue(1)
    _press_ok(page.dialog)
    assert document.problem.rules[0].params == {"max_days": 1}
    assert document.undo_stack.count() == 1
