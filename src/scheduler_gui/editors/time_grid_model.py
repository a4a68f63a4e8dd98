"""The time grid: the periods of a day (clock times, breaks, midday window) and the days."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Sequence

from schedule_engine import edits
from schedule_engine.model import Period, Problem
from scheduler_gui.editors.columns import Column, as_bool, as_clock, as_text, yes_no
from scheduler_gui.editors.table_model import ProblemTableModel
from scheduler_gui.i18n import translate


@dataclass(frozen=True)
class PeriodRow:
    """One period with the grid-level facts about it."""

    index: int
    period: Period
    midday: bool

    @property
    def id(self) -> str:
        return self.period.name


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _with_start(row: PeriodRow, value: Any) -> PeriodRow:
    start = as_clock(value, "Start")
    if _minutes(start) >= _minutes(row.period.end):
        raise ValueError(translate("TableEditor", "The start {start} must come before the end {end}.").format(
            start=start, end=row.period.end))
    return replace(row, period=replace(row.period, start=start))


def _with_end(row: PeriodRow, value: Any) -> PeriodRow:
    end = as_clock(value, "End")
    if _minutes(end) <= _minutes(row.period.start):
        raise ValueError(translate("TableEditor", "The end {end} must come after the start {start}.").format(
            end=end, start=row.period.start))
    return replace(row, period=replace(row.period, end=end))


def _next_period(problem: Problem) -> Period:
    periods = problem.time_grid.periods
    taken = {p.name for p in periods}
    name = edits.unique_id(taken, f"P{len(periods) + 1}")
    if not periods:
        return Period(name, "08:00", "08:50")
    last = _minutes(periods[-1].end)
    length = max(10, _minutes(periods[-1].end) - _minutes(periods[-1].start))
    start, end = min(last + 10, 23 * 60), min(last + 10 + length, 23 * 60 + 59)
    return Period(name, f"{start // 60:02d}:{start % 60:02d}", f"{end // 60:02d}:{end % 60:02d}")


class TimeGridModel(ProblemTableModel):
    """One row per period of the day."""

    kind = "time_grid"
    noun = "period"
    columns = (
        Column("name", "Period", lambda r: r.period.name,
               lambda p, r, v: replace(r, period=replace(r.period, name=as_text(v)))),
        Column("start", "Start", lambda r: r.period.start, lambda p, r, v: _with_start(r, v),
               editor="time"),
        Column("end", "End", lambda r: r.period.end, lambda p, r, v: _with_end(r, v), editor="time"),
        Column("is_break", "Break", lambda r: yes_no(r.period.is_break),
               lambda p, r, v: replace(r, period=replace(r.period, is_break=as_bool(v, "Break"))),
               edit=lambda r: r.period.is_break, editor="check", tooltip="Nothing is taught in a break"),
        Column("midday_periods", "Midday window", lambda r: yes_no(r.midday),
               lambda p, r, v: replace(r, midday=as_bool(v, "Midday window")), edit=lambda r: r.midday,
               editor="check", tooltip="Groups that want a midday break get one free period in this window"),
    )

    def rows_of(self, problem: Problem) -> Sequence[Any]:
        grid = problem.time_grid
        return tuple(PeriodRow(i, p, i in grid.midday_periods) for i, p in enumerate(grid.periods))

    def row_id(self, obj: Any) -> str:
        return obj.period.name

    def with_row(self, problem: Problem, row: int, obj: PeriodRow) -> Problem:
        grid = problem.time_grid
        name = obj.period.name
        if not name:
            raise ValueError("A period needs a name.")
        if any(p.name == name for i, p in enumerate(grid.periods) if i != row):
            raise ValueError(translate("TableEditor", "The period name {name} is already used.").format(name=repr(name)))
        periods = tuple(obj.period if i == row else p for i, p in enumerate(grid.periods))
        midday = set(grid.midday_periods) - {row} | ({row} if obj.midday else set())
        new_grid = replace(grid, periods=periods, midday_periods=tuple(sorted(midday)))
        return edits.set_time_grid(problem, new_grid)

    def add_row(self, problem: Problem) -> tuple[Problem, int]:
        n = problem.time_grid.n_periods
        return edits.insert_period(problem, n, _next_period(problem)), n

    def duplicate_rows(self, problem: Problem, rows: list[int]) -> tuple[Problem, list[int]]:
        new_rows = []
        for offset, row in enumerate(sorted(rows)):
            source = problem.time_grid.periods[row + offset]
            taken = {p.name for p in problem.time_grid.periods}
            copy = replace(source, name=edits.unique_id(taken, source.name))
            problem = edits.insert_period(problem, row + offset + 1, copy)
            new_rows.append(row + offset + 1)
        return problem, new_rows

    def delete_rows(self, problem: Problem, rows: list[int]) -> tuple[Problem, list[str]]:
        if len(set(rows)) >= problem.time_grid.n_periods:
            raise ValueError("The day needs at least one period.")
        after = edits.remove_periods(problem, rows)
        return after, edits.lost_slots(problem, after)


class DaysTableModel(ProblemTableModel):
    """One row per teaching day."""

    kind = "time_grid"
    noun = "day"
    columns = (
        Column("days", "Day", lambda d: d, lambda p, d, v: as_text(v)),
    )

    def rows_of(self, problem: Problem) -> Sequence[Any]:
        return problem.time_grid.days

    def row_id(self, obj: Any) -> str:
        return str(obj)

    def with_row(self, problem: Problem, row: int, obj: str) -> Problem:
        if not obj:
            raise ValueError("A day needs a name.")
        grid = problem.time_grid
        days = tuple(obj if i == row else d for i, d in enumerate(grid.days))
        if len(set(days)) != len(days):
            raise ValueError(translate("TableEditor", "The day {day} is already in the week.").format(day=repr(obj)))
        return edits.set_time_grid(problem, replace(grid, days=days))

    def add_row(self, problem: Problem) -> tuple[Problem, int]:
        names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
        days = problem.time_grid.days
        name = next((d for d in names if d not in days), edits.unique_id(days, "Day"))
        return edits.insert_day(problem, len(days), name), len(days)

    def duplicate_rows(self, problem: Problem, rows: list[int]) -> tuple[Problem, list[int]]:
        raise ValueError("Days cannot be duplicated; add a day instead.")

    def delete_rows(self, problem: Problem, rows: list[int]) -> tuple[Problem, list[str]]:
        if len(set(rows)) >= problem.time_grid.n_days:
            raise ValueError("The week needs at least one day.")
        after = edits.remove_days(problem, rows)
        return after, edits.lost_slots(problem, after)
