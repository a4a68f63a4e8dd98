"""Rules on people (instructors, groups and subgroups), one small function each.

Each function takes the :class:`RuleContext` and one rule and returns its
violations; a group rule is checked for each of the group's leaves (its
subgroups, or the group itself).  In a two-week cycle the busy periods are
cells (:mod:`schedule_engine.scoring.weeks`): per-day counts are per day of
each week, per-week counts per week of the cycle, and the excesses are summed.
Exact semantics: docs/ARCHITECTURE.md, "Rules" and "Two-week cycles".
"""

from __future__ import annotations

from schedule_engine.scoring.rules_context import RuleContext
from schedule_engine.rule_data import Rule
from schedule_engine.scoring.evaluation import Violation
from schedule_engine.scoring.explain import capitalised, plural, row_name, when_cell
from schedule_engine.scoring.weeks import week_words


def _days(rc: RuleContext) -> range:
    """The rows of the cycle: each day of each week."""
    return rc.rows()


def _day_name(rc: RuleContext, day: int) -> str:
    return row_name(rc.ctx, day)


def _week(rc: RuleContext, w: int) -> int:
    """The 1-based week a record names (0 in a one-week grid)."""
    return w + 1 if rc.ctx.grid.n_weeks > 1 else 0


def _row_week(rc: RuleContext, row: int) -> int:
    """The 1-based week of a row (0 in a one-week grid)."""
    return _week(rc, row // rc.ctx.grid.n_days)


def _in_week(rc: RuleContext, w: int) -> str:
    return week_words(rc.ctx.grid, _week(rc, w))


def _weekdays(rc: RuleContext, busy: set[int]) -> list[int]:
    """The weekdays of some busy cells of one week."""
    P, D = rc.n_periods, rc.ctx.grid.n_days
    return sorted({(t // P) % D for t in busy})


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
        for w in rc.weeks():
            days = _weekdays(rc, rc.in_week(busy, w))
            if len(days) > most:
                out.append(rc.violation(
                    rule, len(days) - most, rc.owned(resource), None, resource,
                    f"{capitalised(name)} is taught on {plural(len(days), 'day')}{_in_week(rc, w)}, "
                    f"{len(days) - most} more than the maximum of {most}", week=_week(rc, w)))
    return out


def min_days_per_week(rc: RuleContext, rule: Rule) -> list[Violation]:
    least = int(rule.param("min_days"))
    out = []
    for resource, name, busy in rc.people(rule):
        for w in rc.weeks():
            days = _weekdays(rc, rc.in_week(busy, w))
            if len(days) < least:
                out.append(rc.violation(
                    rule, least - len(days), rc.owned(resource), None, resource,
                    f"{capitalised(name)} is taught on {plural(len(days), 'day')}{_in_week(rc, w)}, "
                    f"{least - len(days)} fewer than the minimum of {least}", week=_week(rc, w)))
    return out


def _max_half_days(rc: RuleContext, rule: Rule, param: str, words: str) -> list[Violation]:
    most, slots = int(rule.param(param)), set(rule.param("slots", ()))
    out = []
    P = rc.n_periods
    for resource, name, busy in rc.people(rule):
        for w in rc.weeks():
            days = _weekdays(rc, {t for t in rc.in_week(busy, w) if rc.slot_of(t) in slots})
            if len(days) > most:
                out.append(rc.violation(
                    rule, len(days) - most, [s for s in rc.owned(resource) if rc.ctx.slot[s] // P in days],
                    None, resource, f"{capitalised(name)} is taught on {plural(len(days), words)}"
                    f"{_in_week(rc, w)}, {len(days) - most} more than the maximum of {most}",
                    week=_week(rc, w)))
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
                    f"{n - most} more than the maximum of {most}", week=_row_week(rc, day)))
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
                    f"{least - n} fewer than the minimum of {least}", week=_row_week(rc, day)))
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
                    f"{_day_name(rc, day)}, {gaps - most} more than the maximum of {most}",
                    week=_row_week(rc, day)))
    return out


def max_gaps_per_week(rc: RuleContext, rule: Rule) -> list[Violation]:
    most = int(rule.param("max_gaps"))
    out = []
    for resource, name, busy in rc.people(rule):
        for w in rc.weeks():
            gaps = sum(_gaps(rc, day, rc.day_periods(busy, day)) for day in rc.rows(w))
            if gaps > most:
                where = f"week {rc.ctx.grid.week_label(w + 1)}" if _week(rc, w) else "the week"
                out.append(rc.violation(
                    rule, gaps - most, rc.owned(resource), None, resource,
                    f"{capitalised(name)} has {plural(gaps, 'free period')} between lessons in {where}, "
                    f"{gaps - most} more than the maximum of {most}", week=_week(rc, w)))
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
                        rule, length - most, rc.owned(resource, day), None, resource,
                        f"{capitalised(name)} has {plural(length, 'period')} in a row from "
                        f"{when_cell(rc.ctx, t)}, {length - most} more than the maximum of {most}",
                        cell=t))
    return out


def early_start(rc: RuleContext, rule: Rule) -> list[Violation]:
    allowance = int(rule.param("max_second_period_starts", 0))
    out = []
    D = rc.ctx.grid.n_days
    for resource, name, busy in rc.people(rule):
        for w in rc.weeks():
            second_days, late_days = [], []
            for day in rc.rows(w):
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
                                f"({', '.join(rc.ctx.grid.days[d % D] for d in late_days)})")
                out.append(rc.violation(
                    rule, units, rc.owned(resource), None, resource,
                    f"{capitalised(name)} begins {' and '.join(said)}{_in_week(rc, w)} instead of at "
                    f"the first period", week=_week(rc, w)))
    return out


def _times(rc: RuleContext, rule: Rule, inside: bool, words: str) -> list[Violation]:
    slots = set(rule.param("slots", ()))
    out = []
    for resource, name, busy in rc.people(rule):
        for t in sorted(busy):
            if (rc.slot_of(t) in slots) == inside:
                out.append(rc.violation(
                    rule, 1, rc.sessions_at(t, rc.owned(resource)), None, resource,
                    f"{capitalised(name)} is taught on {when_cell(rc.ctx, t)}, {words}", cell=t))
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
            if rc.slot_of(t) in slots:
                out.append(rc.violation(
                    rule, 1, [s], None, f"room {room.id}",
                    f"Room {room.name or room.id} is used on {when_cell(rc.ctx, t)}, "
                    f"when not available", cell=t))
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
