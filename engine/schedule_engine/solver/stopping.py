"""Composable stopping rules: time, generations, target score, stagnation and
an external stop flag.  Each reports how far the run has come (0..1).

The time limit counts from the moment the user asked for the run
(:attr:`StopRules.started`), so that model building, loading the search
kernels and starting a worker process are inside it, not on top of it."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable


def monotonic_origin(started: float | None) -> float:
    """The ``time.monotonic()`` reading of the wall-clock instant ``started``
    (``time.time()``, seconds since the epoch, as passed between processes);
    now when ``started`` is None or lies in the future."""
    now = time.monotonic()
    if started is None:
        return now
    return now - max(0.0, time.time() - float(started))


@dataclass
class RunClock:
    """What the rules look at."""

    elapsed: float = 0.0
    generation: int = 0
    best: tuple[int, int] = (1 << 60, 1 << 60)
    last_improvement: float = 0.0


@dataclass
class StopRules:
    time_limit: float | None = None
    generations: int | None = None
    target: tuple[int, int] | None = None
    stagnation: float | None = None
    external: Callable[[], bool] | None = None
    started: float | None = None
    """``time.monotonic()`` when the run was asked for; the time limit and the
    time-driven schedule count from it.  None: from the search's own start
    (the clock's ``elapsed``)."""

    def elapsed(self, clock: RunClock) -> float:
        """Seconds since the run was asked for (the clock's when not known)."""
        if self.started is None:
            return clock.elapsed
        return time.monotonic() - self.started

    def time_left(self, clock: RunClock) -> float | None:
        """Seconds until the time limit, or None without one."""
        if self.time_limit is None:
            return None
        return max(0.0, self.time_limit - self.elapsed(clock))

    def reason(self, clock: RunClock) -> str | None:
        """Why the run must stop now, or None to go on."""
        if self.external is not None and self.external():
            return "stopped"
        if self.target is not None and tuple(clock.best) <= tuple(self.target):
            return "target"
        if self.time_limit is not None and self.elapsed(clock) >= self.time_limit:
            return "time_limit"
        if self.generations is not None and clock.generation >= self.generations:
            return "generations"
        if self.stagnation is not None and clock.elapsed - clock.last_improvement >= self.stagnation:
            return "stagnation"
        return None

    def fraction(self, clock: RunClock) -> float:
        """Progress from 0 to 1: the furthest of the bounded rules."""
        parts = [0.0]
        if self.time_limit:
            parts.append(self.elapsed(clock) / self.time_limit)
        if self.generations:
            parts.append(clock.generation / self.generations)
        if self.stagnation:
            parts.append((clock.elapsed - clock.last_improvement) / self.stagnation)
        return max(0.0, min(1.0, max(parts)))

    def schedule_fraction(self, clock: RunClock) -> float:
        """How far the annealing schedule should be: by generations when they
        bound the run (reproducible), otherwise by time."""
        if self.generations:
            return min(1.0, clock.generation / self.generations)
        if self.time_limit:
            return min(1.0, self.elapsed(clock) / self.time_limit)
        return min(1.0, clock.elapsed / 300.0)

    def total_generations(self, clock: RunClock) -> int | None:
        """The generation limit, or the best estimate from the time limit so far
        (generations done per second times the limit); None when neither is known."""
        if self.generations:
            return int(self.generations)
        elapsed = self.elapsed(clock)
        if self.time_limit and clock.generation > 0 and elapsed > 0:
            return max(clock.generation, round(clock.generation * self.time_limit / elapsed))
        return None
