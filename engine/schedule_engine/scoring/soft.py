"""Soft constraints, one small function each: the violations of one timetable.

A record's penalty is weight x units.  Exact semantics: ``docs/ARCHITECTURE.md``,
"Constraints".
"""

from __future__ import annotations

from schedule_engine.scoring.context import ScoringContext
from schedule_engine.scoring.evaluation import Violation
from schedule_engine.scoring.explain import (
    capitalised, clock, instructor_name, instructor_resource, leaf_name,
    leaf_resource, plural, room_name, room_resource, section_label, section_resource,
    session_label, when_cell, row_name,
)
from schedule_engine.scoring.weeks import cell_week, week_indices


def room_capacity(ctx: ScoringContext) -> list[Violation]:
    if ctx.problem.settings.room_capacity_hard:
        return []
    out = []
    for s in ctx.placed():
        room, size = ctx.room_of(s), ctx.sessions[s].size
        if room is not None and size > room.capacity:
            over = size - room.capacity
            out.append(ctx.violation(
                "room_capacity", over, [s], ctx.slot[s], room_resource(ctx, ctx.room[s]),
                f"{capitalised(session_label(ctx, s))} has {plural(size, 'student')}, {over} more "
                f"than the {room.capacity} seats of room {room_name(ctx, ctx.room[s])}",
                week=ctx.session_week(s)))
    return out


