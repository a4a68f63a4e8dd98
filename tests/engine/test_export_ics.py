"""iCalendar export: events, weekly recurrence, weekdays, UIDs, time zones."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from export_samples import PLACEMENT, sample_problem, sample_solution
from icalendar import Calendar

from schedule_engine.errors import InvalidInputError
from schedule_engine.export.ics_export import day_dates, export_ics, weekday_of

TERM_START = date(2026, 9, 2)  # a Wednesday
TERM_END = date(2026, 12, 18)
STAMP = datetime(2026, 8, 1, 12, 0, tzinfo=timezone.utc)


def _events(path):
    cal = Calendar.from_ical(path.read_bytes())
    assert cal["VERSION"] == "2.0" and cal.get("PRODID")
    return cal, list(cal.walk("VEVENT"))


def test_per_entity_calendars(tmp_path):
    result = export_ics(sample_problem(), sample_solution(), tmp_path, TERM_START, TERM_END, stamp=STAMP)
    assert result.warnings == []
    names = {p.name for p in result.files}
    assert names == {"instructor-I1.ics", "instructor-I2.ics", "instructor-I3.ics",
                     "group-G1.ics", "group-G2.ics", "unplaced.txt"}
    counts = {n: len(_events(tmp_path / n)[1]) for n in names if n.endswith(".ics")}
    assert counts == {"instructor-I1.ics": 3, "instructor-I2.ics": 3, "instructor-I3.ics": 0,
                      "group-G1.ics": 5, "group-G2.ics": 2}


def test_events_recur_weekly_until_term_end_from_the_right_weekday(tmp_path):
    export_ics(sample_problem(), sample_solution(), tmp_path, TERM_START, TERM_END, combined=True, stamp=STAMP)
    _cal, events = _events(tmp_path / "timetable.ics")
    assert len(events) == len(PLACEMENT)
    by_summary = {}
    for ev in events:
        rrule = ev["RRULE"]
        assert rrule["FREQ"] == ["WEEKLY"]
        assert rrule["UNTIL"] == [datetime(2026, 12, 18, 23, 59, 59)]
        start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
        assert start.tzinfo is None and end > start and start.date() >= TERM_START
        assert (start.date() - TERM_START).days < 7
        assert ev.decoded("DTSTAMP") == STAMP
        by_summary.setdefault(str(ev["SUMMARY"]), []).append(ev)
    (practical_b,) = [e for e in by_summary["C1 practical – Programming"]
                      if "G1b" in str(e["DESCRIPTION"])]
    assert practical_b.decoded("DTSTART") == datetime(2026, 9, 8, 12, 0)  # first Tuesday
    assert practical_b.decoded("DTEND") == datetime(2026, 9, 8, 13, 50)
    assert str(practical_b["LOCATION"]) == "Lab 1 (L1)"
    assert "Alan Turing" in str(practical_b["DESCRIPTION"])
    weekdays = sorted(e.decoded("DTSTART").weekday() for e in events)
    assert weekdays == [0, 0, 0, 1, 1, 2]  # Mon x3, Tue x2, Wed (which is the term's first day)
    (wed,) = [e for e in events if e.decoded("DTSTART").weekday() == 2]
    assert wed.decoded("DTSTART").date() == TERM_START
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)


def test_uids_are_stable_across_exports(tmp_path):
    export_ics(sample_problem(), sample_solution(), tmp_path / "a", TERM_START, TERM_END, combined=True)
    export_ics(sample_problem(), sample_solution(), tmp_path / "b", TERM_START, TERM_END, combined=True)
    uids = [{str(e["UID"]) for e in _events(tmp_path / d / "timetable.ics")[1]} for d in ("a", "b")]
    assert uids[0] == uids[1]


def test_unnamed_days_count_from_term_start(tmp_path):
    problem = sample_problem(days=("Day 1", "Day 2", "Day 3", "Day 4", "Day 5"))
    export_ics(problem, sample_solution(), tmp_path, TERM_START, TERM_END, combined=True)
    _cal, events = _events(tmp_path / "timetable.ics")
    starts = sorted({e.decoded("DTSTART").date() for e in events})
    assert starts == [date(2026, 9, 2), date(2026, 9, 3), date(2026, 9, 4)]  # days 0, 1, 2


def test_day_names():
    assert [weekday_of(n) for n in ("Sunday", "Mon", "tues", "Thurs", "SAT", "Fr", "Day 1", "S", "T")] == [
        6, 0, 1, 3, 5, 4, None, None, None]
    assert day_dates(("Sun", "Mon"), date(2026, 9, 2)) == [date(2026, 9, 6), date(2026, 9, 7)]
    assert day_dates(("Mon", "Mon"), date(2026, 9, 2)) == [date(2026, 9, 2), date(2026, 9, 3)]


def test_time_zone_gives_tzid_vtimezone_and_utc_until(tmp_path):
    export_ics(sample_problem(), sample_solution(), tmp_path, TERM_START, TERM_END, combined=True,
               tz_name="Europe/Berlin")
    raw = (tmp_path / "timetable.ics").read_text(encoding="utf-8")
    assert "BEGIN:VTIMEZONE" in raw and "DTSTART;TZID=Europe/Berlin:20260907T080000" in raw
    cal, events = _events(tmp_path / "timetable.ics")
    until = events[0]["RRULE"]["UNTIL"][0]
    assert until.utcoffset().total_seconds() == 0
    assert until == datetime(2026, 12, 18, 22, 59, 59, tzinfo=timezone.utc)  # 23:59:59 CET


def test_short_term_skips_days_it_does_not_reach(tmp_path):
    result = export_ics(sample_problem(), sample_solution(), tmp_path, date(2026, 9, 2), date(2026, 9, 4),
                        combined=True)
    _cal, events = _events(tmp_path / "timetable.ics")
    assert len(events) == 1  # only Wednesday falls inside the term
    assert any("no Monday in the term" in w for w in result.warnings)


def test_bad_term_or_zone_is_refused(tmp_path):
    with pytest.raises(InvalidInputError, match="before term start"):
        export_ics(sample_problem(), sample_solution(), tmp_path, TERM_END, TERM_START)
    with pytest.raises(InvalidInputError, match="unknown time zone"):
        export_ics(sample_problem(), sample_solution(), tmp_path, TERM_START, TERM_END, tz_name="Mars/Base")


def test_empty_timetable_calendars(tmp_path):
    result = export_ics(sample_problem(), None, tmp_path, TERM_START, TERM_END)
    assert len(result.warnings) == len(PLACEMENT)
    cal, events = _events(tmp_path / "group-G1.ics")
    assert events == [] and "5 sessions not placed" in str(cal["X-WR-CALDESC"])
    text = (tmp_path / "unplaced.txt").read_text(encoding="utf-8")
    assert text.count("\n") >= len(PLACEMENT) and "C2 lecture, G1 + G2, block 1" in text


def test_content_lines_follow_rfc5545_framing(tmp_path):
    export_ics(sample_problem(), sample_solution(), tmp_path, TERM_START, TERM_END, tz_name="Europe/Berlin")
    raw = (tmp_path / "group-G1.ics").read_bytes()
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in b"".join(lines)  # CRLF everywhere, nothing bare
    assert all(len(line) <= 75 for line in lines)
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-2] == b"END:VCALENDAR"
    for ev in Calendar.from_ical(raw).walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "RRULE", "SUMMARY"):
            assert required in ev


def test_event_words_follow_the_language_and_dates_do_not(tmp_path):
    export_ics(sample_problem(), sample_solution(), tmp_path / "en", TERM_START, TERM_END, combined=True, stamp=STAMP)
    export_ics(sample_problem(), sample_solution(skip=("C3|lecture|G2|0",)), tmp_path / "fr", TERM_START, TERM_END,
               combined=True, stamp=STAMP, language="fr")
    english = Calendar.from_ical((tmp_path / "en" / "timetable.ics").read_bytes())
    french = Calendar.from_ical((tmp_path / "fr" / "timetable.ics").read_bytes())
    by_uid = {str(e["uid"]): e for e in english.walk("VEVENT")}
    summaries = set()
    for event in french.walk("VEVENT"):
        same = by_uid[str(event["uid"])]
        assert event["dtstart"].dt == same["dtstart"].dt and event["rrule"] == same["rrule"]
        assert str(event["categories"].cats[0]) == str(same["categories"].cats[0])  # the engine's type stays
        summaries.add(str(event["summary"]))
        assert str(event["description"]).startswith("Enseignant : ") and "\nGroupes : " in str(event["description"])
    assert any(s.startswith("C1 CM") for s in summaries) and not any("lecture" in s for s in summaries)
    assert str(french["x-wr-caldesc"]) == "1 séance non placée"
    unplaced = (tmp_path / "fr" / "unplaced.txt").read_text(encoding="utf-8")
    assert unplaced.startswith("Séances non placées\n\n") and "Le cours magistral de C3, G2, bloc 1 (1 créneau)" in unplaced
