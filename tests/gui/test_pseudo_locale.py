"""No text of the window escapes translation: with a pseudo-locale that brackets
every translated text, the main screens, every data editor tab and the dialogs
(export, table import, errors, recovery, language, about) show no English word
outside the brackets except the institution's own data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget

from pseudo_locale import PseudoTranslator, all_widget_texts, data_words_of, escaped, menu_texts
from shell_fixtures import isolated_settings, small_project  # noqa: F401


@pytest.fixture
def pseudo(qapp):
    """The pseudo-locale installed for one test, removed again afterwards."""
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    yield translator
    for installed in qapp.findChildren(QTranslator):
        qapp.removeTranslator(installed)
        installed.deleteLater()
    QLocale.setDefault(QLocale.system())
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def window(qtbot, isolated_settings, pseudo, monkeypatch):  # noqa: F811
    from scheduler_gui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.replace_project(small_project(), None)
    window.show()
    return window


def test_no_text_of_the_main_screens_escapes_translation(window) -> None:
    window.tabs.setCurrentIndex(1)  # the Timetable screen
    editors = window.data_editors  # scanned tab by tab below
    editor_actions = set(window._editor_actions())
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts += all_widget_texts(window, skip=editors)
    for action in window.menuBar().actions():
        if action.menu() is not None:
            menu = action.menu()
            texts.append(menu.title())
            for item in menu.actions():
                if item in editor_actions or item is window.undo_action or item is window.redo_action:
                    continue  # undo/redo add the command's own words after the prefix
                texts += [item.text(), item.toolTip()]
                if item.menu() is not None:
                    texts += menu_texts(item.menu())
    assert len(texts) > 100
    found = escaped(texts, data_words_of(window.document.problem))
    assert found == [], "\n".join(found)


def test_no_text_of_the_data_editors_escapes_translation(window) -> None:
    editors = window.data_editors
    window.tabs.setCurrentWidget(editors)
    texts = []
    for index in range(editors.count()):
        editors.setCurrentIndex(index)
        texts += all_widget_texts(editors)
    for action in editors.actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
    for model in editors.models.values():  # the cells' own words ("always available", "2 unavailable")
        engine_words = ("name", "description") if model.kind == "settings" else ()  # checked below
        columns = [c for c, column in enumerate(model.columns)
                   if column.key not in (*engine_words, "patterns")]  # "any 2-4" is the patterns' syntax
        texts += [str(model.index(r, c).data() or "") for r in range(model.rowCount()) for c in columns]
    assert len(texts) > 150
    found = escaped(texts, data_words_of(window.document.problem))
    assert found == [], "\n".join(found)


def test_a_refused_edit_is_explained_in_the_window_language(window, qtbot) -> None:
    editors = window.data_editors
    window.tabs.setCurrentWidget(editors)
    model = editors.models["group"]
    said = []
    model.edit_rejected.connect(said.append)
    assert not model.setData(model.index(0, model.column_of_key("size")), "many")
    assert len(said) == 1
    found = escaped(said, data_words_of(window.document.problem) | {"many"})
    assert found == [], said[0]


def _dialog_texts(dialog: QWidget) -> list[str]:
    dialog.show()
    texts = all_widget_texts(dialog)
    dialog.close()
    return texts


def test_no_text_of_the_dialogs_escapes_translation(window, qtbot, tmp_path: Path) -> None:
    from schedule_engine.errors import Diagnostic, InvalidInputError
    from scheduler_gui.error_dialog import ErrorDialog
    from scheduler_gui.export.export_dialog import ExportDialog
    from scheduler_gui.recovery import RecoveryQuestion
    from scheduler_gui.table_import_dialog import TableImportDialog
    from schedule_engine.project_store import RecoveryInfo

    texts = []
    export = ExportDialog(window.document, window)
    qtbot.addWidget(export)
    for index in range(export.format_combo.count()):
        export.format_combo.setCurrentIndex(index)
        texts += _dialog_texts(export)

    table = tmp_path / "rooms.csv"
    table.write_text("id,name,capacity\nR9,Hall,80\n", "utf-8")
    importer = TableImportDialog(window.document.problem, table, window)
    qtbot.addWidget(importer)
    texts += _dialog_texts(importer)

    problems = [Diagnostic("error", "x", "room R9", "capacity", "rooms.csv, row 2"),
                Diagnostic("warning", "y", "room R8", "capacity", "rooms.csv, row 3")]
    error = ErrorDialog("⟦title⟧", InvalidInputError(problems), window)
    qtbot.addWidget(error)
    texts += _dialog_texts(error)

    info = RecoveryInfo(path=tmp_path / "copy.sched", original=None, saved_at="2026-01-05T10:00:00")
    recovery = RecoveryQuestion(window, info)
    qtbot.addWidget(recovery)
    texts += _dialog_texts(recovery)
    assert len(texts) > 60
    words = data_words_of(window.document.problem) | {"id", "name", "capacity", "Hall"}  # the file's own words
    words |= set(re.findall(r"[A-Za-z][A-Za-z'-]+", str(table)))  # the file named in the dialog
    found = escaped(texts, words)
    assert found == [], "\n".join(found)


def test_no_text_of_the_reports_panel_escapes_translation(window, qtbot) -> None:
    panel = window.reports_panel
    panel.show()
    panel.raise_()
    qtbot.waitUntil(lambda: panel.isVisibleTo(window), timeout=3000)
    texts = all_widget_texts(panel)
    assert len(texts) > 5
    found = escaped(texts, data_words_of(window.document.problem))
    assert found == [], "\n".join(found)


def test_the_constraint_table_speaks_the_engine_language(window) -> None:
    """The constraints' names come from the engine's own catalogue, in the window's language."""
    from schedule_engine.i18n import constraint_name

    model = window.data_editors.models["settings"]
    column = model.column_of_key("name")
    QLocale.setDefault(QLocale("es"))
    model.refresh()
    ids = [model.row_object(r).id for r in range(model.rowCount())]
    names = [model.index(r, column).data() for r in range(model.rowCount())]
    assert names == [constraint_name(i, "es") for i in ids]
    assert names != [constraint_name(i, "en") for i in ids]


