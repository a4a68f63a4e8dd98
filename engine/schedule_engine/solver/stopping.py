"""Composable stopping rules: time, generations, target score, stagnation and
an external stop flag.  Each reports how far the run has come (0..1)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


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

    def reason(self, clock: RunClock) -> str | None:
        """Why the run must stop now, or None to go on."""
        if self.external is not None and self.external():
            return "stopped"
        if self.target is not None and tuple(clock.best) <= tuple(self.target):
            return "target"
        if self.time_limit is not None and clock.elapsed >= self.time_limit:
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
            parts.append(clock.elapsed / self.time_limit)
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
            return min(1.0, clock.elapsed / self.time_limit)
        return min(1.0, clock.elapsed / 300.0)
