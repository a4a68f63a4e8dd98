"""What a session card in the week grid says: the course and session type, the
room and the instructor (on every view), the course title shortened at a word
boundary, and the attendees; plus the full tooltip and the pin wording."""

from __future__ import annotations

from typing import Callable

from schedule_engine.export.views import Entry

ELLIPSIS = "…"


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
    room = entry.room_name or entry.room_id or "(no room)"
    instructor = entry.instructor_name or entry.instructor_id or "(no instructor)"
    return f"{room} · {instructor}"


def card_lines(entry: Entry, view_kind: str) -> list[str]:
    """The card's lines, most important first: heading, room and instructor,
    the course title, and the attendees (outside a group's own week)."""
    lines = [f"{entry.course_id} {entry.session_type}", room_and_instructor(entry)]
    if entry.course_title and entry.course_title != entry.course_id:
        lines.append(entry.course_title)
    if view_kind != "group" or len(entry.groups) > 1:
        lines.append(" + ".join(entry.groups))
    return lines


def pin_words(entry: Entry) -> str:
    """'Pinned: time and room (the solver keeps them)'; empty when nothing is pinned."""
    pins = [w for w, on in (("time", entry.pin_time), ("room", entry.pin_room)) if on]
    if not pins:
        return ""
    keeps = "them" if len(pins) == 2 else "it"
    return f"Pinned: {' and '.join(pins)} (the solver keeps {keeps}; right-click to unpin)"


def card_tooltip_lines(entry: Entry) -> list[str]:
    """Everything about the session, for the card's tooltip."""
    lines = [f"{entry.course_id} {entry.session_type} — {entry.course_title or entry.course_id}",
             f"{entry.day_name} {entry.start_time}–{entry.end_time}",
             f"Room: {entry.room_name or entry.room_id or '(none)'}"
             + (f" ({entry.room_id})" if entry.room_name and entry.room_name != entry.room_id else ""),
             f"Instructor: {entry.instructor_name or entry.instructor_id or '(none)'}",
             f"Attendees: {' + '.join(entry.groups) or '(none)'}"]
    pins = pin_words(entry)
    if pins:
        lines.append(pins)
    return lines
