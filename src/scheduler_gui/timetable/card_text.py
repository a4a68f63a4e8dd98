"""What a session card in the week grid says: the course and session type, the
room and the instructor (on every view), the course title shortened at a word
boundary, and the attendees; plus the full tooltip and the pin wording.
With a two-week cycle a session taught in one week says so ("· week A")."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from schedule_engine.export.views import Entry
from scheduler_gui.i18n import translate

ELLIPSIS = "…"
SESSION_TYPE_WORDS = {"lecture": QT_TRANSLATE_NOOP("SessionType", "lecture"),
                      "tutorial": QT_TRANSLATE_NOOP("SessionType", "tutorial"),
                      "practical": QT_TRANSLATE_NOOP("SessionType", "practical")}


def session_type_word(session_type: str) -> str:
    """"lecture" in the window's language, as a card names it; other types as the data says."""
    word = SESSION_TYPE_WORDS.get(session_type)
    return translate("SessionType", word) if word else session_type


def shorten_words(text: str, max_width: float, width_of: Callable[[str], float]) -> str:
    """``text`` if it fits ``max_width``, else as many whole words as fit followed
    by an ellipsis; a first word too long on its own is cut as a last resort."""
    text = " ".join(text.split())
    if width_of(text) <= max_width:
        return text
    words = text.split(" ")
    for n in range(len(words) - 1, 0, -1):
        candidate = " ".join(words[:n]).rstrip(",;:-–") + ELLIPSIS
        if width_of(candidate) <= max_width:
            return candidate
    first = words[0]
    while first and width_of(first + ELLIPSIS) > max_width:
        first = first[:-1]
    return first + ELLIPSIS if first else ""


def room_and_instructor(entry: Entry) -> str:
    """"Room · Instructor[, co-instructors]"; a session that needs no room (no instructor) leaves it out."""
    parts = []
    if entry.room_name or entry.room_id or entry.needs_room:
        parts.append(entry.room_name or entry.room_id or translate("TimetableWidget", "(no room)"))
    people = [n for n in (entry.instructor_name or entry.instructor_id,) if n] + list(entry.co_instructor_names)
    if people or entry.needs_instructor:
        parts.append(", ".join(people) or translate("TimetableWidget", "(no instructor)"))
    return " · ".join(parts)


def week_words(entry: Entry) -> str:
    """"week A" for a session taught in one week of a two-week cycle, else ""."""
    if not entry.week:
        return ""
    return translate("TimetableWidget", "week {name}").format(name=entry.week_name or entry.week)


def card_heading(entry: Entry) -> str:
    """"CS101 lecture", or "CS101 practical · week A" for a fortnightly session."""
    heading = f"{entry.course_id} {session_type_word(entry.session_type)}"
    week = week_words(entry)
    return f"{heading} · {week}" if week else heading


def card_lines(entry: Entry, view_kind: str) -> list[str]:
    """The card's lines, most important first: heading, room and instructor,
    the course title, and the attendees (outside a group's own week)."""
    lines = [card_heading(entry), room_and_instructor(entry)]
    if entry.course_title and entry.course_title != entry.course_id:
        lines.append(entry.course_title)
    if view_kind != "group" or len(entry.groups) > 1:
        lines.append(" + ".join(entry.groups))
    return lines


def pin_words(entry: Entry) -> str:
    """'Pinned: time and room (the solver keeps them)'; empty when nothing is pinned."""
    if entry.pin_time and entry.pin_room:
        return translate("TimetableWidget", "Pinned: time and room (the solver keeps them; right-click to unpin)")
    if entry.pin_time:
        return translate("TimetableWidget", "Pinned: time (the solver keeps it; right-click to unpin)")
    if entry.pin_room:
        return translate("TimetableWidget", "Pinned: room (the solver keeps it; right-click to unpin)")
    return ""


def card_tooltip_lines(entry: Entry) -> list[str]:
    """Everything about the session, for the card's tooltip."""
    none = translate("TimetableWidget", "(none)")
    lines = [f"{entry.course_id} {session_type_word(entry.session_type)} — {entry.course_title or entry.course_id}",
             f"{entry.day_name} {entry.start_time}–{entry.end_time}",
             translate("TimetableWidget", "Room: {room}").format(room=entry.room_name or entry.room_id or none)
             + (f" ({entry.room_id})" if entry.room_name and entry.room_name != entry.room_id else ""),
             translate("TimetableWidget", "Instructor: {instructor}").format(
                 instructor=entry.instructor_name or entry.instructor_id or none),
             translate("TimetableWidget", "Attendees: {groups}").format(groups=" + ".join(entry.groups) or none)]
    if entry.week:
        lines.insert(2, translate("TimetableWidget", "Taught every other week: week {name} only").format(
            name=entry.week_name or entry.week))
    pins = pin_words(entry)
    if pins:
        lines.append(pins)
    return lines
