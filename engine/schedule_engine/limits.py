"""The upper limits every importer enforces, in one place (documented in docs/FORMATS.md).

A value beyond a limit is refused at once, with a message naming the file, the
record or line, the field and the limit, before any work is done with it: an
absurd figure (``Days: 100000000``, ``L: 10000000``) never reaches the code
that builds grids or sessions.  The limits are far above any real timetable
(the largest ITC-2007 instance has 434 sessions, the campus data 1,260).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    """The largest allowed value of one kind of number, and what it counts."""

    value: int
    what: str
    """Plain words for messages: "days in the time grid"."""

    def describe(self) -> str:
        return f"{self.value:,} {self.what}"


DAYS = Limit(14, "days in the time grid")
PERIODS_PER_DAY = Limit(96, "periods a day (15-minute periods round the clock)")
WEEKLY_PERIODS = Limit(168, "weekly periods or hours of one course component (the hours in a week)")
SESSION_PERIODS = Limit(100_000, "weekly session periods in a problem (each session counts its length)")
STUDENTS = Limit(100_000, "students in a group, subgroup or course, or seats in a room")
ENTITIES = Limit(100_000, "rooms, instructors, groups, courses or curricula of one kind")
WEIGHT = Limit(1_000_000, "for a constraint weight")
WHOLE_NUMBER = Limit(2**63 - 1, "(the largest whole number a project file stores)")

NUMBER_DIGITS = 30
"""Digits a number written in a file may have; longer ones are refused while parsing
(Python would otherwise fail on integers of more than 4,300 digits)."""

JSON_DEPTH = 64
"""Nesting depth of JSON arrays and objects; the formats need at most 6."""

INPUT_BYTES = 64 * 1024 * 1024
"""Size of a campus JSON file, a ``.ctt`` file or its solution, an engine JSON document,
or a CSV/XLSX table (the real campus data is 360 kB); larger files are refused before
they are read."""

PROJECT_BYTES = 1024 * 1024 * 1024
"""Size of a ``.sched`` project file (it also keeps every stored run)."""
