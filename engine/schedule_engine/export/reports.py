"""Load reports on a timetable: room utilisation, instructor workload, group load.

Each report is plain data (a list of dicts, one per room, room type,
instructor or student set) computed from :func:`timetable_entries`.
:func:`report_tables` turns them into format-neutral :class:`ReportTable`
objects that the XLSX and HTML exports lay out as sheets and tables.

Counting rules (the same as the scorer's, see docs/ARCHITECTURE.md):

* a period is *occupied* by a room, instructor or student set when at least
  one session occupies it; two clashing sessions count once;
* a room's *available* periods are the non-break periods of the grid that are
  neither closed (``TimeGrid.unavailable``) nor in the room's unavailable slots;
* an *idle gap* is a free non-break, non-closed period strictly between the
  first and last occupied period of a day.

A group's load is reported per student set (a subgroup, or the group itself
when it has none): a subgroup attends its own sessions and its group's.

With a two-week cycle every count is over the whole cycle, per (week, day) and
summed over the weeks: a session taught every week occupies its periods in both
weeks, a fortnightly one only in its week; a room's available periods are those
of both weeks; ``days`` counts the weekdays with teaching in either week and
``busiest_day`` is the fullest single day of either week.  A one-week grid
counts exactly as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from schedule_engine.export.views import Entry, timetable_entries
from schedule_engine.model import Problem, Solution, TimeGrid


@dataclass(frozen=True)
class ReportTable:
    """A titled table: column names and rows of plain values."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    percent_columns: frozenset[int] = field(default_factory=frozenset)
    """Indexes of columns holding fractions (0.25) to show as percentages."""


def _occupied(grid: TimeGrid, entries: list[Entry]) -> list[list[set[int]]]:
    """``[week][day]``: the periods occupied in each week of the cycle."""
    weeks: list[list[set[int]]] = [[set() for _ in range(grid.n_days)] for _ in range(grid.n_weeks)]
    for entry in entries:
        for w in range(grid.n_weeks):
            if entry.in_week(w + 1):
                weeks[w][entry.day].update(entry.periods)
    return weeks


def _used_by_day(grid: TimeGrid, weeks: list[list[set[int]]]) -> list[int]:
    return [sum(len(week[d]) for week in weeks) for d in range(grid.n_days)]


def _teaching_period(grid: TimeGrid, day: int, period: int) -> bool:
    return not grid.periods[period].is_break and grid.slot(day, period) not in grid.unavailable


def idle_gaps(grid: TimeGrid, day: int, occupied: set[int]) -> int:
    """Free teaching periods strictly between the first and last occupied period."""
    if not occupied:
        return 0
    first, last = min(occupied), max(occupied)
    return sum(1 for p in range(first + 1, last) if p not in occupied and _teaching_period(grid, day, p))


def _ratio(used: int, available: int) -> float:
    return used / available if available else 0.0


def room_utilisation(problem: Problem, solution: Solution | None,
                     entries: list[Entry] | None = None) -> list[dict]:
    """Per room: used and available periods by day and for the week."""
    grid = problem.time_grid
    entries = timetable_entries(problem, solution) if entries is None else entries
    rows = []
    for room in problem.rooms:
        used = _used_by_day(grid, _occupied(grid, [e for e in entries if e.room_id == room.id]))
        available = [
            grid.n_weeks * sum(1 for p in range(grid.n_periods)
                               if _teaching_period(grid, d, p) and grid.slot(d, p) not in room.unavailable)
            for d in range(grid.n_days)
        ]
        rows.append({
            "room_id": room.id,
            "room_name": room.name,
            "room_type": room.type,
            "capacity": room.capacity,
            "used_by_day": used,
            "available_by_day": available,
            "used": sum(used),
            "available": sum(available),
            "utilisation": _ratio(sum(used), sum(available)),
        })
    return rows


def room_type_utilisation(problem: Problem, solution: Solution | None,
                          entries: list[Entry] | None = None) -> list[dict]:
    """Per room type: the sums of :func:`room_utilisation` over its rooms."""
    by_type: dict[str, dict] = {}
    n_days = problem.time_grid.n_days
    for row in room_utilisation(problem, solution, entries):
        agg = by_type.setdefault(row["room_type"], {
            "room_type": row["room_type"], "rooms": 0,
            "used_by_day": [0] * n_days, "available_by_day": [0] * n_days,
        })
        agg["rooms"] += 1
        for d in range(n_days):
            agg["used_by_day"][d] += row["used_by_day"][d]
            agg["available_by_day"][d] += row["available_by_day"][d]
    out = []
    for room_type in sorted(by_type):
        agg = by_type[room_type]
        agg["used"] = sum(agg["used_by_day"])
        agg["available"] = sum(agg["available_by_day"])
        agg["utilisation"] = _ratio(agg["used"], agg["available"])
        out.append(agg)
    return out


