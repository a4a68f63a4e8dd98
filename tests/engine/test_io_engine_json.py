"""The engine JSON document: exact round trips and validation at the boundary."""

from __future__ import annotations

import copy
import importlib.util
import json
from dataclasses import MISSING, fields
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schedule_engine.errors import InvalidInputError
from schedule_engine.io import engine_json
from schedule_engine.io.engine_json import (
    document_from_dict,
    load_document,
    problem_from_dict,
    problem_to_dict,
    room_from_dict,
    room_to_dict,
    save_document,
    solution_from_dict,
    solution_to_dict,
)
from schedule_engine.model import (
    Assignment,
    Course,
    CourseComponent,
    Group,
    Instructor,
    Period,
    Problem,
    Room,
    Settings,
    Solution,
    Subgroup,
    TimeGrid,
)


def load_samples():
    spec = importlib.util.spec_from_file_location("engine_sample_projects",
                                                  Path(__file__).with_name("sample_projects.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


samples = load_samples()


def _default_fields(obj) -> set[str]:
    """``Class.field`` names whose value in ``obj`` equals the field's default."""
    out = set()
    for f in fields(obj):
        if f.default is not MISSING:
            default = f.default
        elif f.default_factory is not MISSING:
            default = f.default_factory()
        else:
            default = None  # required fields: only None would count as unset
        if getattr(obj, f.name) == default:
            out.add(f"{type(obj).__name__}.{f.name}")
    return out


def test_rich_samples_set_every_field():
    """Every field of every dataclass is non-default in at least one sample object."""
    p, s = samples.rich_problem(), samples.rich_solution()
    objects = [p, p.time_grid, *p.time_grid.periods, *p.rooms, *p.instructors, *p.groups,
               *(sg for g in p.groups for sg in g.subgroups), *p.courses,
               *(c for course in p.courses for c in course.components), p.settings, *p.rules, s, *s.assignments]
    by_class: dict[str, list[set[str]]] = {}
    for obj in objects:
        by_class.setdefault(type(obj).__name__, []).append(_default_fields(obj))
    always_default = {name for sets in by_class.values() for name in set.intersection(*sets)}
    assert always_default == set()
    assert set(by_class) == {"Problem", "TimeGrid", "Period", "Room", "Instructor", "Group", "Subgroup",
                             "Course", "CourseComponent", "Settings", "Rule", "Solution", "Assignment"}


def test_problem_round_trip_is_exact():
    p = samples.rich_problem()
    d = problem_to_dict(p)
    assert problem_from_dict(d) == p
    # The dict is plain JSON and survives a text round trip too.
    assert problem_from_dict(json.loads(json.dumps(d))) == p


def test_solution_round_trip_is_exact():
    s = samples.rich_solution()
    assert solution_from_dict(json.loads(json.dumps(solution_to_dict(s)))) == s


def test_document_shape_and_slot_convention():
    d = engine_json.document_to_dict(samples.rich_problem(), None)
    assert d["schema_version"] == 1 and d["kind"] == "schedule-engine" and d["solution"] is None
    grid = d["problem"]["time_grid"]
    assert grid["n_periods"] == 5
    assert grid["unavailable"] == [4, 24]
    room = d["problem"]["rooms"][0]
    assert room["features"] == ["audio", "projector"]  # sets are sorted lists
    assert d["problem"]["instructors"][0]["qualifications"] == [
        {"course": "C1", "session_type": "lecture"}, {"course": "C1", "session_type": "practical"}]


def test_save_and_load_document(tmp_path):
    path = tmp_path / "term.json"
    save_document(path, samples.rich_problem(), samples.rich_solution())
    problem, solution = load_document(path)
    assert problem == samples.rich_problem()
    assert solution == samples.rich_solution()
    assert [p.name for p in tmp_path.iterdir()] == ["term.json"]  # no temp file left


def test_save_document_replaces_existing_file_and_cleans_leftovers(tmp_path):
    path = tmp_path / "term.json"
    path.write_text("old")
    (tmp_path / ".term.json.0123456789ab.tmp").write_text('{"half": ')  # from a save that was killed
    save_document(path, samples.rich_problem())
    assert load_document(path) == (samples.rich_problem(), None)
    assert [p.name for p in tmp_path.iterdir()] == ["term.json"]


def test_entity_helpers_round_trip():
    for room in samples.rich_problem().rooms:
        assert room_from_dict(room_to_dict(room)) == room


def test_optional_fields_take_model_defaults():
    d = {"name": "Tiny", "time_grid": {"days": ["Mon"], "periods": [{"name": "P1", "start": "08:00",
                                                                      "end": "09:00"}]},
         "rooms": [{"id": "R", "name": "R", "capacity": 10}]}
    p = problem_from_dict(d)
    assert p == Problem("Tiny", TimeGrid(("Mon",), (Period("P1", "08:00", "09:00"),)),
                        rooms=(Room("R", "R", 10),))


def _errors(exc: InvalidInputError) -> dict[str, str]:
    return {d.field: d.message for d in exc.diagnostics}


def test_every_problem_is_reported_with_field_paths_and_file():
    d = copy.deepcopy(engine_json.document_to_dict(samples.rich_problem(), samples.rich_solution()))
    d["problem"]["rooms"][1]["capacity"] = "24"
    del d["problem"]["groups"][0]["size"]
    d["problem"]["courses"][0]["components"][1]["session_type"] = "lab|2"
    d["problem"]["instructors"][1]["unavailable"] = [10, 999]
    d["problem"]["rooms"][0]["colour"] = "red"
    d["solution"]["assignments"][2]["pin_time"] = "yes"
    with pytest.raises(InvalidInputError) as info:
        document_from_dict(d, "term.json")
    errors = _errors(info.value)
    assert set(errors) == {
        "problem.rooms[1].capacity", "problem.groups[0].size",
        "problem.courses[0].components[1].session_type", "problem.instructors[1].unavailable[1]",
        "problem.rooms[0].colour", "solution.assignments[2].pin_time",
    }
    assert "integer" in errors["problem.rooms[1].capacity"]
    assert "missing" in errors["problem.groups[0].size"]
    assert "999" in errors["problem.instructors[1].unavailable[1]"]
    assert all(diag.location == "term.json" for diag in info.value.diagnostics)
    by_field = {diag.field: diag for diag in info.value.diagnostics}
    assert by_field["problem.rooms[1].capacity"].entity == "room L2"
    assert "term.json" in str(info.value) and "(and 5 more)" in str(info.value)


def test_wrong_container_types_are_reported():
    with pytest.raises(InvalidInputError) as info:
        problem_from_dict({"name": 3, "time_grid": [], "rooms": {"R": 1}, "settings": {"weights": {"x": 1.5}}})
    errors = _errors(info.value)
    assert set(errors) == {"problem.name", "problem.time_grid", "problem.rooms", "problem.settings.weights.x"}


def test_bool_is_not_an_integer_and_negative_sizes_are_refused():
    room = {"id": "R", "name": "R", "capacity": True}
    with pytest.raises(InvalidInputError, match="capacity"):
        room_from_dict(room)
    with pytest.raises(InvalidInputError, match="at least 0"):
        room_from_dict({"id": "R", "name": "R", "capacity": -1})


def test_solution_slots_are_checked_against_the_grid():
    d = engine_json.document_to_dict(samples.rich_problem(), samples.rich_solution())
    d["solution"]["assignments"][0]["slot"] = 25  # 5 days x 5 periods: slots 0..24
    with pytest.raises(InvalidInputError) as info:
        document_from_dict(d)
    assert list(_errors(info.value)) == ["solution.assignments[0].slot"]
    assert "0 to 24" in _errors(info.value)["solution.assignments[0].slot"]


def test_newer_schema_version_is_refused_clearly(tmp_path):
    path = tmp_path / "future.json"
    d = engine_json.document_to_dict(samples.rich_problem())
    d["schema_version"] = 2
    path.write_text(json.dumps(d))
    with pytest.raises(InvalidInputError) as info:
        load_document(path)
    message = str(info.value)
    assert "future.json" in message and "newer" in message and "schema version 2" in message


def test_missing_keys_and_wrong_kind_at_top_level():
    with pytest.raises(InvalidInputError) as info:
        document_from_dict({"kind": "something-else"}, "x.json")
    assert set(_errors(info.value)) == {"schema_version", "problem", "kind"}


def test_not_json_names_file_and_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"schema_version": 1,\n "kind": }')
    with pytest.raises(InvalidInputError) as info:
        load_document(path)
    assert info.value.diagnostics[0].location == "broken.json, line 2, column 10"


def test_missing_file_is_invalid_input(tmp_path):
    with pytest.raises(InvalidInputError, match="not found"):
        load_document(tmp_path / "nothing.json")


# -- property-based round trip ------------------------------------------------
N_DAYS, N_PERIODS = 3, 4
N_SLOTS = N_DAYS * N_PERIODS
ids = st.text(alphabet="ABCxyz019|-_ é", min_size=1, max_size=6)
texts = st.text(max_size=12)
slot_sets = st.frozensets(st.integers(0, N_SLOTS - 1), max_size=5)
small = st.integers(0, 500)
optional_small = st.none() | st.integers(0, 12)
session_types = st.sampled_from(("lecture", "tutorial", "practical"))

grids = st.builds(
    TimeGrid,
    days=st.just(tuple(f"D{i}" for i in range(N_DAYS))),
    periods=st.tuples(*[st.builds(Period, texts, texts, texts, st.booleans()) for _ in range(N_PERIODS)]),
    unavailable=slot_sets,
    midday_periods=st.lists(st.integers(0, N_PERIODS - 1), max_size=3).map(tuple),
)
rooms = st.builds(Room, ids, texts, small, texts, st.frozensets(texts, max_size=3), texts, slot_sets)
instructors = st.builds(Instructor, ids, texts, st.frozensets(st.tuples(ids, session_types), max_size=4),
                        slot_sets, slot_sets, slot_sets, optional_small)
groups = st.builds(Group, ids, texts, small, st.lists(ids, max_size=3).map(tuple),
                   st.lists(st.builds(Subgroup, ids, small), max_size=2).map(tuple), slot_sets,
                   st.booleans(), optional_small)
components = st.builds(CourseComponent, session_types, st.integers(0, 6),
                       st.lists(st.integers(1, 4), max_size=3).map(tuple), texts,
                       st.frozensets(texts, max_size=2), st.lists(ids, max_size=2).map(tuple), st.booleans())
courses = st.builds(Course, ids, texts, st.lists(components, max_size=3).map(tuple), st.integers(0, 5),
                    st.booleans(), optional_small, texts, slot_sets)
settings_objects = st.builds(Settings, st.dictionaries(ids, small, max_size=3), st.booleans(),
                             st.sampled_from(("general", "itc2007")), st.integers(0, 3), optional_small,
                             st.lists(st.integers(1, 4), max_size=2).map(tuple))
problems = st.builds(Problem, texts, grids, st.lists(rooms, max_size=3).map(tuple),
                     st.lists(instructors, max_size=3).map(tuple), st.lists(groups, max_size=3).map(tuple),
                     st.lists(courses, max_size=3).map(tuple), settings_objects)
assignments = st.builds(Assignment, ids, st.none() | st.integers(0, N_SLOTS - 1), st.none() | ids,
                        st.none() | ids, st.booleans(), st.booleans())
json_values = st.recursive(st.none() | st.booleans() | st.integers() | texts,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
                           max_leaves=6)
solutions = st.builds(Solution, st.lists(assignments, max_size=5).map(tuple),
                      st.dictionaries(texts, json_values, max_size=3))


@settings(max_examples=60, deadline=None)
@given(problem=problems, solution=st.none() | solutions)
def test_generated_documents_round_trip_exactly(problem, solution):
    text = json.dumps(engine_json.document_to_dict(problem, solution))
    assert document_from_dict(json.loads(text)) == (problem, solution)


def test_time_zone_round_trips_and_is_written_only_when_set():
    plain = samples.rich_problem()
    assert plain.settings.time_zone == "Europe/Madrid"
    d = problem_to_dict(plain)
    assert d["settings"]["time_zone"] == "Europe/Madrid"
    assert problem_from_dict(json.loads(json.dumps(d))).settings.time_zone == "Europe/Madrid"
    unset = Problem(plain.name, plain.time_grid, settings=Settings())
    unset_dict = problem_to_dict(unset)
    assert "time_zone" not in unset_dict["settings"]
    assert problem_from_dict(unset_dict).settings.time_zone == ""


def test_a_time_zone_that_is_not_text_is_named():
    d = problem_to_dict(samples.rich_problem())
    d["settings"]["time_zone"] = 5
    with pytest.raises(InvalidInputError) as info:
        problem_from_dict(d)
    assert [(x.field, x.code) for x in info.value.diagnostics] == [("problem.settings.time_zone", "wrong_type")]
