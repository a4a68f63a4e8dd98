"""Remedy: let a component use another kind of room, one that seats it."""

from __future__ import annotations

from schedule_engine.remedies.base import EntityEdit, Remedy, make_remedy
from schedule_engine.remedies.case import Case
from schedule_engine.remedies.verify import Checker, neighbour_courses

MAX_TRIED = 4
MAX_OFFERED = 2


def _need(room_type: str, features: frozenset[str]) -> str:
    kind = f"a {room_type} room" if room_type else "a room"
    return kind + (f" with {', '.join(sorted(features))}" if features else "")


def room_type_remedies(case: Case, checker: Checker) -> list[Remedy]:
    if case.kind not in ("room", "joint"):
        return []
    problem = case.problem
    c = case.compiled
    short_rooms = set(case.room_ids())
    found = []
    tried = 0
    comps = sorted(case.components().items(), key=lambda kv: -int(c.length[kv[1]].sum()))
    for (course_id, session_type), sessions in comps:
        comp = problem.course(course_id).component(session_type)
        size = int(c.size[sessions].max())
        options: dict[tuple[str, frozenset[str]], list] = {}
        for room in sorted(problem.rooms, key=lambda r: r.capacity):
            if room.id in short_rooms or room.capacity < size:
                continue
            need = (room.type, comp.room_features & room.features)
            if need != (comp.room_type, comp.room_features):
                options.setdefault(need, []).append(room)
        ordered = sorted(options.items(), key=lambda kv: (kv[0][0] != comp.room_type, -len(kv[0][1]),
                                                          len(kv[1]), kv[0][0]))
        for (room_type, features), rooms in ordered[:2]:
            if tried == MAX_TRIED or len(found) == MAX_OFFERED:
                return found
            tried += 1
            edit = EntityEdit("course", course_id, f"components.{session_type}.room_type", "set_component",
                              (session_type, (("room_type", room_type), ("room_features", features))),
                              f"{session_type} in {_need(room_type, features)}")
            examples = ", ".join(f"{r.id} (seats {r.capacity})" for r in rooms[:3])
            text = (f"Teach the {session_type} of {course_id} in {_need(room_type, features)} instead of "
                    f"{_need(comp.room_type, comp.room_features)}: for example {examples}.")
            remedy = make_remedy("room_type", text, (edit,), case.diagnostic, 40)
            if checker.passes(remedy, neighbour_courses(case, rooms=[r.id for r in rooms])):
                found.append(remedy)
                break
    return found
