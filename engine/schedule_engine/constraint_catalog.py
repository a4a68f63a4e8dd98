"""The registry of constraints: one stable id, display name, level and default
weight for each.  The GUI, the JSON documents, the scorer and the tests all
refer to constraints by these ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from schedule_engine.model import Settings

HARD = "hard"
SOFT = "soft"


@dataclass(frozen=True)
class ConstraintInfo:
    id: str
    name: str
    level: str
    default_weight: int
    itc_weight: int
    description: str


_CATALOG: tuple[ConstraintInfo, ...] = (
    # Hard constraints: each violation counts 1 (per period where time matters).
    ConstraintInfo("unplaced", "Session not placed", HARD, 1, 1,
                   "Every session must be placed once, its whole block inside one day."),
    ConstraintInfo("invalid_start", "Block crosses a break or the day's end", HARD, 1, 1,
                   "A session's block must fit in one day without crossing a break or a closed slot."),
    ConstraintInfo("student_clash", "Student group clash", HARD, 1, 1,
                   "A group (or a subgroup with its parent) cannot attend two sessions at once."),
    ConstraintInfo("instructor_clash", "Instructor clash", HARD, 1, 1,
                   "An instructor cannot teach two sessions at once."),
    ConstraintInfo("room_clash", "Room clash", HARD, 1, 1,
                   "A room cannot host two sessions at once."),
    ConstraintInfo("instructor_unavailable", "Instructor unavailable", HARD, 1, 1,
                   "Sessions only when their instructor is available."),
    ConstraintInfo("group_unavailable", "Group unavailable", HARD, 1, 1,
                   "Sessions only when their groups are available."),
    ConstraintInfo("course_unavailable", "Course not allowed then", HARD, 1, 1,
                   "Sessions of a course only outside the course's unavailable slots."),
    ConstraintInfo("room_unavailable", "Room unavailable", HARD, 1, 1,
                   "Sessions only when their room is available."),
    ConstraintInfo("room_unsuitable", "Room of the wrong type or lacking features", HARD, 1, 1,
                   "The room must be of the required type and have every required feature."),
    ConstraintInfo("instructor_unqualified", "Instructor not qualified", HARD, 1, 1,
                   "The instructor must be qualified for the course and session type."),
    ConstraintInfo("room_capacity_hard", "Room too small", HARD, 1, 1,
                   "When room capacity is hard, the room must seat every attendee."),
    ConstraintInfo("pin_violated", "Pinned session moved", HARD, 1, 1,
                   "A pinned session keeps its pinned time and room."),
    # Soft constraints: the penalty is weight x amount.
    ConstraintInfo("room_capacity", "Room capacity overflow", SOFT, 1, 1,
                   "One point per student above the room's capacity, per session."),
    ConstraintInfo("min_working_days", "Minimum working days", SOFT, 5, 5,
                   "Per section, each day below the course's minimum number of distinct days."),
    ConstraintInfo("curriculum_compactness", "Isolated session", SOFT, 1, 2,
                   "A group's session with no other session of the group right before or after it."),
    ConstraintInfo("room_stability", "Room stability", SOFT, 1, 1,
                   "Each extra room used by one section beyond the first."),
    ConstraintInfo("group_idle_gaps", "Group idle gaps", SOFT, 3, 0,
                   "Each free period between two sessions of a group on one day."),
    ConstraintInfo("instructor_idle_gaps", "Instructor idle gaps", SOFT, 1, 0,
                   "Each free period between two sessions of an instructor on one day."),
    ConstraintInfo("instructor_preferences", "Instructor preferences", SOFT, 2, 0,
                   "Each period taught in an undesired slot, or outside the preferred slots when some are set."),
    ConstraintInfo("group_max_per_day", "Group daily load", SOFT, 5, 0,
                   "Each period a group is taught above its daily maximum."),
    ConstraintInfo("instructor_max_per_day", "Instructor daily load", SOFT, 5, 0,
                   "Each period an instructor teaches above their daily maximum."),
    ConstraintInfo("early_late", "Outside preferred hours", SOFT, 1, 0,
                   "Each period taught before or after the preferred teaching hours."),
    ConstraintInfo("midday_break", "No midday break", SOFT, 5, 0,
                   "Each day a group that wants a midday break is taught through the whole midday window."),
    ConstraintInfo("same_course_same_day", "Course twice on one day", SOFT, 5, 0,
                   "Each extra session of one section on the same day."),
    ConstraintInfo("block_length", "Practical block of non-preferred length", SOFT, 2, 0,
                   "Each practical block whose length is not a preferred block length."),
    ConstraintInfo("instructor_stability", "Several instructors for one section", SOFT, 10, 0,
                   "Each extra instructor teaching one section beyond the first."),
)

CATALOG: Mapping[str, ConstraintInfo] = {c.id: c for c in _CATALOG}
HARD_IDS: tuple[str, ...] = tuple(c.id for c in _CATALOG if c.level == HARD)
SOFT_IDS: tuple[str, ...] = tuple(c.id for c in _CATALOG if c.level == SOFT)


def constraint(constraint_id: str) -> ConstraintInfo:
    return CATALOG[constraint_id]


def default_weights(profile: str = "general") -> dict[str, int]:
    if profile == "itc2007":
        return {c.id: c.itc_weight for c in _CATALOG if c.level == SOFT}
    return {c.id: c.default_weight for c in _CATALOG if c.level == SOFT}


def effective_weights(settings: Settings) -> dict[str, int]:
    """Soft weights of a settings object, defaults filled in by its profile."""
    weights = default_weights(settings.profile)
    for key, value in settings.weights.items():
        if key in weights:
            weights[key] = int(value)
    return weights
