"""Rules on lessons (sessions, or all sessions of courses, components or tags),
one small function each.  Unplaced sessions are left out: "Session not placed"
already counts them.  In a two-week cycle, periods are cells
(:mod:`schedule_engine.scoring.weeks`): overlaps, periods outside preferred
slots, a students' day and a selection's slots are counted per week; the
rules on starts, days and order compare the sessions' slots of the week.
Exact semantics: docs/ARCHITECTURE.md, "Rules" and "Two-week cycles".
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from schedule_engine.scoring.rules_context import RuleContext
from schedule_engine.rule_data import Rule
from schedule_engine.scoring.evaluation import Violation
from schedule_engine.scoring.explain import capitalised, plural, session_label, when_cell
from schedule_engine.scoring.weeks import cell_week


def _placed(rc: RuleContext, rule: Rule) -> list[int]:
    return [s for s in rc.lessons(rule) if rc.ctx.slot[s] >= 0]


def _label(rc: RuleContext, s: int) -> str:
    return session_label(rc.ctx, s)


def _when(rc: RuleContext, s: int) -> str:
    return rc.ctx.grid.slot_label(rc.ctx.slot[s])


def _resource(rc: RuleContext, s: int) -> str:
    return f"section {rc.ctx.sessions[s].section}"


def preferred_starting_times(rc: RuleContext, rule: Rule) -> list[Violation]:
    slots = set(rule.param("slots", ()))
    return [rc.violation(rule, 1, [s], rc.ctx.slot[s], _resource(rc, s),
                         f"{capitalised(_label(rc, s))} starts on {_when(rc, s)}, "
                         f"not at one of its preferred starting times")
            for s in _placed(rc, rule) if rc.ctx.slot[s] not in slots]


def preferred_time_slots(rc: RuleContext, rule: Rule) -> list[Violation]:
    slots = set(rule.param("slots", ()))
    out = []
    for s in _placed(rc, rule):
        outside = [t for t in rc.ctx.session_periods[s] if rc.slot_of(t) not in slots]
        if outside:
            out.append(rc.violation(
                rule, len(outside), [s], None, _resource(rc, s),
                f"{capitalised(_label(rc, s))} has {plural(len(outside), 'period')} outside its "
                f"preferred time slots, from {when_cell(rc.ctx, outside[0])}", cell=outside[0]))
    return out


def _together(rc: RuleContext, rule: Rule, key, words: str, show) -> list[Violation]:
    """Sessions off the most common value of ``key`` (start, day) count one each."""
    placed = _placed(rc, rule)
    if len(placed) < 2:
        return []
    counts = Counter(key(s) for s in placed)
    best = max(counts, key=lambda k: (counts[k], -k))
    off = [s for s in placed if key(s) != best]
    return [rc.violation(rule, 1, [s], rc.ctx.slot[s], _resource(rc, s),
                         f"{capitalised(_label(rc, s))} is on {show(s)}, not {words} "
                         f"{show(next(t for t in placed if key(t) == best))} like the rest of its set")
            for s in off]


def same_starting_time(rc: RuleContext, rule: Rule) -> list[Violation]:
    return _together(rc, rule, lambda s: rc.ctx.slot[s], "at", lambda s: _when(rc, s))


def same_day(rc: RuleContext, rule: Rule) -> list[Violation]:
    P = rc.n_periods
    return _together(rc, rule, lambda s: rc.ctx.slot[s] // P, "on",
                     lambda s: rc.ctx.grid.days[rc.ctx.slot[s] // P])


def not_overlapping(rc: RuleContext, rule: Rule) -> list[Violation]:
    out = []
    for a, b in combinations(_placed(rc, rule), 2):
        shared = sorted(set(rc.ctx.session_periods[a]) & set(rc.ctx.session_periods[b]))
        if shared:
            out.append(rc.violation(
                rule, len(shared), [a, b], None, _resource(rc, a),
                f"{capitalised(_label(rc, a))} and {_label(rc, b)} overlap for "
                f"{plural(len(shared), 'period')} from {when_cell(rc.ctx, shared[0])}", cell=shared[0]))
    return out


def _pairs(rc: RuleContext, rule: Rule) -> list[tuple[int, int]]:
    """Each session of the rule's order with the next one, both placed."""
    ordered = rc.lessons(rule)
    return [(a, b) for a, b in zip(ordered, ordered[1:]) if rc.ctx.slot[a] >= 0 and rc.ctx.slot[b] >= 0]


def consecutive(rc: RuleContext, rule: Rule) -> list[Violation]:
    out = []
    P = rc.n_periods
    for a, b in _pairs(rc, rule):
        end = rc.ctx.slot[a] + rc.ctx.sessions[a].length
        if rc.ctx.slot[b] != end or rc.ctx.slot[b] // P != rc.ctx.slot[a] // P:
            out.append(rc.violation(
                rule, 1, [a, b], rc.ctx.slot[b], _resource(rc, b),
                f"{capitalised(_label(rc, b))} ({_when(rc, b)}) does not follow right after "
                f"{_label(rc, a)} ({_when(rc, a)})"))
    return out


