"""Hard constraints, one small function each: the violations of one timetable.

Each function returns the violation records of its constraint; the
constraint's count is the sum of their penalties.  Exact semantics:
``docs/ARCHITECTURE.md``, "Constraints".
"""

from __future__ import annotations

from schedule_engine.scoring.context import ScoringContext
from schedule_engine.scoring.evaluation import Violation
from schedule_engine.scoring.explain import (
    capitalised, day_name, instructor_name, instructor_resource, leaf_name, leaf_resource,
    plural, room_name, room_resource, section_resource, session_label, sessions_label, when,
    when_cell, when_session,
)


def unplaced(ctx: ScoringContext) -> list[Violation]:
    return [
        ctx.violation("unplaced", 1, [s], None, section_resource(ctx, s),
                      f"{capitalised(session_label(ctx, s))} is not placed")
        for s in range(len(ctx.sessions)) if ctx.slot[s] < 0 and ctx.used(s)
    ]


def invalid_start(ctx: ScoringContext) -> list[Violation]:
    out = []
    P = ctx.grid.n_periods
    for s in ctx.placed():
        t, length = ctx.slot[s], ctx.sessions[s].length
        label = capitalised(session_label(ctx, s))
        if t % P + length > P:
            out.append(ctx.violation(
                "invalid_start", 1, [s], t, f"day {day_name(ctx, t // P)}",
                f"{label} ({plural(length, 'period')} from {when_session(ctx, s)}) runs past the "
                f"end of {day_name(ctx, t // P)}", week=ctx.session_week(s)))
        for u in ctx.session_periods[s]:
            period = ctx.grid.periods[u % P]
            if period.is_break:
                out.append(ctx.violation(
                    "invalid_start", 1, [s], None, f"period {period.name}",
                    f"{label} runs into the break '{period.name}' on {when_cell(ctx, u)}", cell=u))
            elif ctx.slot_of(u) in ctx.grid.unavailable:
                out.append(ctx.violation(
                    "invalid_start", 1, [s], None, "time grid",
                    f"{label} is taught on {when_cell(ctx, u)}, when the timetable is closed", cell=u))
    return out


