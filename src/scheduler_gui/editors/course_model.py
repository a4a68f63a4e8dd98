"""The courses table, and the components (lecture, tutorial, practical) of the selected course."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Sequence

from schedule_engine import edits, format_patterns, parse_patterns
from schedule_engine.model import SESSION_TYPES, Course, CourseComponent, Problem
from scheduler_gui.editors import choices
from scheduler_gui.i18n import translate
from scheduler_gui.editors.child_model import ChildTableModel
from scheduler_gui.editors.columns import (
    Column, as_blocks, as_bool, as_int, as_list, as_text, join, plus, yes_no,
)
from scheduler_gui.editors.entity_model import EntityTableModel

_SHORT = {"lecture": "L", "tutorial": "T", "practical": "P"}
_BY_SHORT = {v: k for k, v in _SHORT.items()}


def default_room_type(problem: Problem, session_type: str) -> str:
    """The room type named like the session type (any case), if rooms have one."""
    for room_type in choices.room_types(problem):
        if room_type.lower() == session_type:
            return room_type
    return ""


def periods_of(course: Course, session_type: str) -> int:
    comp = course.component(session_type)
    return comp.periods_per_week if comp else 0


def with_periods(problem: Problem, course: Course, session_type: str, value: Any) -> Course:
    """Set a component's weekly periods, creating the component when needed."""
    n = as_int(value, f"{session_type.capitalize()} periods", minimum=0)
    comp = course.component(session_type)
    if comp is None:
        if n == 0:
            return course
        comp = CourseComponent(session_type, n, room_type=default_room_type(problem, session_type),
                               per_subgroup=session_type == "practical")
        order = {t: i for i, t in enumerate(SESSION_TYPES)}
        comps = sorted(course.components + (comp,), key=lambda c: order.get(c.session_type, 9))
        return replace(course, components=tuple(comps))
    blocks = comp.blocks if sum(comp.blocks) == n else ()
    new = replace(comp, periods_per_week=n, blocks=blocks,
                  patterns=tuple(p for p in comp.patterns if sum(p) == n))
    return replace(course, components=tuple(new if c is comp else c for c in course.components))


def blocks_text(course: Course) -> str:
    return ", ".join(f"{_SHORT.get(c.session_type, c.session_type)} {plus(c.blocks)}"
                     for c in course.components if c.blocks)


def with_blocks_text(course: Course, value: Any) -> Course:
    """``"L 2+2, P 3"``: blocks per component; components not named get the default cut."""
    wanted: dict[str, tuple[int, ...]] = {}
    for item in re.split(r"[;,]\s*(?=[A-Za-z])", as_text(value)) if as_text(value) else []:
        match = re.fullmatch(r"([A-Za-z]+)\s*:?\s*(.+)", item.strip())
        if not match:
            raise ValueError(translate("TableEditor", "{item}: write blocks like 'L 2+2, P 3'.").format(item=repr(item)))
        name = match.group(1).lower()
        session_type = _BY_SHORT.get(name.upper(), name)
        if session_type not in SESSION_TYPES:
            raise ValueError(translate("TableEditor", "{item}: start with L, T or P (lecture, tutorial, "
                                                     "practical).").format(item=repr(item)))
        if course.component(session_type) is None:
            raise ValueError(translate("TableEditor", "The course has no {type} to cut into blocks.").format(
                type=session_type))
        wanted[session_type] = as_blocks(match.group(2), "A block length")
    comps = tuple(replace(c, blocks=wanted.get(c.session_type, ())) for c in course.components)
    return replace(course, components=comps)


def _summary(course: Course, value) -> str:
    parts = []
    for comp in course.components:
        text = value(comp)
        if text:
            parts.append(f"{_SHORT.get(comp.session_type, comp.session_type)}: {text}")
    return "; ".join(parts)


def instructors_of(course: Course) -> list[str]:
    return list(dict.fromkeys(i for comp in course.components for i in comp.instructors))


