"""Documents handed to the running application by the system: on macOS a
double-clicked ``.sched`` file (or one dropped on the Dock icon) arrives as a
file-open event, not as a command-line argument."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenHandler(QObject):
    """Application event filter: opens each file-open event's file in ``window``
    (asking first to save unsaved changes)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        name = event.file() or event.url().toLocalFile()
        if name:
            from scheduler_gui.startup import open_path

            open_path(self.window, Path(name), ask=True)
        return True