def min_working_days(ctx: ScoringContext) -> list[Violation]:
    out = []
    P = ctx.grid.n_periods
    for section, sessions in ctx.sections().items():
        course = ctx.courses.get(ctx.sessions[sessions[0]].course_id)
        wanted = min(course.min_days if course is not None else 0, len(sessions))
        days = {ctx.slot[s] // P for s in sessions if ctx.slot[s] >= 0}
        if wanted > len(days):
            short = wanted - len(days)
            out.append(ctx.violation(
                "min_working_days", short, sessions, None, f"section {section}",
                f"{capitalised(section_label(ctx, sessions[0]))} is spread over "
                f"{plural(len(days), 'day')}, {short} fewer than its minimum of {wanted}"))
    return out


def curriculum_compactness(ctx: ScoringContext) -> list[Violation]:
    out = []
    P = ctx.grid.n_periods
    for leaf in ctx.leaves():
        for day in range(ctx.n_rows):
            row = ctx.leaf_day(leaf, day)
            for p, sessions in enumerate(row):
                before = row[p - 1] if p > 0 else []
                after = row[p + 1] if p + 1 < P else []
                if sessions and not before and not after:
                    t = day * P + p
                    what = session_label(ctx, sessions[0]) if len(sessions) == 1 else \
                        f"{len(sessions)} sessions"
                    out.append(ctx.violation(
                        "curriculum_compactness", len(sessions), sessions, None,
                        leaf_resource(ctx, leaf),
                        f"{capitalised(what)} on {when_cell(ctx, t)} is isolated for "
                        f"{leaf_name(ctx, leaf)}: no other session right before or after it",
                        cell=t))
    return out


def _distinct_owners(ctx: ScoringContext, constraint_id: str, owner: list[int], names,
                     noun: str) -> list[Violation]:
    out = []
    for section, sessions in ctx.sections().items():
        used = sorted({owner[s] for s in sessions if ctx.slot[s] >= 0 and owner[s] >= 0})
        if len(used) > 1:
            involved = [s for s in sessions if ctx.slot[s] >= 0 and owner[s] >= 0]
            out.append(ctx.violation(
                constraint_id, len(used) - 1, involved, None, f"section {section}",
                f"{capitalised(section_label(ctx, sessions[0]))} uses {len(used)} {noun}s "
                f"({', '.join(names(ctx, x) for x in used)}) instead of one"))
    return out


def room_stability(ctx: ScoringContext) -> list[Violation]:
    return _distinct_owners(ctx, "room_stability", ctx.room, room_name, "room")


def instructor_stability(ctx: ScoringContext) -> list[Violation]:
    return _distinct_owners(ctx, "instructor_stability", ctx.instr, instructor_name, "instructor")


def _idle_gap(ctx: ScoringContext, constraint_id: str, day: int, row: list[list[int]],
              resource: str, who: str) -> Violation | None:
    busy = [p for p, sessions in enumerate(row) if sessions]
    if len(busy) < 2:
        return None
    P = ctx.grid.n_periods
    gaps = [day * P + p for p in range(busy[0] + 1, busy[-1])
            if not row[p] and not ctx.blocked(day * P + p)]
    if not gaps:
        return None
    involved = list(dict.fromkeys(s for sessions in row for s in sessions))
    return ctx.violation(
        constraint_id, len(gaps), involved, None, resource,
        f"{capitalised(who)} has {plural(len(gaps), 'idle period')} on {row_name(ctx, day)} "
        f"({', '.join(clock(ctx, t) for t in gaps)}) between sessions", cell=gaps[0])


def group_idle_gaps(ctx: ScoringContext) -> list[Violation]:
    out = []
    for leaf in ctx.leaves():
        for day in range(ctx.n_rows):
            v = _idle_gap(ctx, "group_idle_gaps", day, ctx.leaf_day(leaf, day),
                          leaf_resource(ctx, leaf), leaf_name(ctx, leaf))
            if v is not None:
                out.append(v)
    return out


def instructor_idle_gaps(ctx: ScoringContext) -> list[Violation]:
    out = []
    for i in range(len(ctx.problem.instructors)):
        for day in range(ctx.n_rows):
            v = _idle_gap(ctx, "instructor_idle_gaps", day, ctx.instructor_day(i, day),
                          instructor_resource(ctx, i), instructor_name(ctx, i))
            if v is not None:
                out.append(v)
    return out


def instructor_preferences(ctx: ScoringContext) -> list[Violation]:
    out = []
    for s in ctx.placed():
        person = ctx.instructor_of(s)
        if person is None:
            continue
        name = instructor_name(ctx, ctx.instr[s])
        for t in ctx.session_periods[s]:
            slot = ctx.slot_of(t)
            if slot in person.undesired:
                why = f"{name} would rather not teach on {when_cell(ctx, t)}"
            elif person.preferred and slot not in person.preferred:
                why = f"{when_cell(ctx, t)} is outside {name}'s preferred times"
            else:
                continue
            out.append(ctx.violation(
                "instructor_preferences", 1, [s], None, instructor_resource(ctx, ctx.instr[s]),
                f"{capitalised(why)}, but {session_label(ctx, s)} is placed then", cell=t))
    return out


def _daily_load(ctx: ScoringContext, constraint_id: str, day: int, row: list[list[int]],
                limit: int | None, resource: str, who: str) -> Violation | None:
    busy = [p for p, sessions in enumerate(row) if sessions]
    if limit is None or len(busy) <= limit:
        return None
    involved = list(dict.fromkeys(s for sessions in row for s in sessions))
    over = len(busy) - limit
    return ctx.violation(
        constraint_id, over, involved, None, resource,
        f"{capitalised(who)} is taught {plural(len(busy), 'period')} on {row_name(ctx, day)}, "
        f"{over} above the daily limit of {limit}", week=cell_week(ctx.grid, day * ctx.grid.n_periods))


def group_max_per_day(ctx: ScoringContext) -> list[Violation]:
    out = []
    for leaf in ctx.leaves():
        limit = ctx.leaf_group[leaf].max_periods_per_day
        for day in range(ctx.n_rows):
            v = _daily_load(ctx, "group_max_per_day", day, ctx.leaf_day(leaf, day), limit,
                            leaf_resource(ctx, leaf), leaf_name(ctx, leaf))
            if v is not None:
                out.append(v)
    return out


def instructor_max_per_day(ctx: ScoringContext) -> list[Violation]:
    out = []
    for i, person in enumerate(ctx.problem.instructors):
        for day in range(ctx.n_rows):
            v = _daily_load(ctx, "instructor_max_per_day", day, ctx.instructor_day(i, day),
                            person.max_periods_per_day, instructor_resource(ctx, i),
                            instructor_name(ctx, i))
            if v is not None:
                out.append(v)
    return out


def early_late(ctx: ScoringContext) -> list[Violation]:
    settings = ctx.problem.settings
    P = ctx.grid.n_periods
    first = settings.preferred_first_period
    last = settings.preferred_last_period if settings.preferred_last_period is not None else P - 1
    out = []
    for s in ctx.placed():
        for t in ctx.session_periods[s]:
            p = t % P
            if p < first or p > last:
                out.append(ctx.violation(
                    "early_late", 1, [s], None, f"period {ctx.grid.periods[p].name}",
                    f"{capitalised(session_label(ctx, s))} is taught on {when_cell(ctx, t)}, "
                    f"{'before' if p < first else 'after'} the preferred teaching hours", cell=t))
    return out


def midday_break(ctx: ScoringContext) -> list[Violation]:
    midday = [p for p in ctx.grid.midday_periods if 0 <= p < ctx.grid.n_periods]
    if not midday:
        return []
    out = []
    P = ctx.grid.n_periods
    for leaf in ctx.leaves():
        if not ctx.leaf_group[leaf].prefers_break:
            continue
        for day in range(ctx.n_rows):
            row = ctx.leaf_day(leaf, day)
            if all(row[p] for p in midday):
                involved = list(dict.fromkeys(s for p in midday for s in row[p]))
                t0 = day * P + midday[0]
                out.append(ctx.violation(
                    "midday_break", 1, involved, None, leaf_resource(ctx, leaf),
                    f"{capitalised(leaf_name(ctx, leaf))} has no midday break on "
                    f"{row_name(ctx, day)}: every period from {clock(ctx, t0)} to "
                    f"{ctx.grid.periods[midday[-1]].end} is taught", cell=t0))
    return out


def same_course_same_day(ctx: ScoringContext) -> list[Violation]:
    out = []
    P, D = ctx.grid.n_periods, ctx.grid.n_days
    for section, sessions in ctx.sections().items():
        by_day: dict[int, list[int]] = {}
        for s in sessions:
            if ctx.slot[s] >= 0:
                for w in week_indices(ctx.week[s], ctx.grid.n_weeks):
                    by_day.setdefault(w * D + ctx.slot[s] // P, []).append(s)
        for day, same in sorted(by_day.items()):
            if len(same) > 1:
                out.append(ctx.violation(
                    "same_course_same_day", len(same) - 1, same, None, f"section {section}",
                    f"{capitalised(section_label(ctx, same[0]))} is taught "
                    f"{len(same)} times on {row_name(ctx, day)}",
                    week=cell_week(ctx.grid, day * P)))
    return out


def block_length(ctx: ScoringContext) -> list[Violation]:
    preferred = ctx.problem.settings.preferred_block_lengths
    if not preferred:
        return []
    out = []
    for s in ctx.placed():
        sess = ctx.sessions[s]
        if sess.session_type == "practical" and sess.length not in preferred:
            out.append(ctx.violation(
                "block_length", 1, [s], ctx.slot[s], section_resource(ctx, s),
                f"{capitalised(session_label(ctx, s))} is a {sess.length}-period block; the "
                f"preferred lengths are {', '.join(str(n) for n in preferred)}",
                week=ctx.session_week(s)))
    return out


SOFT_CONSTRAINTS = {
    "room_capacity": room_capacity,
    "min_working_days": min_working_days,
    "curriculum_compactness": curriculum_compactness,
    "room_stability": room_stability,
    "group_idle_gaps": group_idle_gaps,
    "instructor_idle_gaps": instructor_idle_gaps,
    "instructor_preferences": instructor_preferences,
    "group_max_per_day": group_max_per_day,
    "instructor_max_per_day": instructor_max_per_day,
    "early_late": early_late,
    "midday_break": midday_break,
    "same_course_same_day": same_course_same_day,
    "block_length": block_length,
    "instructor_stability": instructor_stability,
}
