"""Domain model: the institution's data as immutable dataclasses.

Times are addressed by *slots*: ``slot = day * n_periods + period`` with days and
periods counted from zero on the problem's :class:`TimeGrid`.  Availability,
preferences and pins are all stored as slot indices, so a model never depends on
how a file spelt its clock times.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Iterable, Mapping

from schedule_engine.rule_data import Rule

SESSION_TYPES: tuple[str, ...] = ("lecture", "tutorial", "practical")



def session_type_name_ok(name: str) -> bool:
    """A session type is any non-empty name that fits in a session id; the
    engine knows :data:`SESSION_TYPES` (others are scheduled like lectures)."""
    return bool(str(name).strip()) and "|" not in name and "+" not in name


EVERY_WEEK = 0
"""``Assignment.week`` of a session taught in every week of the cycle."""


def _fs(values: Iterable) -> frozenset:
    return values if isinstance(values, frozenset) else frozenset(values)


@dataclass(frozen=True)
class Period:
    """One row of the weekly grid: a name and its clock times ("HH:MM")."""

    name: str
    start: str
    end: str
    is_break: bool = False


@dataclass(frozen=True)
class TimeGrid:
    """Teaching days, the periods of each day, breaks and closed slots."""

    days: tuple[str, ...]
    periods: tuple[Period, ...]
    unavailable: frozenset[int] = frozenset()
    midday_periods: tuple[int, ...] = ()
    week_names: tuple[str, ...] = ()
    """The weeks of the teaching cycle: () for one week that repeats, two names
    (e.g. ("A", "B")) for a fortnightly cycle.  Slots address one week; an
    assignment's ``week`` says in which weeks of the cycle it is taught."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "days", tuple(self.days))
        object.__setattr__(self, "week_names", tuple(self.week_names))
        object.__setattr__(self, "periods", tuple(self.periods))
        object.__setattr__(self, "unavailable", _fs(self.unavailable))
        object.__setattr__(self, "midday_periods", tuple(self.midday_periods))

    # Sizes are read in every inner loop of the explained scorer: computed once
    # (the grid is frozen; cached_property writes past the frozen __setattr__).
    @cached_property
    def n_days(self) -> int:
        return len(self.days)

    @cached_property
    def n_periods(self) -> int:
        return len(self.periods)

    @cached_property
    def n_slots(self) -> int:
        return self.n_days * self.n_periods

    @cached_property
    def n_weeks(self) -> int:
        """Weeks in the teaching cycle: 1, or 2 for an A/B cycle."""
        return max(1, len(self.week_names))

    def week_label(self, week: int) -> str:
        """The name of week ``week`` (1-based); "" for every week (0)."""
        return self.week_names[week - 1] if 0 < week <= len(self.week_names) else ""

    def slot(self, day: int, period: int) -> int:
        return day * self.n_periods + period

    def day_period(self, slot: int) -> tuple[int, int]:
        return divmod(slot, self.n_periods)

    def slot_label(self, slot: int) -> str:
        day, period = self.day_period(slot)
        p = self.periods[period]
        return f"{self.days[day]} {p.start}"

    @property
    def break_periods(self) -> tuple[int, ...]:
        return tuple(i for i, p in enumerate(self.periods) if p.is_break)


@dataclass(frozen=True)
class Room:
    id: str
    name: str
    capacity: int
    type: str = "lecture"
    features: frozenset[str] = frozenset()
    building: str = ""
    unavailable: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "features", _fs(self.features))
        object.__setattr__(self, "unavailable", _fs(self.unavailable))


@dataclass(frozen=True)
class Instructor:
    id: str
    name: str
    qualifications: frozenset[tuple[str, str]] = frozenset()
    """Pairs (course id, session type) this instructor may teach."""
    unavailable: frozenset[int] = frozenset()
    preferred: frozenset[int] = frozenset()
    undesired: frozenset[int] = frozenset()
    max_periods_per_day: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "qualifications", _fs(tuple(q) for q in self.qualifications))
        for name in ("unavailable", "preferred", "undesired"):
            object.__setattr__(self, name, _fs(getattr(self, name)))

    def is_qualified(self, course_id: str, session_type: str) -> bool:
        return (course_id, session_type) in self.qualifications


