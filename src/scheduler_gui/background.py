"""Run plain functions off the GUI thread and get their result back as signals.

``BackgroundTask`` wraps a callable in a QRunnable for ``QThreadPool``; its
``signals`` object lives in the GUI thread, so ``finished``/``failed`` arrive
there queued.  ``run_and_wait`` keeps the GUI's event loop running (painting,
the busy indicator) while waiting for a task whose result the caller needs
before it can go on, e.g. saving before closing.
"""

from __future__ import annotations

from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal

from scheduler_gui.gui_collector import collect_on_gui_thread

_running: set["BackgroundTask"] = set()


class TaskSignals(QObject):
    finished = Signal(object)
    """The function's return value."""
    failed = Signal(object)
    """The exception the function raised."""


class BackgroundTask(QRunnable):
    def __init__(self, function: Callable[[], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.function = function
        self.signals = TaskSignals()

    def run(self) -> None:  # runs in a pool thread
        try:
            result = self.function()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.finished, result)

    def _emit(self, signal, value: object) -> None:
        # The application may have been torn down (its objects deleted) while
        # the function ran: nobody is left to tell.
        if not shiboken6.isValid(self.signals):
            return
        try:
            signal.emit(value)
        except RuntimeError:
            pass


def start_task(
    function: Callable[[], Any],
    on_finished: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
    receiver: QObject | None = None,
) -> BackgroundTask:
    """Run ``function`` in ``pool`` (the global pool by default).

    With a ``receiver``, the callbacks are skipped once that object is deleted
    (e.g. a panel closed while its task was still running).
    """
    collect_on_gui_thread()  # the pool thread must not free the GUI's objects
    task = BackgroundTask(function)
    _running.add(task)

    def forget(*_: object) -> None:
        _running.discard(task)

    def guarded(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        if receiver is None:
            return callback
        return lambda value: callback(value) if shiboken6.isValid(receiver) else None

    if on_finished is not None:
        task.signals.finished.connect(guarded(on_finished))
    if on_failed is not None:
        task.signals.failed.connect(guarded(on_failed))
    task.signals.finished.connect(forget)
    task.signals.failed.connect(forget)
    (pool or QThreadPool.globalInstance()).start(task)
    return task


_file_pool: QThreadPool | None = None


def file_pool() -> QThreadPool:
    """A pool of its own for file reads and writes: long work queued in the
    global pool never delays a save."""
    global _file_pool
    if _file_pool is None:
        _file_pool = QThreadPool()
        _file_pool.setMaxThreadCount(2)
    return _file_pool


def wait_for_background_tasks(msecs: int = 5000) -> bool:
    """Block until every task started here has ended (tests, shutdown)."""
    done = QThreadPool.globalInstance().waitForDone(msecs)
    return file_pool().waitForDone(msecs) and done


def run_and_wait(function: Callable[[], Any]) -> Any:
    """Run ``function`` in the file pool, keep the event loop turning until it
    ends, then return its result or raise its exception here."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def finished(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    start_task(function, finished, failed, pool=file_pool())
    if not outcome:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
