"""The window's languages: the shipped translations are complete and current,
the chosen language is remembered and loaded (Arabic mirrored), day names and
clock times follow the locale, and no text of the main screens escapes
translation (checked with a pseudo-locale that brackets every translated text)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu,
    QTabWidget, QWidget,
)

from scheduler_gui import settings
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.formats import clock_time, day_name
from scheduler_gui.i18n.install import install_language
from scheduler_gui.i18n.languages import Language, best_match, chosen_language, shipped_languages
from shell_fixtures import isolated_settings, small_project  # noqa: F401


def _translations_tool(repo_root):
    spec = importlib.util.spec_from_file_location("translations_tool", repo_root / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def clean_language(qapp):
    """Whatever a test installs is removed again: translators, locale, direction."""
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_every_shipped_translation_is_finished_current_and_compiled(repo_root) -> None:
    tool = _translations_tool(repo_root)
    assert tool.check() == []
    assert {tool.language_of(ts) for ts in tool.ts_files()} >= {"en", "es", "ar"}


def test_a_new_or_untranslated_text_is_reported(repo_root, tmp_path) -> None:
    tool = _translations_tool(repo_root)  # puts tools/ on the path
    from ts_catalogue import Message, write_ts

    ts = tmp_path / "scheduler_es.ts"
    write_ts(ts, "es", [Message("MainWindow", "&File"), Message("MainWindow", "%n groups", numerus=True)])
    problems = tool.unfinished_messages(ts)
    assert problems == ["scheduler_es.ts: MainWindow: '&File' (unfinished)",
                        "scheduler_es.ts: MainWindow: '%n groups' (unfinished)"]


def test_the_languages_shipped_and_the_system_language_match() -> None:
    assert [language.code for language in shipped_languages()] == ["en", "ar", "es"]
    assert [language.native_name for language in shipped_languages()] == ["English", "العربية", "Español"]
    assert best_match(["es-MX", "en-US"], ["en", "ar", "es"]) == "es"
    assert best_match(["ar_EG"], ["en", "ar", "es"]) == "ar"
    assert best_match(["pt-PT", "de"], ["en", "ar", "es"]) == "en"
    assert Language("ar", "العربية").right_to_left and not Language("es", "Español").right_to_left


def test_view_language_lists_the_languages_and_remembers_the_choice(qtbot, isolated_settings,  # noqa: F811
                                                                    monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from scheduler_gui.main_window import MainWindow

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    window = MainWindow()
    qtbot.addWidget(window)
    menu = window.language_menu
    assert menu in [a.menu() for a in window.view_menu.actions() if a.menu()]
    assert menu.language_codes() == ["", "en", "ar", "es"]
    assert [a.isChecked() for a in menu.actions() if a.isCheckable()] == [True, False, False, False]
    next(a for a in menu.actions() if a.data() == "ar").trigger()
    assert settings.get_setting("view/language") == "ar"
    assert chosen_language().code == "ar"
    assert told == ["The new language takes effect the next time Schedule Engine starts."]


def test_arabic_is_loaded_mirrored_with_qt_own_words(clean_language) -> None:
    installed = install_language(clean_language, Language("ar", "العربية"))
    assert len(installed) == 2  # ours and Qt's qtbase
    assert clean_language.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert translate("MainWindow", "&File") == "&ملف"
    assert translate("MainWindow", "%n groups, ", "", 2) == "مجموعتان، "
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "ألغِ"  # Qt's own Arabic
    assert QLocale().language() == QLocale.Language.Arabic


def test_spanish_words_and_english_plurals(clean_language) -> None:
    install_language(clean_language, Language("es", "Español"))
    assert clean_language.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert translate("SolvePanel", "%n hard violations remain.", "", 1) == "Queda 1 infracción de restricciones duras."
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    for translator in clean_language.findChildren(QTranslator):
        clean_language.removeTranslator(translator)
    install_language(clean_language, Language("en", "English"))
    assert translate("MainWindow", "%n groups, ", "", 1) == "1 group, "
    assert translate("MainWindow", "%n groups, ", "", 3) == "3 groups, "


def test_day_names_and_clock_times_follow_the_locale(clean_language) -> None:
    QLocale.setDefault(QLocale("es_ES"))
    assert (day_name("Monday"), day_name("Wed"), clock_time("14:05")) == ("Lunes", "Miércoles", "14:05")
    QLocale.setDefault(QLocale("en_US"))
    assert (day_name("mon"), clock_time("14:05")) == ("Monday", "2:05\u202fPM")
    assert day_name("Lundi") == "Lundi"  # the institution's own word stays
    assert clock_time("noon") == "noon"


# -- pseudo-locale: every text of the main screens goes through translate() ------
class PseudoTranslator(QTranslator):
    """Returns every message as ⟦message⟧, so an unbracketed word escaped translation."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 - Qt override
        return f"⟦{source_text}⟧"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