@dataclass(frozen=True)
class Subgroup:
    """A section of a group (e.g. a lab half); it clashes with its parent group."""

    id: str
    size: int


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    size: int
    courses: tuple[str, ...] = ()
    subgroups: tuple[Subgroup, ...] = ()
    unavailable: frozenset[int] = frozenset()
    prefers_break: bool = False
    max_periods_per_day: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "courses", tuple(self.courses))
        object.__setattr__(self, "subgroups", tuple(self.subgroups))
        object.__setattr__(self, "unavailable", _fs(self.unavailable))


@dataclass(frozen=True)
class CourseComponent:
    """The weekly teaching of one session type of a course.

    The weekly periods are cut into blocks by a *pattern* (e.g. ``(8, 4)``);
    the solver chooses among the allowed patterns (:mod:`schedule_engine.patterns`):

    - ``blocks``: one fixed pattern (only that cut is allowed);
    - ``patterns``: an explicit list of allowed patterns, the first being the
      default cut;
    - otherwise every cut whose blocks lie between ``min_block`` and
      ``max_block`` (defaults: single periods for lectures and tutorials; for
      practicals from half a day's longest teaching stretch to the whole
      stretch).
    """

    session_type: str
    periods_per_week: int
    blocks: tuple[int, ...] = ()
    room_type: str = ""
    room_features: frozenset[str] = frozenset()
    instructors: tuple[str, ...] = ()
    """Fixed candidates; empty means every instructor qualified for it."""
    per_subgroup: bool = False
    """Taught to each subgroup separately (practicals split into sections)."""
    min_block: int | None = None
    """Shortest block the solver may cut; None: the default for the session type."""
    max_block: int | None = None
    """Longest block the solver may cut; None: the default for the session type."""
    patterns: tuple[tuple[int, ...], ...] = ()
    """Allowed patterns, the first being the default cut; empty: by min/max block."""
    tags: tuple[str, ...] = ()
    """Activity tags: free labels that rules can target (:mod:`schedule_engine.rules`)."""
    fortnightly: bool = False
    """Taught every other week (needs a two-week cycle): ``periods_per_week``
    then counts the periods of the fortnight, and each block is taught in one
    week of the cycle (A or B), the solver choosing which."""
    needs_room: bool = True
    """False: taught without a room (a FET activity no space constraint gives a
    room).  Its sessions take no room: no room clash, capacity, type or
    availability term counts them, and a room given to one is unsuitable."""
    needs_instructor: bool = True
    """False: taught without an instructor (a FET activity with no teacher).  Its
    sessions take no instructor; one given anyway is unqualified."""
    co_instructors: tuple[str, ...] = ()
    """Instructors who teach every session of the component besides the one
    chosen for it (a FET activity's second and further teachers): each one's
    clashes and unavailability count the sessions (docs/ARCHITECTURE.md,
    "Sessions without a room or an instructor; co-teachers")."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "tags", tuple(self.tags))
        object.__setattr__(self, "co_instructors", tuple(self.co_instructors))
        object.__setattr__(self, "blocks", tuple(int(b) for b in self.blocks))
        object.__setattr__(self, "patterns", tuple(tuple(int(b) for b in p) for p in self.patterns))
        object.__setattr__(self, "room_features", _fs(self.room_features))
        object.__setattr__(self, "instructors", tuple(self.instructors))


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    components: tuple[CourseComponent, ...] = ()
    min_days: int = 0
    """Minimum number of distinct days the sessions of a section spread over."""
    joint: bool = False
    """True: one set of sessions attended by all enrolled groups together."""
    students: int | None = None
    """Explicit head count (ITC-2007); otherwise the attendees' sizes are summed."""
    department: str = ""
    unavailable: frozenset[int] = frozenset()
    """Slots in which no session of the course may be taught."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "components", tuple(self.components))
        object.__setattr__(self, "unavailable", _fs(self.unavailable))

    def component(self, session_type: str) -> CourseComponent | None:
        for comp in self.components:
            if comp.session_type == session_type:
                return comp
        return None


@dataclass(frozen=True)
class Settings:
    """Constraint configuration: soft weights by constraint id (0 switches a
    constraint off) and whether room capacity is hard."""

    weights: Mapping[str, int] = field(default_factory=dict)
    room_capacity_hard: bool = False
    profile: str = "general"
    """``general`` or ``itc2007``: which defaults fill missing weights."""
    preferred_first_period: int = 0
    """First period of the preferred teaching hours (``early_late``)."""
    preferred_last_period: int | None = None
    """Last period (inclusive) of the preferred teaching hours; None: day's end."""
    preferred_block_lengths: tuple[int, ...] = ()
    """Preferred practical block lengths (``block_length``); empty: any."""
    time_zone: str = ""
    """The institution's IANA time zone for calendar exports; empty: the system's."""
    fractional_hours: str = ""
    """How the campus import read fractional weekly hours: ``round-up`` or
    ``fortnightly`` (:mod:`schedule_engine.io.campus`); empty: not imported so."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "weights", dict(self.weights))
        object.__setattr__(self, "preferred_block_lengths", tuple(self.preferred_block_lengths))

    def with_weight(self, constraint_id: str, weight: int) -> "Settings":
        weights = dict(self.weights)
        weights[constraint_id] = int(weight)
        return replace(self, weights=weights)


@dataclass(frozen=True)
class Problem:
    """Everything the solver needs: the institution's data and settings."""

    name: str
    time_grid: TimeGrid
    rooms: tuple[Room, ...] = ()
    instructors: tuple[Instructor, ...] = ()
    groups: tuple[Group, ...] = ()
    courses: tuple[Course, ...] = ()
    settings: Settings = field(default_factory=Settings)
    rules: tuple[Rule, ...] = ()
    """Per-person, per-lesson and per-room rules (:mod:`schedule_engine.rules`)."""

    def __post_init__(self) -> None:
        for name in ("rooms", "instructors", "groups", "courses", "rules"):
            object.__setattr__(self, name, tuple(getattr(self, name)))

    def room(self, room_id: str) -> Room | None:
        return next((r for r in self.rooms if r.id == room_id), None)

    def instructor(self, instructor_id: str) -> Instructor | None:
        return next((i for i in self.instructors if i.id == instructor_id), None)

    def group(self, group_id: str) -> Group | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def course(self, course_id: str) -> Course | None:
        return next((c for c in self.courses if c.id == course_id), None)


@dataclass(frozen=True)
class Assignment:
    """Where one session is placed; ``slot`` None means unplaced."""

    session_id: str
    slot: int | None = None
    room: str | None = None
    instructor: str | None = None
    pin_time: bool = False
    pin_room: bool = False
    length: int | None = None
    """The block's length in periods under the section's current pattern:
    None = the session's default length (the default cut), 0 = this piece is
    not used by the current pattern."""
    week: int = 0
    """Weeks of the cycle it is taught in: 0 every week (all weekly sessions),
    1 the first week (A) only, 2 the second (B) only (fortnightly sessions)."""

    @property
    def placed(self) -> bool:
        return self.slot is not None


@dataclass(frozen=True)
class Solution:
    """A timetable: one assignment per session id, plus how it was made."""

    assignments: tuple[Assignment, ...] = ()
    meta: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "assignments", tuple(self.assignments))
        object.__setattr__(self, "meta", dict(self.meta))

    def by_session(self) -> dict[str, Assignment]:
        return {a.session_id: a for a in self.assignments}