def test_no_text_of_the_card_menu_and_placement_dialogs_escapes_translation(qtbot, pseudo) -> None:
    import sys as _sys

    _sys.path.insert(0, str(Path(__file__).resolve().parent))
    from timetable_fixtures import G2_MATHS, timetable, world

    from schedule_engine.project_store import Project
    from scheduler_gui.document import ProjectDocument
    from scheduler_gui.timetable import TimetableWidget
    from scheduler_gui.timetable.conflict_question import ConflictQuestion
    from scheduler_gui.timetable.find_place import FindPlaceDialog

    widget = TimetableWidget(ProjectDocument(Project(world(), timetable())))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show_entity("group", "G2")
    view = widget.grid_view
    card = next(c for c in widget.grid_model.cards() if c.entry.session_id == G2_MATHS)
    menu = view.context_menu(view.card_rect(card).center().toPoint())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    question = ConflictQuestion(widget, "⟦session⟧", "⟦why⟧", "⟦moves⟧")
    qtbot.addWidget(question)
    texts += [question.windowTitle(), question.text()] + [b.text() for b in question.buttons.values()]
    texts += [b.toolTip() for b in question.buttons.values()]
    places = FindPlaceDialog(widget.document.problem, "⟦session⟧", [], widget)
    qtbot.addWidget(places)
    texts += _dialog_texts(places)
    problem = widget.document.problem
    words = data_words_of(problem) | {"Mr", "Thapa", "BCT", "second", "year", "Hall"}  # the names in the data
    assert len(texts) > 12
    found = escaped(texts, words)
    assert found == [], "\n".join(found)


def test_no_word_of_the_remedy_rows_breakdown_or_rule_levels_escapes_translation(pseudo) -> None:
    """The window's own words around the engine's: a remedy row's kind, the
    breakdown's and the rule table's hard/soft (the engine's words are checked in
    test_translations_rules_remedies.py)."""
    from schedule_engine.errors import Diagnostic
    from schedule_engine.remedies import EntityEdit, Remedy
    from scheduler_gui.diagnostics_model import REMEDY_KINDS, DiagnosticsModel
    from scheduler_gui.editors.rule_model import level_word
    from scheduler_gui.solving.breakdown_model import BreakdownModel

    edit = EntityEdit("instructor", "T1", "unavailable", "open_slots", (1,), "available at Mon 09:00")
    remedies = tuple(Remedy(f"r-{kind}", "Open 1 period", kind, (edit,), "instructor_overload: instructor T1")
                     for kind in REMEDY_KINDS)
    model = DiagnosticsModel()
    model.set_diagnostics([Diagnostic("error", "e", "instructor T1", "unavailable", code="instructor_overload",
                                      remedies=remedies)])
    top = model.index(0, 0)
    texts = [model.index(row, column, top).data() for row in range(model.rowCount(top)) for column in (0, 1)]
    tooltip = model.index(0, 3, top).data(Qt.ItemDataRole.ToolTipRole)
    texts += [line for line in tooltip.splitlines() if line.startswith("⟦")]  # the window's lines of it
    breakdown = BreakdownModel()
    texts += [breakdown.index(row, 1).data() for row in range(breakdown.rowCount())]
    texts += [level_word("hard"), level_word("soft")]
    assert len(texts) == 2 * len(REMEDY_KINDS) + 2 + breakdown.rowCount() + 2
    found = escaped(texts, {"T1"})
    assert found == [], "\n".join(found)
