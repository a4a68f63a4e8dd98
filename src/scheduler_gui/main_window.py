"""The main window: composes the application's widgets and wires their signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedLayout,
    QTabWidget,
    QToolBar,
    QWidget,
)

from schedule_engine.project_store import PROJECT_SUFFIX
from scheduler_gui import settings
from scheduler_gui.autosave import Autosaver
from scheduler_gui.diagnostics_panel import DiagnosticsPanel
from scheduler_gui.reports import ReportsPanel
from scheduler_gui.document import ProjectDocument
from scheduler_gui.export_data import DataExporter
from scheduler_gui.file_actions import FileActions
from scheduler_gui.help_actions import HelpActions
from scheduler_gui.import_data import DataImporter
from scheduler_gui.resources import app_info, icon
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.language_menu import LanguageMenu

DIAGNOSTICS_HEIGHT = 170
DEFAULT_SIZE = (1280, 820)


def _make_data_editors(document: ProjectDocument) -> QWidget:
    try:
        from scheduler_gui.editors import DataEditors
    except ImportError:
        return _placeholder(translate("MainWindow", "The data editors are not available in this build."))
    return DataEditors(document)


def _placeholder(text: str) -> QWidget:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    label.setWordWrap(True)
    return label


def _dropped_path(mime: QMimeData) -> Path | None:
    """The one local file or folder being dropped, if that is what it is."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


