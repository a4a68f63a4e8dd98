"""Presentation details shared by the export formats: cell text, course
colours, file and sheet names."""

from __future__ import annotations

import hashlib
import re

from schedule_engine.export.views import Entry

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_FILE_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
SHEET_NAME_MAX = 31


FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula."""


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_text(value: object) -> object:
    """A CSV cell that no spreadsheet runs as a formula: text starting with
    ``= + - @`` (or a tab or carriage return) gets a leading apostrophe, which
    spreadsheets show as "this is text"."""
    return "'" + value if is_formula_like(value) else value


def course_hue(course_id: str) -> int:
    """A hue in [0, 360) that depends only on the course id (stable across runs)."""
    digest = hashlib.sha1(course_id.encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 360


def course_colour(course_id: str) -> str:
    """A light background colour "#rrggbb" for the course, stable by hash."""
    import colorsys

    r, g, b = colorsys.hls_to_rgb(course_hue(course_id) / 360.0, 0.88, 0.65)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def course_css_class(course_id: str) -> str:
    """A CSS class name for the course ("c-1a2b3c4d")."""
    return "c-" + hashlib.sha1(course_id.encode("utf-8")).hexdigest()[:8]


def week_tag(entry: Entry) -> str:
    """"week A" for a session taught in one week of a two-week cycle, else ""."""
    return f"week {entry.week_name}" if entry.week and entry.week_name else ""


def entry_details(entry: Entry, view_kind: str) -> list[str]:
    """The lines under the heading, without what the view already says: a group's
    view shows room and instructor (and the attendees), an instructor's shows
    groups and room, a room's shows groups and instructor."""
    lines = [entry.course_title] if entry.course_title and entry.course_title != entry.course_id else []
    groups = " + ".join(entry.groups)
    room = [entry.room_name or "(no room)"] if entry.room_name or entry.needs_room else []
    people = [n for n in (entry.instructor_name,) if n] + list(entry.co_instructor_names)
    instructor = [", ".join(people) or "(no instructor)"] if people or entry.needs_instructor else []
    if view_kind == "group":
        lines += [groups, *room, *instructor]
    elif view_kind == "instructor":
        lines += [groups, *room]
    else:
        lines += [groups, *instructor]
    return lines


def safe_file_stem(text: str, taken: set[str]) -> str:
    """A file name stem made of safe characters, unique among ``taken`` (which
    it updates; compared case-insensitively so it works on every file system)."""
    stem = _FILE_UNSAFE.sub("_", text).strip("._") or "item"
    stem = stem[:80]
    candidate, n = stem, 2
    while candidate.lower() in taken:
        candidate = f"{stem}_{n}"
        n += 1
    taken.add(candidate.lower())
    return candidate


def safe_sheet_name(text: str, taken: set[str]) -> str:
    """A valid, unique worksheet name: at most 31 characters, none of []:*?/\\,
    not starting or ending with an apostrophe, not "History", unique case-insensitively
    among ``taken`` (which it updates)."""
    name = _SHEET_FORBIDDEN.sub("_", text).strip().strip("'") or "Sheet"
    name = name[:SHEET_NAME_MAX].rstrip("'")
    if name.lower() == "history":  # reserved by Excel
        name += "_"
    candidate, n = name, 2
    while candidate.lower() in taken:
        suffix = f" ({n})"
        candidate = name[: SHEET_NAME_MAX - len(suffix)].rstrip("'") + suffix
        n += 1
    taken.add(candidate.lower())
    return candidate
