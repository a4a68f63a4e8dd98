"""The groups table, and the subgroups of the selected group."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Sequence

from schedule_engine import edits
from schedule_engine.model import Group, Problem, Subgroup
from scheduler_gui.editors import choices
from scheduler_gui.editors.child_model import ChildTableModel
from scheduler_gui.editors.columns import (
    Column, as_bool, as_int, as_list, as_optional_int, as_text, join, yes_no,
)
from scheduler_gui.editors.entity_model import EntityTableModel
from scheduler_gui.i18n import translate


def _subgroups_summary(group: Group) -> str:
    return join(f"{s.id} ({s.size})" for s in group.subgroups)


class GroupTableModel(EntityTableModel):
    kind = "group"
    id_prefix = "G"
    columns = (
        Column("id", "ID", lambda g: g.id, lambda p, g, v: replace(g, id=as_text(v))),
        Column("name", "Name", lambda g: g.name, lambda p, g, v: replace(g, name=as_text(v))),
        Column("size", "Size", lambda g: str(g.size), lambda p, g, v: replace(g, size=as_int(v, "Size", minimum=1)),
               edit=lambda g: g.size, editor="int", minimum=1, maximum=100000, numeric=True,
               tooltip="Students in the group"),
        Column("courses", "Courses", lambda g: join(g.courses),
               lambda p, g, v: replace(g, courses=tuple(as_list(v))),
               edit=lambda g: list(g.courses), editor="multi", choices=choices.course_ids,
               tooltip="The courses the group takes"),
        Column("prefers_break", "Midday break", lambda g: yes_no(g.prefers_break),
               lambda p, g, v: replace(g, prefers_break=as_bool(v, "Midday break")),
               edit=lambda g: g.prefers_break, editor="check",
               tooltip="The group wants a free period in the midday window"),
        Column("max_periods_per_day", "Max/day",
               lambda g: "" if g.max_periods_per_day is None else str(g.max_periods_per_day),
               lambda p, g, v: replace(g, max_periods_per_day=as_optional_int(v, "Max/day")),
               edit=lambda g: g.max_periods_per_day or 0, editor="int", minimum=0, maximum=99, numeric=True,
               tooltip="Most periods a day (0: no limit)"),
        Column("subgroups", "Subgroups", _subgroups_summary,
               tooltip="Edit the subgroups in the table below"),
        Column("unavailable", "Availability", choices.availability_summary,
               tooltip="Paint the group's unavailable periods in the grid beside the table"),
    )

    def new_entity(self, problem: Problem, entity_id: str) -> Group:
        return Group(entity_id, translate("TableEditor", "New group {id}").format(id=entity_id), 30)


class SubgroupTableModel(ChildTableModel):
    """The subgroups of the selected group."""

    parent_kind = "group"
    noun = "subgroup"
    columns = (
        Column("id", "Subgroup", lambda s: s.id, lambda p, s, v: Subgroup(as_text(v), s.size)),
        Column("size", "Size", lambda s: str(s.size), lambda p, s, v: Subgroup(s.id, as_int(v, "Size", minimum=1)),
               edit=lambda s: s.size, editor="int", minimum=1, maximum=100000, numeric=True),
    )

    def children(self, parent: Group) -> Sequence[Any]:
        return parent.subgroups

    def with_children(self, parent: Group, items: Sequence[Any]) -> Group:
        return replace(parent, subgroups=tuple(items))

    def new_child(self, problem: Problem, parent: Group) -> Subgroup:
        taken = {s.id for g in problem.groups for s in g.subgroups} | {g.id for g in problem.groups}
        letter = chr(ord("A") + len(parent.subgroups) % 26)
        sub_id = edits.unique_id(taken, f"{parent.id}-{letter}")
        size = max(1, parent.size // max(1, len(parent.subgroups) + 1))
        return Subgroup(sub_id, size)

    def duplicate_rows(self, problem: Problem, rows: list[int]) -> tuple[Problem, list[int]]:
        parent = self.parent_entity(problem)
        if parent is None:
            raise ValueError("Choose a group first.")
        items = list(parent.subgroups)
        taken = {s.id for g in problem.groups for s in g.subgroups} | {g.id for g in problem.groups}
        new_rows = []
        for row in rows:
            sub = items[row]
            copy = Subgroup(edits.unique_id(taken, sub.id), sub.size)
            taken.add(copy.id)
            items.append(copy)
            new_rows.append(len(items) - 1)
        return self._replace_children(problem, items), new_rows
