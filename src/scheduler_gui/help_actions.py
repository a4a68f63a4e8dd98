"""The Help menu's actions: the bundled user guide and the About box."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from scheduler_gui.i18n import translate
from scheduler_gui.resources import app_info, icon


def app_version() -> str:
    for name in ("schedule-engine-app", "schedule-engine"):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


class HelpActions(QObject):
    """User Guide (opens the HTML guide) and About, for ``window``'s Help menu."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.about_action = QAction(icon("about"), translate("MainWindow", "&About Schedule Engine"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.user_guide_action = QAction(translate("MainWindow", "&User Guide"), window)
        self.user_guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.user_guide_action.triggered.connect(self._on_user_guide_triggered)

    def actions(self) -> list[QAction]:
        return [self.user_guide_action, self.about_action]

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self._window,
            translate("MainWindow", "About {name}").format(name=app_info()["name"]),
            f"<h3>{app_info()['name']} {app_version()}</h3><p>"
            + translate("MainWindow", "Builds weekly course timetables for schools and universities, "
                        "entirely on this computer.") + "</p>",
        )

    def _on_user_guide_triggered(self) -> None:
        from scheduler_gui.user_guide import find_user_guide

        try:
            guide = find_user_guide()
        except OSError:
            guide = None
        if guide is None or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide))):
            QMessageBox.information(self._window, translate("MainWindow", "User guide"),
                                    translate("MainWindow",
                                              "The user guide is not part of this installation."))
