"""The soft constraints: on/off, weight and what each one means."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from schedule_engine import edits
from schedule_engine.constraint_catalog import CATALOG, SOFT_IDS, ConstraintInfo, default_weights, effective_weights
from schedule_engine.model import Problem
from scheduler_gui.editors.columns import Column, as_bool, as_int, yes_no
from scheduler_gui.editors.table_model import ProblemTableModel
from scheduler_gui.i18n.engine_words import engine_constraint_description, engine_constraint_name


@dataclass(frozen=True)
class ConstraintRow:
    info: ConstraintInfo
    weight: int

    @property
    def id(self) -> str:
        return self.info.id


def _enabled(problem: Problem, row: ConstraintRow, value: Any) -> ConstraintRow:
    on = as_bool(value, "Enabled")
    if on == (row.weight > 0):
        return row
    if not on:
        return ConstraintRow(row.info, 0)
    weight = default_weights(problem.settings.profile).get(row.id) or row.info.default_weight or 1
    return ConstraintRow(row.info, weight)


class ConstraintSettingsModel(ProblemTableModel):
    kind = "settings"
    noun = "constraint"
    columns = (
        Column("enabled", "On", lambda r: yes_no(r.weight > 0), _enabled, edit=lambda r: r.weight > 0,
               editor="check", tooltip="Switch the constraint on or off"),
        Column("name", "Constraint", lambda r: engine_constraint_name(r.id)),
        Column("weight", "Weight", lambda r: str(r.weight),
               lambda p, r, v: ConstraintRow(r.info, as_int(v, "Weight", minimum=0)),
               edit=lambda r: r.weight, editor="int", minimum=0, maximum=100000, numeric=True,
               tooltip="Penalty per unit of violation; 0 switches it off"),
        Column("description", "What it counts", lambda r: engine_constraint_description(r.id)),
    )

    def rows_of(self, problem: Problem) -> Sequence[Any]:
        weights = effective_weights(problem.settings)
        return tuple(ConstraintRow(CATALOG[cid], weights[cid]) for cid in SOFT_IDS)

    def with_row(self, problem: Problem, row: int, obj: ConstraintRow) -> Problem:
        return edits.set_settings(problem, problem.settings.with_weight(obj.id, obj.weight))
