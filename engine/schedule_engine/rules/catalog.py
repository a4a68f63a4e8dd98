"""The rule types: a stable id, a display name, the parameters and the entity kinds each takes.

Exact semantics of every type: docs/ARCHITECTURE.md, "Rules".
"""

from __future__ import annotations

from dataclasses import dataclass

COUNT = "count"
"""A whole number of at least 0."""
FLAG = "flag"
"""True or false."""
SLOTS = "slots"
"""A list of slot indices of the problem's grid."""

PEOPLE = ("instructors", "groups")
LESSONS = ("sessions",)


@dataclass(frozen=True)
class ParamSpec:
    name: str
    kind: str
    default: object
    """None: the parameter is required."""
    description: str


@dataclass(frozen=True)
class RuleType:
    id: str
    name: str
    kinds: tuple[str, ...]
    """Entity kinds the rule applies to: ``instructors``, ``groups``, ``rooms``, ``sessions``."""
    params: tuple[ParamSpec, ...]
    description: str
    ordered: bool = False
    """The order of the rule's sessions matters (first, second)."""

    def param(self, name: str) -> ParamSpec | None:
        return next((p for p in self.params if p.name == name), None)


def _count(name: str, description: str, default: object = None) -> ParamSpec:
    return ParamSpec(name, COUNT, default, description)


_SLOTS = ParamSpec("slots", SLOTS, None, "the slots concerned")

_TYPES: tuple[RuleType, ...] = (
    # People: instructors, groups and subgroups.
    RuleType("max_days_per_week", "Max days per week", PEOPLE,
             (_count("max_days", "most teaching days in the week"),),
             "Each day of teaching beyond the maximum counts one."),
    RuleType("min_days_per_week", "Min days per week", PEOPLE,
             (_count("min_days", "fewest teaching days in the week"),),
             "Each day of teaching missing below the minimum counts one."),
    RuleType("max_afternoons_per_week", "Max afternoons per week", PEOPLE,
             (_count("max_afternoons", "most afternoons with teaching in the week"),
              ParamSpec("slots", SLOTS, None, "the slots that are afternoons")),
             "Each day taught in its afternoon slots beyond the maximum counts one."),
    RuleType("max_mornings_per_week", "Max mornings per week", PEOPLE,
             (_count("max_mornings", "most mornings with teaching in the week"),
              ParamSpec("slots", SLOTS, None, "the slots that are mornings")),
             "Each day taught in its morning slots beyond the maximum counts one."),
    RuleType("max_days_in_slots", "Max days in an interval", PEOPLE,
             (_count("max_days", "most days with teaching in the slots"),
              ParamSpec("slots", SLOTS, None, "the slots of the interval, on every day concerned")),
             "Each day taught in the slots beyond the maximum counts one."),
    RuleType("max_periods_per_day", "Max periods per day", PEOPLE,
             (_count("max_periods", "most periods taught in one day"),),
             "Each period taught in a day beyond the maximum counts one."),
    RuleType("min_periods_per_day", "Min periods per day", PEOPLE,
             (_count("min_periods", "fewest periods in a day with teaching"),
              ParamSpec("allow_empty_days", FLAG, True, "days without teaching are allowed")),
             "Each period missing below the minimum in a day counts one."),
    RuleType("max_gaps_per_day", "Max gaps per day", PEOPLE,
             (_count("max_gaps", "most free periods between lessons in one day"),),
             "Each gap period in a day beyond the maximum counts one."),
    RuleType("max_gaps_per_week", "Max gaps per week", PEOPLE,
             (_count("max_gaps", "most free periods between lessons in the week"),),
             "Each gap period in the week beyond the maximum counts one."),
    RuleType("max_periods_in_a_row", "Max periods in a row", PEOPLE,
             (_count("max_periods", "most periods taught without a free period"),),
             "Each period of a run beyond the maximum counts one."),
    RuleType("early_start", "Days begin at the first period", ("groups",),
             (_count("max_second_period_starts", "days that may begin at the second period", 0),),
             "Each day beginning at the second period beyond the allowance, and each day beginning "
             "later, counts one."),
    RuleType("not_available", "Not available", ("instructors", "groups", "rooms"), (_SLOTS,),
             "Each period taught (or the room used) in one of the slots counts one."),
    RuleType("preferred_times", "Preferred times", PEOPLE, (_SLOTS,),
             "Each period taught outside the slots counts one."),
    RuleType("undesired_times", "Undesired times", PEOPLE, (_SLOTS,),
             "Each period taught in one of the slots counts one."),
    # Lessons: sessions, or all sessions of courses, components or tags.
    RuleType("preferred_starting_times", "Preferred starting times", LESSONS, (_SLOTS,),
             "Each session starting outside the slots counts one."),
    RuleType("preferred_time_slots", "Preferred time slots", LESSONS, (_SLOTS,),
             "Each period of a session outside the slots counts one."),
    RuleType("same_starting_time", "Same starting time", LESSONS, (),
             "Each session not starting when most sessions of the set start counts one."),
    RuleType("same_day", "Same day", LESSONS, (),
             "Each session not on the day most sessions of the set are on counts one."),
    RuleType("not_overlapping", "Not overlapping", LESSONS, (),
             "Each period shared by two sessions of the set counts one per pair."),
    RuleType("consecutive", "Consecutive", LESSONS, (),
             "The second session not starting right when the first ends, the same day, counts one.",
             ordered=True),
    RuleType("grouped", "Grouped", LESSONS, (),
             "The set not forming one unbroken block of one day (in any order) counts one."),
    RuleType("ordered", "Ordered", LESSONS, (),
             "The second session starting before the first has ended (in the week) counts one.",
             ordered=True),
    RuleType("min_days_between", "Min days between", LESSONS,
             (_count("min_days", "fewest days between two sessions of the set"),
              ParamSpec("consecutive_if_same_day", FLAG, False,
                        "two sessions on the same day must be back to back")),
             "Each pair of sessions fewer days apart than the minimum counts one; with "
             "consecutive_if_same_day, a pair on one day that is not back to back counts one more."),
    RuleType("ends_students_day", "Ends the students' day", LESSONS, (),
             "Each session after which one of its groups still has a lesson that day counts one."),
    RuleType("max_slots_from_selection", "Max slots from a selection", LESSONS,
             (_count("max_slots", "most of the selected slots the set may occupy"),
              ParamSpec("slots", SLOTS, None, "the selected slots")),
             "Each selected slot occupied by the set beyond the maximum counts one."),
    # Rooms.
    RuleType("max_different_rooms", "Max different rooms", LESSONS,
             (_count("max_rooms", "most distinct rooms the set may use"),),
             "Each distinct room used by the set beyond the maximum counts one."),
    RuleType("preferred_rooms", "Preferred rooms", LESSONS + ("rooms",), (),
             "Each session placed in a room outside the rule's rooms counts one."),
    RuleType("home_rooms", "Home rooms", PEOPLE + ("rooms",), (),
             "Each session of the group (attended by no one else) or of the instructor placed in a "
             "room outside the rule's rooms counts one."),
)

RULE_TYPES: dict[str, RuleType] = {t.id: t for t in _TYPES}
"""Rule type id -> its description, in catalogue order."""


def rule_type(type_id: str) -> RuleType:
    return RULE_TYPES[type_id]


def display_name(type_id: str) -> str:
    t = RULE_TYPES.get(type_id)
    return t.name if t is not None else type_id
