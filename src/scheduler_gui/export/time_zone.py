"""The institution's time zone for calendar exports: an IANA name kept in the
settings, the system's zone until the user picks another."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QTimeZone
from PySide6.QtWidgets import QComboBox, QWidget

from scheduler_gui.settings import get_setting, set_setting


def system_zone() -> str:
    """The system's IANA zone name ('UTC' when it has none)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name in zone_names() else "UTC"


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    from zoneinfo import available_timezones

    return tuple(sorted(available_timezones()))


def institution_zone() -> str:
    chosen = get_setting("export/time_zone")
    return chosen if chosen in zone_names() else system_zone()


def remember_zone(name: str) -> None:
    if name in zone_names():
        set_setting("export/time_zone", name)


def zone_combo(parent: QWidget | None = None) -> QComboBox:
    """An editable list of the IANA zones, showing the institution's zone."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.addItems(list(zone_names()))
    combo.setCurrentText(institution_zone())
    combo.setToolTip("The institution's time zone: calendar events carry it (TZID) "
                     "and each file describes it (VTIMEZONE).")
    return combo
