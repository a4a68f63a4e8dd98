"""Crash protection: recovery copies of unsaved work, written now and then.

While the project has unsaved changes a full copy is written into the
recovery folder every 60 s and ~5 s after the user stops editing.  Saving
cleanly or closing normally removes it.  A small owner file beside each copy
holds the writing process's id, so a copy that belongs to another running
window is never offered for recovery.
"""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from schedule_engine.project_store import Project, discard_recovery, write_recovery
from scheduler_gui import settings
from scheduler_gui.background import start_task
from scheduler_gui.document import ProjectDocument

log = logging.getLogger(__name__)

RECOVERY_DIR_ENV = "SCHEDULER_GUI_RECOVERY_DIR"


def recovery_dir() -> Path:
    """Where recovery copies go: ``$SCHEDULER_GUI_RECOVERY_DIR`` or <app data>/recovery."""
    override = os.environ.get(RECOVERY_DIR_ENV)
    if override:
        return Path(override)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".schedule-engine") / "recovery"


def owner_file(recovery_path: Path) -> Path:
    return recovery_path.with_name(f".{recovery_path.name}.owner")


def owned_by_live_process(recovery_path: Path) -> bool:
    """True when the copy's owner file names a process that is still running."""
    try:
        pid = int(owner_file(recovery_path).read_text().strip())
    except (OSError, ValueError):
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def write_recovery_copy(project: Project, folder: Path, original: Path | None, untitled_id: str) -> Path:
    path = write_recovery(project, folder, original, untitled_id=untitled_id)
    owner_file(path).write_text(str(os.getpid()))
    return path


def remove_recovery_copy(path: Path) -> None:
    discard_recovery(path)
    owner_file(path).unlink(missing_ok=True)


class Autosaver(QObject):
    recovery_written = Signal(Path)

    def __init__(self, document: ProjectDocument, parent: QObject | None = None,
                 folder: Path | None = None):
        super().__init__(parent)
        self.document = document
        self.folder = folder or recovery_dir()
        self.recovery_path: Path | None = None
        self._untitled_id = uuid.uuid4().hex
        self._written_project: Project | None = None
        self._writing = False

        self.interval_timer = QTimer(self)
        self.interval_timer.setInterval(settings.get_setting("autosave/interval_seconds") * 1000)
        self.interval_timer.timeout.connect(self._on_timer)
        self.interval_timer.start()
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(settings.get_setting("autosave/idle_seconds") * 1000)
        self.idle_timer.timeout.connect(self._on_timer)

        document.problem_changed.connect(self.idle_timer.start)
        document.solution_changed.connect(self.idle_timer.start)
        document.modified_changed.connect(self._on_document_modified_changed)
        document.path_changed.connect(self._on_document_path_changed)

    def _needs_copy(self) -> bool:
        return self.document.modified and self.document.project is not self._written_project

    def _on_timer(self) -> None:
        if self._needs_copy() and not self._writing:
            self.write_in_background()

    def write_in_background(self) -> None:
        project, original = self.document.project, self.document.path
        self._writing = True
        start_task(lambda: write_recovery_copy(project, self.folder, original, self._untitled_id),
                   lambda path: self._on_written(project, path),
                   self._on_write_failed, receiver=self)

    def write_now(self) -> Path:
        """Write the recovery copy at once, in this thread."""
        project = self.document.project
        path = write_recovery_copy(project, self.folder, self.document.path, self._untitled_id)
        self._on_written(project, path)
        return path

    def _on_written(self, project: Project, path: Path) -> None:
        self._writing = False
        if self.recovery_path is not None and self.recovery_path != path:
            remove_recovery_copy(self.recovery_path)
        self.recovery_path = path
        self._written_project = project
        if not self.document.modified:  # saved meanwhile: the copy is not needed
            self.discard()
            return
        self.recovery_written.emit(path)

    def _on_write_failed(self, error: BaseException) -> None:
        self._writing = False
        log.warning("could not write the recovery copy: %s", error)

    def discard(self) -> None:
        """Remove this window's recovery copy (after a clean save or close)."""
        if self.recovery_path is not None:
            remove_recovery_copy(self.recovery_path)
        self.recovery_path = None
        self._written_project = None

    def _on_document_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()

    def _on_document_path_changed(self) -> None:
        # The copy is named after the file: the next write makes a new one.
        self._written_project = None
