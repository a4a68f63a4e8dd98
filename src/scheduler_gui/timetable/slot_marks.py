"""Which slots of an entity's week are closed or marked: a group's, an
instructor's or a room's unavailable slots, and an instructor's preferred and
undesired ones.  The grid shades and marks them as it shades breaks."""

from __future__ import annotations

from schedule_engine.model import Problem

UNAVAILABLE = "unavailable"
PREFERRED = "preferred"
UNDESIRED = "undesired"

MARK_WORDS = {
    UNAVAILABLE: "not available",
    PREFERRED: "preferred time",
    UNDESIRED: "undesired time",
}


def entity_slot_marks(problem: Problem, kind: str, entity_id: str | None) -> dict[int, str]:
    """Slot -> mark for the shown entity (slots without a mark are left out)."""
    if entity_id is None:
        return {}
    marks: dict[int, str] = {}
    if kind == "instructor":
        person = problem.instructor(entity_id)
        if person is None:
            return {}
        marks.update({t: PREFERRED for t in person.preferred})
        marks.update({t: UNDESIRED for t in person.undesired})
        marks.update({t: UNAVAILABLE for t in person.unavailable})
    elif kind == "room":
        room = problem.room(entity_id)
        if room is not None:
            marks.update({t: UNAVAILABLE for t in room.unavailable})
    elif kind == "group":
        group = problem.group(entity_id)
        if group is not None:
            marks.update({t: UNAVAILABLE for t in group.unavailable})
    n_slots = problem.time_grid.n_slots
    return {t: m for t, m in marks.items() if 0 <= t < n_slots}
