"""The Diagnostics dock: validation results after a debounce, stale results dropped,
double-click shows the entity."""

from __future__ import annotations

from dataclasses import replace

from schedule_engine.errors import Diagnostic
from schedule_engine.model import Group
from scheduler_gui.diagnostics_model import DiagnosticsModel, entity_target
from scheduler_gui.diagnostics_panel import DiagnosticsPanel
from scheduler_gui.document import ProjectDocument
from scheduler_gui.editors.commands import EditProblemCommand
from shell_fixtures import isolated_settings, main_window, small_project  # noqa: F401


def enrol_in_unknown_course(document: ProjectDocument) -> None:
    before = document.problem
    after = replace(before, groups=before.groups + (Group("G2", "Group two", 20, ("NOPE",)),))
    document.push(EditProblemCommand(document, before, after, "Add group"))


def make_panel(qtbot) -> DiagnosticsPanel:
    document = ProjectDocument(small_project())
    panel = DiagnosticsPanel(document)
    qtbot.addWidget(panel)
    panel._debounce.setInterval(20)
    return panel


def test_a_broken_problem_shows_its_error_after_the_debounce(qtbot, isolated_settings) -> None:
    panel = make_panel(qtbot)
    qtbot.waitUntil(lambda: panel.summary.text() == "No problems found.", timeout=5000)
    with qtbot.waitSignal(panel.validation_finished, timeout=5000) as finished:
        enrol_in_unknown_course(panel.document)
    assert finished.args[0] >= 1
    rows = [(d.severity, d.entity) for d in panel.model.diagnostics()]
    assert ("error", "group G2") in rows
    assert "1 error" in panel.summary.text()


def test_undo_clears_the_error_again(qtbot, isolated_settings) -> None:
    panel = make_panel(qtbot)
    enrol_in_unknown_course(panel.document)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    panel.document.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)


def test_a_late_result_of_an_older_run_is_dropped(qtbot, isolated_settings) -> None:
    panel = make_panel(qtbot)
    qtbot.waitUntil(lambda: panel.summary.text() == "No problems found.", timeout=5000)
    old_generation = panel._generation
    enrol_in_unknown_course(panel.document)  # a newer change: the old run is stale
    panel._on_validation_finished(old_generation, [Diagnostic("error", "stale", "room X")])
    assert all(d.message != "stale" for d in panel.model.diagnostics())


def test_double_click_asks_the_editors_to_show_the_entity(qtbot, isolated_settings) -> None:
    panel = make_panel(qtbot)
    shown = []
    panel.select_entity = lambda kind, entity_id, field: shown.append((kind, entity_id, field))
    enrol_in_unknown_course(panel.document)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    panel.view.doubleClicked.emit(panel.model.index(0, 3))
    assert shown == [("group", "G2", "courses")]


def test_diagnostics_model_passes_the_model_tester(qtmodeltester) -> None:
    model = DiagnosticsModel()
    model.set_diagnostics([Diagnostic("warning", "w", "room R1", "capacity"),
                           Diagnostic("error", "e", "course C1", "components")])
    qtmodeltester.check(model)
    assert model.diagnostic(0).severity == "error"  # errors first
    assert model.counts() == (1, 1)


def test_entity_target_reads_kind_and_id() -> None:
    assert entity_target(Diagnostic("error", "m", "room A997")) == ("room", "A997")
    assert entity_target(Diagnostic("error", "m", "subgroup G1a (of group G1)")) == ("group", "G1a")
    assert entity_target(Diagnostic("error", "m", "time grid")) == ("time_grid", "")
    assert entity_target(Diagnostic("error", "m", "instructors I14, I62")) == ("instructor", "I14")
    assert entity_target(Diagnostic("error", "m", "rooms B207, A203 and 2 more")) == ("room", "B207")
    assert entity_target(Diagnostic("error", "m", "")) is None


def test_double_click_in_the_main_window_selects_the_row_in_the_editors(qtbot, main_window) -> None:
    from scheduler_gui.editors import DataEditors

    assert isinstance(main_window.data_editors, DataEditors)
    panel = main_window.diagnostics_panel
    panel._debounce.setInterval(20)
    selected = []
    original = main_window.data_editors.select_entity
    main_window.data_editors.select_entity = lambda *args: selected.append(args) or original(*args)
    main_window.tabs.setCurrentIndex(1)
    enrol_in_unknown_course(main_window.document)
    qtbot.waitUntil(lambda: any(d.entity == "group G2" for d in panel.model.diagnostics()), timeout=5000)
    row = next(i for i, d in enumerate(panel.model.diagnostics()) if d.entity == "group G2")
    panel.view.doubleClicked.emit(panel.model.index(row, 3))
    assert selected == [("group", "G2", "courses")]
    assert main_window.tabs.currentWidget() is main_window.data_editors


# -- remedies ------------------------------------------------------------------------
def overload_the_teacher(document: ProjectDocument) -> None:
    """T1, the only teacher of the two MATH periods, free in the first period only."""
    before = document.problem
    slots = frozenset(range(1, before.time_grid.n_slots))
    after = replace(before, instructors=(replace(before.instructors[0], unavailable=slots),))
    document.push(EditProblemCommand(document, before, after, "Make T1 busy"))


