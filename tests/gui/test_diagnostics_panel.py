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