class MainWindow(QMainWindow):
    def __init__(self, document: ProjectDocument | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.document = document if document is not None else ProjectDocument(parent=self)
        if self.document.parent() is None:
            self.document.setParent(self)
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self._busy = False

        self.file_actions = FileActions(self.document, self)
        self.importer = DataImporter(self.document, self, self.file_actions)
        self.exporter = DataExporter(self.document, self, self.file_actions.run_busy)
        self.autosaver = Autosaver(self.document, self)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.data_editors = _make_data_editors(self.document)
        self.tabs.addTab(self.data_editors, icon("data"), translate("MainWindow", "Data"))
        self._timetable_host = QWidget()
        self._timetable_layout = QStackedLayout(self._timetable_host)
        self._timetable_layout.addWidget(
            _placeholder(translate("MainWindow", "The timetable appears here once the data has been solved.")))
        self.tabs.addTab(self._timetable_host, icon("timetable"), translate("MainWindow", "Timetable"))
        self.setCentralWidget(self.tabs)

        self.diagnostics_panel = DiagnosticsPanel(self.document, self)
        select_entity = getattr(self.data_editors, "select_entity", None)
        if select_entity is not None:
            self.diagnostics_panel.select_entity = self._show_entity
        self._build_actions()
        self._build_menus()
        self.add_dock(self.diagnostics_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.reports_panel = ReportsPanel(self.document, self)
        self.add_dock(self.reports_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.diagnostics_panel, self.reports_panel)
        self.diagnostics_panel.raise_()
        self.resizeDocks([self.diagnostics_panel], [DIAGNOSTICS_HEIGHT], Qt.Orientation.Vertical)
        self._build_toolbar()
        self._build_status_bar()
        from scheduler_gui.timetable import install_timetable

        self.timetable_widget = install_timetable(self)
        from scheduler_gui.solving.controller import SolvingController

        self.solving = SolvingController(self)
        self._dock_solving_panels()
        self.view_menu.addSeparator()
        self.language_menu = LanguageMenu(self)
        self.view_menu.addMenu(self.language_menu)

        self.document.modified_changed.connect(self.setWindowModified)
        self.document.path_changed.connect(self._update_title)
        self.document.problem_changed.connect(self._update_title)
        self.document.problem_changed.connect(self._update_counts)
        self.diagnostics_panel.validation_finished.connect(self._on_validation_finished)
        self.file_actions.busy_changed.connect(self._on_busy_changed)
        self.file_actions.project_saved.connect(self._on_project_saved)
        self._update_title()
        self._update_counts()
        self._set_default_size()
        self._restore_window_state()

    # -- hooks for other parts of the application -------------------------
    def set_timetable_widget(self, widget: QWidget) -> None:
        """Show ``widget`` in the Timetable tab (replacing the placeholder)."""
        while self._timetable_layout.count():
            old = self._timetable_layout.widget(0)
            self._timetable_layout.removeWidget(old)
            old.deleteLater()
        self._timetable_layout.addWidget(widget)

    def _dock_solving_panels(self) -> None:
        """The Solve panel on the right, at full height (its plot needs it more than
        the bottom docks need the width); the Runs panel with the Diagnostics."""
        self.solve_dock = self.add_dock(self.solving.solve_area, Qt.DockWidgetArea.RightDockWidgetArea,
                                        "solve_dock")
        self.runs_dock = self.add_dock(self.solving.runs_panel, Qt.DockWidgetArea.BottomDockWidgetArea,
                                       "runs_dock")
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.diagnostics_panel, self.runs_dock)
        self.diagnostics_panel.raise_()
        self.solving.solve_panel_wanted.connect(self.solve_dock.show)
        self.solving.solve_panel_wanted.connect(self.solve_dock.raise_)

    def add_dock(self, widget: QWidget, area: Qt.DockWidgetArea, name: str = "") -> QDockWidget:
        """Dock ``widget`` (wrapped in a dock unless it is one) and list it in View;
        ``name``: the dock's object name (kept in the saved window state, so it must
        not depend on the translated title)."""
        if isinstance(widget, QDockWidget):
            dock = widget
        else:
            dock = QDockWidget(widget.windowTitle() or widget.objectName(), self)
            dock.setWidget(widget)
        if name:
            dock.setObjectName(name)
        if not dock.objectName():
            dock.setObjectName((dock.windowTitle() or "dock").lower().replace(" ", "_") + "_dock")
        self.addDockWidget(area, dock)
        self.view_menu.addAction(dock.toggleViewAction())
        return dock

    # -- construction ------------------------------------------------------
    def _build_actions(self) -> None:
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)

        self.export_timetable_action = QAction(
            icon("export"), translate("MainWindow", "E&xport Timetable…"), self)
        self.export_timetable_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_timetable_action.setToolTip(translate(
            "MainWindow", "PDF booklet, spreadsheet, CSV, web pages or calendars (Ctrl+E)"))
        self.export_timetable_action.triggered.connect(self._on_export_timetable_triggered)
        self.print_action = QAction(icon("print"), translate("MainWindow", "&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self._on_print_triggered)

        self.close_action = QAction(translate("MainWindow", "&Close"), self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.file_actions.new_project)
        self.quit_action = QAction(translate("MainWindow", "&Quit"), self)
        self.quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
                                      or [QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.solve_action = QAction(icon("solve"), translate("MainWindow", "&Solve"), self)
        self.solve_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.solve_action.setEnabled(False)
        self.solve_action.setToolTip(translate("MainWindow", "Build a timetable for the current data (F5)"))
        self.stop_action = QAction(icon("stop"), translate("MainWindow", "S&top"), self)
        self.stop_action.setEnabled(False)

        self.help_actions = HelpActions(self)
        self.about_action = self.help_actions.about_action
        self.user_guide_action = self.help_actions.user_guide_action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        fa = self.file_actions
        self.file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.file_menu.addActions([fa.new_action, fa.open_action])
        self.file_menu.addMenu(fa.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([fa.save_action, fa.save_as_action])
        self.file_menu.addSeparator()
        self.file_menu.addMenu(self.importer.menu)
        self.file_menu.addMenu(self.exporter.menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_timetable_action, self.print_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        editor_actions = self._editor_actions()
        if editor_actions:
            self.edit_menu.addSeparator()
            self.edit_menu.addActions(editor_actions)

        self.solve_menu = bar.addMenu(translate("MainWindow", "&Solve"))
        self.solve_menu.addActions([self.solve_action, self.stop_action])
        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.help_menu.addActions(self.help_actions.actions())

    def _editor_actions(self) -> list[QAction]:
        actions = getattr(self.data_editors, "actions", None)
        return list(actions()) if callable(actions) else []

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(translate("MainWindow", "Main toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar_text_action = QAction(translate("MainWindow", "Text Under Toolbar Icons"), self)
        self.toolbar_text_action.setCheckable(True)
        self.toolbar_text_action.toggled.connect(self._on_toolbar_text_toggled)
        self.toolbar_text_action.setChecked(settings.get_setting("window/toolbar_text"))
        self._on_toolbar_text_toggled(self.toolbar_text_action.isChecked())
        fa = self.file_actions
        self.toolbar.addActions([fa.new_action, fa.open_action, fa.save_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        editor_actions = [a for a in self._editor_actions() if not a.icon().isNull()]
        if editor_actions:
            self.toolbar.addSeparator()
            self.toolbar.addActions(editor_actions)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.solve_action, self.stop_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.export_timetable_action, self.print_action])
        self.addToolBar(self.toolbar)
        self.view_menu.addAction(self.toolbar.toggleViewAction())
        self.view_menu.addAction(self.toolbar_text_action)

    def _on_toolbar_text_toggled(self, on: bool) -> None:
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon if on
                                        else Qt.ToolButtonStyle.ToolButtonIconOnly)
        settings.set_setting("window/toolbar_text", on)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.file_label = QLabel()
        self.counts_label = QLabel()
        self.validation_label = QLabel(translate("MainWindow", "Checking…"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setVisible(False)
        for label in (self.file_label, self.counts_label, self.validation_label):
            label.setContentsMargins(6, 0, 6, 0)
        status.addWidget(self.file_label, 1)
        status.addPermanentWidget(self.busy_bar)
        status.addPermanentWidget(self.counts_label)
        status.addPermanentWidget(self.validation_label)

    # -- refreshers --------------------------------------------------------
    def _update_title(self) -> None:
        name = self.document.display_name
        self.setWindowTitle(f"{name}[*] — {app_info()['name']}")
        self.setWindowModified(self.document.modified)
        path = self.document.path
        self.file_label.setText(str(path) if path else translate(
            "MainWindow", "{name} (not saved yet)").format(name=name))

    def _update_counts(self) -> None:
        problem = self.document.problem
        try:
            from schedule_engine import derive_sessions

            n_sessions = sum(1 for s in derive_sessions(problem) if s.length > 0)  # default cuts
            sessions = translate("MainWindow", "%n sessions, ", "", n_sessions)
        except Exception:  # noqa: BLE001 - counts are informative only
            sessions = ""
        self.counts_label.setText(
            sessions + translate("MainWindow", "%n groups, ", "", len(problem.groups))
            + translate("MainWindow", "%n courses", "", len(problem.courses)))

    def _on_validation_finished(self, errors: int, warnings: int) -> None:
        if errors < 0:
            self.validation_label.setText(translate("MainWindow", "Data not checked"))
        elif errors:
            self.validation_label.setText("⚠ " + translate("MainWindow", "%n data errors", "", errors))
        elif warnings:
            self.validation_label.setText(translate("MainWindow", "Data OK (%n warnings)", "", warnings))
        else:
            self.validation_label.setText(translate("MainWindow", "Data OK"))

    def _on_busy_changed(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (self.menuBar(), self.toolbar, self.tabs, *self.findChildren(QDockWidget)):
            widget.setEnabled(not busy)

    def _on_project_saved(self, path) -> None:
        self.statusBar().showMessage(translate("MainWindow", "Saved {name}").format(name=path.name), 4000)

    def _show_entity(self, kind: str, entity_id: str, field: str) -> None:
        self.tabs.setCurrentWidget(self.data_editors)
        self.data_editors.select_entity(kind, entity_id, field)

    # -- Help --------------------------------------------------------------
    def _on_export_timetable_triggered(self) -> None:
        from scheduler_gui.export.export_dialog import open_export_dialog

        open_export_dialog(self.document, self)

    def _on_print_triggered(self) -> None:
        from scheduler_gui.export.export_dialog import default_print_options
        from scheduler_gui.export.printing import open_print_preview

        # The same pages as the Export dialog lists, so both state the same count.
        options = default_print_options(self.document)
        open_print_preview(self.document.problem, self.document.solution, options, self)

    # -- window state ------------------------------------------------------
    def _set_default_size(self) -> None:
        """1280 x 820, or nine tenths of a smaller screen."""
        width, height = DEFAULT_SIZE
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    def _restore_window_state(self) -> None:
        geometry = settings.get_setting("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.get_setting("window/state")
        if not state.isEmpty():
            self.restoreState(state)

    def _save_window_state(self) -> None:
        settings.set_setting("window/geometry", self.saveGeometry())
        settings.set_setting("window/state", self.saveState())

    # -- drag and drop: a project opens, other data is imported ----------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_path(event.mimeData())
        if path is None:
            return
        event.acceptProposedAction()
        if path.suffix.lower() == PROJECT_SUFFIX:
            self.file_actions.open_project(path)
        else:
            self.importer.import_path(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:  # a file is being read or written
            event.ignore()
            return
        if not self.file_actions.maybe_save():
            event.ignore()
            return
        self._save_window_state()
        self.autosaver.discard()
        event.accept()