def remedy_rows(panel: DiagnosticsPanel) -> list[str]:
    model = panel.model
    top = model.index(0, 0)
    return [model.index(r, 3, top).data() for r in range(model.rowCount(top))]


def test_a_shortfall_shows_its_checked_remedies_under_it(qtbot, isolated_settings) -> None:
    panel = make_panel(qtbot)
    with qtbot.waitSignal(panel.remedies_finished, timeout=10000) as found:
        overload_the_teacher(panel.document)
    assert found.args[0] >= 2
    shortfall = panel.model.diagnostic(0)
    assert (shortfall.code, shortfall.entity) == ("instructor_overload", "instructor T1")
    rows = remedy_rows(panel)
    assert rows[0] == "Open 1 period of instructor T1's time, next to the times already open: Mon 09:00-09:50."
    assert rows[-1] == "As a last resort, teach the lecture of MATH in 1 period a week instead of 2."
    assert panel.view.isExpanded(panel.model.index(0, 0))
    assert "checked remedies" in panel.summary.text()
    assert not panel.apply_button.isEnabled()  # nothing selected yet


def test_apply_makes_one_undo_step_checks_again_and_shows_the_row(qtbot, isolated_settings) -> None:
    panel = make_panel(qtbot)
    shown = []
    panel.select_entity = lambda kind, entity_id, field: shown.append((kind, entity_id, field))
    with qtbot.waitSignal(panel.remedies_finished, timeout=10000):
        overload_the_teacher(panel.document)
    first = panel.model.diagnostic(0).remedies[0]
    panel.view.setCurrentIndex(panel.model.remedy_index(first.id))
    assert panel.selected_remedy() == first and panel.apply_button.isEnabled()
    steps = panel.document.undo_stack.count()
    with qtbot.waitSignal(panel.validation_finished, timeout=10000) as checked:
        panel.apply_button.click()
    assert checked.args == [0, 0]  # checked again at once: nothing left
    assert panel.document.undo_stack.count() == steps + 1
    assert panel.document.undo_stack.undoText() == f"Apply remedy: {first.text}"
    assert panel.document.problem.instructors[0].unavailable == frozenset(range(2, 12))
    assert shown == [("instructor", "T1", "unavailable")]
    with qtbot.waitSignal(panel.remedies_finished, timeout=10000):
        panel.document.undo_stack.undo()
    assert panel.model.diagnostic(0).code == "instructor_overload"


def test_remedies_of_an_older_check_are_dropped(qtbot, isolated_settings) -> None:
    panel = make_panel(qtbot)
    with qtbot.waitSignal(panel.remedies_finished, timeout=10000):
        overload_the_teacher(panel.document)
    old = panel._generation
    stale = [replace(panel.model.diagnostic(0), message="stale")]
    panel.document.undo_stack.undo()  # a newer change
    panel._on_remedies_found(old, stale)
    assert all(d.message != "stale" for d in panel.model.diagnostics())
    assert not panel.apply_button.isEnabled()


def test_diagnostics_tree_with_remedies_passes_the_model_tester(qtmodeltester) -> None:
    from schedule_engine.remedies import EntityEdit, Remedy

    edit = EntityEdit("instructor", "T1", "unavailable", "open_slots", (1,), "available at Mon 09:00-09:50")
    remedy = Remedy("t1-open-time-x", "Open 1 period", "open_time", (edit,), "instructor_overload: instructor T1")
    model = DiagnosticsModel()
    model.set_diagnostics([Diagnostic("warning", "w", "room R1", "capacity"),
                           Diagnostic("error", "e", "instructor T1", "unavailable", code="instructor_overload",
                                      remedies=(remedy,))])
    qtmodeltester.check(model)
    top = model.index(0, 0)
    assert model.rowCount(top) == 1 and model.rowCount(model.index(1, 0)) == 0
    child = model.index(0, 1, top)
    assert child.data() == "More time" and model.index(0, 2, top).data() == "instructor T1"
    assert model.parent(child) == top
    assert model.remedy_index("t1-open-time-x").row() == 0


def test_apply_in_the_main_window_shows_the_instructor_row_it_changed(qtbot, main_window) -> None:
    panel = main_window.diagnostics_panel
    panel._debounce.setInterval(20)
    with qtbot.waitSignal(panel.remedies_finished, timeout=10000):
        overload_the_teacher(main_window.document)
    first = panel.model.diagnostic(0).remedies[0]
    panel.view.setCurrentIndex(panel.model.remedy_index(first.id))
    with qtbot.waitSignal(panel.validation_finished, timeout=10000):
        panel.apply_button.click()
    assert main_window.tabs.currentWidget() is main_window.data_editors
    section = main_window.data_editors.sections["instructor"]
    assert section.current_id() == "T1"
    main_window.document.undo_stack.undo()
    assert main_window.document.problem.instructors[0].unavailable == frozenset(range(1, 12))
