"""Rules on people (instructors, groups and subgroups), one small function each.

Each function takes the :class:`RuleContext` and one rule and returns its
violations; a group rule is checked for each of the group's leaves (its
subgroups, or the group itself).  Exact semantics: docs/ARCHITECTURE.md, "Rules".
"""

from __future__ import annotations

from schedule_engine.scoring.rules_context import RuleContext
from schedule_engine.rule_data import Rule
from schedule_engine.scoring.evaluation import Violation
from schedule_engine.scoring.explain import capitalised, plural


def _days(rc: RuleContext) -> range:
    return range(rc.ctx.grid.n_days)


def _day_name(rc: RuleContext, day: int) -> str:
    return rc.ctx.grid.days[day]


def _gaps(rc: RuleContext, day: int, periods: list[int]) -> int:
    """Teaching periods left free between the day's first and last busy period."""
    if not periods:
        return 0
    busy = set(periods)
    return sum(1 for p in range(periods[0], periods[-1] + 1) if p not in busy and rc.teaching(day, p))


def max_days_per_week(rc: RuleContext, rule: Rule) -> list[Violation]:
    most = int(rule.param("max_days"))
    out = []
    for resource, name, busy in rc.people(rule):
        days = sorted({t // rc.n_periods for t in busy})
        if len(days) > most:
            out.append(rc.violation(
                rule, len(days) - most, rc.owned(resource), None, resource,
                f"{capitalised(name)} is taught on {plural(len(days), 'day')}, "
                f"{len(days) - most} more than the maximum of {most}"))
    return out


def min_days_per_week(rc: RuleContext, rule: Rule) -> list[Violation]:
    least = int(rule.param("min_days"))
    out = []
    for resource, name, busy in rc.people(rule):
        days = {t // rc.n_periods for t in busy}
        if len(days) < least:
            out.append(rc.violation(
                rule, least - len(days), rc.owned(resource), None, resource,
                f"{capitalised(name)} is taught on {plural(len(days), 'day')}, "
                f"{least - len(days)} fewer than the minimum of {least}"))
    return out


def _max_half_days(rc: RuleContext, rule: Rule, param: str, words: str) -> list[Violation]:
    most, slots = int(rule.param(param)), set(rule.param("slots", ()))
    out = []
    for resource, name, busy in rc.people(rule):
        days = sorted({t // rc.n_periods for t in busy & slots})
        if len(days) > most:
            out.append(rc.violation(
                rule, len(days) - most, [s for s in rc.owned(resource) if rc.ctx.slot[s] // rc.n_periods in days],
                None, resource, f"{capitalised(name)} is taught on {plural(len(days), words)}, "
                f"{len(days) - most} more than the maximum of {most}"))
    return out


def max_days_in_slots(rc: RuleContext, rule: Rule) -> list[Violation]:
    return _max_half_days(rc, rule, "max_days", "day in the interval")


def max_afternoons_per_week(rc: RuleContext, rule: Rule) -> list[Violation]:
    return _max_half_days(rc, rule, "max_afternoons", "afternoon")


def max_mornings_per_week(rc: RuleContext, rule: Rule) -> list[Violation]:
    return _max_half_days(rc, rule, "max_mornings", "morning")


def max_periods_per_day(rc: RuleContext, rule: Rule) -> list[Violation]:
    most = int(rule.param("max_periods"))
    out = []
    for resource, name, busy in rc.people(rule):
        for day in _days(rc):
            n = len(rc.day_periods(busy, day))
            if n > most:
                out.append(rc.violation(
                    rule, n - most, rc.owned(resource, day), None, resource,
                    f"{capitalised(name)} has {plural(n, 'period')} on {_day_name(rc, day)}, "
                    f"{n - most} more than the maximum of {most}"))
    return out


def min_periods_per_day(rc: RuleContext, rule: Rule) -> list[Violation]:
    least = int(rule.param("min_periods"))
    allow_empty = bool(rule.param("allow_empty_days", True))
    out = []
    for resource, name, busy in rc.people(rule):
        for day in _days(rc):
            n = len(rc.day_periods(busy, day))
            if n < least and (n > 0 or not allow_empty):
                out.append(rc.violation(
                    rule, least - n, rc.owned(resource, day), None, resource,
                    f"{capitalised(name)} has {plural(n, 'period')} on {_day_name(rc, day)}, "
                    f"{least - n} fewer than the minimum of {least}"))
    return out


def max_gaps_per_day(rc: RuleContext, rule: Rule) -> list[Violation]:
    most = int(rule.param("max_gaps"))
    out = []
    for resource, name, busy in rc.people(rule):
        for day in _days(rc):
            gaps = _gaps(rc, day, rc.day_periods(busy, day))
            if gaps > most:
                out.append(rc.violation(
                    rule, gaps - most, rc.owned(resource, day), None, resource,
                    f"{capitalised(name)} has {plural(gaps, 'free period')} between lessons on "
                    f"{_day_name(rc, day)}, {gaps - most} more than the maximum of {most}"))
    return out


def max_gaps_per_week(rc: RuleContext, rule: Rule) -> list[Violation]:
    most = int(rule.param("max_gaps"))
    out = []
    for resource, name, busy in rc.people(rule):
        gaps = sum(_gaps(rc, day, rc.day_periods(busy, day)) for day in _days(rc))
        if gaps > most:
            out.append(rc.violation(
                rule, gaps - most, rc.owned(resource), None, resource,
                f"{capitalised(name)} has {plural(gaps, 'free period')} between lessons in the week, "
                f"{gaps - most} more than the maximum of {most}"))
    return out


def _runs(rc: RuleContext, day: int, periods: list[int]) -> list[tuple[int, int]]:
    """(first period, length) of each run of busy periods; a break or a free period ends a run."""
    runs: list[tuple[int, int]] = []
    for p in periods:
        if runs and runs[-1][0] + runs[-1][1] == p:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((p, 1))
    return runs


def max_periods_in_a_row(rc: RuleContext, rule: Rule) -> list[Violation]:
    most = int(rule.param("max_periods"))
    out = []
    P = rc.n_periods
    for resource, name, busy in rc.people(rule):
        for day in _days(rc):
            for first, length in _runs(rc, day, rc.day_periods(busy, day)):
                if length > most:
                    t = day * P + first
                    out.append(rc.violation(
                        rule, length - most, rc.owned(resource, day), t, resource,
                        f"{capitalised(name)} has {plural(length, 'period')} in a row from "
                        f"{rc.ctx.grid.slot_label(t)}, {length - most} more than the maximum of {most}"))
    return out


def early_start(rc: RuleContext, rule: Rule) -> list[Violation]:
    allowance = int(rule.param("max_second_period_starts", 0))
    out = []
    for resource, name, busy in rc.people(rule):
        second_days, late_days = [], []
        for day in _days(rc):
            periods = rc.day_periods(busy, day)
            if not periods:
                continue
            before = sum(1 for p in range(periods[0]) if rc.teaching(day, p))
            if before == 1:
                second_days.append(day)
            elif before > 1:
                late_days.append(day)
        units = len(late_days) + max(0, len(second_days) - allowance)
        if units:
            said = [f"{plural(len(second_days), 'day')} at the second period (allowed: {allowance})"]
            if late_days:
                said.append(f"{plural(len(late_days), 'day')} later "
                            f"({', '.join(_day_name(rc, d) for d in late_days)})")
            out.append(rc.violation(
                rule, units, rc.owned(resource), None, resource,
                f"{capitalised(name)} begins {' and '.join(said)} instead of at the first period"))
    return out


def _times(rc: RuleContext, rule: Rule, inside: bool, words: str) -> list[Violation]:
    slots = set(rule.param("slots", ()))
    out = []
    for resource, name, busy in rc.people(rule):
        for t in sorted(busy):
            if (t in slots) == inside:
                out.append(rc.violation(
                    rule, 1, rc.sessions_at(t, rc.owned(resource)), t, resource,
                    f"{capitalised(name)} is taught on {rc.ctx.grid.slot_label(t)}, {words}"))
    return out


def not_available(rc: RuleContext, rule: Rule) -> list[Violation]:
    out = _times(rc, rule, True, "when not available")
    slots = set(rule.param("slots", ()))
    rooms = set(rule.rooms) if "rooms" not in rule.all_of else {r.id for r in rc.ctx.problem.rooms}
    for s, periods in enumerate(rc.ctx.session_periods):
        room = rc.ctx.room_of(s)
        if room is None or room.id not in rooms:
            continue
        for t in periods:
            if t in slots:
                out.append(rc.violation(
                    rule, 1, [s], t, f"room {room.id}",
                    f"Room {room.name or room.id} is used on {rc.ctx.grid.slot_label(t)}, "
                    f"when not available"))
    return out


def preferred_times(rc: RuleContext, rule: Rule) -> list[Violation]:
    return _times(rc, rule, False, "outside the preferred times")


def undesired_times(rc: RuleContext, rule: Rule) -> list[Violation]:
    return _times(rc, rule, True, "an undesired time")


PEOPLE_RULES = {
    "max_days_per_week": max_days_per_week,
    "min_days_per_week": min_days_per_week,
    "max_days_in_slots": max_days_in_slots,
    "max_afternoons_per_week": max_afternoons_per_week,
    "max_mornings_per_week": max_mornings_per_week,
    "max_periods_per_day": max_periods_per_day,
    "min_periods_per_day": min_periods_per_day,
    "max_gaps_per_day": max_gaps_per_day,
    "max_gaps_per_week": max_gaps_per_week,
    "max_periods_in_a_row": max_periods_in_a_row,
    "early_start": early_start,
    "not_available": not_available,
    "preferred_times": preferred_times,
    "undesired_times": undesired_times,
}
