"""The one progress rate limiter: lets a message through at most once every
``interval`` seconds, and always when the caller says it matters (an
improvement, a change of phase, the last message)."""

from __future__ import annotations

import time
from typing import Callable

PROGRESS_INTERVAL_S = 0.1
"""About ten progress messages a second, plus every improvement."""
ASSIGNMENTS_INTERVAL_S = 1.0
"""The best timetable itself travels at most once a second."""


class RateLimiter:
    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic):
        self.interval = interval
        self._clock = clock
        self._last = float("-inf")

    def due(self) -> bool:
        """Would a message that does not matter pass now?  (Does not count as one.)"""
        return self._clock() - self._last >= self.interval

    def admit(self, important: bool = False) -> bool:
        """True when the message may go now (then it counts as sent)."""
        now = self._clock()
        if not important and now - self._last < self.interval:
            return False
        self._last = now
        return True
