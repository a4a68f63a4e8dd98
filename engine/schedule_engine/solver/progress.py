"""Rate-limited progress events: at most one every ``interval`` seconds, plus
one for every improvement of the best timetable."""

from __future__ import annotations

import time
from typing import Callable


class ProgressReporter:
    def __init__(self, callback: Callable[[dict], None] | None, interval: float = 0.1,
                 assignments_interval: float = 1.0):
        self._callback = callback
        self._interval = interval
        self._assignments_interval = assignments_interval
        self._last = float("-inf")
        self._last_assignments = float("-inf")

    @property
    def active(self) -> bool:
        return self._callback is not None

    def wants_assignments(self, improved: bool) -> bool:
        return (self._callback is not None and improved
                and time.monotonic() - self._last_assignments >= self._assignments_interval)

    def emit(self, event: dict, improved: bool = False, force: bool = False) -> None:
        if self._callback is None:
            return
        now = time.monotonic()
        if not (force or improved or now - self._last >= self._interval):
            return
        self._last = now
        if "assignments" in event:
            self._last_assignments = now
        event = dict(event)
        event.setdefault("improved", improved)
        self._callback(event)
