"""At start-up: offer to restore work that a crash left unsaved."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from schedule_engine.project_store import RecoveryInfo, find_recoveries, load_project
from scheduler_gui import error_dialog
from scheduler_gui.autosave import owned_by_live_process, recovery_dir, remove_recovery_copy
from scheduler_gui.document import ProjectDocument
from scheduler_gui.resources import app_info

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
    name = info.original.name if info.original else "an unsaved project"
    return (f"{app_info()['name']} closed unexpectedly. Restore unsaved changes to {name} "
            f"from {local_time(info.saved_at)}?")


def offer_recovery(window: QWidget, document: ProjectDocument, folder: Path | None = None) -> bool:
    """Ask about each abandoned copy (newest first) until one is restored.

    Yes restores it (the project is then marked modified), No deletes the copy,
    Ignore keeps it for the next start.
    """
    for info in abandoned_recoveries(folder):
        answer = QMessageBox.question(
            window, "Restore unsaved changes?", recovery_question(info),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Ignore,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.No:
            remove_recovery_copy(info.path)
            continue
        if answer != QMessageBox.StandardButton.Yes:
            continue
        try:
            project = load_project(info.path)
        except Exception as error:  # noqa: BLE001
            error_dialog.show_error(window, "Could not restore the unsaved changes", error)
            continue
        document.replace_project(project, info.original)
        document.mark_modified()
        remove_recovery_copy(info.path)
        return True
    return False
