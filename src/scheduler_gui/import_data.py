"""File > Import: campus folder, ITC-2007 .ctt, engine JSON, or one table from CSV/XLSX.

A whole-data import replaces the open project (after offering to save unsaved
changes) with an untitled one; a table import adds or updates rows as one undo
step.  Reading runs off the GUI thread; a failed import changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from schedule_engine.errors import Diagnostic
from schedule_engine.project_store import Project
from scheduler_gui import error_dialog, settings
from scheduler_gui.document import ProjectDocument
from scheduler_gui.editors.commands import EditProblemCommand
from scheduler_gui.file_actions import FileActions
from scheduler_gui.fractional_hours_dialog import ask_reading
from scheduler_gui.resources import icon
from scheduler_gui.table_import_dialog import TableImportDialog
from scheduler_gui.editors.nouns import table_name
from scheduler_gui.i18n import translate

CTT_FILTER = "ITC-2007 instances (*.ctt)"
JSON_FILTER = QT_TRANSLATE_NOOP("DataImporter", "Schedule Engine documents (*.json)")
TABLE_FILTER = QT_TRANSLATE_NOOP("DataImporter", "Tables (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;"
                                                 "Excel workbooks (*.xlsx *.xlsm)")


def load_input(path: Path, fractional_hours: str | None = None) -> tuple[Any, Any, list[Diagnostic]]:
    """Read any format ``load_any`` reads; ``fractional_hours`` is the campus
    reader's reading of fractional weekly hours (``fortnightly`` or ``round-up``;
    None: the engine's default)."""
    from schedule_engine import load_any

    if fractional_hours:
        return load_any(path, fractional_hours=fractional_hours)
    return load_any(path)


class DataImporter(QObject):
    def __init__(self, document: ProjectDocument, window: QWidget, file_actions: FileActions):
        super().__init__(window)
        self.document = document
        self.window = window
        self.file_actions = file_actions
        self.ask_reading: Callable[[QWidget], str | None] = ask_reading
        """Asks how the campus import reads fractional hours (tests replace it)."""
        self.menu = QMenu(translate("DataImporter", "&Import"), window)
        self.menu.setIcon(icon("import"))
        self.campus_action = self._add(translate("DataImporter", "Campus data folder…"),
                                       self.import_campus_folder)
        self.ctt_action = self._add(translate("DataImporter", "ITC-2007 instance (.ctt)…"), self.import_ctt)
        self.json_action = self._add(translate("DataImporter", "Schedule Engine document (.json)…"),
                                     self.import_engine_json)
        self.menu.addSeparator()
        self.table_action = self._add(translate("DataImporter", "Table from CSV or XLSX…"), self.import_table)

    def _add(self, text: str, slot: Callable[[], object]) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(lambda: slot())
        return action

    # -- whole data --------------------------------------------------------
    def import_campus_folder(self, path: Path | None = None, fractional_hours: str | None = None) -> bool:
        """Import a campus folder; asks for the folder and for the reading of
        fractional weekly hours (fortnightly or round up) unless given."""
        if path is None:
            name = QFileDialog.getExistingDirectory(self.window, "Import campus data folder",
                                                    settings.last_directory())
            if not name:
                return False
            path = Path(name)
        if fractional_hours is None:
            fractional_hours = self.ask_reading(self.window)
            if fractional_hours is None:
                return False
        return self.import_path(path, fractional_hours)

    def import_ctt(self, path: Path | None = None) -> bool:
        return self._import_file(path, translate("DataImporter", "Import ITC-2007 instance"), CTT_FILTER)

    def import_engine_json(self, path: Path | None = None) -> bool:
        return self._import_file(path, translate(
            "DataImporter", "Import Schedule Engine document"), translate("DataImporter", JSON_FILTER))

    def _import_file(self, path: Path | None, title: str, file_filter: str) -> bool:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self.window, title, settings.last_directory(),
                                                  f"{file_filter};;All files (*)")
            if not name:
                return False
            path = Path(name)
        return self.import_path(path)

    def import_path(self, path: Path, fractional_hours: str | None = None) -> bool:
        """Replace the project by the data at ``path`` (any format ``load_any`` reads)."""
        path = Path(path)
        if not self.file_actions.maybe_save():
            return False
        try:
            problem, solution, warnings = self.file_actions.run_busy(lambda: load_input(path, fractional_hours))
        except Exception as error:  # noqa: BLE001 - shown; the project stays as it was
            error_dialog.show_error(self.window, f"Could not import {path.name}", error)
            return False
        settings.remember_directory(path)
        self.document.replace_project(Project(problem=problem, solution=solution), None)
        if warnings:
            error_dialog.show_warnings(self.window, f"Imported {path.name} with warnings", warnings)
        return True

    # -- one table ---------------------------------------------------------
    def import_table(self, path: Path | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self.window, translate("DataImporter", "Import a table"),
                                                  settings.last_directory(), translate("DataImporter", TABLE_FILTER))
            if not name:
                return False
            path = Path(name)
        try:
            dialog = TableImportDialog(self.document.problem, path, self.window)
        except Exception as error:  # noqa: BLE001
            error_dialog.show_error(self.window, f"Could not read {path.name}", error)
            return False
        settings.remember_directory(path)
        if not dialog.exec() or dialog.result_of_merge is None:
            return False
        return self.apply_table_import(dialog)

    def apply_table_import(self, dialog: TableImportDialog) -> bool:
        result = dialog.result_of_merge
        if result is None:
            return False
        if dialog.problem is not self.document.problem:
            return False  # the data changed under the dialog; nothing is applied
        text = translate("DataImporter", "Import {table} from {file}").format(
            table=table_name(dialog.kind), file=dialog.path.name)
        self.document.push(EditProblemCommand(self.document, self.document.problem, result.problem, text))
        self.window.statusBar().showMessage(translate("DataImporter", "{done}: {added} added, {updated} updated").format(
            done=text, added=len(result.added), updated=len(result.updated)), 6000)
        return True
