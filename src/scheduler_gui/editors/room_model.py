"""The rooms table."""

from __future__ import annotations

from dataclasses import replace

from schedule_engine.model import Problem, Room
from scheduler_gui.editors import choices
from scheduler_gui.editors.columns import Column, as_int, as_list, as_text, join
from scheduler_gui.editors.entity_model import EntityTableModel
from scheduler_gui.i18n import translate


class RoomTableModel(EntityTableModel):
    kind = "room"
    id_prefix = "R"
    columns = (
        Column("id", "ID", lambda r: r.id, lambda p, r, v: replace(r, id=as_text(v))),
        Column("name", "Name", lambda r: r.name, lambda p, r, v: replace(r, name=as_text(v))),
        Column("capacity", "Capacity", lambda r: str(r.capacity),
               lambda p, r, v: replace(r, capacity=as_int(v, "Capacity", minimum=1)),
               edit=lambda r: r.capacity, editor="int", minimum=1, maximum=100000, numeric=True,
               tooltip="Seats in the room"),
        Column("type", "Type", lambda r: r.type, lambda p, r, v: replace(r, type=as_text(v)),
               editor="choice", choices=choices.room_types,
               tooltip="Sessions that need a room type only go to rooms of that type"),
        Column("features", "Features", lambda r: join(sorted(r.features, key=str.lower)),
               lambda p, r, v: replace(r, features=frozenset(as_list(v))),
               edit=lambda r: sorted(r.features, key=str.lower), editor="multi", choices=choices.features),
        Column("building", "Building", lambda r: r.building, lambda p, r, v: replace(r, building=as_text(v))),
        Column("unavailable", "Availability", choices.availability_summary,
               tooltip="Paint the room's unavailable periods in the grid beside the table"),
    )

    def new_entity(self, problem: Problem, entity_id: str) -> Room:
        types = choices.room_types(problem)
        return Room(entity_id, translate("TableEditor", "Room {id}").format(id=entity_id), 30, type=types[0] if types else "lecture")
