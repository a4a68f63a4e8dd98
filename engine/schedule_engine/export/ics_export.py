"""iCalendar export (RFC 5545): weekly recurring events for a term.

Each placed session becomes one ``VEVENT`` that repeats weekly
(``RRULE:FREQ=WEEKLY;UNTIL=...``) from the first date on or after the term
start that falls on the session's weekday, until the end of the term's last
day.  Weekdays come from the grid's day names (``Monday``, ``Mon``, ``Tu``...);
when the names are not all weekdays (``Day 1``, ``Day 2``), day ``i`` of the
grid is the date ``term_start + i``.

With a two-week cycle a session taught every week repeats weekly as above; a
session taught in one week only repeats every other week
(``RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=...``): week A is the term's first week
(the seven days from ``term_start``), week B the week after, so a week-B
session first falls seven days after the same weekday of week A.

Times are *floating* (local wall-clock time) unless a time zone name
(``Europe/Berlin``) is given; then they carry ``TZID``, the calendar holds the
``VTIMEZONE`` and ``UNTIL`` is in UTC, as RFC 5545 requires.

UIDs are stable (derived from the problem name and the session id), so
importing a newer export updates the events instead of duplicating them.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event

from schedule_engine.errors import InvalidInputError
from schedule_engine.export.presentation import safe_file_stem
from schedule_engine.export.views import (
    Entry,
    ExportResult,
    describe_session,
    entities,
    entity_entries,
    entity_unplaced,
    timetable_entries,
    unplaced,
    unplaced_warnings,
)
from schedule_engine.export.words import ExportWords
from schedule_engine.model import Problem, Solution

log = logging.getLogger(__name__)

PRODID = "-//Schedule Engine//Timetable export//EN"
UID_NAMESPACE = uuid.UUID("3f0f5a8e-2f43-4c1e-9a57-0d7c3f1b6a21")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CALENDAR_KINDS = ("instructor", "group")


def weekday_of(name: str) -> int | None:
    """Python weekday (Monday 0) of a day name: full ("Sunday"), short ("Sun",
    "Tues", "Thurs") or two letters ("Tu"); None when it names no weekday."""
    key = "".join(ch for ch in name.lower() if ch.isalpha())
    if len(key) < 2:
        return None
    matches = [i for i, full in enumerate(_WEEKDAY_NAMES) if full.startswith(key)]
    return matches[0] if len(matches) == 1 else None


def day_dates(days: tuple[str, ...], term_start: date) -> list[date]:
    """The first date of each grid day in the term.

    When every day name is a distinct weekday, day ``i`` starts on the first
    date on or after ``term_start`` with that weekday; otherwise on
    ``term_start + i``.
    """
    weekdays = [weekday_of(d) for d in days]
    if days and None not in weekdays and len(set(weekdays)) == len(weekdays):
        return [term_start + timedelta(days=(w - term_start.weekday()) % 7) for w in weekdays]
    if len(days) > 7:
        log.warning("the grid has %d unnamed days; weekly events of days 8+ repeat on earlier weekdays", len(days))
    return [term_start + timedelta(days=i) for i in range(len(days))]


def _clock(text: str) -> time:
    hours, minutes = text.strip().split(":")[:2]
    return time(int(hours), int(minutes))


def event_uid(problem: Problem, session_id: str) -> str:
    return f"{uuid.uuid5(UID_NAMESPACE, problem.name + chr(0) + session_id)}@schedule-engine"


class _CalendarBuilder:
    """Builds VEVENTs for one problem, term and time zone."""

    def __init__(self, problem: Problem, term_start: date, term_end: date,
                 tz_name: str | None, stamp: datetime | None, words: ExportWords | None = None):
        if term_end < term_start:
            raise InvalidInputError(f"term end {term_end.isoformat()} is before term start {term_start.isoformat()}")
        self.problem = problem
        self.term_end = term_end
        self.dates = day_dates(problem.time_grid.days, term_start)
        try:
            self.tz = ZoneInfo(tz_name) if tz_name else None
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise InvalidInputError(f"unknown time zone {tz_name!r}") from exc
        self.stamp = (stamp or datetime.now(timezone.utc)).astimezone(timezone.utc)
        self.skipped: list[str] = []
        self.words = words or ExportWords()

    def _at(self, day: date, clock: time) -> datetime:
        return datetime.combine(day, clock, tzinfo=self.tz)

    def until(self) -> datetime:
        last = self._at(self.term_end, time(23, 59, 59))
        return last.astimezone(timezone.utc) if self.tz else last

    def first_date(self, entry: Entry) -> date:
        """The first date of an entry: its weekday in the term's first week, one
        week later for a session of the second week of the cycle."""
        return self.dates[entry.day] + timedelta(days=7 * (entry.week - 1 if entry.week > 1 else 0))

    def event(self, entry: Entry) -> Event | None:
        first = self.first_date(entry)
        if first > self.term_end:
            self.skipped.append(f"{entry.course_id} {entry.session_type} on {entry.day_name}: "
                                f"no {entry.day_name} in the term")
            return None
        try:
            start, end = self._at(first, _clock(entry.start_time)), self._at(first, _clock(entry.end_time))
        except ValueError:
            self.skipped.append(f"{entry.course_id} {entry.session_type}: unreadable clock time "
                                f"{entry.start_time!r}–{entry.end_time!r}")
            return None
        if end <= start:
            end = start + timedelta(minutes=1)
        title = f" – {entry.course_title}" if entry.course_title and entry.course_title != entry.course_id else ""
        room = entry.room_name if entry.room_name == entry.room_id else f"{entry.room_name} ({entry.room_id})"
        ev = Event()
        ev.add("uid", event_uid(self.problem, entry.session_id))
        ev.add("dtstamp", self.stamp)
        ev.add("dtstart", start)
        ev.add("dtend", end)
        rule = {"freq": "weekly", "until": self.until()}
        words = self.words
        if entry.week:
            rule = {"freq": "weekly", "interval": 2, "until": self.until()}
        ev.add("rrule", rule)
        heading = words.heading(replace(entry, week=0))  # the week goes in brackets here
        week = f" ({words(f'week {entry.week_name or entry.week}')})" if entry.week else ""
        ev.add("summary", f"{heading}{week}{title}")
        if entry.room_id:
            ev.add("location", room)
        lines = [words(f"Instructor: {entry.instructor_name}" if entry.instructor_name else "Instructor: (none)"),
                 words(f"Groups: {' + '.join(entry.groups)}")]
        if entry.week:
            lines.append(words(f"Every other week (week {entry.week_name or entry.week})"))
        ev.add("description", "\n".join(lines))
        ev.add("categories", [entry.session_type])
        return ev

    def calendar(self, name: str, entries: list[Entry], missing_note: str = "") -> Calendar:
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("x-wr-calname", name)
        if missing_note:
            cal.add("x-wr-caldesc", missing_note)
        for entry in entries:
            ev = self.event(entry)
            if ev is not None:
                cal.add_component(ev)
        if self.tz is not None:
            cal.add_missing_timezones()
        return cal


def _missing_note(words: ExportWords, count: int) -> str:
    return words.count("{n} session not placed", "{n} sessions not placed", count) if count else ""


def export_ics(problem: Problem, solution: Solution | None, out_dir: Path, term_start: date, term_end: date,
               *, combined: bool = False, tz_name: str | None = None,
               stamp: datetime | None = None, language: str | None = None) -> ExportResult:
    """Write calendars into ``out_dir``: ``timetable.ics`` when ``combined``,
    otherwise ``instructor-<id>.ics`` and ``group-<id>.ics`` (a group's holds
    its subgroups' sessions too).  ``unplaced.txt`` lists sessions not placed.
    ``language`` sets the words of the events (titles, descriptions) and of
    ``unplaced.txt``; categories stay the engine's session types."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    words = ExportWords(language)
    builder = _CalendarBuilder(problem, term_start, term_end, tz_name, stamp, words)
    entries = timetable_entries(problem, solution)
    missing = unplaced(problem, solution)
    files: list[Path] = []

    def write(name: str, cal: Calendar) -> None:
        path = out_dir / name
        path.write_bytes(cal.to_ical())
        files.append(path)

    if combined:
        write("timetable.ics", builder.calendar(problem.name, entries, _missing_note(words, len(missing))))
    else:
        taken: set[str] = {"timetable", "unplaced"}
        for kind in CALENDAR_KINDS:
            for ref in entities(problem, kind):
                own = entity_entries(problem, entries, kind, ref.id)
                note = _missing_note(words, len(entity_unplaced(problem, missing, kind, ref.id)))
                cal = builder.calendar(f"{ref.label} – {problem.name}", own, note)
                write(safe_file_stem(f"{kind}-{ref.id}", taken) + ".ics", cal)

    warnings = unplaced_warnings(problem, solution)
    warnings += [f"Not in the calendar: {text}" for text in dict.fromkeys(builder.skipped)]
    unplaced_path = out_dir / "unplaced.txt"
    lines = [words.unplaced(describe_session(s)) for s in missing] or [words("Every session is placed.")]
    unplaced_path.write_text(words("Sessions not placed") + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    files.append(unplaced_path)
    log.info("iCalendar export to %s: %d files, %d warnings", out_dir, len(files), len(warnings))
    return ExportResult(files, warnings)