def grouped(rc: RuleContext, rule: Rule) -> list[Violation]:
    placed = sorted(_placed(rc, rule), key=lambda s: rc.ctx.slot[s])
    if len(placed) < 2:
        return []
    P = rc.n_periods
    one_day = len({rc.ctx.slot[s] // P for s in placed}) == 1
    unbroken = all(rc.ctx.slot[a] + rc.ctx.sessions[a].length == rc.ctx.slot[b] for a, b in zip(placed, placed[1:]))
    if one_day and unbroken:
        return []
    said = ", ".join(f"{_label(rc, s)} ({_when(rc, s)})" for s in placed)
    return [rc.violation(rule, 1, placed, rc.ctx.slot[placed[0]], _resource(rc, placed[0]),
                         f"{capitalised(said)} do not form one unbroken block of one day")]


def ordered(rc: RuleContext, rule: Rule) -> list[Violation]:
    out = []
    for a, b in _pairs(rc, rule):
        if rc.ctx.slot[b] < rc.ctx.slot[a] + rc.ctx.sessions[a].length:
            out.append(rc.violation(
                rule, 1, [a, b], rc.ctx.slot[b], _resource(rc, b),
                f"{capitalised(_label(rc, b))} ({_when(rc, b)}) starts before "
                f"{_label(rc, a)} ({_when(rc, a)}) has ended"))
    return out


def _adjacent(rc: RuleContext, a: int, b: int) -> bool:
    sa, sb = rc.ctx.slot[a], rc.ctx.slot[b]
    return sa + rc.ctx.sessions[a].length == sb or sb + rc.ctx.sessions[b].length == sa


def min_days_between(rc: RuleContext, rule: Rule) -> list[Violation]:
    least = int(rule.param("min_days"))
    back_to_back = bool(rule.param("consecutive_if_same_day", False))
    P = rc.n_periods
    out = []
    for a, b in combinations(_placed(rc, rule), 2):
        apart = abs(rc.ctx.slot[a] // P - rc.ctx.slot[b] // P)
        units = 1 if apart < least else 0
        apart_words = f"{plural(apart, 'day')} apart" if apart else "on the same day"
        reason = f"{capitalised(_label(rc, a))} ({_when(rc, a)}) and {_label(rc, b)} ({_when(rc, b)}) " \
                 f"are {apart_words}, fewer than {least}"
        if apart == 0 and back_to_back and not _adjacent(rc, a, b):
            units += 1
            reason += ", and not back to back"
        if units:
            out.append(rc.violation(rule, units, [a, b], rc.ctx.slot[b], _resource(rc, a), reason))
    return out


def ends_students_day(rc: RuleContext, rule: Rule) -> list[Violation]:
    P = rc.n_periods
    out = []
    for s in _placed(rc, rule):
        last_of_row: dict[int, int] = {}
        for c in rc.ctx.session_periods[s]:
            last_of_row[c // P] = max(c, last_of_row.get(c // P, c))
        for row, last in sorted(last_of_row.items()):
            later = sorted({o for leaf in rc.ctx.session_leaves[s] for t in range(last + 1, (row + 1) * P)
                            for o in rc.ctx.leaf_at.get((leaf, t), ()) if o != s})
            if later:
                week = cell_week(rc.ctx.grid, last)
                out.append(rc.violation(
                    rule, 1, [s, *later], rc.ctx.slot[s], _resource(rc, s),
                    f"{capitalised(_label(rc, s))} ({when_cell(rc.ctx, last - last % P + rc.ctx.slot[s] % P)}) "
                    f"should end its students' day, but {_label(rc, later[0])} follows it at "
                    f"{_when(rc, later[0])}", week=week))
    return out


def max_slots_from_selection(rc: RuleContext, rule: Rule) -> list[Violation]:
    most, chosen = int(rule.param("max_slots")), set(rule.param("slots", ()))
    placed = _placed(rc, rule)
    cells = {t for s in placed for t in rc.ctx.session_periods[s] if rc.slot_of(t) in chosen}
    out = []
    for w in rc.weeks():
        used = sorted(rc.in_week(cells, w))
        if len(used) <= most:
            continue
        members = [s for s in placed if set(used) & set(rc.ctx.session_periods[s])]
        week = cell_week(rc.ctx.grid, used[0])
        where = f" in week {rc.ctx.grid.week_label(week)}" if week else ""
        out.append(rc.violation(
            rule, len(used) - most, members, None, _resource(rc, members[0]),
            f"The set of {plural(len(placed), 'session')} occupies {len(used)} of its selected slots"
            f"{where}, {len(used) - most} more than the maximum of {most}", cell=used[0]))
    return out


LESSON_RULES = {
    "preferred_starting_times": preferred_starting_times,
    "preferred_time_slots": preferred_time_slots,
    "same_starting_time": same_starting_time,
    "same_day": same_day,
    "not_overlapping": not_overlapping,
    "consecutive": consecutive,
    "grouped": grouped,
    "ordered": ordered,
    "min_days_between": min_days_between,
    "ends_students_day": ends_students_day,
    "max_slots_from_selection": max_slots_from_selection,
}
