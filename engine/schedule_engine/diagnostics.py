"""Check a problem before solving: ``validate(problem) -> list[Diagnostic]``.

Errors make a timetable without hard violations impossible (or the data
meaningless) and block solving; warnings point at data that is probably not
what the user meant.  Each diagnostic has a stable ``code``, the entity and
field concerned and a plain-words message.  The checks are necessary
conditions only: passing them does not prove that a feasible timetable exists.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from zoneinfo import available_timezones

import numpy as np

from schedule_engine.capacity_check import capacity_shortfalls
from schedule_engine.capacity import (
    SessionStarts, block_windows, capacity_lengths, cover,
)
from schedule_engine.compiled import CompiledProblem, compile_problem
from schedule_engine.constraint_catalog import SOFT_IDS
from schedule_engine.errors import Diagnostic
from schedule_engine.model import SESSION_TYPES, Problem, session_type_name_ok
from schedule_engine.rules.validate import validate_rules
from schedule_engine.sessions import longest_stretch
from schedule_engine.weeks_check import week_problems

ERROR = "error"
WARNING = "warning"

SHORTFALL_CODES = frozenset({"group_overload", "instructor_overload", "room_shortage",
                             "room_instructor_shortage"})
"""Errors that say some demand cannot fit: the rest of the data can still be solved."""


def only_shortfalls(diagnostics: list[Diagnostic]) -> bool:
    """True when there are errors and every one of them is a shortfall."""
    errors = [d for d in diagnostics if d.severity == ERROR]
    return bool(errors) and all(d.code in SHORTFALL_CODES for d in errors)


def validate(problem: Problem) -> list[Diagnostic]:
    """Every problem found in ``problem``, errors first."""
    out: list[Diagnostic] = []
    _check_grid(problem, out)
    out.extend(week_problems(problem))
    _check_numbers(problem, out)
    _check_ids(problem, out)
    _check_references(problem, out)
    _check_room_words(problem, out)
    _check_settings(problem, out)
    out.extend(validate_rules(problem))
    if not has_errors(out):
        compiled = compile_problem(problem)
        starts = _check_sessions(compiled, out)
        _check_capacity(compiled, starts, out)
    return sorted(out, key=lambda d: d.severity != ERROR)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity == ERROR for d in diagnostics)


def merge(*lists: list[Diagnostic]) -> list[Diagnostic]:
    """Concatenate, dropping repeats of the same (severity, code, entity, field);
    the first (usually the importer's, which knows the file location) is kept."""
    seen: set[tuple[str, str, str, str]] = set()
    out = []
    for diagnostics in lists:
        for d in diagnostics:
            key = (d.severity, d.code, d.entity, d.field)
            if d.code and key in seen:
                continue
            seen.add(key)
            out.append(d)
    return sorted(out, key=lambda d: d.severity != ERROR)


# -- structure -----------------------------------------------------------------
def _check_grid(problem: Problem, out: list[Diagnostic]) -> None:
    grid = problem.time_grid
    if grid.n_days == 0:
        out.append(Diagnostic(ERROR, "The time grid has no days.", "time grid", "days", code="no_days"))
    if grid.n_periods == 0:
        out.append(Diagnostic(ERROR, "The time grid has no periods.", "time grid", "periods", code="no_periods"))
    if grid.n_slots and longest_stretch(grid) == 0:
        out.append(Diagnostic(ERROR, "Every period is a break: there is no teaching time.",
                              "time grid", "periods", code="no_teaching_periods"))
    elif grid.n_slots and len({t for t in grid.unavailable if 0 <= t < grid.n_slots}) == grid.n_slots:
        out.append(Diagnostic(ERROR, "Every slot of the week is closed.", "time grid", "unavailable",
                              code="no_teaching_periods"))
    _slot_range(grid.unavailable, grid.n_slots, "time grid", "unavailable", out)
    bad_midday = [p for p in grid.midday_periods if not 0 <= p < grid.n_periods]
    if bad_midday:
        out.append(Diagnostic(WARNING, f"Midday periods {bad_midday} are outside the day's "
                              f"{grid.n_periods} periods.", "time grid", "midday_periods",
                              code="period_out_of_range"))
    for x in problem.instructors:
        for name in ("unavailable", "preferred", "undesired"):
            _slot_range(getattr(x, name), grid.n_slots, f"instructor {x.id}", name, out)
    for r in problem.rooms:
        _slot_range(r.unavailable, grid.n_slots, f"room {r.id}", "unavailable", out)
    for g in problem.groups:
        _slot_range(g.unavailable, grid.n_slots, f"group {g.id}", "unavailable", out)
    for c in problem.courses:
        _slot_range(c.unavailable, grid.n_slots, f"course {c.id}", "unavailable", out)


def _slot_range(slots, n_slots: int, entity: str, field: str, out: list[Diagnostic]) -> None:
    bad = sorted(t for t in slots if not 0 <= t < n_slots)
    if bad and n_slots:
        out.append(Diagnostic(WARNING, f"{len(bad)} slot(s) lie outside the week's {n_slots} slots "
                              f"(e.g. {bad[0]}) and are ignored.", entity, field, code="slot_out_of_range"))


def _negative(value: int | None, entity: str, field: str, out: list[Diagnostic], minimum: int = 0) -> None:
    if value is not None and value < minimum:
        out.append(Diagnostic(ERROR, f"{field} must be at least {minimum}, not {value}.", entity, field,
                              code="negative_value"))


def _check_numbers(problem: Problem, out: list[Diagnostic]) -> None:
    for r in problem.rooms:
        _negative(r.capacity, f"room {r.id}", "capacity", out)
    for x in problem.instructors:
        _negative(x.max_periods_per_day, f"instructor {x.id}", "max_periods_per_day", out)
    for g in problem.groups:
        _negative(g.size, f"group {g.id}", "size", out)
        _negative(g.max_periods_per_day, f"group {g.id}", "max_periods_per_day", out)
        for s in g.subgroups:
            _negative(s.size, f"subgroup {s.id}", "size", out)
    n_days = problem.time_grid.n_days
    for c in problem.courses:
        entity = f"course {c.id}"
        _negative(c.students, entity, "students", out)
        _negative(c.min_days, entity, "min_days", out)
        if n_days and c.min_days > n_days:
            out.append(Diagnostic(WARNING, f"min_days is {c.min_days} but the week has only {n_days} "
                                  "days: the penalty cannot be avoided.", entity, "min_days",
                                  code="min_days_unreachable"))
        seen: set[str] = set()
        for comp in c.components:
            field = f"components.{comp.session_type}"
            if not session_type_name_ok(comp.session_type):
                out.append(Diagnostic(ERROR, f"'{comp.session_type}' cannot name a session type (it must "
                                      "not be empty nor contain '|' or '+').", entity, field,
                                      code="bad_session_type"))
            elif comp.session_type not in SESSION_TYPES:
                out.append(Diagnostic(WARNING, f"'{comp.session_type}' is not one of "
                                      f"{', '.join(SESSION_TYPES)}: it is scheduled like a lecture "
                                      "(single periods unless blocks are given).", entity, field,
                                      code="unknown_session_type"))
            if comp.session_type in seen:
                out.append(Diagnostic(ERROR, f"The course has two {comp.session_type} components.",
                                      entity, field, code="duplicate_component"))
            seen.add(comp.session_type)
            _negative(comp.periods_per_week, entity, f"{field}.periods_per_week", out)
            if any(b < 1 for b in comp.blocks):
                out.append(Diagnostic(ERROR, "Block lengths must be at least 1 period.", entity,
                                      f"{field}.blocks", code="negative_value"))
            elif comp.blocks and sum(comp.blocks) != comp.periods_per_week:
                out.append(Diagnostic(WARNING, f"The blocks add up to {sum(comp.blocks)} periods but the "
                                      f"component has {comp.periods_per_week} a week; the blocks are used.",
                                      entity, f"{field}.blocks", code="blocks_mismatch"))
            for k, pattern in enumerate(comp.patterns):
                if any(b < 1 for b in pattern) or sum(pattern) != comp.periods_per_week:
                    out.append(Diagnostic(ERROR, f"The block pattern {'+'.join(map(str, pattern))} does not "
                                          f"cut the component's {comp.periods_per_week} weekly periods into "
                                          "blocks of at least 1 period.", entity, f"{field}.patterns[{k}]",
                                          code="pattern_mismatch"))
            if (comp.min_block is not None and comp.max_block is not None
                    and comp.min_block > comp.max_block):
                out.append(Diagnostic(ERROR, f"The shortest block ({comp.min_block}) is longer than the "
                                      f"longest ({comp.max_block}).", entity, f"{field}.min_block",
                                      code="block_range"))


def _check_ids(problem: Problem, out: list[Diagnostic]) -> None:
    def repeats(kind: str, ids: list[str]) -> None:
        seen: set[str] = set()
        for item in ids:
            if item in seen:
                out.append(Diagnostic(ERROR, f"The id '{item}' is used by more than one {kind}.",
                                      f"{kind} {item}", "id", code="duplicate_id"))
            seen.add(item)

    repeats("room", [r.id for r in problem.rooms])
    repeats("instructor", [x.id for x in problem.instructors])
    repeats("course", [c.id for c in problem.courses])
    repeats("group or subgroup", [i for g in problem.groups for i in (g.id, *(s.id for s in g.subgroups))])


def _check_references(problem: Problem, out: list[Diagnostic]) -> None:
    courses = {c.id: c for c in problem.courses}
    instructors = {x.id for x in problem.instructors}
    for g in problem.groups:
        if not g.courses:
            out.append(Diagnostic(WARNING, "The group takes no course.", f"group {g.id}", "courses",
                                  code="group_without_courses"))
        for code in g.courses:
            course = courses.get(code)
            if course is None:
                out.append(Diagnostic(ERROR, f"The group enrols in the unknown course '{code}'.",
                                      f"group {g.id}", "courses", code="unknown_course"))
            elif sum(max(0, comp.periods_per_week) for comp in course.components) == 0:
                out.append(Diagnostic(WARNING, f"The group enrols in {code}, which has no teaching "
                                      "periods: nothing is scheduled for it.", f"group {g.id}", "courses",
                                      code="course_without_hours"))
    for c in problem.courses:
        for comp in c.components:
            for field, names in (("instructors", comp.instructors), ("co_instructors", comp.co_instructors)):
                for x in names:
                    if x not in instructors:
                        out.append(Diagnostic(ERROR, f"The {comp.session_type} names the unknown instructor "
                                              f"'{x}'.", f"course {c.id}", f"components.{comp.session_type}."
                                              f"{field}", code="unknown_instructor"))
    taught_types = set(SESSION_TYPES) | {comp.session_type for c in problem.courses for comp in c.components}
    for x in problem.instructors:
        odd = sorted({t for _cid, t in x.qualifications if t not in taught_types})
        if odd:
            out.append(Diagnostic(WARNING, f"Qualified for the session type(s) {', '.join(repr(t) for t in odd)}, "
                                  "which no course teaches; those qualifications are unused.",
                                  f"instructor {x.id}", "qualifications", code="unknown_session_type"))
        unknown = sorted({cid for cid, _t in x.qualifications if cid not in courses})
        if unknown:
            out.append(Diagnostic(WARNING, f"Qualified for unknown course(s): {', '.join(unknown)}.",
                                  f"instructor {x.id}", "qualifications", code="unknown_qualification_course"))


def _check_room_words(problem: Problem, out: list[Diagnostic]) -> None:
    """A room type or feature a course asks for that no room has: most likely a
    typing slip, named with the words the rooms do use."""
    types = {r.type for r in problem.rooms if r.type}
    features = {f for r in problem.rooms for f in r.features}
    for c in problem.courses:
        for comp in c.components:
            field = f"components.{comp.session_type}"
            if comp.room_type and comp.room_type not in types:
                out.append(Diagnostic(WARNING, f"The {comp.session_type} asks for the room type "
                                      f"'{comp.room_type}', which no room has (room types: "
                                      f"{', '.join(sorted(types)) or 'none'}).", f"course {c.id}",
                                      f"{field}.room_type", code="unknown_room_type"))
            unknown = sorted(set(comp.room_features) - features)
            if unknown:
                out.append(Diagnostic(WARNING, f"The {comp.session_type} asks for the room feature(s) "
                                      f"{', '.join(repr(f) for f in unknown)}, which no room has "
                                      f"(features: {', '.join(sorted(features)) or 'none'}).",
                                      f"course {c.id}", f"{field}.room_features", code="unknown_room_feature"))


def _check_settings(problem: Problem, out: list[Diagnostic]) -> None:
    settings = problem.settings
    for key, weight in settings.weights.items():
        if key not in SOFT_IDS:
            out.append(Diagnostic(WARNING, f"'{key}' is not a soft constraint; its weight is ignored.",
                                  "settings", f"weights.{key}", code="unknown_constraint"))
        elif weight < 0:
            out.append(Diagnostic(ERROR, f"The weight of '{key}' is negative ({weight}).", "settings",
                                  f"weights.{key}", code="negative_value"))
    n = problem.time_grid.n_periods
    last = settings.preferred_last_period
    if not 0 <= settings.preferred_first_period < max(n, 1) or (last is not None and not 0 <= last < max(n, 1)):
        out.append(Diagnostic(WARNING, "The preferred teaching hours lie outside the day's periods.",
                              "settings", "preferred_first_period", code="period_out_of_range"))
    if settings.time_zone and settings.time_zone not in _zone_names():
        out.append(Diagnostic(WARNING, f"settings.time_zone '{settings.time_zone}' is not a known IANA time zone; "
                              "calendar exports use the system's zone instead.",
                              "settings", "time_zone", code="unknown_time_zone"))


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    """The IANA zone names this system knows (read once)."""
    return frozenset(available_timezones())


# -- sessions --------------------------------------------------------------------
def _component_key(c: CompiledProblem, s: int) -> tuple[str, str]:
    sess = c.sessions[s]
    return sess.course_id, sess.session_type


def _by_component(c: CompiledProblem, sessions) -> dict[tuple[str, str], list[int]]:
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for s in sessions:
        groups[_component_key(c, int(s))].append(int(s))
    return groups


def _attendees(c: CompiledProblem, sessions: list[int]) -> str:
    names = sorted({"+".join(c.sessions[s].attendees) or "no group" for s in sessions})
    return ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")


def _check_sessions(c: CompiledProblem, out: list[Diagnostic]) -> SessionStarts:
    """Checks each session on its own; returns the starts open to each."""
    problem = c.problem
    if c.n_sessions == 0:
        empty = np.zeros((0, c.n_days * c.n_periods), bool)
        return SessionStarts(empty, empty, empty, empty)
    no_instr = [s for s in range(c.n_sessions)
                if len(c.candidate_instructors(s)) == 0 and c.sessions[s].needs_instructor]
    for (course, kind), ss in _by_component(c, no_instr).items():
        out.append(Diagnostic(ERROR, f"No instructor is qualified to teach the {kind} of {course} "
                              f"({len(ss)} session(s), for {_attendees(c, ss)}).", f"course {course}",
                              f"components.{kind}", code="no_instructor"))
    suits_any = c.room_suits.any(axis=1) if c.n_rooms else np.zeros(c.n_sessions, bool)
    for (course, kind), ss in _by_component(c, np.flatnonzero(~suits_any & c.needs_room)).items():
        sess = c.sessions[ss[0]]
        need = f"of type '{sess.room_type}'" if sess.room_type else ""
        if sess.room_features:
            need += f"{' ' if need else ''}with all of: {', '.join(sorted(sess.room_features))}"
        out.append(Diagnostic(ERROR, f"No room {need or 'at all'} exists for the {kind} of {course}.",
                              f"course {course}", f"components.{kind}", code="no_room"))
    seats = np.where(c.room_suits, c.room_capacity[None, :], -1).max(axis=1) if c.n_rooms else None
    if seats is not None:
        short = np.flatnonzero(suits_any & (seats < c.size))
        level = ERROR if c.capacity_hard else WARNING
        for (course, kind), ss in _by_component(c, short).items():
            worst = max(ss, key=lambda s: c.size[s] - seats[s])
            out.append(Diagnostic(level, f"The {kind} of {course} has {int(c.size[worst])} attendees but the "
                                  f"largest suitable room seats {int(seats[worst])}.", f"course {course}",
                                  f"components.{kind}", code="room_too_small"))
    stretch = longest_stretch(problem.time_grid)
    too_long = np.flatnonzero((c.length > stretch) & ~_some_pattern_fits(c, stretch)[c.section])
    for (course, kind), ss in _by_component(c, too_long).items():
        out.append(Diagnostic(ERROR, f"A {kind} block of {int(c.length[ss[0]])} periods of {course} is "
                              f"longer than the longest teaching stretch of a day ({stretch} periods).",
                              f"course {course}", f"components.{kind}", code="block_too_long"))
    return _check_starts(c, set(too_long.tolist()), out)


def _some_pattern_fits(c: CompiledProblem, stretch: int) -> np.ndarray:
    """[N] bool: the section has an allowed block pattern whose every block fits
    a day's longest teaching stretch (the solver then cuts it that way)."""
    fits = np.zeros(len(c.section_ids), bool)
    for n in range(len(c.section_ids)):
        rows = c.pattern_len[c.pattern_ptr[n]:c.pattern_ptr[n + 1]]
        fits[n] = bool(len(rows)) and bool((rows.max(axis=1) <= stretch).any())
    return fits


def _check_starts(c: CompiledProblem, skip: set[int], out: list[Diagnostic]) -> SessionStarts:
    D, P = c.n_days, c.n_periods
    own = np.zeros((c.n_sessions, D * P), bool)
    taught = np.zeros_like(own)
    housed = np.zeros_like(own)
    possible = np.zeros_like(own)
    instr_free = ~c.instr_unavail & ~c.slot_closed[None, :]
    room_free = ~c.room_unavail & ~c.slot_closed[None, :]
    cache: dict[tuple[str, int], np.ndarray] = {}

    def windows(kind: str, free: np.ndarray, length: int) -> np.ndarray:
        if (kind, length) not in cache:
            cache[kind, length] = block_windows(free, length, D, P)
        return cache[kind, length]

    failing: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    length, demand = capacity_lengths(c)

    def masks(s: int, L: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, str]:
        own_s = np.zeros(D * P, bool)
        taught_s, housed_s = np.zeros_like(own_s), np.zeros_like(own_s)
        allowed = c.start_ok_by_len[L].copy() if L < c.start_ok_by_len.shape[0] else own_s.copy()
        reason = "its block never fits inside a day without crossing a break or a closed slot"
        if allowed.any():
            leaves = c.leaves(s)
            free = ~c.session_unavail[s] & ~c.leaf_unavail[leaves].any(axis=0)
            allowed &= block_windows(free[None, :], L, D, P)[0]
            own_s = allowed.copy()
            reason = f"its attendees and its course are never free for {L} consecutive period(s)"
        cands = c.candidate_instructors(s)
        if len(cands):
            taught_s = own_s & windows("instructor", instr_free, L)[cands].any(axis=0)
        rooms = np.flatnonzero(c.room_ok[s]) if c.room_ok[s].any() else np.flatnonzero(c.room_suits[s])
        if len(rooms):
            housed_s = own_s & windows("room", room_free, L)[rooms].any(axis=0)
        if allowed.any() and len(cands):
            allowed &= taught_s
            reason = (f"no qualified instructor is free for {L} consecutive period(s) while the "
                      "attendees are")
        if allowed.any() and len(rooms):
            allowed &= housed_s
            reason = f"no suitable room is free for {L} consecutive period(s) when the rest is"
        return own_s, taught_s, housed_s, allowed, reason

    for s in range(c.n_sessions):
        if s in skip or length[s] == 0:
            continue
        if c.n_patterns(int(c.section[s])) > 1:  # the whole section, over its patterns' lengths
            for L in sorted({b for p in c.sessions[s].patterns for b in p}):
                found = masks(s, L)
                for mask, got in zip((own, taught, housed, possible), found[:4]):
                    mask[s] |= cover(got, L)
                reason = found[4]
        else:
            own[s], taught[s], housed[s], possible[s], reason = masks(s, int(c.length[s]))
        if not possible[s].any():
            course, kind = _component_key(c, s)
            failing[course, kind, reason].append(s)
    for (course, kind, reason), ss in failing.items():
        out.append(Diagnostic(ERROR, f"{len(ss)} {kind} session(s) of {course} (for {_attendees(c, ss)}) "
                              f"have no possible start time: {reason}.", f"course {course}",
                              f"components.{kind}", code="no_allowed_start"))
    return SessionStarts(own, taught, housed, possible, length, demand)


# -- capacity ----------------------------------------------------------------------
def session_starts(c: CompiledProblem) -> SessionStarts:
    """The starts open to each session on its own (see ``SessionStarts``)."""
    too_long = np.flatnonzero(c.length > longest_stretch(c.problem.time_grid))
    return _check_starts(c, set(too_long.tolist()), [])


def _what(c: CompiledProblem, sessions) -> str:
    parts = sorted(f"{course} {kind}" for course, kind in _by_component(c, sessions))
    return ", ".join(parts[:4]) + (f" and {len(parts) - 4} more" if len(parts) > 4 else "")


def _names(kind: str, ids: list[str]) -> str:
    if len(ids) == 1:
        return f"{kind} {ids[0]}"
    shown = ", ".join(ids[:8]) + (f" and {len(ids) - 8} more" if len(ids) > 8 else "")
    return f"{kind}s {shown}"


def _check_capacity(c: CompiledProblem, starts: SessionStarts, out: list[Diagnostic]) -> None:
    per = "a week" if c.n_weeks == 1 else "a fortnight"  # (a two-week cycle is counted whole)
    for kind, short in capacity_shortfalls(c, starts):
        what = _what(c, short.sessions)
        session_ids = tuple(c.sessions[s].id for s in short.sessions)
        if kind == "instructor":
            ids = [c.instructor_ids[i] for i in short.resources]
            whose = "their" if len(ids) > 1 else "this instructor's"
            out.append(Diagnostic(ERROR, f"Sessions only {', '.join(ids)} can teach ({what}) need "
                                  f"{short.demand} periods {per}, but at most {short.fits} fit into {whose} "
                                  "free periods at the times these sessions can be taught.",
                                  _names("instructor", ids), "unavailable", code="instructor_overload",
                                  sessions=session_ids))
        elif kind == "room":
            ids = [c.room_ids[r] for r in short.resources]
            open_ = "these rooms are" if len(ids) > 1 else "this room is"
            out.append(Diagnostic(ERROR, f"Sessions that can only use {_names('room', ids)} ({what}) need "
                                  f"{short.demand} periods {per}, but at most {short.fits} fit into the times "
                                  f"{open_} open and the sessions can be taught.",
                                  _names("room", ids), "unavailable", code="room_shortage",
                                  sessions=session_ids))
        elif kind == "joint":
            from schedule_engine.capacity_joint import joint_text

            rooms = [c.room_ids[r] for r in short.rooms]
            out.append(Diagnostic(ERROR, joint_text(c, short, what), _names("room", rooms), "unavailable", code="room_instructor_shortage", sessions=session_ids))
        else:
            li = short.resources[0]
            group = c.problem.groups[c.leaf_group[li]]
            leaf = c.leaf_ids[li]
            entity = f"group {leaf}" if leaf == group.id else f"subgroup {leaf} (of group {group.id})"
            out.append(Diagnostic(ERROR, f"Needs {short.demand} periods of teaching {per} ({what}) but "
                                  f"at most {short.fits} fit into its free periods at the times these sessions "
                                  "can be taught.", entity, "courses", code="group_overload",
                                  sessions=session_ids))
