"""File > Export data: the engine JSON document or an XLSX workbook of the data."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from schedule_engine import save_document, write_workbook
from schedule_engine.model import Problem, Solution
from scheduler_gui import error_dialog, settings
from scheduler_gui.document import ProjectDocument
from scheduler_gui.resources import icon
from scheduler_gui.i18n import translate

FORMATS = {
    "json": (QT_TRANSLATE_NOOP("DataExporter", "Schedule Engine document (.json)…"),
             QT_TRANSLATE_NOOP("DataExporter", "Schedule Engine documents (*.json)"), ".json"),
    "xlsx": (QT_TRANSLATE_NOOP("DataExporter", "Excel workbook (.xlsx)…"),
             QT_TRANSLATE_NOOP("DataExporter", "Excel workbooks (*.xlsx)"), ".xlsx"),
}


def export_to(path: Path, kind: str, problem: Problem, solution: Solution | None) -> None:
    if kind == "json":
        save_document(path, problem, solution)
    else:
        write_workbook(path, problem)


class DataExporter(QObject):
    def __init__(self, document: ProjectDocument, window: QWidget,
                 run_busy: Callable[[Callable[[], object]], object] | None = None):
        super().__init__(window)
        self.document = document
        self.window = window
        self.run_busy = run_busy or (lambda function: function())
        self.menu = QMenu(translate("DataExporter", "&Export data"), window)
        self.menu.setIcon(icon("export"))
        self.json_action = self.menu.addAction(translate("DataExporter", FORMATS["json"][0]))
        self.json_action.triggered.connect(lambda: self.export("json"))
        self.xlsx_action = self.menu.addAction(translate("DataExporter", FORMATS["xlsx"][0]))
        self.xlsx_action.triggered.connect(lambda: self.export("xlsx"))

    def export(self, kind: str, path: Path | None = None) -> bool:
        _text, file_filter, suffix = FORMATS[kind]
        if path is None:
            start = Path(settings.last_directory() or ".") / (self.document.display_name.removesuffix(".sched") + suffix)
            name, _ = QFileDialog.getSaveFileName(self.window, translate("DataExporter", "Export data"), str(start),
                                                  translate("DataExporter", file_filter))
            if not name:
                return False
            path = Path(name)
            if path.suffix.lower() != suffix:
                path = path.with_name(path.name + suffix)
        try:
            problem, solution = self.document.problem, self.document.solution
            self.run_busy(lambda: export_to(path, kind, problem, solution))
        except Exception as error:  # noqa: BLE001
            error_dialog.show_error(self.window, f"Could not export to {path.name}", error)
            return False
        settings.remember_directory(path)
        self.window.statusBar().showMessage(
            translate("DataExporter", "Exported the data to {path}").format(path=path), 6000)
        return True
