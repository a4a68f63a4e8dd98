"""At start-up: offer to restore work that a crash left unsaved."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from schedule_engine.project_store import RecoveryInfo, find_recoveries, load_project
from scheduler_gui import error_dialog
from scheduler_gui.autosave import owned_by_live_process, recovery_dir, remove_recovery_copy
from scheduler_gui.document import ProjectDocument
from scheduler_gui.resources import app_info
from scheduler_gui.i18n import translate

log = logging.getLogger(__name__)


def abandoned_recoveries(folder: Path | None = None) -> list[RecoveryInfo]:
    """Recovery copies left by windows that are no longer running, newest first."""
    return [info for info in find_recoveries(folder or recovery_dir())
            if not owned_by_live_process(info.path)]


def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def recovery_question(info: RecoveryInfo) -> str:
    if info.original:
        text = translate("RecoveryDialog", "{app} closed unexpectedly. Restore unsaved changes to {name} "
                                           "from {time}?")
    else:
        text = translate("RecoveryDialog", "{app} closed unexpectedly. Restore unsaved changes to an "
                                           "unsaved project from {time}?")
    return text.format(app=app_info()["name"], name=info.original.name if info.original else "",
                       time=local_time(info.saved_at))


RESTORE = "restore"
OPEN_WITHOUT = "open_without"
DISCARD = "discard"


class RecoveryQuestion(QMessageBox):
    """The question about one recovery copy; :meth:`choice` says the answer."""

    def __init__(self, parent: QWidget | None, info: RecoveryInfo):
        super().__init__(parent)
        self.setObjectName("recovery_question")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(translate("RecoveryDialog", "Restore unsaved changes?"))
        self.setText(recovery_question(info))
        self.setInformativeText(translate(
            "RecoveryDialog", "“Open without restoring” keeps the recovery copy for the next start."))
        self.buttons = {
            RESTORE: self.addButton(translate("RecoveryDialog", "Restore"), QMessageBox.ButtonRole.AcceptRole),
            OPEN_WITHOUT: self.addButton(translate("RecoveryDialog", "Open without restoring"),
                                         QMessageBox.ButtonRole.RejectRole),
            DISCARD: self.addButton(translate("RecoveryDialog", "Discard the recovery copy"),
                                    QMessageBox.ButtonRole.DestructiveRole),
        }
        self.setDefaultButton(self.buttons[RESTORE])
        self.setEscapeButton(self.buttons[OPEN_WITHOUT])

    def choice(self) -> str:
        clicked = self.clickedButton()
        return next((key for key, button in self.buttons.items() if button is clicked), OPEN_WITHOUT)


def ask_recovery(window: QWidget, info: RecoveryInfo) -> str:
    """Show the question (modal); RESTORE, OPEN_WITHOUT or DISCARD."""
    box = RecoveryQuestion(window, info)
    box.exec()
    choice = box.choice()
    box.deleteLater()
    return choice


def offer_recovery(window: QWidget, document: ProjectDocument, folder: Path | None = None,
                   ask: Callable[[QWidget, RecoveryInfo], str] | None = None) -> bool:
    """Ask about each abandoned copy (newest first) until one is restored.

    "Restore" opens it (the project is then marked modified), "Discard the
    recovery copy" deletes it, "Open without restoring" keeps it for the next
    start.
    """
    ask = ask or ask_recovery
    for info in abandoned_recoveries(folder):
        answer = ask(window, info)
        if answer == DISCARD:
            remove_recovery_copy(info.path)
            continue
        if answer != RESTORE:
            continue
        try:
            project = load_project(info.path)
        except Exception as error:  # noqa: BLE001
            error_dialog.show_error(window, translate("RecoveryDialog", "Could not restore the unsaved changes"), error)
            continue
        document.replace_project(project, info.original)
        document.mark_modified()
        remove_recovery_copy(info.path)
        return True
    return False
