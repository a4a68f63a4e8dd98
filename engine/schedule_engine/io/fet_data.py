"""What a FET file says, as the importer's two halves share it: the activities, the
students sets and their atoms, the days and hours, and the errors found so far."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from schedule_engine import limits
from schedule_engine.errors import Diagnostic
from schedule_engine.io.numbers import NumberProblem, whole_from_text


def text_of(e: ET.Element | None, tag: str) -> str:
    return "" if e is None else (e.findtext(tag) or "").strip()


@dataclass(frozen=True)
class FetActivity:
    id: str
    group_id: str
    teachers: tuple[str, ...]
    subject: str
    tags: tuple[str, ...]
    students: tuple[str, ...]
    duration: int
    students_count: int | None


@dataclass
class FetData:
    """The parts of a FET file the constraint mapping needs."""

    source: str
    days: tuple[str, ...]
    hours: tuple[str, ...]
    atoms: dict[str, tuple[str, ...]]
    """Students set name -> its atoms."""
    activities: dict[str, FetActivity]
    set_sizes: dict[str, int] = field(default_factory=dict)
    """Students set name -> its own number of students (as FET counts an activity's students)."""
    session_of: dict[str, str] = field(default_factory=dict)
    """FET activity id -> session id."""
    errors: list[Diagnostic] = field(default_factory=list)

    def error(self, where: str, message: str, code: str = "bad_value") -> None:
        self.errors.append(Diagnostic("error", message, location=f"{self.source}, {where}", code=code))

    def whole(self, text: str, limit: limits.Limit, where: str, what: str, minimum: int = 0) -> int:
        try:
            return whole_from_text(text, limit, minimum)
        except NumberProblem as exc:
            self.error(where, f"'{what}' {exc.message}", exc.code)
            return minimum

    def slot(self, day: str, hour: str) -> int | None:
        if day not in self.days or hour not in self.hours:
            return None
        return self.days.index(day) * len(self.hours) + self.hours.index(hour)
