"""Plain words for remedies: times by day and clock, lists of names."""

from __future__ import annotations

from typing import Iterable

from schedule_engine.model import TimeGrid


def slot_runs(grid: TimeGrid, slots: Iterable[int]) -> list[tuple[int, int, int]]:
    """(day, first period, last period) for each run of consecutive slots."""
    runs: list[tuple[int, int, int]] = []
    for slot in sorted(set(slots)):
        day, period = grid.day_period(slot)
        if runs and runs[-1][0] == day and runs[-1][2] == period - 1:
            runs[-1] = (day, runs[-1][1], period)
        else:
            runs.append((day, period, period))
    return runs


def slots_text(grid: TimeGrid, slots: Iterable[int]) -> str:
    """``"Sunday 14:25-16:05, Monday 10:15-11:05"``."""
    parts = []
    for day, first, last in slot_runs(grid, slots):
        parts.append(f"{grid.days[day]} {grid.periods[first].start}-{grid.periods[last].end}")
    return ", ".join(parts)


def names(items: Iterable[str], limit: int = 6) -> str:
    items = list(items)
    if len(items) > limit:
        return ", ".join(items[:limit]) + f" and {len(items) - limit} more"
    if len(items) > 1:
        return ", ".join(items[:-1]) + " and " + items[-1]
    return items[0] if items else ""


def periods(n: int) -> str:
    return f"{n} period{'s' if n != 1 else ''}"
