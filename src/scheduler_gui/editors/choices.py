"""Lists of values that reference cells offer (ids, room types, features)."""

from __future__ import annotations

from schedule_engine.model import SESSION_TYPES, Problem
from scheduler_gui.i18n import translate

_SUMMARY_WORDS = {
    "unavailable": lambda n: translate("Column", "%n unavailable", "", n),
    "preferred": lambda n: translate("Column", "%n preferred", "", n),
    "undesired": lambda n: translate("Column", "%n undesired", "", n),
}


def course_ids(problem: Problem) -> list[str]:
    return [c.id for c in problem.courses]


def group_ids(problem: Problem) -> list[str]:
    return [g.id for g in problem.groups]


def instructor_ids(problem: Problem) -> list[str]:
    return [i.id for i in problem.instructors]


def room_types(problem: Problem) -> list[str]:
    types = {r.type for r in problem.rooms if r.type}
    types |= {comp.room_type for c in problem.courses for comp in c.components if comp.room_type}
    return sorted(types, key=str.lower)


def features(problem: Problem) -> list[str]:
    found = {f for r in problem.rooms for f in r.features}
    found |= {f for c in problem.courses for comp in c.components for f in comp.room_features}
    return sorted(found, key=str.lower)


def qualification_label(course_id: str, session_type: str) -> str:
    return f"{course_id} ({session_type})"


def qualifications(problem: Problem) -> list[str]:
    """Every (course, session type) pair the courses teach, as labels."""
    labels = []
    for course in problem.courses:
        types = [comp.session_type for comp in course.components] or list(SESSION_TYPES[:1])
        labels.extend(qualification_label(course.id, t) for t in types)
    return labels


def availability_summary(obj) -> str:
    """``"3 unavailable, 2 preferred"`` from an entity's slot sets."""
    parts = []
    for name, words in _SUMMARY_WORDS.items():
        slots = getattr(obj, name, None)
        if slots:
            parts.append(words(len(slots)))
    return ", ".join(parts) or translate("Column", "always available")
