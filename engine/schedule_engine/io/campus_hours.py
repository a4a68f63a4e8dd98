"""Weekly hours of the campus records as periods, and the reading of fractional hours.

A course's L/T/P hours are weekly hours; a period is one hour.  Whole hours
are that many periods every week.  Fractional hours are read one of two ways
(``fractional_hours``, chosen in the import dialog and on the command line):

- ``round-up``: whole periods every week, fractions rounded up (1.5 -> 2), so no
  teaching time is lost but a third of a period per section is overstated;
- ``fortnightly`` (the default): where twice the hours is whole, the component
  is taught fortnightly in a two-week cycle (weeks A and B) with twice the
  hours as its periods per fortnight (1.5 -> 3, 5.5 -> 11), each block in week
  A or B; other fractions (1.25) are still rounded up.  The grid gets the week
  names ``("A", "B")`` when some component is read so; data without such hours
  keeps its one-week grid.

A fortnightly practical of 3 periods is one 3-period block (the default cut of
a practical: the fewest near-equal blocks within a day's teaching stretch).
"""

from __future__ import annotations

import math
from dataclasses import replace

from schedule_engine.errors import Diagnostic
from schedule_engine.model import CourseComponent, TimeGrid

ROUND_UP = "round-up"
FORTNIGHTLY = "fortnightly"
FRACTIONAL_HOURS: tuple[str, ...] = (ROUND_UP, FORTNIGHTLY)
DEFAULT_WEEK_NAMES: tuple[str, str] = ("A", "B")


def periods_for(hours: float) -> int:
    """Whole periods for weekly hours: fractions round up so no teaching time is lost."""
    return int(math.ceil(hours - 1e-9))


def is_fractional(hours: float) -> bool:
    return abs(hours - round(hours)) > 1e-9


def fortnightly_periods(hours: float) -> int | None:
    """Periods per fortnight of fractional weekly hours whose double is whole (1.5 -> 3); else None."""
    double = hours * 2
    if not is_fractional(hours) or abs(double - round(double)) > 1e-9:
        return None
    return int(round(double))


def check_reading(fractional_hours: str) -> None:
    """Raise ValueError naming the choices for an unknown reading."""
    if fractional_hours not in FRACTIONAL_HOURS:
        raise ValueError(f"fractional_hours must be one of {', '.join(FRACTIONAL_HOURS)}, "
                         f"not {fractional_hours!r}")


def component(session_type: str, hours: float, reading: str, **fields) -> CourseComponent:
    """The component of ``hours`` weekly hours under ``reading``."""
    fortnight = fortnightly_periods(hours) if reading == FORTNIGHTLY else None
    if fortnight is not None:
        return CourseComponent(session_type, fortnight, fortnightly=True, **fields)
    return CourseComponent(session_type, periods_for(hours), **fields)


def with_cycle(grid: TimeGrid, needs_cycle: bool) -> TimeGrid:
    """The grid with a two-week cycle when fortnightly components need one."""
    if not needs_cycle or grid.n_weeks == 2:
        return grid
    return replace(grid, week_names=DEFAULT_WEEK_NAMES)


def hours_warnings(parts_by_course: list[tuple[str, bool, list[tuple[str, float]]]],
                   reading: str) -> list[Diagnostic]:
    """The warnings naming the courses whose fractional hours were read fortnightly
    (``hours_fortnightly``) or rounded up (``hours_rounded_up``).

    ``parts_by_course``: (course code, enrolled, [(L/T/P, hours)] of its fractional hours).
    """
    fortnightly: list[tuple[bool, str]] = []
    rounded: list[tuple[bool, str]] = []
    for code, enrolled, parts in parts_by_course:
        as_fortnight = [(k, h, fortnightly_periods(h)) for k, h in parts] if reading == FORTNIGHTLY \
            else [(k, h, None) for k, h in parts]
        f_text = ", ".join(f"{k} {h:g} -> {n} per fortnight" for k, h, n in as_fortnight if n is not None)
        r_text = ", ".join(f"{k} {h:g} -> {periods_for(h)}" for k, h, n in as_fortnight if n is None)
        if f_text:
            fortnightly.append((enrolled, f"{code} ({f_text})"))
        if r_text:
            rounded.append((enrolled, f"{code} ({r_text})"))
    out = []
    if fortnightly:
        out.append(Diagnostic(
            "warning", f"Fractional weekly hours are taught fortnightly (every other week, in week A "
            f"or B of a two-week cycle) for {_courses(fortnightly)}.", field="L/T/P", code="hours_fortnightly"))
    if rounded:
        out.append(Diagnostic(
            "warning", f"Fractional weekly hours were rounded up to whole periods for {_courses(rounded)}.",
            field="L/T/P", code="hours_rounded_up"))
    return out


def _courses(items: list[tuple[bool, str]]) -> str:
    used = [t for e, t in items if e]
    others = len(items) - len(used)
    listing = "; ".join(used) if used else "none of them is enrolled"
    return (f"{len(items)} courses ({len(used)} enrolled: {listing}"
            f"{f'; and {others} course(s) no group enrols in' if others else ''})")
