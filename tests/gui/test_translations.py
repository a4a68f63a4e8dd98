"""The window's languages: the shipped translations are complete and current,
the chosen language is remembered and loaded (Arabic mirrored) with Qt's own
words, and day names and clock times follow the locale. The pseudo-locale scans
are in test_pseudo_locale.py."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from scheduler_gui import settings
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.formats import clock_time, day_name
from scheduler_gui.i18n.install import install_language
from scheduler_gui.i18n.languages import Language, best_match, chosen_language, shipped_languages
from shell_fixtures import isolated_settings  # noqa: F401


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
    assert {tool.language_of(ts) for ts in tool.ts_files()} >= {"en", "es", "ar", "fr", "pt_BR"}


def test_a_new_or_untranslated_text_is_reported(repo_root, tmp_path) -> None:
    tool = _translations_tool(repo_root)  # puts tools/ on the path
    from ts_catalogue import Message, write_ts

    ts = tmp_path / "scheduler_es.ts"
    write_ts(ts, "es", [Message("MainWindow", "&File"), Message("MainWindow", "%n groups", numerus=True)])
    problems = tool.unfinished_messages(ts)
    assert problems == ["scheduler_es.ts: MainWindow: '&File' (unfinished)",
                        "scheduler_es.ts: MainWindow: '%n groups' (unfinished)"]


def test_the_languages_shipped_and_the_system_language_match() -> None:
    assert [language.code for language in shipped_languages()] == ["en", "ar", "es", "fr", "pt_BR"]
    assert [language.native_name for language in shipped_languages()] == [
        "English", "العربية", "Español", "Français", "Português (Brasil)"]
    available = ["en", "ar", "es", "fr", "pt_BR"]
    assert best_match(["es-MX", "en-US"], available) == "es"
    assert best_match(["ar_EG"], available) == "ar"
    assert best_match(["fr-CA"], available) == "fr"
    assert best_match(["pt-BR", "en"], available) == "pt_BR"
    assert best_match(["pt-PT", "en"], available) == "pt_BR"  # the nearest Portuguese shipped
    assert best_match(["de-DE", "fr-BE"], available) == "fr"
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
    assert menu.language_codes() == ["", "en", "ar", "es", "fr", "pt_BR"]
    assert [a.isChecked() for a in menu.actions() if a.isCheckable()] == [True, False, False, False, False, False]
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


@pytest.mark.parametrize("code, ours, qt_cancel", [
    ("fr", ("DataEditors", "Rooms", "Salles"), "Annuler"),
    ("pt_BR", ("DataEditors", "Rooms", "Salas"), "Cancelar"),
    ("es", ("DataEditors", "Rooms", "Aulas"), "Cancelar"),
    ("ar", ("DataEditors", "Rooms", "القاعات"), "ألغِ"),
])
def test_each_language_loads_its_words_and_qt_own_translation(clean_language, code, ours, qt_cancel) -> None:
    language = next(x for x in shipped_languages() if x.code == code)
    installed = install_language(clean_language, language)
    assert len(installed) == 2  # ours and Qt's qtbase_<code>.qm (dialog buttons, file dialogs)
    context, source, expected = ours
    assert translate(context, source) == expected
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == qt_cancel
    assert QCoreApplication.translate("QFileDialog", "Open") != "Open"


def test_french_and_brazilian_plurals(clean_language) -> None:
    install_language(clean_language, Language("fr", "Français"))
    assert translate("Noun", "%n rooms", "", 1) == "1 salle"
    assert translate("Noun", "%n rooms", "", 3) == "3 salles"
    for translator in clean_language.findChildren(QTranslator):
        clean_language.removeTranslator(translator)
    install_language(clean_language, Language("pt_BR", "Português (Brasil)"))
    assert translate("TableEditor", "Pasted %n rows.", "", 1) == "1 linha colada."
    assert translate("TableEditor", "Pasted %n rows.", "", 4) == "4 linhas coladas."
    assert QLocale().language() == QLocale.Language.Portuguese


def test_day_names_and_clock_times_follow_the_locale(clean_language) -> None:
    QLocale.setDefault(QLocale("es_ES"))
    assert (day_name("Monday"), day_name("Wed"), clock_time("14:05")) == ("Lunes", "Miércoles", "14:05")
    QLocale.setDefault(QLocale("en_US"))
    assert (day_name("mon"), clock_time("14:05")) == ("Monday", "2:05\u202fPM")
    assert day_name("Lundi") == "Lundi"  # the institution's own word stays
    assert clock_time("noon") == "noon"


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


def _spec_filter(repo_root: Path):
    """The bundle's file filter of build_specs/schedule_engine.spec (its constants
    and ``_unwanted``), run without PyInstaller."""
    import ast

    spec = repo_root / "build_specs" / "schedule_engine.spec"
    tree = ast.parse(spec.read_text("utf-8"))
    wanted = {"UNWANTED_QT_PLUGINS", "UNWANTED_QT_FOLDERS", "UNWANTED_QT_LIBRARIES", "GTK_ONLY_LIBRARIES",
              "SHIPPED_QT_TRANSLATIONS", "_unwanted"}
    nodes = [n for n in tree.body
             if (isinstance(n, ast.Assign) and any(getattr(t, "id", "") in wanted for t in n.targets))
             or (isinstance(n, ast.FunctionDef) and n.name in wanted)]
    namespace = {"ROOT": repo_root, "sys": sys, "Path": Path}
    exec(compile(ast.Module(body=nodes, type_ignores=[]), str(spec), "exec"), namespace)  # noqa: S102
    return namespace


def test_the_installers_bundle_qt_own_translations_of_the_shipped_languages(repo_root) -> None:
    from PySide6.QtCore import QLibraryInfo

    spec = _spec_filter(repo_root)
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in shipped_languages():
        if language.code == "en":
            continue
        name = f"qtbase_{language.code}.qm"
        assert (qt_folder / name).is_file(), name  # PySide6 ships it; PyInstaller's Qt hook collects it
        assert not spec["_unwanted"](f"PySide6/Qt/translations/{name}"), name
    assert spec["_unwanted"]("PySide6/Qt/translations/qtbase_de.qm")  # a language the window does not ship
    assert not spec["_unwanted"]("resources/translations/scheduler_fr.qm")


def test_a_new_language_starts_with_every_text_unfinished(repo_root, tmp_path) -> None:
    tool = _translations_tool(repo_root)
    for ts in tool.ts_files():
        (tmp_path / ts.name).write_bytes(ts.read_bytes())
    ts = tool.new_language("de", tmp_path)
    assert ts == tmp_path / "scheduler_de.ts"
    problems = tool.unfinished_messages(ts)
    french = tool.unfinished_messages(tmp_path / "scheduler_fr.ts")
    assert french == []  # the other languages keep their translations
    assert len(problems) == len(tool.collect(tool.SOURCES)) > 500
    assert "scheduler_de.ts: DataEditors: 'Rooms' (unfinished)" in problems
    assert tool.release(tmp_path, tmp_path)[1].name == "scheduler_de.qm"
    with pytest.raises(SystemExit):
        tool.new_language("German", tmp_path)


def test_translated_yes_and_no_read_back_and_refusals_speak_the_language(clean_language) -> None:
    from scheduler_gui.editors.columns import as_bool, as_int, yes_no

    install_language(clean_language, Language("es", "Español"))
    assert (yes_no(True), yes_no(False)) == ("sí", "no")
    assert as_bool("Sí", "Joint") is True and as_bool("yes", "Joint") is True and as_bool("no", "Joint") is False
    with pytest.raises(ValueError) as refused:
        as_int("muchos", "Size", minimum=1)
    assert str(refused.value) == "Tamaño debe ser un número entero, no 'muchos'."


def _accelerator(text: str) -> str | None:
    import re

    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_no_menu_gives_two_entries_the_same_shortcut_letter_in_any_language(qtbot, isolated_settings,  # noqa: F811
                                                                          clean_language) -> None:
    from scheduler_gui.main_window import MainWindow

    clashes = []
    for language in shipped_languages():
        for translator in clean_language.findChildren(QTranslator):
            clean_language.removeTranslator(translator)
        install_language(clean_language, language)
        window = MainWindow()
        qtbot.addWidget(window)
        menus = [("menu bar", window.menuBar().actions())]
        menus += [(a.text(), a.menu().actions()) for a in window.menuBar().actions() if a.menu()]
        menus += [(b.text(), b.menu().actions()) for _, actions in menus[1:] for b in actions if b.menu()]
        for name, actions in menus:
            letters: dict[str, list[str]] = {}
            for action in actions:
                if not action.isSeparator() and action.isVisible() and _accelerator(action.text()):
                    letters.setdefault(_accelerator(action.text()), []).append(action.text())
            clashes += [f"{language.code} {name}: {texts}" for texts in letters.values() if len(texts) > 1]
    assert clashes == []