def student_clash(ctx: ScoringContext) -> list[Violation]:
    out = []
    for (leaf, t), sessions in sorted(ctx.leaf_at.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if len(sessions) > 1:
            out.append(ctx.violation(
                "student_clash", len(sessions) - 1, sessions, None, leaf_resource(ctx, leaf),
                f"{capitalised(leaf_name(ctx, leaf))} has {sessions_label(ctx, sessions)} "
                f"at the same time on {when_cell(ctx, t)}", cell=t))
    return out


def instructor_clash(ctx: ScoringContext) -> list[Violation]:
    out = []
    for (i, t), sessions in sorted(ctx.instructor_at.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if len(sessions) > 1:
            out.append(ctx.violation(
                "instructor_clash", len(sessions) - 1, sessions, None, instructor_resource(ctx, i),
                f"{instructor_name(ctx, i)} teaches {sessions_label(ctx, sessions)} "
                f"at the same time on {when_cell(ctx, t)}", cell=t))
    return out


def room_clash(ctx: ScoringContext) -> list[Violation]:
    out = []
    for (r, t), sessions in sorted(ctx.room_at.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if len(sessions) > 1:
            out.append(ctx.violation(
                "room_clash", len(sessions) - 1, sessions, None, room_resource(ctx, r),
                f"Room {room_name(ctx, r)} hosts {sessions_label(ctx, sessions)} "
                f"at the same time on {when_cell(ctx, t)}", cell=t))
    return out


def instructor_unavailable(ctx: ScoringContext) -> list[Violation]:
    """The session's own instructor and each of its co-instructors."""
    out = []
    for s in ctx.placed():
        people = ((ctx.instr[s],) if ctx.instr[s] >= 0 else ()) + ctx.session_co[s]
        for i in people:
            person = ctx.problem.instructors[i]
            for t in ctx.session_periods[s]:
                if ctx.slot_of(t) in person.unavailable:
                    out.append(ctx.violation(
                        "instructor_unavailable", 1, [s], None, instructor_resource(ctx, i),
                        f"{instructor_name(ctx, i)} is unavailable on {when_cell(ctx, t)} "
                        f"but teaches {session_label(ctx, s)}", cell=t))
    return out


def group_unavailable(ctx: ScoringContext) -> list[Violation]:
    out = []
    for s in ctx.placed():
        for leaf in ctx.session_leaves[s]:
            group = ctx.leaf_group[leaf]
            for t in ctx.session_periods[s]:
                if ctx.slot_of(t) in group.unavailable:
                    out.append(ctx.violation(
                        "group_unavailable", 1, [s], None, leaf_resource(ctx, leaf),
                        f"{capitalised(leaf_name(ctx, leaf))} is unavailable on {when_cell(ctx, t)} "
                        f"but has {session_label(ctx, s)}", cell=t))
    return out


def course_unavailable(ctx: ScoringContext) -> list[Violation]:
    out = []
    for s in ctx.placed():
        course = ctx.courses.get(ctx.sessions[s].course_id)
        if course is None:
            continue
        for t in ctx.session_periods[s]:
            if ctx.slot_of(t) in course.unavailable:
                out.append(ctx.violation(
                    "course_unavailable", 1, [s], None, f"course {course.id}",
                    f"{course.id} may not be taught on {when_cell(ctx, t)}, "
                    f"but {session_label(ctx, s)} is placed then", cell=t))
    return out


def room_unavailable(ctx: ScoringContext) -> list[Violation]:
    out = []
    for s in ctx.placed():
        room = ctx.room_of(s)
        if room is None:
            continue
        for t in ctx.session_periods[s]:
            if ctx.slot_of(t) in room.unavailable:
                out.append(ctx.violation(
                    "room_unavailable", 1, [s], None, room_resource(ctx, ctx.room[s]),
                    f"Room {room_name(ctx, ctx.room[s])} is unavailable on {when_cell(ctx, t)} "
                    f"but hosts {session_label(ctx, s)}", cell=t))
    return out


def room_unsuitable(ctx: ScoringContext) -> list[Violation]:
    out = []
    for s in ctx.placed():
        sess, room, t = ctx.sessions[s], ctx.room_of(s), ctx.slot[s]
        label = capitalised(session_label(ctx, s))
        if room is None:
            if sess.needs_room:
                out.append(ctx.violation("room_unsuitable", 1, [s], t, section_resource(ctx, s),
                                         f"{label} on {when_session(ctx, s)} has no room",
                                         week=ctx.session_week(s)))
            continue
        if not sess.needs_room:
            out.append(ctx.violation(
                "room_unsuitable", 1, [s], t, room_resource(ctx, ctx.room[s]),
                f"{label} is taught without a room but is given room {room_name(ctx, ctx.room[s])}",
                week=ctx.session_week(s)))
            continue
        problems = []
        if sess.room_type and room.type != sess.room_type:
            problems.append(f"needs a {sess.room_type} room but {room_name(ctx, ctx.room[s])} "
                            f"is a {room.type or 'untyped'} room")
        missing = sorted(sess.room_features - room.features)
        if missing:
            problems.append(f"needs {', '.join(missing)}, which room "
                            f"{room_name(ctx, ctx.room[s])} lacks")
        if problems:
            out.append(ctx.violation("room_unsuitable", 1, [s], t, room_resource(ctx, ctx.room[s]),
                                     f"{label} {' and '.join(problems)}", week=ctx.session_week(s)))
    return out


def instructor_unqualified(ctx: ScoringContext) -> list[Violation]:
    out = []
    for s in ctx.placed():
        sess, person, t = ctx.sessions[s], ctx.instructor_of(s), ctx.slot[s]
        if person is None and not sess.needs_instructor:
            continue
        if person is None:
            out.append(ctx.violation(
                "instructor_unqualified", 1, [s], t, section_resource(ctx, s),
                f"{capitalised(session_label(ctx, s))} on {when_session(ctx, s)} has no instructor",
                week=ctx.session_week(s)))
        elif not sess.needs_instructor:
            out.append(ctx.violation(
                "instructor_unqualified", 1, [s], t, instructor_resource(ctx, ctx.instr[s]),
                f"{capitalised(session_label(ctx, s))} is taught without an instructor but is given "
                f"{instructor_name(ctx, ctx.instr[s])}", week=ctx.session_week(s)))
        elif person.id not in sess.candidate_instructors:
            out.append(ctx.violation(
                "instructor_unqualified", 1, [s], t, instructor_resource(ctx, ctx.instr[s]),
                f"{instructor_name(ctx, ctx.instr[s])} is not qualified to teach "
                f"{session_label(ctx, s)}", week=ctx.session_week(s)))
    return out


def room_capacity_hard(ctx: ScoringContext) -> list[Violation]:
    if not ctx.problem.settings.room_capacity_hard:
        return []
    out = []
    for s in ctx.placed():
        room, size = ctx.room_of(s), ctx.sessions[s].size
        if room is not None and size > room.capacity:
            out.append(ctx.violation(
                "room_capacity_hard", 1, [s], ctx.slot[s], room_resource(ctx, ctx.room[s]),
                f"{capitalised(session_label(ctx, s))} has {plural(size, 'student')} but room "
                f"{room_name(ctx, ctx.room[s])} seats only {room.capacity}"))
    return out


def pin_violated(ctx: ScoringContext) -> list[Violation]:
    out = []
    for s in range(len(ctx.sessions)):
        label = capitalised(session_label(ctx, s))
        pinned_t, t = ctx.pin_slot[s], ctx.slot[s]
        if pinned_t >= 0 and t != pinned_t:
            now = f"placed on {when(ctx, t)}" if t >= 0 else "not placed"
            out.append(ctx.violation(
                "pin_violated", 1, [s], pinned_t, section_resource(ctx, s),
                f"{label} is pinned to {when(ctx, pinned_t)} but is {now}"))
        pinned_r, r = ctx.pin_room[s], ctx.room[s]
        if t >= 0 and pinned_r >= 0 and r != pinned_r:
            now = f"is in room {room_name(ctx, r)}" if r >= 0 else "has no room"
            out.append(ctx.violation(
                "pin_violated", 1, [s], t, room_resource(ctx, pinned_r),
                f"{label} is pinned to room {room_name(ctx, pinned_r)} but {now}"))
    return out


HARD_CONSTRAINTS = {
    "unplaced": unplaced,
    "invalid_start": invalid_start,
    "student_clash": student_clash,
    "instructor_clash": instructor_clash,
    "room_clash": room_clash,
    "instructor_unavailable": instructor_unavailable,
    "group_unavailable": group_unavailable,
    "course_unavailable": course_unavailable,
    "room_unavailable": room_unavailable,
    "room_unsuitable": room_unsuitable,
    "instructor_unqualified": instructor_unqualified,
    "room_capacity_hard": room_capacity_hard,
    "pin_violated": pin_violated,
}
