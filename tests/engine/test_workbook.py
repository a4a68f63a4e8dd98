"""The XLSX workbook: writing then reading gives the same problem; bad cells are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from schedule_engine.errors import InvalidInputError
from schedule_engine.io import workbook
from schedule_engine.model import (
    Course,
    CourseComponent,
    Group,
    Instructor,
    Period,
    Problem,
    Room,
    Settings,
    Subgroup,
    TimeGrid,
)


def small_problem() -> Problem:
    periods = (Period("P1", "08:00", "08:50"), Period("P2", "09:00", "09:50"),
               Period("Lunch", "12:00", "12:50", is_break=True), Period("P3", "13:00", "13:50"))
    grid = TimeGrid(days=("Mon", "Tue"), periods=periods, unavailable={7}, midday_periods=(2,))
    return Problem(
        name="Small school",
        time_grid=grid,
        rooms=(Room("R1", "Room one", 30, "lecture", {"projector", "board"}, "Main", {0, 5}),
               Room("LAB", "Lab", 12, "lab")),
        instructors=(Instructor("T1", "Ada", {("MATH", "lecture"), ("MATH", "practical")},
                                unavailable={1}, preferred={0, 4}, undesired={3},
                                max_periods_per_day=3),),
        groups=(Group("G1", "Group one", 24, ("MATH", "ART"), (Subgroup("G1a", 12), Subgroup("G1b", 12)),
                      unavailable={6}, prefers_break=True, max_periods_per_day=4),
                Group("G2", "Group two", 20, ("MATH",))),
        courses=(Course("MATH", "Mathematics", (
                    CourseComponent("lecture", 2),
                    CourseComponent("practical", 2, blocks=(2,), room_type="lab",
                                    room_features={"board"}, instructors=("T1",), per_subgroup=True)),
                        min_days=2, joint=True, students=44, department="Sciences", unavailable={4}),
                 Course("ART", "Art")),
        settings=Settings(weights={"room_capacity": 3, "early_late": 0}, room_capacity_hard=True,
                          preferred_first_period=1, preferred_last_period=3,
                          preferred_block_lengths=(2, 3)),
    )


def test_workbook_round_trip_equals_the_original(tmp_path: Path) -> None:
    problem = small_problem()
    path = tmp_path / "school.xlsx"
    workbook.write_workbook(path, problem)
    assert workbook.read_workbook(path) == problem


def test_workbook_has_one_sheet_per_table(tmp_path: Path) -> None:
    path = tmp_path / "school.xlsx"
    workbook.write_workbook(path, small_problem())
    assert list(workbook.read_sheets(path)) == [
        "Time grid", "Rooms", "Instructors", "Groups", "Subgroups", "Courses", "Settings"]


@pytest.mark.parametrize("source", ["seed-campus", "itc2007-cbctt/comp01.ctt"])
def test_shared_datasets_round_trip(tmp_path: Path, datasets_dir: Path, source: str) -> None:
    from schedule_engine.io import load_any

    problem = load_any(datasets_dir / source)[0]
    path = tmp_path / "data.xlsx"
    workbook.write_workbook(path, problem)
    assert workbook.read_workbook(path) == problem


def test_bad_cells_are_reported_with_sheet_row_and_column() -> None:
    sheets = workbook.problem_to_sheets(small_problem())
    sheets["Rooms"][1][2] = "thirty"          # Capacity of R1
    sheets["Groups"][2][4] = "Sun P1"          # Unavailable of G2: no such day
    with pytest.raises(InvalidInputError) as caught:
        workbook.sheets_to_problem(sheets, "school.xlsx")
    found = {(d.location, d.field) for d in caught.value.diagnostics}
    assert ("school.xlsx, sheet Rooms, row 2", "Capacity") in found
    assert ("school.xlsx, sheet Groups, row 3", "Unavailable") in found


def test_a_missing_sheet_is_named() -> None:
    sheets = workbook.problem_to_sheets(small_problem())
    del sheets["Courses"]
    with pytest.raises(InvalidInputError, match='"Courses" is missing'):
        workbook.sheets_to_problem(sheets, "school.xlsx")


def test_rows_to_entities_reports_engine_field_errors_by_column() -> None:
    grid = small_problem().time_grid
    rows = [{"id": "R9", "name": "Hall", "capacity": "-5"}]
    with pytest.raises(InvalidInputError) as caught:
        workbook.rows_to_entities("room", rows, grid, "rooms.csv")
    (diagnostic,) = [d for d in caught.value.diagnostics if d.severity == "error"]
    assert diagnostic.field == "Capacity"
    assert diagnostic.location == "rooms.csv, row 2"


def test_course_rows_with_the_same_id_become_one_course_with_components() -> None:
    grid = small_problem().time_grid
    rows = [{"id": "BIO", "title": "Biology", "session_type": "lecture", "periods_per_week": 3},
            {"id": "BIO", "title": "Biology", "session_type": "practical", "periods_per_week": "2",
             "blocks": "2"}]
    (course,) = workbook.rows_to_entities("course", rows, grid, "courses.csv")
    assert [(c.session_type, c.periods_per_week, c.blocks) for c in course.components] == [
        ("lecture", 3, ()), ("practical", 2, (2,))]


def test_the_time_zone_round_trips_through_the_settings_sheet(tmp_path: Path) -> None:
    problem = small_problem()
    zoned = Problem(problem.name, problem.time_grid, problem.rooms, problem.instructors, problem.groups,
                    problem.courses, Settings(weights=problem.settings.weights, time_zone="Asia/Kathmandu"))
    path = tmp_path / "zoned.xlsx"
    workbook.write_workbook(path, zoned)
    assert ["time_zone", "Asia/Kathmandu"] in workbook.problem_to_sheets(zoned)[workbook.SETTINGS_SHEET]
    assert workbook.read_workbook(path) == zoned
    assert not any(row[0] == "time_zone" for row in workbook.problem_to_sheets(problem)[workbook.SETTINGS_SHEET])


def problem_with_session_fields() -> Problem:
    """The small problem with a room-less lecture taught by two, and an instructor-less practical."""
    problem = small_problem()
    more = problem.instructors + (Instructor("T2", "Bob"), Instructor("T3", "Cy"))
    math = problem.courses[0]
    comps = (CourseComponent("lecture", 2, needs_room=False, co_instructors=("T2", "T3")),
             CourseComponent("practical", 2, blocks=(2,), room_type="lab", needs_instructor=False))
    courses = (Course(math.id, math.title, comps, math.min_days, math.joint, math.students,
                      math.department, math.unavailable),) + problem.courses[1:]
    return Problem(problem.name, problem.time_grid, problem.rooms, more, problem.groups, courses,
                   problem.settings)


def test_needs_room_needs_instructor_and_co_teachers_round_trip(tmp_path: Path) -> None:
    problem = problem_with_session_fields()
    path = tmp_path / "fields.xlsx"
    workbook.write_workbook(path, problem)
    back = workbook.read_workbook(path)
    assert back == problem
    lecture, practical = back.course("MATH").components
    assert (lecture.needs_room, lecture.needs_instructor, lecture.co_instructors) == (False, True, ("T2", "T3"))
    assert (practical.needs_room, practical.needs_instructor, practical.co_instructors) == (True, False, ())
    header = workbook.read_sheets(path)["Courses"][0]
    assert {"Needs a room", "Needs an instructor", "Co-teachers"} <= set(header)


def _without_columns(sheet: list[list], titles: set[str]) -> list[list]:
    keep = [i for i, title in enumerate(sheet[0]) if title not in titles]
    return [[row[i] for i in keep if i < len(row)] for row in sheet]


def test_a_workbook_without_the_new_columns_reads_the_defaults() -> None:
    problem = problem_with_session_fields()
    sheets = workbook.problem_to_sheets(problem)
    sheets["Courses"] = _without_columns(sheets["Courses"], {"Needs a room", "Needs an instructor", "Co-teachers"})
    back = workbook.sheets_to_problem(sheets, "old.xlsx")
    assert all(comp.needs_room and comp.needs_instructor and comp.co_instructors == ()
               for course in back.courses for comp in course.components)
    assert back.course("MATH").components[1].blocks == (2,)


def test_empty_needs_a_room_cells_mean_yes() -> None:
    sheets = workbook.problem_to_sheets(problem_with_session_fields())
    header = sheets["Courses"][0]
    for title in ("Needs a room", "Needs an instructor"):
        column = header.index(title)
        for row in sheets["Courses"][1:]:
            row[column] = ""
    back = workbook.sheets_to_problem(sheets, "typed.xlsx")
    lecture, practical = back.course("MATH").components
    assert lecture.needs_room and practical.needs_instructor
    assert lecture.co_instructors == ("T2", "T3")


def test_a_bad_needs_a_room_cell_is_named() -> None:
    sheets = workbook.problem_to_sheets(problem_with_session_fields())
    column = sheets["Courses"][0].index("Needs a room")
    sheets["Courses"][1][column] = "maybe"
    with pytest.raises(InvalidInputError) as caught:
        workbook.sheets_to_problem(sheets, "school.xlsx")
    assert ("school.xlsx, sheet Courses, row 2", "Needs a room") in {
        (d.location, d.field) for d in caught.value.diagnostics}
