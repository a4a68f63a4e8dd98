"""Campus four-file import: the real seed data and small hand-made fixtures."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest

from schedule_engine.errors import InvalidInputError
from schedule_engine.io.campus import load_campus_folder, read_campus
from schedule_engine.model import Period, TimeGrid
from schedule_engine.sessions import derive_sessions

SMALL = Path(__file__).parent / "fixtures" / "campus_small"


@pytest.fixture(scope="module")
def campus_dir(datasets_dir) -> Path:
    path = datasets_dir / "seed-campus"
    if not path.is_dir():
        pytest.skip("seed-campus data not found")
    return path


@pytest.fixture(scope="module")
def campus(campus_dir):
    return load_campus_folder(campus_dir)


@pytest.fixture(scope="module")
def raw(campus_dir) -> dict[str, list[dict]]:
    names = {"courses": "Course.json", "groups": "Groups.json", "instructors": "Instructors.json",
             "rooms": "Rooms.json"}
    return {k: json.loads((campus_dir / n).read_text(encoding="utf-8")) for k, n in names.items()}


# -- real data -------------------------------------------------------------------
def test_real_counts_match_the_files(campus, raw):
    problem, _ = campus
    assert len(problem.courses) == len(raw["courses"]) == 444
    assert len(problem.groups) == len(raw["groups"]) == 37
    assert sum(len(g.subgroups) for g in problem.groups) == 74
    assert len(problem.instructors) == len(raw["instructors"]) == 181
    assert len(problem.rooms) == len(raw["rooms"]) == 67


def test_real_session_count_matches_an_independent_count(campus, raw):
    problem, _ = campus
    courses = {c["CourseCode"]: c for c in raw["courses"]}
    longest_day = 8
    expected = 0
    for group in raw["groups"]:
        for code in group["courses"]:
            c = courses[code]
            expected += math.ceil(c["L"]) + math.ceil(c["T"])  # one block per theory period
            practical = math.ceil(c["P"])
            if practical:
                expected += math.ceil(practical / longest_day) * max(1, len(group["subgroups"]))
    # the default cut's blocks (pieces only another allowed pattern uses have length 0)
    sessions = [s for s in derive_sessions(problem) if s.length > 0]
    assert len(sessions) == expected
    theory = [s for s in sessions if s.session_type != "practical"]
    group_ids = {g["group_id"] for g in raw["groups"]}
    assert all(len(s.attendees) == 1 and s.attendees[0] in group_ids for s in theory)


def test_real_inferred_grid(campus):
    problem, warnings = campus
    grid = problem.time_grid
    assert grid.days == ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    assert [p.start for p in grid.periods] == ["10:15", "11:05", "11:55", "12:45", "13:35", "14:25",
                                               "15:15", "16:05"]
    assert grid.periods[-1].end == "16:55"
    assert grid.midday_periods == (2, 3, 4)
    assert any(w.code == "inferred_time_grid" and "6 days" in w.message for w in warnings)


def test_real_I225_is_free_exactly_sunday_and_monday_morning(campus):
    problem, _ = campus
    grid = problem.time_grid
    free = set(range(grid.n_slots)) - problem.instructor("I225").unavailable
    assert free == {grid.slot(0, 0), grid.slot(0, 1), grid.slot(1, 0), grid.slot(1, 1)}


def test_real_placeholder_instructor_is_free_all_day_sunday_to_thursday(campus):
    problem, _ = campus
    grid = problem.time_grid
    free = set(range(grid.n_slots)) - problem.instructor("I500").unavailable
    assert free == {grid.slot(d, p) for d in range(5) for p in range(grid.n_periods)}


def test_real_fractional_hours_are_rounded_up_and_reported_once(campus_dir):
    problem, warnings = load_campus_folder(campus_dir, fractional_hours="round-up")
    rounded = [w for w in warnings if w.code == "hours_rounded_up"]
    assert len(rounded) == 1
    assert "ENME 151 (P 1.5 -> 2)" in rounded[0].message
    assert "50 enrolled" in rounded[0].message
    assert problem.course("ENME 151").component("practical").periods_per_week == 2


def test_real_mapping_of_components_rooms_and_qualifications(campus):
    problem, warnings = campus
    course = problem.course("ENCT 101")
    lecture, practical = course.component("lecture"), course.component("practical")
    assert (lecture.periods_per_week, lecture.room_type, lecture.per_subgroup) == (4, "lecture", False)
    assert (practical.periods_per_week, practical.room_type, practical.per_subgroup) == (3, "practical", True)
    assert {r.type for r in problem.rooms} == {"lecture", "practical"}
    assert problem.instructor("I2").is_qualified("IE701", "practical")
    assert not problem.instructor("I2").is_qualified("IE701", "lecture")
    assert problem.instructor("I225").is_qualified("EX715", "tutorial")
    empty_enrolments = {w.entity for w in warnings if w.code == "course_without_hours"}
    assert "group BME7AB" in empty_enrolments and len(empty_enrolments) == 8


def test_real_every_enrolled_practical_has_a_room_with_all_features(campus):
    problem, _ = campus
    enrolled = {c for g in problem.groups for c in g.courses}
    for course in problem.courses:
        practical = course.component("practical")
        if course.id in enrolled and practical is not None:
            assert any(r.type == "practical" and practical.room_features <= r.features
                       for r in problem.rooms), course.id


# -- small fixture ---------------------------------------------------------------
def test_small_fixture_maps_records_onto_the_model():
    problem, warnings = load_campus_folder(SMALL)
    grid = problem.time_grid
    assert grid.days == ("Sunday", "Monday", "Tuesday", "Wednesday")
    assert [(p.start, p.end) for p in grid.periods] == [("10:15", "11:05"), ("11:05", "11:55"),
                                                        ("11:55", "12:45")]
    group = problem.group("G1AB")
    assert [s.id for s in group.subgroups] == ["G1A", "G1B"] and group.prefers_break
    practical = problem.course("PH102").component("practical")
    assert practical.room_features == {"Physics Lab", "Optics"}
    assert (practical.periods_per_week, practical.fortnightly) == (3, True)  # P 1.5: 3 per fortnight
    assert grid.week_names == ("A", "B")
    assert problem.room("R1").building == "A Block"
    i2_free = set(range(grid.n_slots)) - problem.instructor("I2").unavailable
    assert i2_free == {grid.slot(1, 1), grid.slot(1, 2), grid.slot(2, 0), grid.slot(2, 1), grid.slot(2, 2)}
    assert len(derive_sessions(problem)) == 3 + 2 + 2
    assert {w.code for w in warnings} == {"inferred_time_grid", "hours_fortnightly", "course_without_hours"}


def test_given_time_grid_is_used_and_missing_availability_means_always_free():
    records = {k: json.loads((SMALL / f"{n}.json").read_text()) for k, n in
               (("courses", "Course"), ("groups", "Groups"), ("instructors", "Instructors"), ("rooms", "Rooms"))}
    del records["instructors"][0]["availability"]
    grid = TimeGrid(days=("Mon", "Tue"), periods=(Period("1", "10:15", "11:05"), Period("2", "11:05", "11:55")))
    problem, warnings = read_campus(**records, time_grid=grid, fractional_hours="round-up")
    assert problem.time_grid is grid
    assert problem.instructor("I1").unavailable == frozenset()
    assert problem.instructor("I2").unavailable == {grid.slot(0, 0)}
    assert "inferred_time_grid" not in {w.code for w in warnings}


def _copy_small(tmp_path: Path) -> Path:
    folder = tmp_path / "campus"
    shutil.copytree(SMALL, folder)
    return folder


def test_file_names_are_matched_case_insensitively(tmp_path):
    folder = _copy_small(tmp_path)
    (folder / "Rooms.json").rename(folder / "rooms.JSON")
    problem, _ = load_campus_folder(folder)
    assert len(problem.rooms) == 2


def test_malformed_json_names_file_line_and_column(tmp_path):
    folder = _copy_small(tmp_path)
    (folder / "Rooms.json").write_text('[\n  {"room_id": "R1",\n   "capacity": 48,,\n}]\n')
    with pytest.raises(InvalidInputError) as info:
        load_campus_folder(folder)
    [d] = info.value.diagnostics
    assert d.code == "malformed_json" and d.location.startswith("Rooms.json, line 3, column")


def test_missing_field_names_file_record_entity_and_field(tmp_path):
    folder = _copy_small(tmp_path)
    rooms = json.loads((folder / "Rooms.json").read_text())
    del rooms[1]["capacity"]
    (folder / "Rooms.json").write_text(json.dumps(rooms))
    with pytest.raises(InvalidInputError) as info:
        load_campus_folder(folder)
    errors = [d for d in info.value.diagnostics if d.severity == "error"]
    assert len(errors) == 1
    assert (errors[0].location, errors[0].entity, errors[0].field, errors[0].code) == (
        "Rooms.json, record 2", "room L1", "capacity", "missing_field")
    assert "Rooms.json, record 2, room L1, capacity" in str(info.value)


def test_every_problem_is_reported_at_once(tmp_path):
    folder = _copy_small(tmp_path)
    groups = json.loads((folder / "Groups.json").read_text())
    groups[0]["courses"].append("NO 404")
    groups[0]["student_count"] = "many"
    (folder / "Groups.json").write_text(json.dumps(groups))
    instructors = json.loads((folder / "Instructors.json").read_text())
    instructors[1]["courses"].append({"coursecode": "GONE1", "coursetype": "Lab"})
    instructors[2]["id"] = "I1"
    (folder / "Instructors.json").write_text(json.dumps(instructors))
    with pytest.raises(InvalidInputError) as info:
        load_campus_folder(folder)
    found = {(d.location, d.entity, d.field, d.code) for d in info.value.diagnostics if d.severity == "error"}
    assert found == {
        ("Groups.json, record 1", "group G1AB", "courses[3]", "unknown_course"),
        ("Groups.json, record 1", "group G1AB", "student_count", "wrong_type"),
        ("Instructors.json, record 2", "instructor I2", "courses[1].coursetype", "bad_value"),
        ("Instructors.json, record 3", "instructor I1", "id", "duplicate_id"),
    }


def test_unknown_course_code_of_an_instructor_is_an_error(tmp_path):
    folder = _copy_small(tmp_path)
    instructors = json.loads((folder / "Instructors.json").read_text())
    instructors[0]["courses"].append({"coursecode": "ZZ 1", "coursetype": "Theory"})
    (folder / "Instructors.json").write_text(json.dumps(instructors))
    with pytest.raises(InvalidInputError) as info:
        load_campus_folder(folder)
    [d] = [d for d in info.value.diagnostics if d.severity == "error"]
    assert (d.location, d.entity, d.code) == ("Instructors.json, record 1", "instructor I1", "unknown_course")
    assert "ZZ 1" in d.message


def test_bad_availability_window_is_reported_with_its_path(tmp_path):
    folder = _copy_small(tmp_path)
    instructors = json.loads((folder / "Instructors.json").read_text())
    instructors[0]["availability"]["Funday"] = []
    instructors[0]["availability"]["Sunday"][0]["end"] = "9:00"
    (folder / "Instructors.json").write_text(json.dumps(instructors))
    with pytest.raises(InvalidInputError) as info:
        load_campus_folder(folder)
    errors = [d for d in info.value.diagnostics if d.severity == "error"]
    assert {d.field for d in errors} == {"availability.Funday", "availability.Sunday[0]"}
    assert all(d.location == "Instructors.json, record 1" for d in errors)


def test_missing_file_is_named(tmp_path):
    folder = _copy_small(tmp_path)
    (folder / "Groups.json").unlink()
    with pytest.raises(InvalidInputError, match="Groups.json"):
        load_campus_folder(folder)
