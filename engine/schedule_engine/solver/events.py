"""``ProgressEvent``: what a run reports while it searches.

The search loop, the islands, the command line's progress bar, the window's
worker process and its solve panel all speak it.  On the way out of
:func:`schedule_engine.solve` an event becomes a plain dict
(:meth:`ProgressEvent.to_dict`: only the figures that are known, JSON values)
and :meth:`ProgressEvent.from_dict` reads such a dict back (other keys, such as
the worker's message ``type``, are ignored).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, Mapping

PHASES = ("validate", "compile", "construct", "evolve", "done")


@dataclass(frozen=True)
class ProgressEvent:
    phase: str
    generation: int = 0
    total: int | None = None
    """The generation limit, or the best estimate from the time limit so far."""
    elapsed: float = 0.0
    fraction: float = 0.0
    """How far the run has come, 0 to 1 (the furthest of its stopping rules)."""
    hard: int | None = None
    soft: int | None = None
    breakdown: Mapping[str, int] | None = None
    improved: bool = False
    island: int | None = None
    evaluations: int | None = None
    evals_per_s: float | None = None
    diversity: float | None = None
    assignments: dict | None = None
    """The best timetable so far (engine JSON solution), at most about once a second."""
    best: Any = field(default=None, compare=False, repr=False)
    """Inside the engine only: the best timetable's raw arrays, before decoding."""

    @property
    def score(self) -> tuple[int, int] | None:
        return None if self.hard is None or self.soft is None else (int(self.hard), int(self.soft))

    def with_changes(self, **changes: Any) -> ProgressEvent:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "best" or value is None:
                continue
            out[f.name] = dict(value) if f.name == "breakdown" else value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProgressEvent:
        names = {f.name for f in fields(cls)} - {"best"}
        values = {k: v for k, v in data.items() if k in names}
        values.setdefault("phase", "")
        return cls(**values)
