"""Crash protection: a recovery copy of unsaved work, written on every edit.

Each edit (any change of the data, the timetable or the runs, an undo or a
redo) writes a full copy of the project into the recovery folder in a pool
thread, ``autosave/edit_delay_ms`` (150 ms) after it; edits made while a copy
is being written are written right after it, so every edit reaches the copy
within a second (a copy of a campus project takes some 40 ms).  The copy is
replaced atomically, so a crash mid-write leaves the previous one.  Every 60 s
a copy is written too if one is missing.  Saving cleanly or closing normally
removes it.  A small owner file beside each copy
(a QLockFile held while the window runs) marks each copy, so a copy that
belongs to another running window is never offered for recovery.
"""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from schedule_engine import recovery_file_name
from schedule_engine.project_store import Project, discard_recovery, write_recovery
from scheduler_gui import settings
from scheduler_gui.background import file_pool, start_task
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


def owner_lock_path(recovery_path: Path) -> Path:
    return recovery_path.with_name(f".{recovery_path.name}.lock")


def owned_by_live_process(recovery_path: Path) -> bool:
    """True when a running window (this one or another) holds the copy's lock.

    QLockFile records the owner's process id, name, host and boot, so a lock
    left by a killed process is recognised as stale on any platform.
    """
    lock = QLockFile(str(owner_lock_path(recovery_path)))
    lock.setStaleLockTime(0)  # never "stale by age": only a dead owner frees it
    if lock.tryLock(0):
        lock.unlock()  # removes the lock file
        return False
    return True


def remove_recovery_copy(path: Path) -> None:
    discard_recovery(path)
    owner_lock_path(path).unlink(missing_ok=True)


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
        self._lock: QLockFile | None = None

        self.interval_timer = QTimer(self)
        self.interval_timer.setInterval(settings.get_setting("autosave/interval_seconds") * 1000)
        self.interval_timer.timeout.connect(self._on_timer)
        self.interval_timer.start()
        self.idle_timer = QTimer(self)
        """Writes the copy shortly after each edit (the journal of the edits)."""
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(settings.get_setting("autosave/edit_delay_ms"))
        self.idle_timer.timeout.connect(self._on_timer)
        self._pending = False

        document.problem_changed.connect(self._on_edit)
        document.solution_changed.connect(self._on_edit)
        document.undo_stack.indexChanged.connect(self._on_edit)
        document.modified_changed.connect(self._on_document_modified_changed)
        document.path_changed.connect(self._on_document_path_changed)

    def _on_edit(self, *_args) -> None:
        self.idle_timer.start()

    def _needs_copy(self) -> bool:
        return self.document.modified and self.document.project is not self._written_project

    def _on_timer(self) -> None:
        if not self._needs_copy():
            return
        if self._writing:
            self._pending = True  # written as soon as the current copy is done
        else:
            self.write_in_background()

    def _target(self, original: Path | None) -> Path:
        """The copy's path, locked by this window before anything is written there."""
        path = self.folder / recovery_file_name(original, self._untitled_id)
        lock_path = owner_lock_path(path)
        if self._lock is None or Path(self._lock.fileName()) != lock_path:
            self._release_lock()
            self.folder.mkdir(parents=True, exist_ok=True)
            lock = QLockFile(str(lock_path))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                log.warning("another window is keeping a recovery copy of %s", path.name)
            self._lock = lock
        return path

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def write_in_background(self) -> None:
        project, original = self.document.project, self.document.path
        self._target(original)
        self._writing = True
        start_task(lambda: write_recovery(project, self.folder, original, untitled_id=self._untitled_id),
                   lambda path: self._on_written(project, path),
                   self._on_write_failed, pool=file_pool(), receiver=self)

    def write_now(self) -> Path:
        """Write the recovery copy at once, in this thread."""
        project, original = self.document.project, self.document.path
        self._target(original)
        path = write_recovery(project, self.folder, original, untitled_id=self._untitled_id)
        self._on_written(project, path)
        return path

    def _on_written(self, project: Project, path: Path) -> None:
        self._writing = False
        if self.recovery_path is not None and self.recovery_path != path:
            discard_recovery(self.recovery_path)
        self.recovery_path = path
        self._written_project = project
        if not self.document.modified:  # saved meanwhile: the copy is not needed
            self.discard()
            return
        self.recovery_written.emit(path)
        self._write_pending()

    def _on_write_failed(self, error: BaseException) -> None:
        self._writing = False
        log.warning("could not write the recovery copy: %s", error)
        self._write_pending()

    def _write_pending(self) -> None:
        if self._pending:
            self._pending = False
            self._on_timer()

    def discard(self) -> None:
        """Remove this window's recovery copy (after a clean save or close)."""
        if self.recovery_path is not None:
            discard_recovery(self.recovery_path)
        self._release_lock()
        self.recovery_path = None
        self._written_project = None

    def _on_document_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()

    def _on_document_path_changed(self) -> None:
        # The copy is named after the file: the next write makes a new one.
        self._written_project = None
