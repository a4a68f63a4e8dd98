"""Progress on its way out of the search: the loop's rate-limited reporter and
the adapter that calls the caller's callback.

A callback is called in one of two ways, told apart by its signature:

- ``callback(event)`` -- the engine's own: one dict, :meth:`ProgressEvent.to_dict`;
- ``callback(gen, total, metrics)`` -- the seed engine's: a callable with three
  (or more) required positional parameters gets the generation, the total
  (the generation limit, or the best estimate from the time limit) and the
  same dict of figures.

A callback that raises does not end the run: the error is logged once, the
callback is dropped, and :attr:`ProgressSink.failure` says what happened (the
result carries it as a warning).
"""

from __future__ import annotations

import inspect
import logging
from typing import Any, Callable, Mapping

from schedule_engine.solver.events import ProgressEvent
from schedule_engine.solver.rate_limit import ASSIGNMENTS_INTERVAL_S, PROGRESS_INTERVAL_S, RateLimiter

log = logging.getLogger(__name__)


class ProgressReporter:
    """At most one event every ``interval`` seconds, plus every improvement."""

    def __init__(self, callback: Callable[[ProgressEvent], None] | None,
                 interval: float = PROGRESS_INTERVAL_S,
                 assignments_interval: float = ASSIGNMENTS_INTERVAL_S):
        self._callback = callback
        self._events = RateLimiter(interval)
        self._assignments = RateLimiter(assignments_interval)

    @property
    def active(self) -> bool:
        return self._callback is not None

    def wants_assignments(self, improved: bool) -> bool:
        return self._callback is not None and improved and self._assignments.due()

    def emit(self, event: ProgressEvent, improved: bool = False, force: bool = False) -> None:
        if self._callback is None or not self._events.admit(force or improved):
            return
        if event.best is not None or event.assignments is not None:
            self._assignments.admit(True)
        self._callback(event.with_changes(improved=improved))


def is_seed_style(callback: Callable[..., Any]) -> bool:
    """True for ``callback(gen, total, metrics)``: three required positional parameters."""
    try:
        parameters = inspect.signature(callback).parameters.values()
    except (TypeError, ValueError):
        return False
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    required = [p for p in parameters if p.kind in positional and p.default is inspect.Parameter.empty]
    return len(required) >= 3


class ProgressSink:
    """Calls the caller's callback with each event, in the caller's style."""

    def __init__(self, callback: Callable[..., Any] | None):
        self._callback = callback
        self._seed_style = callback is not None and is_seed_style(callback)
        self.failure: str | None = None

    @property
    def active(self) -> bool:
        return self._callback is not None

    def __call__(self, event: ProgressEvent | Mapping[str, Any]) -> None:
        if self._callback is None:
            return
        if not isinstance(event, ProgressEvent):
            event = ProgressEvent.from_dict(event)
        metrics = event.to_dict()
        try:
            if self._seed_style:
                total = max(1, event.total or 0, event.generation)
                self._callback(event.generation, total, metrics)
            else:
                self._callback(metrics)
        except Exception as exc:  # a caller's bug must not end the run
            self.failure = f"The progress callback raised {type(exc).__name__}: {exc}; it was not called again."
            log.warning("%s", self.failure, exc_info=True)
            self._callback = None
