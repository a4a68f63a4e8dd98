"""Day names and clock times of the data shown in the window's language.

The data names its days in English (``Monday`` or ``Mon``) and its times as
``HH:MM``; the window shows them the way the chosen locale writes them (its day
names, its 24-hour or 12-hour clock). Any other day name is the institution's
own word and is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime

from schedule_engine.model import TimeGrid

_ENGLISH_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def day_name(label: str, short: bool = False, narrow: bool = False) -> str:
    """``label`` ("Monday", "Mon", "mon") in the current locale (its short or
    narrow form on request: "lun.", "L"); other labels unchanged."""
    word = label.strip().lower()
    for number, english in enumerate(_ENGLISH_DAYS, start=1):
        if word == english or (len(word) >= 3 and english.startswith(word)):
            form = (QLocale.FormatType.NarrowFormat if narrow else QLocale.FormatType.ShortFormat if short
                    else QLocale.FormatType.LongFormat)
            name = QLocale().dayName(number, form)
            return name[:1].upper() + name[1:]  # a heading: "Lunes", as "Monday"
    return label


def clock_time(text: str) -> str:
    """``"HH:MM"`` as the current locale writes a time of day; other text unchanged."""
    time = QTime.fromString(text.strip(), "H:mm")
    if not time.isValid():
        return text
    return QLocale().toString(time, QLocale.FormatType.ShortFormat)


def slot_label(days: tuple[str, ...] | list[str], day: int, start: str) -> str:
    """"Monday 08:30" for a slot, in the current locale."""
    return f"{day_name(days[day])} {clock_time(start)}"


def grid_slot_label(grid: TimeGrid, slot: int) -> str:
    """The start of ``slot`` of ``grid`` ("Monday 08:30"), in the current locale."""
    day, period = grid.day_period(slot)
    return slot_label(grid.days, day, grid.periods[period].start)