def with_instructors(course: Course, value: Any) -> Course:
    """Instructors added here join every component's candidates; those taken away
    leave every component (so per-component lists stay as they were otherwise)."""
    wanted = as_list(value)
    before = instructors_of(course)
    removed = set(before) - set(wanted)
    added = [i for i in wanted if i not in before]
    comps = tuple(
        replace(c, instructors=tuple(i for i in c.instructors if i not in removed)
                + tuple(i for i in added if i not in c.instructors))
        for c in course.components
    )
    return replace(course, components=comps)


def attending_groups(problem: Problem, course: Course) -> list[str]:
    return [g.id for g in problem.groups if course.id in g.courses]


def _periods_column(session_type: str) -> Column:
    return Column(session_type, session_type.capitalize(), lambda c: str(periods_of(c, session_type)),
                  lambda p, c, v: with_periods(p, c, session_type, v),
                  edit=lambda c: periods_of(c, session_type), editor="int", minimum=0, maximum=99, numeric=True,
                  tooltip=f"{session_type.capitalize()} periods per week")


class CourseTableModel(EntityTableModel):
    kind = "course"
    id_prefix = "C"

    def __init__(self, document, parent=None):
        self.columns = (
            Column("id", "ID", lambda c: c.id, lambda p, c, v: replace(c, id=as_text(v))),
            Column("title", "Title", lambda c: c.title, lambda p, c, v: replace(c, title=as_text(v))),
            _periods_column("lecture"),
            _periods_column("tutorial"),
            _periods_column("practical"),
            Column("blocks", "Blocks", blocks_text, lambda p, c, v: with_blocks_text(c, v),
                   tooltip="Block lengths per component, e.g. 'L 2+2, P 3'; empty: the default cut"),
            Column("room_type", "Room types", lambda c: _summary(c, lambda comp: comp.room_type),
                   tooltip="Edit per component in the table below"),
            Column("room_features", "Features",
                   lambda c: _summary(c, lambda comp: join(sorted(comp.room_features))),
                   tooltip="Edit per component in the table below"),
            Column("instructors", "Instructors", lambda c: join(instructors_of(c)),
                   lambda p, c, v: with_instructors(c, v), edit=instructors_of, editor="multi",
                   choices=choices.instructor_ids,
                   tooltip="Fixed instructors of the components (empty: anyone qualified); "
                           "added ones join every component, removed ones leave every component"),
            Column("joint", "Joint", lambda c: yes_no(c.joint),
                   lambda p, c, v: replace(c, joint=as_bool(v, "Joint")), edit=lambda c: c.joint, editor="check",
                   tooltip="All groups attend together"),
            Column("min_days", "Min days", lambda c: str(c.min_days),
                   lambda p, c, v: replace(c, min_days=as_int(v, "Min days", minimum=0)),
                   edit=lambda c: c.min_days, editor="int", minimum=0, maximum=7, numeric=True,
                   tooltip="Spread each section over at least this many days"),
            Column("groups", "Groups", lambda c: join(attending_groups(self._problem, c)),
                   edit=lambda c: attending_groups(self._document.problem, c), editor="multi",
                   choices=choices.group_ids,
                   apply_problem=lambda p, c, v: edits.set_course_groups(p, c.id, as_list(v)),
                   tooltip="The groups that take this course (edits the groups' course lists)"),
        )
        super().__init__(document, parent)

    def new_entity(self, problem: Problem, entity_id: str) -> Course:
        comp = CourseComponent("lecture", 3, room_type=default_room_type(problem, "lecture"))
        return Course(entity_id, translate("TableEditor", "New course {id}").format(id=entity_id), components=(comp,))


