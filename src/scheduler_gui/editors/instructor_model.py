"""The instructors table."""

from __future__ import annotations

import re
from dataclasses import replace

from schedule_engine.model import SESSION_TYPES, Instructor, Problem
from scheduler_gui.editors import choices
from scheduler_gui.editors.columns import Column, as_list, as_optional_int, as_text, join
from scheduler_gui.editors.entity_model import EntityTableModel
from scheduler_gui.i18n import translate

_LABEL = re.compile(r"^(?P<course>.+?)\s*\((?P<type>[A-Za-z]+)\)$")


def parse_qualifications(problem: Problem, value) -> frozenset[tuple[str, str]]:
    """Labels like ``"ENCT 101 (lecture)"``; a bare course id means every type it teaches."""
    pairs = set()
    for item in as_list(value):
        match = _LABEL.match(item)
        if match:
            session_type = match.group("type").lower()
            if session_type not in SESSION_TYPES:
                raise ValueError(translate("TableEditor", "{item}: the session type must be lecture, tutorial or "
                                                         "practical.").format(item=repr(item)))
            pairs.add((match.group("course").strip(), session_type))
            continue
        course = problem.course(item)
        if course is None:
            raise ValueError(translate("TableEditor", "Unknown course {item}.").format(item=repr(item)))
        types = [comp.session_type for comp in course.components] or ["lecture"]
        pairs.update((item, t) for t in types)
    return frozenset(pairs)


def qualification_labels(inst: Instructor) -> list[str]:
    return [choices.qualification_label(c, t) for c, t in sorted(inst.qualifications)]


class InstructorTableModel(EntityTableModel):
    kind = "instructor"
    id_prefix = "I"
    columns = (
        Column("id", "ID", lambda i: i.id, lambda p, i, v: replace(i, id=as_text(v))),
        Column("name", "Name", lambda i: i.name, lambda p, i, v: replace(i, name=as_text(v))),
        Column("qualifications", "Qualifications", lambda i: join(qualification_labels(i)),
               lambda p, i, v: replace(i, qualifications=parse_qualifications(p, v)),
               edit=qualification_labels, editor="multi", choices=choices.qualifications,
               tooltip="Courses and session types the instructor may teach"),
        Column("max_periods_per_day", "Max/day",
               lambda i: "" if i.max_periods_per_day is None else str(i.max_periods_per_day),
               lambda p, i, v: replace(i, max_periods_per_day=as_optional_int(v, "Max/day")),
               edit=lambda i: i.max_periods_per_day or 0, editor="int", minimum=0, maximum=99, numeric=True,
               tooltip="Most periods a day the instructor should teach (0: no limit)"),
        Column("unavailable", "Availability", choices.availability_summary,
               tooltip="Paint unavailable, preferred and undesired periods in the grid beside the table"),
    )

    def new_entity(self, problem: Problem, entity_id: str) -> Instructor:
        return Instructor(entity_id, translate("TableEditor", "New instructor {id}").format(id=entity_id))
