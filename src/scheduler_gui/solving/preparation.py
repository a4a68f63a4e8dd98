"""The solver's preparation at the window's start: on a source install the
first start compiles the search kernels (tens of seconds), in a separate
process started here, while the Solve panel says "Preparing the solver".  The
desktop bundle ships them compiled: nothing to prepare."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from schedule_engine import warm_up_in_background

POLL_MS = 250


class SolverPreparation(QObject):
    """Watches the warm-up process; ``finished`` once it has ended."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None,
                 start: Callable[[], object | None] = warm_up_in_background, poll_ms: int = POLL_MS):
        super().__init__(parent)
        self._process = start()
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)
        if self._process is not None:
            self._timer.start()

    @property
    def preparing(self) -> bool:
        return self._process is not None and bool(self._process.is_alive())

    def _poll(self) -> None:
        if not self.preparing:
            self._timer.stop()
            self._process = None
            self.finished.emit()


def prepare_solver(panel, parent: QObject | None = None, **kwargs) -> SolverPreparation:
    """Start the preparation and show it on ``panel`` (a :class:`SolvePanel`)."""
    preparation = SolverPreparation(parent, **kwargs)
    if preparation.preparing:
        panel.show_preparing(True)
        preparation.finished.connect(lambda: panel.show_preparing(False))
    return preparation