class ComponentTableModel(ChildTableModel):
    """The lecture, tutorial and practical parts of the selected course."""

    parent_kind = "course"
    noun = "component"

    def __init__(self, document, parent=None):
        self.columns = (
            Column("session_type", "Type", lambda c: c.session_type,
                   lambda p, c, v: replace(c, session_type=_session_type(v)),
                   editor="choice", choices=lambda p: list(SESSION_TYPES)),
            Column("periods_per_week", "Periods/week", lambda c: str(c.periods_per_week),
                   lambda p, c, v: _set_periods(c, v), edit=lambda c: c.periods_per_week,
                   editor="int", minimum=0, maximum=99, numeric=True),
            Column("blocks", "Blocks", lambda c: plus(c.blocks),
                   lambda p, c, v: replace(c, blocks=as_blocks(v, "A block length")),
                   tooltip="Session lengths, e.g. 2+1; empty: the default cut"),
            Column("patterns", "Patterns", patterns_text, lambda p, c, v: with_patterns_text(c, v),
                   tooltip="The block patterns the solver may choose: 'any' (every cut between the "
                           "default shortest and longest block), 'any 2-4' (blocks of 2 to 4 periods), "
                           "'3+3; 2+2+2' (a list), or one pattern such as '3+3' (fixed)"),
            Column("room_type", "Room type", lambda c: c.room_type,
                   lambda p, c, v: replace(c, room_type=as_text(v)), editor="choice", choices=choices.room_types,
                   tooltip="Empty: any room"),
            Column("room_features", "Features", lambda c: join(sorted(c.room_features)),
                   lambda p, c, v: replace(c, room_features=frozenset(as_list(v))),
                   edit=lambda c: sorted(c.room_features), editor="multi", choices=choices.features,
                   tooltip="Features the room must have"),
            Column("instructors", "Instructors", lambda c: join(c.instructors),
                   lambda p, c, v: replace(c, instructors=tuple(as_list(v))),
                   edit=lambda c: list(c.instructors), editor="multi", choices=choices.instructor_ids,
                   tooltip="Fixed candidates; empty: every qualified instructor"),
            Column("per_subgroup", "Per subgroup", lambda c: yes_no(c.per_subgroup),
                   lambda p, c, v: replace(c, per_subgroup=as_bool(v, "Per subgroup")),
                   edit=lambda c: c.per_subgroup, editor="check",
                   tooltip="Each subgroup is taught separately"),
            Column("fortnightly", "Fortnightly", lambda c: yes_no(c.fortnightly),
                   lambda p, c, v: replace(c, fortnightly=as_bool(v, "Fortnightly")),
                   edit=lambda c: c.fortnightly, editor="check",
                   tooltip="Taught every other week (needs a two-week cycle in the time grid): "
                           "the periods are those of the fortnight, each block taught in week A or B"),
            Column("needs_room", "Needs a room", lambda c: yes_no(c.needs_room),
                   lambda p, c, v: replace(c, needs_room=as_bool(v, "Needs a room")),
                   edit=lambda c: c.needs_room, editor="check",
                   tooltip="Off: taught without a room (a sports or online lesson); its sessions get no room"),
            Column("needs_instructor", "Needs an instructor", lambda c: yes_no(c.needs_instructor),
                   lambda p, c, v: replace(c, needs_instructor=as_bool(v, "Needs an instructor")),
                   edit=lambda c: c.needs_instructor, editor="check",
                   tooltip="Off: taught without an instructor; its sessions get none"),
            Column("co_instructors", "Co-teachers", lambda c: join(c.co_instructors),
                   lambda p, c, v: replace(c, co_instructors=co_teachers(p, c, v)),
                   edit=lambda c: list(c.co_instructors), editor="multi", choices=choices.instructor_ids,
                   tooltip="Instructors who teach every session together with the chosen one "
                           "(their clashes and availability count); comma separated ids"),
        )
        super().__init__(document, parent)

    def row_id(self, obj: Any) -> str:
        return str(getattr(obj, "session_type", ""))

    def children(self, parent: Course) -> Sequence[Any]:
        return parent.components

    def with_children(self, parent: Course, items: Sequence[Any]) -> Course:
        return replace(parent, components=tuple(items))

    def new_child(self, problem: Problem, parent: Course) -> CourseComponent:
        used = {c.session_type for c in parent.components}
        free = [t for t in SESSION_TYPES if t not in used]
        if not free:
            raise ValueError(translate("TableEditor", "The course already has a lecture, a tutorial and a practical."))
        return CourseComponent(free[0], 1, room_type=default_room_type(problem, free[0]))


