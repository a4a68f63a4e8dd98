"""Timetable views shared by every export: flat entries, week grids, entities.

A timetable is a :class:`Problem` plus a :class:`Solution`.  This module turns
the pair into plain, readable records that every output format (CSV, XLSX,
HTML, iCalendar, print) lays out in its own way:

* :func:`timetable_entries` gives one :class:`Entry` per placed session, with
  names and clock times resolved;
* :func:`entity_grid` gives the week of one group, instructor or room as a
  :class:`Grid` of days x periods whose cells hold the entries occupying them;
* :func:`entities` lists the groups, instructors or rooms that have a view;
* :func:`unplaced` lists the sessions that have no slot.

With a two-week cycle (``TimeGrid.week_names`` = ("A", "B")) an entry says in
which week it is taught (``week`` 0: every week; 1 or 2: that week only), a
grid may be cut to one week (``build_grid(..., week=1)``), and entries of
different weeks sharing a cell do not clash.

A group's view holds the sessions of the group and of its subgroups; a
subgroup has no view of its own.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from schedule_engine.model import Period, Problem, Solution
from schedule_engine.sessions import Session, derive_sessions, effective_sessions

log = logging.getLogger(__name__)

ENTITY_KINDS: tuple[str, ...] = ("group", "instructor", "room")


@dataclass(frozen=True)
class Entry:
    """One placed session, with every name and time an export shows."""

    session_id: str
    course_id: str
    course_title: str
    session_type: str
    groups: tuple[str, ...]
    """Attendee ids (groups or subgroups)."""
    instructor_id: str
    """Empty when the session has no instructor."""
    instructor_name: str
    room_id: str
    """Empty when the session has no room."""
    room_name: str
    day: int
    day_name: str
    start_period: int
    length: int
    """Periods occupied inside the day (a block running past the day's end is cut)."""
    start_time: str
    end_time: str
    pin_time: bool = False
    pin_room: bool = False
    week: int = 0
    """0: taught every week of the cycle; 1 or 2: only in that week (fortnightly)."""
    week_name: str = ""
    """The name of ``week`` ("A"), "" when taught every week."""
    co_instructor_ids: tuple[str, ...] = ()
    """Instructors who teach the session besides ``instructor_id`` (co-teachers)."""
    co_instructor_names: tuple[str, ...] = ()
    needs_room: bool = True
    """False: the session takes no room (its empty room is no omission)."""
    needs_instructor: bool = True
    """False: the session takes no instructor."""

    def in_week(self, week: int) -> bool:
        """Whether the entry is taught in week ``week`` (1-based; 0 asks for every-week entries only)."""
        return self.week == 0 or self.week == week

    def shares_week(self, other: Entry) -> bool:
        """Whether the two entries are taught in a common week (so may clash)."""
        return self.week == 0 or other.week == 0 or self.week == other.week

    @property
    def periods(self) -> range:
        """The periods of the day this entry occupies."""
        return range(self.start_period, self.start_period + self.length)

    @property
    def end_period(self) -> int:
        """The last period occupied (inclusive)."""
        return self.start_period + self.length - 1


@dataclass(frozen=True)
class EntityRef:
    """A group, instructor or room that has a timetable view."""

    kind: str
    id: str
    name: str

    @property
    def label(self) -> str:
        """The name, with the id when they differ ("Dr. Ada Byron (I07)")."""
        return self.name if self.name == self.id or not self.name else f"{self.name} ({self.id})"


@dataclass(frozen=True)
class GridRun:
    """Consecutive periods of one day holding the same entries (a merged cell)."""

    start_period: int
    length: int
    entries: tuple[Entry, ...]


@dataclass
class Grid:
    """The week of one entity: ``cells[day][period]`` lists the entries there."""

    entity: EntityRef
    days: tuple[str, ...]
    periods: tuple[Period, ...]
    cells: list[list[list[Entry]]]
    week_names: tuple[str, ...] = ()
    """The cycle's week names (() for one week)."""
    week: int = 0
    """The week the grid shows (1 or 2), or 0: every week of the cycle."""

    def at(self, day: int, period: int) -> list[Entry]:
        return self.cells[day][period]

    def entries(self) -> list[Entry]:
        """Each entry of the grid once, in day and period order."""
        seen: dict[str, Entry] = {}
        for day in self.cells:
            for cell in day:
                for entry in cell:
                    seen.setdefault(entry.session_id, entry)
        return list(seen.values())

    def is_clash(self, entries: tuple[Entry, ...] | list[Entry]) -> bool:
        """Whether entries sharing a cell really clash.  In a group's view two
        sessions of different subgroups may run in parallel; one attended by the
        whole group (or two by the same subgroup) clash.  In an instructor's or a
        room's view any two sessions in the same period clash."""
        if len(entries) < 2:
            return False
        for i, a in enumerate(entries):
            for b in entries[i + 1:]:
                if not a.shares_week(b):
                    continue  # week A and week B
                if self.entity.kind != "group":
                    return True
                if self.entity.id in a.groups or self.entity.id in b.groups or set(a.groups) & set(b.groups):
                    return True
        return False

    def day_runs(self, day: int) -> list[GridRun]:
        """The day cut into runs: consecutive periods with the same (non-empty)
        entries form one run (one merged cell); every empty period is its own run.
        Break periods never merge with teaching periods unless an entry spans them."""
        runs: list[GridRun] = []
        column = self.cells[day]
        p = 0
        while p < len(column):
            ids = [e.session_id for e in column[p]]
            q = p + 1
            if ids:
                while q < len(column) and [e.session_id for e in column[q]] == ids:
                    q += 1
            runs.append(GridRun(p, q - p, tuple(column[p])))
            p = q
        return runs


@dataclass
class ExportResult:
    """What an export wrote and what it had to warn about (unplaced sessions...)."""

    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _clock(problem: Problem, period: int, end: bool) -> str:
    p = problem.time_grid.periods[period]
    return p.end if end else p.start


def _valid_slot(problem: Problem, slot: int | None) -> bool:
    return slot is not None and 0 <= slot < problem.time_grid.n_slots


def entry_week(fortnightly: bool, week: int) -> int:
    """The week an entry is shown in: 0 for a weekly session; for a fortnightly
    one its assignment's week, read as week 1 when it names none."""
    if not fortnightly:
        return 0
    return week if week in (1, 2) else 1


def timetable_entries(problem: Problem, solution: Solution | None) -> list[Entry]:
    """One entry per placed session, ordered by day, start period and course.

    Assignments for unknown sessions or with a slot outside the grid are
    skipped (and logged); such sessions count as unplaced.
    """
    grid = problem.time_grid
    if solution is None or grid.n_periods == 0:
        return []
    assignments = solution.by_session()
    rooms = {r.id: r for r in problem.rooms}
    instructors = {i.id: i for i in problem.instructors}
    courses = {c.id: c for c in problem.courses}
    every = derive_sessions(problem)
    sessions = effective_sessions(every, solution)  # blocks as they fall under the current patterns
    entries: list[Entry] = []
    for session in sessions:
        a = assignments.get(session.id)
        if a is None or a.slot is None:
            continue
        if not _valid_slot(problem, a.slot):
            log.warning("session %s has slot %s outside the grid; treated as unplaced", session.id, a.slot)
            continue
        day, start = grid.day_period(a.slot)
        week = entry_week(session.fortnightly, a.week)
        length = max(1, min(session.length, grid.n_periods - start))
        course = courses.get(session.course_id)
        room = rooms.get(a.room or "")
        instructor = instructors.get(a.instructor or "")
        entries.append(
            Entry(
                session_id=session.id,
                course_id=session.course_id,
                course_title=course.title if course else session.course_id,
                session_type=session.session_type,
                groups=session.attendees,
                instructor_id=a.instructor or "",
                instructor_name=instructor.name if instructor else (a.instructor or ""),
                room_id=a.room or "",
                room_name=room.name if room else (a.room or ""),
                day=day,
                day_name=grid.days[day],
                start_period=start,
                length=length,
                start_time=_clock(problem, start, end=False),
                end_time=_clock(problem, start + length - 1, end=True),
                pin_time=a.pin_time,
                pin_room=a.pin_room,
                week=week,
                week_name=grid.week_label(week),
                co_instructor_ids=session.co_instructors,
                co_instructor_names=tuple(instructors[x].name if x in instructors else x
                                          for x in session.co_instructors),
                needs_room=session.needs_room,
                needs_instructor=session.needs_instructor,
            )
        )
    unknown = set(assignments) - {s.id for s in every}
    if unknown:
        log.warning("%d assignments name sessions the problem does not have", len(unknown))
    entries.sort(key=lambda e: (e.day, e.start_period, e.course_id, e.session_id))
    return entries


def unplaced(problem: Problem, solution: Solution | None) -> list[Session]:
    """The sessions with no (valid) slot, in the problem's session order."""
    assignments = solution.by_session() if solution is not None else {}
    out = []
    for session in effective_sessions(derive_sessions(problem), solution):
        a = assignments.get(session.id)
        if a is None or not _valid_slot(problem, a.slot):
            out.append(session)
    return out


def describe_session(session: Session) -> str:
    """A session in plain words: "CS101 lecture, G1+G2, block 2 (1 period)";
    a fortnightly one says so: "… block 1 (3 periods, every other week)"."""
    periods = f"{session.length} period{'s' if session.length != 1 else ''}"
    if session.fortnightly:
        periods += ", every other week"
    who = f"{' + '.join(session.attendees)}, " if session.attendees else ""
    return f"{session.course_id} {session.session_type}, {who}block {session.index + 1} ({periods})"


def unplaced_warnings(problem: Problem, solution: Solution | None) -> list[str]:
    """One warning per unplaced session, for an export to return and show."""
    return [f"Not placed: {describe_session(s)}" for s in unplaced(problem, solution)]


def entities(problem: Problem, kind: str) -> list[EntityRef]:
    """The groups, instructors or rooms of the problem (each has a timetable view).

    Subgroups are not listed: their sessions are in their group's view.
    """
    if kind == "group":
        return [EntityRef("group", g.id, g.name) for g in problem.groups]
    if kind == "instructor":
        return [EntityRef("instructor", i.id, i.name) for i in problem.instructors]
    if kind == "room":
        return [EntityRef("room", r.id, r.name) for r in problem.rooms]
    raise ValueError(f"unknown entity kind {kind!r}; expected one of {', '.join(ENTITY_KINDS)}")


def find_entity(problem: Problem, kind: str, entity_id: str) -> EntityRef:
    for ref in entities(problem, kind):
        if ref.id == entity_id:
            return ref
    raise KeyError(f"no {kind} with id {entity_id!r}")


def member_ids(problem: Problem, kind: str, entity_id: str) -> frozenset[str]:
    """The ids an entry must name to belong to the entity's view: a group and its
    subgroups for a group; the id itself for an instructor or a room."""
    if kind == "group":
        group = problem.group(entity_id)
        subgroups = tuple(s.id for s in group.subgroups) if group else ()
        return frozenset((entity_id, *subgroups))
    return frozenset((entity_id,))


def belongs_to(entry: Entry, kind: str, members: frozenset[str]) -> bool:
    """Whether an entry is in the view of the entity whose :func:`member_ids` are given."""
    if kind == "group":
        return bool(members.intersection(entry.groups))
    if kind == "instructor":
        return entry.instructor_id in members or bool(members.intersection(entry.co_instructor_ids))
    if kind == "room":
        return entry.room_id in members
    raise ValueError(f"unknown entity kind {kind!r}")


def entity_entries(problem: Problem, entries: list[Entry], kind: str, entity_id: str) -> list[Entry]:
    members = member_ids(problem, kind, entity_id)
    return [e for e in entries if belongs_to(e, kind, members)]


def entity_unplaced(problem: Problem, sessions: list[Session], kind: str, entity_id: str) -> list[Session]:
    """Unplaced sessions that would appear in the view: a group's (and its
    subgroups'), or an instructor's when they are the session's only candidate."""
    members = member_ids(problem, kind, entity_id)
    if kind == "group":
        return [s for s in sessions if members.intersection(s.attendees)]
    if kind == "instructor":
        return [s for s in sessions if s.candidate_instructors == (entity_id,) or entity_id in s.co_instructors]
    return []


def build_grid(problem: Problem, entity: EntityRef, entries: list[Entry], week: int = 0) -> Grid:
    """A grid for ``entity`` from entries already filtered to it; ``week`` 1 or 2
    keeps the entries taught in that week only (0: all of them)."""
    grid = problem.time_grid
    cells: list[list[list[Entry]]] = [[[] for _ in range(grid.n_periods)] for _ in range(grid.n_days)]
    for entry in entries:
        if week and not entry.in_week(week):
            continue
        for period in entry.periods:
            cells[entry.day][period].append(entry)
    return Grid(entity=entity, days=grid.days, periods=grid.periods, cells=cells,
                week_names=grid.week_names, week=week)


def entity_grid(problem: Problem, solution: Solution | None, kind: str, entity_id: str,
                entries: list[Entry] | None = None) -> Grid:
    """The week of one group, instructor or room.

    ``entries`` may pass :func:`timetable_entries` already computed (exports
    building many grids do this to derive the entries once).
    """
    entity = find_entity(problem, kind, entity_id)
    if entries is None:
        entries = timetable_entries(problem, solution)
    return build_grid(problem, entity, entity_entries(problem, entries, kind, entity_id))
