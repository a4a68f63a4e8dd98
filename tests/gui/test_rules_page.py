"""The Rules page: the rules table's cells, refusals, undo steps, the page and the project file."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from schedule_engine.rule_data import Rule
from test_editors_data import make_problem

RULES = (
    Rule("r1", "max_days_per_week", instructors=("I1",), params={"max_days": 2}, hard=False, weight=3,
         comment="Ada teaches on two days"),
    Rule("r2", "not_available", groups=("BCT1",), params={"slots": (0, 1)}),
    Rule("r3", "same_day", courses=("MATH",), active=False),
)


@pytest.fixture()
def document(qtbot):
    from scheduler_gui.document import Project, ProjectDocument

    return ProjectDocument(Project(problem=replace(make_problem(), rules=RULES)))


@pytest.fixture()
def model(document):
    from scheduler_gui.editors.rule_model import RuleTableModel

    return RuleTableModel(document)


def _cell(model, row: int, key: str):
    return model.index(row, model.column_of_key(key))


def test_the_table_shows_every_rule_and_passes_the_model_tester(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == ["r1", "Max days per week", "instructor I1", "max_days=2", "soft", "3", None,
                   "Ada teaches on two days"]
    assert model.data(_cell(model, 1, "params")) == "slots=Mon P1, Mon P2"
    assert model.data(_cell(model, 2, "applies_to")) == "course MATH"
    assert model.data(_cell(model, 2, "active"), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_editing_parameters_is_one_undo_step(document, model):
    assert model.setData(_cell(model, 0, "params"), "max_days=4")
    assert document.problem.rules[0].params == {"max_days": 4}
    assert document.undo_stack.undoText() == "Edit rule r1: parameters"
    assert model.setData(_cell(model, 1, "params"), "slots=Tue P1, Wed P3, 0")
    assert document.problem.rules[1].params == {"slots": (0, 4, 11)}
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.problem.rules == RULES


@pytest.mark.parametrize("key, value, words", [
    ("params", "max_days=-1", "'max_days' must be at least 0"),
    ("params", "max_days=many", "'max_days' must be a whole number"),
    ("params", "gaps=2", "takes the parameters max_days"),
    ("applies_to", "instructor NOPE", "Unknown instructor 'NOPE'."),
    ("applies_to", "room R1", "does not apply to rooms"),
    ("applies_to", "teacher I1", "is not something a rule applies to"),
    ("type", "Max cheese", "is not a rule type"),
    ("level", "maybe", "write hard or soft"),
    ("id", "r2", "already used by another rule"),
    ("id", "", "a rule needs an id"),
])
def test_invalid_cells_are_refused_with_a_message(qtbot, document, model, key, value, words):
    before = document.problem
    with qtbot.waitSignal(model.edit_rejected, timeout=1000) as rejected:
        assert not model.setData(_cell(model, 0, key), value)
    assert rejected.args[0].startswith(f"Rule r1, {model.columns[model.column_of_key(key)].header}:")
    assert words in rejected.args[0]
    assert document.problem is before and document.undo_stack.count() == 0


def test_slots_off_the_grid_are_refused(qtbot, model):
    with qtbot.waitSignal(model.edit_rejected, timeout=1000) as rejected:
        assert not model.setData(_cell(model, 1, "params"), "slots=12")
    assert "Slot 12 is not on the time grid (slots 0 to 11)." in rejected.args[0]


def test_applies_to_takes_the_check_list_and_offers_every_entity(document, model):
    choices = model.data(_cell(model, 0, "applies_to"), model_roles().CHOICES_ROLE)
    assert {"all instructors", "instructor I2", "group BCT1-A", "course MATH", "component ENCT 101/practical",
            "room L1"} <= set(choices)
    assert model.setData(_cell(model, 0, "applies_to"), ["instructor I2", "all groups"])
    assert document.problem.rules[0].instructors == ("I2",) and document.problem.rules[0].all_of == ("groups",)


def model_roles():
    from scheduler_gui.editors import roles

    return roles


def test_changing_the_type_keeps_what_fits(document, model):
    assert model.setData(_cell(model, 0, "type"), "Max periods per day")
    rule = document.problem.rules[0]
    assert (rule.type, rule.instructors, rule.params) == ("max_periods_per_day", ("I1",), {"max_periods": 0})
    assert model.setData(_cell(model, 0, "type"), "Same day")  # lessons only: the instructor goes
    assert document.problem.rules[0].instructors == () and document.problem.rules[0].params == {}


def test_toggle_level_weight_and_comment(document, model):
    assert model.setData(_cell(model, 2, "active"), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert document.problem.rules[2].active is True
    assert model.setData(_cell(model, 0, "level"), "hard")
    assert model.setData(_cell(model, 0, "weight"), 7)
    assert model.setData(_cell(model, 0, "comment"), "firm")
    assert (document.problem.rules[0].hard, document.problem.rules[0].weight,
            document.problem.rules[0].comment) == (True, 7, "firm")
    assert document.undo_stack.count() == 4


def test_add_duplicate_delete_are_undo_steps(document, model):
    from scheduler_gui.editors.rule_model import rule_errors

    problem, row = model.add_row(document.problem)
    assert row == 3 and problem.rules[3].id == "r4" and rule_errors(problem, "r4") == []
    model.apply_change(model.add_row, "Add rule")
    model.apply_change(lambda p: model.duplicate_rows(p, [0]), "Duplicate rule")
    assert [r.id for r in document.problem.rules] == ["r1", "r2", "r3", "r4", "r5"]
    assert replace(document.problem.rules[4], id="r1") == RULES[0]
    after, consequences = model.delete_rows(document.problem, [1, 2])
    model.push(document.problem, after, "Delete rules r2, r3")
    assert consequences == [] and [r.id for r in document.problem.rules] == ["r1", "r4", "r5"]
    assert model.rowCount() == 3
    assert document.undo_stack.count() == 3
    for _ in range(3):
        document.undo_stack.undo()
    assert document.problem.rules == RULES


def test_rules_survive_saving_and_reopening_the_project(tmp_path, document, model):
    from schedule_engine.project.reader import load_project
    from schedule_engine.project.writer import save_project

    assert model.setData(_cell(model, 1, "params"), "slots=Tue P2")
    path = tmp_path / "rules.sched"
    save_project(path, document.project)
    reopened = load_project(path)
    assert reopened.problem.rules == document.problem.rules
    assert reopened.problem.rules[1].params == {"slots": (5,)}


def test_the_page_in_the_data_editors_describes_the_current_type(qtbot, document):
    from scheduler_gui.editors.data_editors import DataEditors

    editors = DataEditors(document)
    qtbot.addWidget(editors)
    assert editors.tabText(editors.count() - 1) == "Rules"
    assert editors.select_entity("rule", "r2", "params")
    page = editors.rules_page
    assert "Not available" in page.help.text() and "<code>slots</code>" in page.help.text()
    section = editors.sections["rule"]
    section.search.setText("same day")
    assert section.proxy.rowCount() == 1
    section.search.clear()
    editors.setCurrentWidget(editors._tabs["rule"])
    editors.add_action.trigger()
    assert [r.id for r in document.problem.rules][-1] == "r4"
    assert document.undo_stack.undoText() == "Add a row to Rules"


def test_a_diagnostic_about_a_rule_leads_to_its_cell(qtbot, document):
    from schedule_engine.errors import Diagnostic
    from scheduler_gui.diagnostics_model import entity_target
    from scheduler_gui.editors.data_editors import DataEditors

    bad = Diagnostic("error", "Rule r3 (same_day): unknown course 'X'", entity="rule r3", field="courses")
    assert entity_target(bad) == ("rule", "r3")
    editors = DataEditors(document)
    qtbot.addWidget(editors)
    assert editors.select_entity("rule", "r1", "params.max_days")
    section = editors.sections["rule"]
    current = section.proxy.mapToSource(section.view.currentIndex())
    assert (current.row(), current.column()) == (0, section.model.column_of_key("params"))
