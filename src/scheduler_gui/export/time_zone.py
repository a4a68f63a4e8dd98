"""The institution's time zone for calendar exports: an IANA name stored with
the institution's settings (``Settings.time_zone``), the system's zone when it
is empty or not a known zone."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QTimeZone

from schedule_engine.model import Problem


def system_zone() -> str:
    """The system's IANA zone name ('UTC' when it has none)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name in zone_names() else "UTC"


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    from zoneinfo import available_timezones

    return tuple(sorted(available_timezones()))


def institution_zone(problem: Problem) -> str:
    """The zone calendar files of ``problem`` carry."""
    chosen = problem.settings.time_zone
    return chosen if chosen in zone_names() else system_zone()
