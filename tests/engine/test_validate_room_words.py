"""A room type or feature that no room has is a warning naming the course row."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring_world import world  # noqa: E402

from schedule_engine.diagnostics import validate  # noqa: E402


def _with_lab_component(problem, **changes):
    courses = []
    for c in problem.courses:
        if c.id == "C2":
            c = replace(c, components=tuple(replace(comp, **changes) for comp in c.components))
        courses.append(c)
    return replace(problem, courses=tuple(courses))


def test_unknown_room_type_and_feature_are_warnings_naming_the_course():
    problem = _with_lab_component(world(), room_type="labb", room_features=frozenset({"computers", "projektor"}))
    found = {d.code: d for d in validate(problem) if d.code in ("unknown_room_type", "unknown_room_feature")}
    room_type, feature = found["unknown_room_type"], found["unknown_room_feature"]
    assert (room_type.severity, room_type.entity, room_type.field) == (
        "warning", "course C2", "components.practical.room_type")
    assert "'labb'" in room_type.message and "room types: lab" in room_type.message
    assert (feature.severity, feature.entity, feature.field) == (
        "warning", "course C2", "components.practical.room_features")
    assert "'projektor'" in feature.message and "computers" not in feature.message.split("(")[0]


def test_known_room_words_give_no_warning():
    codes = {d.code for d in validate(world())}
    assert not codes & {"unknown_room_type", "unknown_room_feature"}
