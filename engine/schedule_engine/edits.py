"""Edits of the institution data as pure functions over the immutable :class:`Problem`.

Every function returns a new problem and leaves its argument untouched, so a
caller (the desktop editors, a script) can keep the old one for undo.  Renaming
an entity updates every reference to it; deleting one removes the references
and says, in plain words, what else changed.  Invalid edits raise
:class:`~schedule_engine.errors.InvalidInputError` and change nothing.

Kinds are ``"room"``, ``"instructor"``, ``"group"`` and ``"course"``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable, Mapping

from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.model import (
    Course,
    Group,
    Instructor,
    Problem,
    Room,
    Settings,
    Subgroup,
    TimeGrid,
    session_type_name_ok,
)

KINDS: tuple[str, ...] = ("room", "instructor", "group", "course")
_FIELDS = {"room": "rooms", "instructor": "instructors", "group": "groups", "course": "courses"}
_LABELS = {"room": "Room", "instructor": "Instructor", "group": "Group", "course": "Course"}
_FORBIDDEN_ID_CHARS = "|+"


def _field(kind: str) -> str:
    try:
        return _FIELDS[kind]
    except KeyError:
        raise ValueError(f"unknown kind of entity: {kind!r}") from None


def label(kind: str) -> str:
    """``"Room"``, ``"Instructor"``...: the word for a kind in messages."""
    return _LABELS.get(kind, kind.capitalize())


def entities(problem: Problem, kind: str) -> tuple[Any, ...]:
    return getattr(problem, _field(kind))


def entity_ids(problem: Problem, kind: str) -> list[str]:
    return [e.id for e in entities(problem, kind)]


def find_entity(problem: Problem, kind: str, entity_id: str) -> Any | None:
    return next((e for e in entities(problem, kind) if e.id == entity_id), None)


def _with_entities(problem: Problem, kind: str, items: Iterable[Any]) -> Problem:
    return replace(problem, **{_field(kind): tuple(items)})


def _error(kind: str, entity_id: str, field: str, message: str) -> Diagnostic:
    return Diagnostic("error", message, entity=f"{kind} {entity_id}", field=field, code="invalid_edit")


# -- validation --------------------------------------------------------------

def check_entity(problem: Problem, kind: str, obj: Any, old: Any | None = None) -> list[Diagnostic]:
    """What is wrong with ``obj`` as the new version of ``old`` (None: a new entity).

    References are only checked where the edit introduces them, so data that
    arrived with an unknown reference can still be edited elsewhere.
    """
    found: list[Diagnostic] = []
    ident = str(obj.id)

    def err(field: str, message: str) -> None:
        found.append(_error(kind, ident, field, message))

    if not ident.strip():
        err("id", f"{label(kind)} id must not be empty.")
    elif ident != ident.strip():
        err("id", f"{label(kind)} id {ident!r} must not start or end with spaces.")
    elif any(ch in ident for ch in _FORBIDDEN_ID_CHARS):
        err("id", f"{label(kind)} id {ident!r} must not contain '|' or '+'.")
    old_id = old.id if old is not None else None
    if ident != old_id and ident in entity_ids(problem, kind):
        err("id", f"{label(kind)} id {ident!r} is already used by another {kind}.")
    checker = {"room": _check_room, "instructor": _check_instructor,
               "group": _check_group, "course": _check_course}[kind]
    checker(problem, obj, old, err)
    return found


def _check_room(problem: Problem, room: Room, old: Room | None, err) -> None:
    if int(room.capacity) < 1:
        err("capacity", f"Capacity must be a positive number of seats, not {room.capacity}.")


def _check_limit(value: int | None, err) -> None:
    if value is not None and int(value) < 1:
        err("max_periods_per_day", f"The daily maximum must be at least 1 (or empty for none), not {value}.")


def _check_instructor(problem: Problem, inst: Instructor, old: Instructor | None, err) -> None:
    _check_limit(inst.max_periods_per_day, err)
    known = set(entity_ids(problem, "course"))
    before = old.qualifications if old is not None else frozenset()
    for course_id, session_type in sorted(inst.qualifications - before):
        if course_id not in known:
            err("qualifications", f"Unknown course {course_id!r} in the qualifications.")
        if not session_type_name_ok(session_type):
            err("qualifications", f"{session_type!r} cannot name a session type (not empty, no '|' or '+').")


def _check_group(problem: Problem, group: Group, old: Group | None, err) -> None:
    if int(group.size) < 1:
        err("size", f"Size must be a positive number of students, not {group.size}.")
    _check_limit(group.max_periods_per_day, err)
    known = set(entity_ids(problem, "course"))
    before = set(old.courses) if old is not None else set()
    for course_id in group.courses:
        if course_id not in known and course_id not in before:
            err("courses", f"Unknown course {course_id!r}.")
    if len(set(group.courses)) != len(group.courses):
        err("courses", "A course is listed twice.")
    other_ids = {g.id for g in problem.groups if g.id != (old.id if old is not None else None)}
    other_ids |= {s.id for g in problem.groups if g.id != (old.id if old is not None else None) for s in g.subgroups}
    seen: set[str] = set()
    for sub in group.subgroups:
        if not str(sub.id).strip():
            err("subgroups", "A subgroup id must not be empty.")
        elif any(ch in sub.id for ch in _FORBIDDEN_ID_CHARS):
            err("subgroups", f"Subgroup id {sub.id!r} must not contain '|' or '+'.")
        if sub.id in seen or sub.id == group.id or sub.id in other_ids:
            err("subgroups", f"Subgroup id {sub.id!r} is already used.")
        seen.add(sub.id)
        if int(sub.size) < 1:
            err("subgroups", f"Subgroup {sub.id} must have a positive size, not {sub.size}.")


def _check_course(problem: Problem, course: Course, old: Course | None, err) -> None:
    n_days = problem.time_grid.n_days
    if not 0 <= int(course.min_days) <= n_days:
        err("min_days", f"Minimum days must be between 0 and {n_days}, not {course.min_days}.")
    if course.students is not None and int(course.students) < 1:
        err("students", f"The head count must be positive, not {course.students}.")
    known = set(entity_ids(problem, "instructor"))
    before: set[str] = set()
    if old is not None:
        before = {i for comp in old.components for i in comp.instructors + comp.co_instructors}
    types = [c.session_type for c in course.components]
    if len(set(types)) != len(types):
        err("components", "Each session type may appear only once.")
    for comp in course.components:
        kind = comp.session_type
        if not session_type_name_ok(kind):
            err("components", f"{kind!r} cannot name a session type (not empty, no '|' or '+').")
        if int(comp.periods_per_week) < 0:
            err(kind, f"Weekly {kind} periods must not be negative, not {comp.periods_per_week}.")
        if any(b < 1 for b in comp.blocks):
            err(f"{kind}.blocks", f"Block lengths must be positive: {_plus(comp.blocks)}.")
        elif comp.blocks and sum(comp.blocks) != comp.periods_per_week:
            err(f"{kind}.blocks", f"The {kind} blocks {_plus(comp.blocks)} add up to {sum(comp.blocks)}, "
                f"not the {comp.periods_per_week} weekly periods.")
        for pattern in comp.patterns:
            if any(b < 1 for b in pattern) or sum(pattern) != comp.periods_per_week:
                err(f"{kind}.patterns", f"The {kind} pattern {_plus(pattern)} does not cut the "
                    f"{comp.periods_per_week} weekly periods into blocks.")
        for inst in comp.instructors:
            if inst not in known and inst not in before:
                err(f"{kind}.instructors", f"Unknown instructor {inst!r}.")
        for inst in comp.co_instructors:
            if inst not in known and inst not in before:
                err(f"{kind}.co_instructors", f"Unknown co-teacher {inst!r}.")


def _plus(values: Iterable[int]) -> str:
    return "+".join(str(v) for v in values)


def _raise_if(diagnostics: list[Diagnostic]) -> None:
    if diagnostics:
        raise InvalidInputError(diagnostics)


# -- renames -----------------------------------------------------------------

def _rename_references(problem: Problem, kind: str, old_id: str, new_id: str) -> Problem:
    if kind == "course":
        groups = tuple(
            replace(g, courses=tuple(new_id if c == old_id else c for c in g.courses))
            if old_id in g.courses else g
            for g in problem.groups
        )
        instructors = tuple(
            replace(i, qualifications=frozenset((new_id if c == old_id else c, t) for c, t in i.qualifications))
            if any(c == old_id for c, _ in i.qualifications) else i
            for i in problem.instructors
        )
        return replace(problem, groups=groups, instructors=instructors)
    if kind == "instructor":
        courses = tuple(
            replace(c, components=tuple(
                replace(comp, instructors=tuple(new_id if i == old_id else i for i in comp.instructors),
                        co_instructors=tuple(new_id if i == old_id else i for i in comp.co_instructors))
                for comp in c.components
            )) if any(old_id in comp.instructors + comp.co_instructors for comp in c.components) else c
            for c in problem.courses
        )
        return replace(problem, courses=courses)
    return problem


def _renamed_subgroups(group: Group, old_id: str) -> Group:
    """Subgroups named after their group (``BCT1`` -> ``BCT1-A``) follow its new id."""
    if group.id == old_id:
        return group
    subs = tuple(
        Subgroup(group.id + s.id[len(old_id):], s.size) if s.id.startswith(old_id) else s
        for s in group.subgroups
    )
    return replace(group, subgroups=subs)


def replace_entity(problem: Problem, kind: str, old_id: str, new_obj: Any) -> Problem:
    """Put ``new_obj`` in place of entity ``old_id``; a new id is followed everywhere."""
    old = find_entity(problem, kind, old_id)
    if old is None:
        raise InvalidInputError([_error(kind, old_id, "id", f"There is no {kind} {old_id!r}.")])
    if kind == "group" and new_obj.id != old_id and new_obj.subgroups == old.subgroups:
        new_obj = _renamed_subgroups(new_obj, old_id)
    _raise_if(check_entity(problem, kind, new_obj, old))
    items = tuple(new_obj if e.id == old_id else e for e in entities(problem, kind))
    result = _with_entities(problem, kind, items)
    if new_obj.id != old_id:
        result = _rename_references(result, kind, old_id, new_obj.id)
    return result


def add_entities(problem: Problem, kind: str, objs: Iterable[Any]) -> Problem:
    """Append new entities (checked one after the other)."""
    result = problem
    for obj in objs:
        _raise_if(check_entity(result, kind, obj, None))
        result = _with_entities(result, kind, entities(result, kind) + (obj,))
    return result


# -- references and deletion --------------------------------------------------

def references_to(problem: Problem, kind: str, entity_id: str) -> list[str]:
    """Everything in the data that refers to entity ``entity_id``, in plain words."""
    found: list[str] = []
    if kind == "instructor":
        for course in problem.courses:
            for comp in course.components:
                if entity_id in comp.instructors:
                    found.append(f"Course {course.id} lists {entity_id} as a {comp.session_type} instructor")
                if entity_id in comp.co_instructors:
                    found.append(f"Course {course.id} lists {entity_id} as a {comp.session_type} co-teacher")
    elif kind == "course":
        for group in problem.groups:
            if entity_id in group.courses:
                found.append(f"Group {group.id} takes {entity_id}")
        for inst in problem.instructors:
            for course_id, session_type in sorted(inst.qualifications):
                if course_id == entity_id:
                    found.append(f"Instructor {inst.id} is qualified for {entity_id} ({session_type})")
    else:
        _field(kind)
    return found


def delete_entities(problem: Problem, kind: str, ids: Iterable[str]) -> tuple[Problem, list[str]]:
    """Remove entities and every reference to them; the list says what else changed."""
    doomed = list(dict.fromkeys(ids))
    known = set(entity_ids(problem, kind))
    missing = [i for i in doomed if i not in known]
    if missing:
        raise InvalidInputError([_error(kind, i, "id", f"There is no {kind} {i!r}.") for i in missing])
    gone = set(doomed)
    consequences: list[str] = []
    result = _with_entities(problem, kind, (e for e in entities(problem, kind) if e.id not in gone))
    if kind == "instructor":
        courses = []
        for course in result.courses:
            comps = []
            for comp in course.components:
                removed = [i for i in comp.instructors if i in gone]
                if removed:
                    kept = tuple(i for i in comp.instructors if i not in gone)
                    for inst in removed:
                        consequences.append(
                            f"Course {course.id}: instructor {inst} removed from its {comp.session_type} candidates")
                    if not kept:
                        consequences.append(
                            f"Course {course.id}: {comp.session_type} has no fixed instructors left, "
                            "so any qualified instructor may teach it")
                    comp = replace(comp, instructors=kept)
                for inst in (i for i in comp.co_instructors if i in gone):
                    consequences.append(
                        f"Course {course.id}: instructor {inst} no longer co-teaches its {comp.session_type}")
                if any(i in gone for i in comp.co_instructors):
                    comp = replace(comp, co_instructors=tuple(i for i in comp.co_instructors if i not in gone))
                comps.append(comp)
            courses.append(replace(course, components=tuple(comps)))
        result = replace(result, courses=tuple(courses))
    elif kind == "course":
        groups = []
        for group in result.groups:
            dropped = [c for c in group.courses if c in gone]
            for course_id in dropped:
                consequences.append(f"Group {group.id} no longer takes {course_id}")
            groups.append(replace(group, courses=tuple(c for c in group.courses if c not in gone))
                          if dropped else group)
        instructors = []
        for inst in result.instructors:
            lost = sorted(q for q in inst.qualifications if q[0] in gone)
            for course_id, session_type in lost:
                consequences.append(f"Instructor {inst.id} loses qualification {course_id} ({session_type})")
            instructors.append(replace(inst, qualifications=inst.qualifications - set(lost)) if lost else inst)
        result = replace(result, groups=tuple(groups), instructors=tuple(instructors))
    return result, consequences


# -- duplication ----------------------------------------------------------------

def unique_id(existing: Iterable[str], base: str) -> str:
    """``base`` itself if free, else ``base-2``, ``base-3``..."""
    taken = set(existing)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def _all_subgroup_ids(problem: Problem) -> set[str]:
    return {s.id for g in problem.groups for s in g.subgroups} | {g.id for g in problem.groups}


def duplicate_entity(problem: Problem, kind: str, entity_id: str) -> tuple[Problem, str]:
    """A copy of an entity under a new unique id (a group's subgroups get new ids too)."""
    original = find_entity(problem, kind, entity_id)
    if original is None:
        raise InvalidInputError([_error(kind, entity_id, "id", f"There is no {kind} {entity_id!r}.")])
    ids = entity_ids(problem, kind)
    base = entity_id
    stem, dash, number = entity_id.rpartition("-")
    if dash and number.isdigit() and stem in ids:  # a copy of a copy: R1-2 -> R1-3, not R1-2-2
        base = stem
    new_id = unique_id(ids + (list(_all_subgroup_ids(problem)) if kind == "group" else []), base)
    copy = replace(original, id=new_id)
    if kind == "group":
        taken = _all_subgroup_ids(problem) | {new_id}
        subs = []
        for sub in original.subgroups:
            wanted = new_id + sub.id[len(entity_id):] if sub.id.startswith(entity_id) else sub.id
            sub_id = unique_id(taken, wanted)
            taken.add(sub_id)
            subs.append(Subgroup(sub_id, sub.size))
        copy = replace(copy, subgroups=tuple(subs))
    return add_entities(problem, kind, [copy]), new_id


# -- course attendance -----------------------------------------------------------

def set_course_groups(problem: Problem, course_id: str, group_ids: Iterable[str]) -> Problem:
    """Make exactly ``group_ids`` take the course (editing the groups' enrolments)."""
    if problem.course(course_id) is None:
        raise InvalidInputError([_error("course", course_id, "id", f"There is no course {course_id!r}.")])
    wanted = list(dict.fromkeys(group_ids))
    known = {g.id for g in problem.groups}
    unknown = [g for g in wanted if g not in known]
    if unknown:
        raise InvalidInputError([_error("course", course_id, "groups", f"Unknown group {g!r}.") for g in unknown])
    groups = []
    for group in problem.groups:
        takes = course_id in group.courses
        if group.id in wanted and not takes:
            group = replace(group, courses=group.courses + (course_id,))
        elif group.id not in wanted and takes:
            group = replace(group, courses=tuple(c for c in group.courses if c != course_id))
        groups.append(group)
    return replace(problem, groups=tuple(groups))


# -- the time grid ---------------------------------------------------------------

def _remap_slots(slots: Iterable[int], old: TimeGrid, new: TimeGrid,
                 day_map: Mapping[int, int | None], period_map: Mapping[int, int | None]) -> frozenset[int]:
    result = set()
    for slot in slots:
        day, period = divmod(int(slot), old.n_periods) if old.n_periods else (0, 0)
        new_day, new_period = day_map.get(day), period_map.get(period)
        if new_day is None or new_period is None:
            continue
        if 0 <= new_day < new.n_days and 0 <= new_period < new.n_periods:
            result.add(new_day * new.n_periods + new_period)
    return frozenset(result)


def _identity(n_old: int, n_new: int) -> dict[int, int | None]:
    return {i: (i if i < n_new else None) for i in range(n_old)}


def set_time_grid(problem: Problem, grid: TimeGrid,
                  day_map: Mapping[int, int | None] | None = None,
                  period_map: Mapping[int, int | None] | None = None) -> Problem:
    """Install a new time grid and move every slot set with it.

    ``day_map`` and ``period_map`` send old day/period indices to new ones
    (None: removed); by default each keeps its position.  Rooms', instructors',
    groups' and courses' slots keep their (day, period) place; those on removed
    days or periods are dropped.  ``grid`` itself (its closed slots and midday
    periods) is taken as given, in its own coordinates; out-of-range values are
    dropped.  The settings' preferred hours follow the period map.
    """
    old = problem.time_grid
    if not grid.days:
        raise InvalidInputError("The time grid needs at least one day.")
    if not grid.periods:
        raise InvalidInputError("The time grid needs at least one period.")
    for i, period in enumerate(grid.periods):
        if not str(period.name).strip():
            raise InvalidInputError([Diagnostic("error", f"Period {i + 1} needs a name.", field="periods")])
    if len(set(grid.days)) != len(grid.days):
        raise InvalidInputError("Two days have the same name.")
    dmap = dict(day_map) if day_map is not None else _identity(old.n_days, grid.n_days)
    pmap = dict(period_map) if period_map is not None else _identity(old.n_periods, grid.n_periods)
    grid = replace(
        grid,
        unavailable=frozenset(s for s in grid.unavailable if 0 <= s < grid.n_slots),
        midday_periods=tuple(p for p in grid.midday_periods if 0 <= p < grid.n_periods),
    )

    def moved(slots: Iterable[int]) -> frozenset[int]:
        return _remap_slots(slots, old, grid, dmap, pmap)

    rooms = tuple(replace(r, unavailable=moved(r.unavailable)) for r in problem.rooms)
    instructors = tuple(
        replace(i, unavailable=moved(i.unavailable), preferred=moved(i.preferred), undesired=moved(i.undesired))
        for i in problem.instructors
    )
    groups = tuple(replace(g, unavailable=moved(g.unavailable)) for g in problem.groups)
    courses = tuple(replace(c, unavailable=moved(c.unavailable)) for c in problem.courses)
    settings = problem.settings
    first = pmap.get(settings.preferred_first_period) or 0
    last = settings.preferred_last_period
    if last is not None:
        last = pmap.get(last)
    settings = replace(settings, preferred_first_period=first, preferred_last_period=last)
    return replace(problem, time_grid=grid, rooms=rooms, instructors=instructors, groups=groups,
                   courses=courses, settings=settings)


def _shifted(n: int, index: int, inserted: bool) -> dict[int, int | None]:
    if inserted:
        return {i: (i if i < index else i + 1) for i in range(n)}
    return {i: (i if i < index else (None if i == index else i - 1)) for i in range(n)}


def insert_period(problem: Problem, index: int, period) -> Problem:
    """A new period at ``index``; later periods (and their slots) move down one."""
    old = problem.time_grid
    index = max(0, min(index, old.n_periods))
    periods = old.periods[:index] + (period,) + old.periods[index:]
    pmap = _shifted(old.n_periods, index, True)
    return _reshape(problem, old.days, periods, _identity(old.n_days, old.n_days), pmap)


def _kept(n: int, indices: Iterable[int]) -> tuple[list[int], dict[int, int | None]]:
    """The positions of ``range(n)`` left after removing ``indices``, and each
    old position's new one (None when removed)."""
    gone = set(indices)
    kept = [i for i in range(n) if i not in gone]
    moved: dict[int, int | None] = {i: None for i in range(n)}
    moved.update({old_i: new_i for new_i, old_i in enumerate(kept)})
    return kept, moved


def remove_periods(problem: Problem, indices: Iterable[int]) -> Problem:
    old = problem.time_grid
    kept, pmap = _kept(old.n_periods, indices)
    periods = tuple(old.periods[i] for i in kept)
    return _reshape(problem, old.days, periods, _identity(old.n_days, old.n_days), pmap)


def insert_day(problem: Problem, index: int, day: str) -> Problem:
    old = problem.time_grid
    index = max(0, min(index, old.n_days))
    days = old.days[:index] + (day,) + old.days[index:]
    dmap = _shifted(old.n_days, index, True)
    return _reshape(problem, days, old.periods, dmap, _identity(old.n_periods, old.n_periods))


def remove_days(problem: Problem, indices: Iterable[int]) -> Problem:
    old = problem.time_grid
    kept, dmap = _kept(old.n_days, indices)
    days = tuple(old.days[i] for i in kept)
    return _reshape(problem, days, old.periods, dmap, _identity(old.n_periods, old.n_periods))


def _reshape(problem: Problem, days, periods, dmap, pmap) -> Problem:
    old = problem.time_grid
    shape = TimeGrid(days=days, periods=periods)
    grid = replace(
        shape,
        unavailable=_remap_slots(old.unavailable, old, shape, dmap, pmap),
        midday_periods=tuple(sorted(pmap[p] for p in old.midday_periods if pmap.get(p) is not None)),
    )
    return set_time_grid(problem, grid, dmap, pmap)


def lost_slots(before: Problem, after: Problem) -> list[str]:
    """What a reshaped time grid dropped, in plain words (one line per entity)."""
    found: list[str] = []
    lost = len(before.time_grid.unavailable) - len(after.time_grid.unavailable)
    if lost > 0:
        found.append(f"The institution loses {lost} closed slot{'s' if lost != 1 else ''}")
    for kind in KINDS:
        for old, new in zip(entities(before, kind), entities(after, kind)):
            parts = []
            for name in ("unavailable", "preferred", "undesired"):
                n = len(getattr(old, name, ())) - len(getattr(new, name, ()))
                if n > 0:
                    parts.append(f"{n} {name}")
            if parts:
                found.append(f"{label(kind)} {old.id} loses {', '.join(parts)} slot"
                             f"{'s' if sum(int(p.split()[0]) for p in parts) != 1 else ''}")
    return found


# -- settings --------------------------------------------------------------------

def set_settings(problem: Problem, settings: Settings) -> Problem:
    """New constraint settings; weights must be whole numbers of at least 0."""
    bad = [Diagnostic("error", f"The weight of {key} must be 0 or more, not {value}.", field=f"weights.{key}")
           for key, value in settings.weights.items() if int(value) < 0]
    n = problem.time_grid.n_periods
    if not 0 <= settings.preferred_first_period < max(n, 1):
        bad.append(Diagnostic("error", "The first preferred period is outside the day.",
                              field="preferred_first_period"))
    if settings.preferred_last_period is not None and not 0 <= settings.preferred_last_period < n:
        bad.append(Diagnostic("error", "The last preferred period is outside the day.",
                              field="preferred_last_period"))
    _raise_if(bad)
    return replace(problem, settings=settings)
