"""The plain words of violation reasons: names of sessions, people, rooms,
groups and times as a timetabler would say them."""

from __future__ import annotations

from schedule_engine.scoring.context import ScoringContext
from schedule_engine.scoring.weeks import cell_slot, cell_week, row_words, week_words


def course_label(ctx: ScoringContext, course_id: str) -> str:
    course = ctx.courses.get(course_id)
    if course is None or not course.title or course.title == course_id:
        return course_id
    return f"{course_id} ({course.title})"


def section_label(ctx: ScoringContext, s: int) -> str:
    """'ENCT 101 (Computer Programming) lecture for BCT1AB'."""
    sess = ctx.sessions[s]
    who = f" for {'+'.join(sess.attendees)}" if sess.attendees else ""
    return f"{course_label(ctx, sess.course_id)} {sess.session_type}{who}"


def session_label(ctx: ScoringContext, s: int) -> str:
    """A session is named by its section: course, type and attendees."""
    return section_label(ctx, s)


def sessions_label(ctx: ScoringContext, sessions) -> str:
    names = [session_label(ctx, s) for s in sessions]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def when(ctx: ScoringContext, slot: int) -> str:
    """'Monday 09:25' (a slot of the week)."""
    return ctx.grid.slot_label(slot)


def when_cell(ctx: ScoringContext, cell: int) -> str:
    """'Monday 09:25', with ' in week A' in a two-week cycle."""
    return ctx.grid.slot_label(cell_slot(ctx.grid, cell)) + week_words(ctx.grid, cell_week(ctx.grid, cell))


def when_session(ctx: ScoringContext, s: int) -> str:
    """The start of session s: 'Monday 09:25', with ' in week A' for a fortnightly one."""
    return ctx.grid.slot_label(ctx.slot[s]) + week_words(ctx.grid, ctx.session_week(s))


def day_name(ctx: ScoringContext, day: int) -> str:
    return ctx.grid.days[day]


def row_name(ctx: ScoringContext, row: int) -> str:
    """The day of a row of the cycle: 'Monday', or 'Monday in week B' in a two-week cycle."""
    return row_words(ctx.grid, row)


def clock(ctx: ScoringContext, slot: int) -> str:
    return ctx.grid.periods[slot % ctx.grid.n_periods].start


def instructor_name(ctx: ScoringContext, i: int) -> str:
    person = ctx.problem.instructors[i]
    return person.name or person.id


def instructor_resource(ctx: ScoringContext, i: int) -> str:
    return f"instructor {ctx.problem.instructors[i].id}"


def room_name(ctx: ScoringContext, r: int) -> str:
    room = ctx.problem.rooms[r]
    return room.name or room.id


def room_resource(ctx: ScoringContext, r: int) -> str:
    return f"room {ctx.problem.rooms[r].id}"


def leaf_resource(ctx: ScoringContext, leaf: str) -> str:
    group = ctx.leaf_group[leaf]
    return f"group {leaf}" if group.id == leaf else f"subgroup {leaf}"


def leaf_name(ctx: ScoringContext, leaf: str) -> str:
    """'group BCT1AB', or 'subgroup BCT1A of BCT1AB'."""
    group = ctx.leaf_group[leaf]
    return f"group {leaf}" if group.id == leaf else f"subgroup {leaf} of {group.id}"


def section_resource(ctx: ScoringContext, s: int) -> str:
    return f"section {ctx.sessions[s].section}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
