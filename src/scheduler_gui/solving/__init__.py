"""Solving from the window: the solver runner (a worker process behind a
QThread), the Solve and Runs panels, and their wiring to the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from scheduler_gui.solving.controller import SolvingController


def install_solving(window: QMainWindow) -> SolvingController:
    """Add the Solve and Runs panels to ``window`` and wire its Solve/Stop actions."""
    from scheduler_gui.solving.controller import SolvingController

    return SolvingController(window)
