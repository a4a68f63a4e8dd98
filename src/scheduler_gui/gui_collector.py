"""Python's cycle collector runs on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate
when a generation fills up: often a background task's pool thread or the
solver's QThread.  If the garbage it frees holds Qt objects that live in the
GUI thread (a closed dialog, a finished task's signals), Qt deletes them from
the wrong thread and the application can crash.  So automatic collection is
switched off and a timer in the GUI thread collects instead, by the same
generation thresholds Python would use.  Processes the window starts (the
solver's worker, the warm-up) are spawned and collect as usual.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 250
"""How often the GUI thread looks at the collector's counts."""

_collector: "GuiThreadCollector | None" = None


class GuiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(INTERVAL_MS)

    def collect_due(self) -> int:
        """Collect the oldest generation whose count is over its threshold;
        the generation collected, or -1 when none was due."""
        counts = gc.get_count()
        due = -1
        for generation in range(3):
            if counts[generation] <= self.thresholds[generation]:
                break
            due = generation
        if due >= 0:
            gc.collect(due)
        return due


def collect_on_gui_thread() -> GuiThreadCollector | None:
    """Install the collector once, from the GUI thread of a running
    application (later calls and calls from other threads do nothing)."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
        app.destroyed.connect(_restore)
    return _collector


def _restore(*_: object) -> None:
    global _collector
    _collector = None
    gc.enable()