def co_teachers(problem: Problem, comp: CourseComponent, value: Any) -> tuple[str, ...]:
    """The Co-teachers cell as instructor ids; an id the problem does not know is
    refused (one already listed may stay, so data with a stale id can be edited)."""
    wanted = as_list(value)
    known = set(choices.instructor_ids(problem)) | set(comp.co_instructors)
    unknown = [i for i in wanted if i not in known]
    if unknown:
        raise ValueError(translate("TableEditor", "Unknown instructor {item}.").format(
            item=", ".join(repr(i) for i in unknown)))
    return tuple(wanted)


def _session_type(value: Any) -> str:
    text = as_text(value).lower()
    text = _BY_SHORT.get(text.upper(), text)
    if text not in SESSION_TYPES:
        raise ValueError(translate("TableEditor", "The type must be lecture, tutorial or practical, not {value}.").format(
            value=repr(value)))
    return text


def _set_periods(comp: CourseComponent, value: Any) -> CourseComponent:
    n = as_int(value, "Periods per week", minimum=0)
    return replace(comp, periods_per_week=n, blocks=comp.blocks if sum(comp.blocks) == n else (),
                   patterns=tuple(p for p in comp.patterns if sum(p) == n))


def patterns_text(comp: CourseComponent) -> str:
    """"fixed 3+3", "3+3; 2+2+2", "any" or "any 2-4"."""
    if comp.blocks:
        return f"fixed {plus(comp.blocks)}"
    if comp.patterns:
        return format_patterns(comp.patterns)
    if comp.min_block is None and comp.max_block is None:
        return "any"
    lo = "" if comp.min_block is None else str(comp.min_block)
    hi = "" if comp.max_block is None else str(comp.max_block)
    return f"any {lo}-{hi}"


def with_patterns_text(comp: CourseComponent, value: Any) -> CourseComponent:
    """Parse the Patterns cell; every pattern must add up to the weekly periods."""
    text = as_text(value).strip().lower()
    cleared = replace(comp, blocks=(), patterns=(), min_block=None, max_block=None)
    if text in ("", "any"):
        return cleared
    match = re.fullmatch(r"any\s+(\d*)\s*-\s*(\d*)", text)
    if match:
        lo = int(match.group(1)) if match.group(1) else None
        hi = int(match.group(2)) if match.group(2) else None
        if (lo is not None and lo < 1) or (hi is not None and hi < 1) or (lo and hi and lo > hi):
            raise ValueError(translate("TableEditor", "{value}: write the block range like 'any 2-4' (shortest 1 "
                                                      "or more, at most the longest).").format(value=repr(value)))
        return replace(cleared, min_block=lo, max_block=hi)
    fixed = text.startswith("fixed")
    patterns = parse_patterns(text[len("fixed"):] if fixed else text)
    if not patterns:
        raise ValueError(translate("TableEditor", "{value}: write patterns like '3+3; 2+2+2', 'fixed 3+3' or "
                                                  "'any'.").format(value=repr(value)))
    n = comp.periods_per_week
    for p in patterns:
        if sum(p) != n:
            raise ValueError(translate("TableEditor", "{pattern} adds up to {sum} periods, but the {type} has "
                                                      "{n} a week.").format(pattern=plus(p), sum=sum(p),
                                                                            type=comp.session_type, n=n))
    if fixed or len(patterns) == 1:
        if len(patterns) > 1:
            raise ValueError(translate("TableEditor", "{value}: a fixed cut is one pattern, e.g. 'fixed 3+3'.").format(
                value=repr(value)))
        return replace(cleared, blocks=patterns[0])
    return replace(cleared, patterns=patterns)
