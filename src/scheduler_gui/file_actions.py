"""File > New, Open, Open Recent, Save, Save As and the save-before-losing-edits question.

File I/O runs in a pool thread (:func:`run_and_wait`), so the window keeps
painting and shows a busy indicator while a large project loads or saves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from schedule_engine.project_store import PROJECT_SUFFIX, load_project, save_project
from scheduler_gui import error_dialog, settings
from scheduler_gui.background import run_and_wait
from scheduler_gui.document import ProjectDocument, empty_project
from scheduler_gui.resources import icon
from scheduler_gui.i18n import translate

PROJECT_FILTER = f"Schedule Engine projects (*{PROJECT_SUFFIX})"


def project_filter() -> str:
    """The file dialogs' filter for project files, in the window's language."""
    return translate("FileActions", "Schedule Engine projects ({pattern})").format(pattern=f"*{PROJECT_SUFFIX}")


class FileActions(QObject):
    """The File menu's project actions, acting on one document."""

    busy_changed = Signal(bool)
    recent_files_changed = Signal()
    project_opened = Signal(Path)
    project_saved = Signal(Path)

    def __init__(self, document: ProjectDocument, window: QWidget):
        super().__init__(window)
        self.document = document
        self.window = window
        self.new_action = self._action(translate("FileActions", "&New"),
                                       "new", QKeySequence.StandardKey.New, self.new_project)
        self.open_action = self._action(translate("FileActions", "&Open…"),
                                        "open", QKeySequence.StandardKey.Open,
                                        lambda: self.open_project())
        self.save_action = self._action(translate("FileActions", "&Save"),
                                        "save", QKeySequence.StandardKey.Save,
                                        lambda: self.save())
        self.save_as_action = self._action(translate("FileActions", "Save &As…"),
                                           "save-as", QKeySequence.StandardKey.SaveAs,
                                           lambda: self.save_as())
        self.recent_menu = QMenu(translate("FileActions", "Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._update_recent_menu)
        self._update_recent_menu()

    def _action(self, text: str, icon_name: str, shortcut: QKeySequence.StandardKey,
                slot: Callable[[], object]) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    # -- busy indicator ----------------------------------------------------
    def run_busy(self, function: Callable[[], object]) -> object:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.busy_changed.emit(True)
        try:
            return run_and_wait(function)
        finally:
            self.busy_changed.emit(False)
            QGuiApplication.restoreOverrideCursor()

    # -- questions ---------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels (or saving fails)."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self.window,
            translate("FileActions", "Unsaved changes"),
            translate("FileActions", "Save the changes to {name} before closing it?").format(
                name=self.document.display_name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- actions -----------------------------------------------------------
    def new_project(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.replace_project(empty_project(), None)
        settings.set_setting("files/last_open", "")  # closed on purpose: not reopened
        return True

    def open_project(self, path: Path | None = None) -> bool:
        """Open ``path`` (or ask for one); the current project stays on failure."""
        if not self.maybe_save():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, translate("FileActions", "Open project"), settings.last_directory(),
                project_filter() + ";;" + translate("FileActions", "All files (*)"))
            if not name:
                return False
            path = Path(name)
        return self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read the project at ``path`` and make it the open project (no questions)."""
        try:
            project = self.run_busy(lambda: load_project(path))
        except Exception as error:  # noqa: BLE001 - every failure is shown, data untouched
            error_dialog.show_error(self.window, f"Could not open {path.name}", error)
            if not path.exists():
                settings.remove_recent_file(path)
                self.recent_files_changed.emit()
            return False
        self.document.replace_project(project, path)
        self._remember(path)
        self.project_opened.emit(path)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        start = str(self.document.path or Path(settings.last_directory() or ".")
                    / (self.document.display_name + PROJECT_SUFFIX))
        name, _ = QFileDialog.getSaveFileName(self.window, translate("FileActions", "Save project as"), start,
                                              project_filter())
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        project = self.document.project
        try:
            self.run_busy(lambda: save_project(path, project))
        except Exception as error:  # noqa: BLE001
            error_dialog.show_error(self.window, f"Could not save {path.name}", error)
            return False
        if self.document.project is project:
            self.document.mark_saved(path)
        else:  # edited while saving: the file is older than the data
            self.document.set_path(path)
        self._remember(path)
        self.project_saved.emit(path)
        return True

    # -- recent files ------------------------------------------------------
    def _remember(self, path: Path) -> None:
        settings.add_recent_file(path)
        settings.set_setting("files/last_open", str(Path(path).resolve()))
        settings.remember_directory(path)
        self.recent_files_changed.emit()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))
        if not files:
            empty = self.recent_menu.addAction(translate("FileActions", "No recent projects"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(translate(
            "FileActions", "Clear list")).triggered.connect(self._on_clear_recent_triggered)

    def _on_clear_recent_triggered(self) -> None:
        settings.reset_setting("files/recent")
        self.recent_files_changed.emit()