def _load_row(grid: TimeGrid, entries: list[Entry]) -> dict:
    weeks = _occupied(grid, entries)
    periods = _used_by_day(grid, weeks)
    gaps = [sum(idle_gaps(grid, d, week[d]) for week in weeks) for d in range(grid.n_days)]
    return {
        "sessions": len(entries),
        "periods_by_day": periods,
        "periods": sum(periods),
        "idle_gaps_by_day": gaps,
        "idle_gaps": sum(gaps),
        "days": sum(1 for n in periods if n),
        "busiest_day": max((len(day) for week in weeks for day in week), default=0),
    }


def instructor_workload(problem: Problem, solution: Solution | None,
                        entries: list[Entry] | None = None) -> list[dict]:
    """Per instructor: sessions, occupied periods by day and week, idle gaps."""
    grid = problem.time_grid
    entries = timetable_entries(problem, solution) if entries is None else entries
    rows = []
    for instructor in problem.instructors:
        row = {"instructor_id": instructor.id, "instructor_name": instructor.name}
        row.update(_load_row(grid, [e for e in entries if e.instructor_id == instructor.id]))
        row["max_periods_per_day"] = instructor.max_periods_per_day
        rows.append(row)
    return rows


def group_load(problem: Problem, solution: Solution | None,
               entries: list[Entry] | None = None) -> list[dict]:
    """Per student set (subgroup, or group without subgroups): sessions attended,
    occupied periods by day and week, idle gaps."""
    grid = problem.time_grid
    entries = timetable_entries(problem, solution) if entries is None else entries
    rows = []
    for group in problem.groups:
        sets = [(s.id, s.size) for s in group.subgroups] or [(group.id, group.size)]
        for set_id, size in sets:
            attended = [e for e in entries if group.id in e.groups or set_id in e.groups]
            row = {"group_id": group.id, "group_name": group.name, "set_id": set_id, "size": size}
            row.update(_load_row(grid, attended))
            row["max_periods_per_day"] = group.max_periods_per_day
            rows.append(row)
    return rows


def _by_day(used: list[int], available: list[int]) -> list[str]:
    return [f"{u} / {a}" for u, a in zip(used, available)]


def report_tables(problem: Problem, solution: Solution | None,
                  entries: list[Entry] | None = None) -> list[ReportTable]:
    """The four reports as tables ready to lay out (room use, room type use,
    instructor load, group load)."""
    entries = timetable_entries(problem, solution) if entries is None else entries
    days = tuple(problem.time_grid.days)
    rooms = room_utilisation(problem, solution, entries)
    types = room_type_utilisation(problem, solution, entries)
    teachers = instructor_workload(problem, solution, entries)
    groups = group_load(problem, solution, entries)
    n = len(days)
    limit = lambda v: "" if v is None else v  # noqa: E731
    return [
        ReportTable(
            "Room use",
            ("Room", "Name", "Type", "Capacity", *days, "Used", "Available", "Use"),
            tuple((r["room_id"], r["room_name"], r["room_type"], r["capacity"],
                   *_by_day(r["used_by_day"], r["available_by_day"]),
                   r["used"], r["available"], r["utilisation"]) for r in rooms),
            frozenset({4 + n + 2}),
        ),
        ReportTable(
            "Room type use",
            ("Room type", "Rooms", *days, "Used", "Available", "Use"),
            tuple((t["room_type"] or "(none)", t["rooms"],
                   *_by_day(t["used_by_day"], t["available_by_day"]),
                   t["used"], t["available"], t["utilisation"]) for t in types),
            frozenset({2 + n + 2}),
        ),
        ReportTable(
            "Instructor load",
            ("Instructor", "Name", "Sessions", *days, "Periods", "Days", "Idle gaps", "Max per day"),
            tuple((t["instructor_id"], t["instructor_name"], t["sessions"], *t["periods_by_day"],
                   t["periods"], t["days"], t["idle_gaps"], limit(t["max_periods_per_day"]))
                  for t in teachers),
        ),
        ReportTable(
            "Group load",
            ("Group", "Name", "Student set", "Size", "Sessions", *days, "Periods", "Days",
             "Idle gaps", "Max per day"),
            tuple((g["group_id"], g["group_name"], g["set_id"], g["size"], g["sessions"],
                   *g["periods_by_day"], g["periods"], g["days"], g["idle_gaps"],
                   limit(g["max_periods_per_day"])) for g in groups),
        ),
    ]