ALLOWED = {"Schedule", "Engine", "PDF", "CSV", "Ctrl", "Shift", "Esc", "F5"}  # names and keys


LANGUAGE_NAMES = {language.native_name for language in shipped_languages()}


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QDockWidget):
        texts.append(widget.windowTitle())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    header = getattr(widget, "horizontalHeader", getattr(widget, "header", None))
    if isinstance(widget, QAbstractItemView) and callable(header) and widget.model() is not None:
        model = widget.model()
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(header().count())]
    return texts


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip()]
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def _escaped(texts: list[str], data_words: set[str]) -> list[str]:
    escaped = []
    for text in texts:
        rest = re.sub(r"⟦.*?⟧", " ", text, flags=re.S)
        if rest.strip() in LANGUAGE_NAMES:
            continue  # View > Language names each language in itself
        words = set(re.findall(r"[A-Za-z][A-Za-z'-]+", rest)) - ALLOWED - data_words
        if words:
            escaped.append(f"{text!r}: {sorted(words)}")
    return escaped


def test_no_text_of_the_main_screens_escapes_translation(qtbot, isolated_settings,  # noqa: F811
                                                        clean_language, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from scheduler_gui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    pseudo = PseudoTranslator(clean_language)
    clean_language.installTranslator(pseudo)
    window = MainWindow()
    qtbot.addWidget(window)
    project = small_project()
    window.document.replace_project(project, None)
    window.show()
    window.tabs.setCurrentIndex(1)  # the Timetable screen
    problem = project.problem
    names = [f"{x.id} {getattr(x, 'name', '')} {getattr(x, 'title', '')}"
             for x in (*problem.groups, *problem.courses, *problem.rooms, *problem.instructors)]
    names += [problem.name, *problem.time_grid.days]
    data_words = {word for text in names for word in re.findall(r"[A-Za-z]+", text)}
    data_words |= {p.name for p in problem.time_grid.periods}

    editors = window.data_editors  # the data editors' columns are the next round's
    editor_actions = set(window._editor_actions())
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for widget in window.findChildren(QWidget):
        if widget is editors or editors.isAncestorOf(widget) or not widget.isVisibleTo(window):
            continue
        texts += _widget_texts(widget)
    for action in window.menuBar().actions():
        if action.menu() is not None:
            menu = action.menu()
            texts.append(menu.title())
            for item in menu.actions():
                if item in editor_actions or item is window.undo_action or item is window.redo_action:
                    continue  # undo/redo add the command's own words after the prefix
                texts += [item.text(), item.toolTip()]
                if item.menu() is not None:
                    texts += _menu_texts(item.menu())
    assert len(texts) > 100
    escaped = _escaped(texts, data_words)
    assert escaped == [], "\n".join(escaped)


def test_the_week_grid_is_mirrored_right_to_left(qtbot) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from timetable_fixtures import timetable, world

    from schedule_engine.project_store import Project
    from scheduler_gui.document import ProjectDocument
    from scheduler_gui.timetable import TimetableWidget

    widget = TimetableWidget(ProjectDocument(Project(world(), timetable())))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show_entity("group", "G2")
    view = widget.grid_view
    left_to_right = view.cell_rect(0, 0)
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    mirrored = view.cell_rect(0, 0)
    assert mirrored.width() == left_to_right.width() and mirrored.top() == left_to_right.top()
    assert mirrored.right() == pytest.approx(view.width() - left_to_right.left())  # the first day on the right
    assert view.cell_rect(1, 0).right() <= mirrored.left() + 0.5  # the second day to its left
    assert view.cell_at(mirrored.center().toPoint()) == (0, 0)
    assert view.cell_at(view.cell_rect(1, 2).center().toPoint()) == (1, 2)
