"""Run one export in a worker thread, with progress and cancel.

:class:`ExportJob` owns a QThread; the export reports pages done through
``progress_changed`` and ends with exactly one of ``succeeded``, ``failed`` or
``cancelled`` (all delivered in the GUI thread).  Cancelling sets a flag that
the export checks before every page; a job's signals say nothing after it has
ended, so a late result of an old job can never reach a newer one.
"""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from schedule_engine.export.views import ExportResult

from scheduler_gui.export.pdf_export import ExportCancelled

ExportFunction = Callable[[Callable[[int, int], None], Callable[[], bool]], ExportResult]
"""The export itself: called with (progress, cancelled) in the worker thread."""


class _Worker(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    error = Signal(object)
    stopped = Signal()

    def __init__(self, function: ExportFunction, cancel_event: threading.Event):
        super().__init__()
        self._function = function
        self._cancel = cancel_event

    @Slot()
    def run(self) -> None:
        try:
            self._run()
        finally:
            QThread.currentThread().quit()

    def _run(self) -> None:
        try:
            result = self._function(self.progress.emit, self._cancel.is_set)
        except ExportCancelled:
            self.stopped.emit()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread as a message
            self.error.emit(exc)
        else:
            if self._cancel.is_set():
                self.stopped.emit()
            else:
                self.done.emit(result)


class ExportJob(QObject):
    """One export running off the GUI thread."""

    progress_changed = Signal(int, int)
    """(pages done, pages in all)."""
    succeeded = Signal(object)
    """The :class:`ExportResult`."""
    failed = Signal(object)
    """The exception the export raised."""
    cancelled = Signal()
    ended = Signal()
    """After any of the three outcomes, once the thread has stopped."""

    def __init__(self, function: ExportFunction, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(function, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_worker_progress)
        self._worker.done.connect(self._on_worker_done)
        self._worker.error.connect(self._on_worker_error)
        self._worker.stopped.connect(self._on_worker_stopped)
        self._finished = False

    @property
    def running(self) -> bool:
        return self._thread.isRunning() and not self._finished

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the export to stop before its next page; ``cancelled`` follows."""
        self._cancel.set()

    def wait(self, timeout_ms: int = 10000) -> bool:
        """Block until the worker thread has stopped (used when a window closes)."""
        return self._thread.wait(timeout_ms)

    def _end(self) -> None:
        self._finished = True
        self._thread.quit()
        self._thread.wait(5000)
        self.ended.emit()

    def _on_worker_progress(self, done: int, total: int) -> None:
        if not self._finished and not self._cancel.is_set():
            self.progress_changed.emit(done, total)

    def _on_worker_done(self, result: ExportResult) -> None:
        if not self._finished:
            self.succeeded.emit(result)
            self._end()

    def _on_worker_error(self, error: BaseException) -> None:
        if not self._finished:
            self.failed.emit(error)
            self._end()

    def _on_worker_stopped(self) -> None:
        if not self._finished:
            self.cancelled.emit()
            self._end()
