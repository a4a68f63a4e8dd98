"""Weekday availability windows of the campus files, and the time grid they imply.

An availability is ``{weekday: [{"start": "HH:MM", "end": "HH:MM"}, ...]}``.
A period is available when it lies wholly inside one window of its day; days
that are not listed are unavailable.  When no grid is given, one is inferred
from the windows' boundaries (see :func:`infer_time_grid`).
"""

from __future__ import annotations

import re

from schedule_engine.model import Period, TimeGrid

WEEKDAYS: tuple[str, ...] = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
MIDDAY = (12 * 60, 14 * 60)
PLACEHOLDER = (8 * 60, 19 * 60)
"""A window from 08:00 (or earlier) to 19:00 (or later) means "the whole day" and
does not shape the grid."""

Windows = dict[int, list[tuple[int, int]]]
"""Weekday (0 = Sunday) -> (start, end) windows in minutes after midnight."""

_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


def parse_clock(text: object) -> int | None:
    """Minutes after midnight of ``"HH:MM"``, or None when it is not a clock time."""
    if not isinstance(text, str):
        return None
    match = _TIME.match(text)
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        return None
    return hours * 60 + minutes


def format_clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def weekday_index(name: object) -> int | None:
    """0 for Sunday .. 6 for Saturday; full names or three-letter abbreviations, any case."""
    if not isinstance(name, str):
        return None
    key = name.strip().lower()
    for i, day in enumerate(WEEKDAYS):
        if key == day.lower() or (len(key) >= 3 and day.lower().startswith(key)):
            return i
    return None


def parse_windows(value: object) -> tuple[Windows | None, list[tuple[str, str]]]:
    """The windows of an availability object, and (field path, message) for each problem."""
    problems: list[tuple[str, str]] = []
    if not isinstance(value, dict):
        return None, [("availability", "'availability' must be an object of weekday -> list of "
                       "{start, end}.")]
    windows: Windows = {}
    for day_name, entries in value.items():
        field = f"availability.{day_name}"
        day = weekday_index(day_name)
        if day is None:
            problems.append((field, f"'{day_name}' is not a weekday name."))
            continue
        if not isinstance(entries, list):
            problems.append((field, "Each day must list its windows as [{start, end}, ...]."))
            continue
        for k, entry in enumerate(entries):
            where = f"{field}[{k}]"
            if not isinstance(entry, dict):
                problems.append((where, "A window must be an object with 'start' and 'end'."))
                continue
            start, end = parse_clock(entry.get("start")), parse_clock(entry.get("end"))
            if start is None or end is None:
                problems.append((where, "A window needs 'start' and 'end' as \"HH:MM\" times, "
                                 f"not {entry.get('start')!r} and {entry.get('end')!r}."))
            elif start >= end:
                problems.append((where, f"The window ends ({format_clock(end)}) before it starts "
                                 f"({format_clock(start)})."))
            else:
                windows.setdefault(day, []).append((start, end))
    return windows, problems


def is_placeholder(window: tuple[int, int]) -> bool:
    return window[0] <= PLACEHOLDER[0] and window[1] >= PLACEHOLDER[1]


def midday_periods(periods: list[tuple[int, int]]) -> tuple[int, ...]:
    return tuple(i for i, (s, e) in enumerate(periods) if s < MIDDAY[1] and e > MIDDAY[0])


def infer_time_grid(all_windows: list[Windows]) -> tuple[TimeGrid, str]:
    """A grid from the windows' boundaries, and a sentence saying what was inferred.

    Days are the weekdays that occur (the week starts on Sunday when Sunday
    occurs, else on Monday); periods run between consecutive boundaries of the
    windows that are not full-day placeholders.
    """
    days_seen = {d for windows in all_windows for d in windows}
    bounds = sorted({t for windows in all_windows for spans in windows.values()
                     for span in spans if not is_placeholder(span) for t in span})
    note = ""
    if len(bounds) < 2:
        bounds = [9 * 60 + 60 * k for k in range(9)]
        note = " (no availability windows to infer periods from: one-hour periods from 09:00 assumed)"
    if not days_seen:
        days_seen = {1, 2, 3, 4, 5}
        note += " (no weekdays in the availability data: Monday to Friday assumed)"
    order = list(range(7)) if 0 in days_seen else list(range(1, 7)) + [0]
    days = tuple(WEEKDAYS[d] for d in order if d in days_seen)
    spans = list(zip(bounds[:-1], bounds[1:]))
    periods = tuple(Period(f"{format_clock(s)}-{format_clock(e)}", format_clock(s), format_clock(e))
                    for s, e in spans)
    grid = TimeGrid(days=days, periods=periods, midday_periods=midday_periods(spans))
    lengths = sorted({e - s for s, e in spans})
    length_text = f"{lengths[0]}-minute" if len(lengths) == 1 else "unequal"
    message = (f"No time grid given: inferred {len(days)} days ({days[0]} to {days[-1]}) x "
               f"{len(periods)} {length_text} periods from {format_clock(bounds[0])} to "
               f"{format_clock(bounds[-1])} from the availability windows{note}.")
    return grid, message


def grid_weekdays(grid: TimeGrid) -> list[int | None]:
    """The weekday of each grid day (None when its name is not a weekday)."""
    return [weekday_index(name) for name in grid.days]


def grid_minutes(grid: TimeGrid) -> list[tuple[int, int] | None]:
    """(start, end) minutes of each period (None when not given as clock times)."""
    out = []
    for p in grid.periods:
        start, end = parse_clock(p.start), parse_clock(p.end)
        out.append((start, end) if start is not None and end is not None else None)
    return out


def unavailable_slots(windows: Windows, grid: TimeGrid, weekdays: list[int | None],
                      minutes: list[tuple[int, int] | None]) -> frozenset[int]:
    """Every slot of the grid that no window fully covers."""
    closed = set()
    for d, weekday in enumerate(weekdays):
        spans = windows.get(weekday, []) if weekday is not None else []
        for p, span in enumerate(minutes):
            inside = span is not None and any(s <= span[0] and span[1] <= e for s, e in spans)
            if not inside:
                closed.add(grid.slot(d, p))
    return frozenset(closed)
