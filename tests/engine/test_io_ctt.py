"""ITC-2007 .ctt instances and their solutions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from schedule_engine.errors import InvalidInputError
from schedule_engine.io.ctt import load_ctt, parse_ctt, read_ctt_solution, write_ctt_solution
from schedule_engine.model import Assignment, Solution
from schedule_engine.sessions import derive_sessions

TINY = Path(__file__).parent / "fixtures" / "tiny.ctt"


def _readme_table(itc_dir: Path) -> dict[str, dict[str, int]]:
    rows = {}
    for line in (itc_dir / "README.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 9 and re.fullmatch(r"comp\d\d", cells[0]):
            days, slots = (int(x) for x in cells[5].split("x"))
            rows[cells[0]] = {"courses": int(cells[2]), "lectures": int(cells[3]), "rooms": int(cells[4]),
                              "days": days, "slots": slots, "curricula": int(cells[6]),
                              "teachers": int(cells[7]), "unavailable": int(cells[8])}
    return rows


def test_all_21_instances_import_and_match_the_readme(datasets_dir):
    itc_dir = datasets_dir / "itc2007-cbctt"
    table = _readme_table(itc_dir)
    assert len(table) == 21
    for name, row in table.items():
        problem = load_ctt(itc_dir / f"{name}.ctt")
        assert len(problem.courses) == row["courses"], name
        assert len(derive_sessions(problem)) == row["lectures"], name
        assert sum(c.components[0].periods_per_week for c in problem.courses) == row["lectures"], name
        assert len(problem.rooms) == row["rooms"], name
        assert (problem.time_grid.n_days, problem.time_grid.n_periods) == (row["days"], row["slots"]), name
        assert len(problem.groups) == row["curricula"], name
        assert len(problem.instructors) == row["teachers"], name
        assert sum(len(c.unavailable) for c in problem.courses) == row["unavailable"], name
        assert problem.settings.profile == "itc2007"


def test_tiny_instance_maps_onto_the_model():
    problem = load_ctt(TINY)
    grid = problem.time_grid
    assert problem.name == "Tiny"
    assert grid.days == ("Mon", "Tue")
    assert [(p.start, p.end) for p in grid.periods] == [("08:00", "09:00"), ("09:00", "10:00"), ("10:00", "11:00")]
    c1 = problem.course("c1")
    assert (c1.joint, c1.students, c1.min_days) == (True, 30, 2)
    assert c1.components[0].instructors == ("t1",) and c1.components[0].periods_per_week == 2
    assert c1.unavailable == {grid.slot(0, 0)} and problem.course("c3").unavailable == {grid.slot(1, 2)}
    assert problem.instructor("t1").qualifications == {("c1", "lecture"), ("c3", "lecture")}
    assert problem.group("q1").courses == ("c1", "c2") and problem.group("q1").size == 0
    assert [g.id for g in problem.groups] == ["q1"]  # c3 is in no curriculum: taught to no group
    assert {r.id: r.capacity for r in problem.rooms} == {"rA": 30, "rB": 10}
    sessions = derive_sessions(problem)
    assert [s.size for s in sessions] == [30, 30, 10, 5, 5]
    assert [s.attendees for s in sessions if s.course_id == "c3"] == [(), ()]


@pytest.mark.parametrize("old, new, line, field", [
    ("c2 t2 1 1 10", "c2 t2 one 1 10", 11, "lectures"),
    ("q1 2 c1 c2", "q1 2 c1 c9", 19, "course"),
    ("c3 1 2", "c3 1 7", 23, "timeslot"),
    ("Courses: 3", "Courses: 4", 2, "Courses"),
    ("rB 10", "rB", 16, "ROOMS"),
])
def test_errors_name_file_line_and_field(old, new, line, field):
    text = TINY.read_text().replace(old, new)
    with pytest.raises(InvalidInputError) as info:
        parse_ctt(text, "tiny.ctt")
    [d] = info.value.diagnostics
    assert (d.location, d.field) == (f"tiny.ctt, line {line}", field)


def test_missing_end_is_reported():
    with pytest.raises(InvalidInputError, match="END"):
        parse_ctt(TINY.read_text().replace("END.", ""), "tiny.ctt")


def _spread_solution(problem) -> Solution:
    grid, rooms = problem.time_grid, problem.rooms
    return Solution(tuple(
        Assignment(s.id, k % grid.n_slots, rooms[k % len(rooms)].id, s.candidate_instructors[0])
        for k, s in enumerate(derive_sessions(problem))))


def test_solution_round_trip_on_comp01(datasets_dir):
    problem = load_ctt(datasets_dir / "itc2007-cbctt" / "comp01.ctt")
    solution = _spread_solution(problem)
    text = write_ctt_solution(problem, solution)
    assert len(text.splitlines()) == 160
    assert read_ctt_solution(text, problem).assignments == solution.assignments


def test_solution_accepts_room_ids_without_prefix_and_leaves_missing_lectures_unplaced():
    problem = load_ctt(TINY)
    solution = read_ctt_solution("c1 A 0 1\nc1 rB 1 0\nc2 B 1 2\n", problem)
    placed = {a.session_id: (a.slot, a.room, a.instructor) for a in solution.assignments}
    assert placed["c1|lecture|q1|0"] == (1, "rA", "t1")
    assert placed["c1|lecture|q1|1"] == (3, "rB", "t1")
    assert placed["c2|lecture|q1|0"] == (5, "rB", "t2")
    assert placed["c3|lecture||0"] == (None, None, "t1")  # c3: in no curriculum, no attendees
    assert len(solution.assignments) == 5


def test_solution_errors_name_the_line_and_field():
    problem = load_ctt(TINY)
    with pytest.raises(InvalidInputError) as info:
        read_ctt_solution("c1 rA 0 1\nc1 rA 0 2\nc1 rA 1 1\nc2 rZ 0 0\nc3 rA 2 0\n", problem, "tiny.sol")
    found = {(d.location, d.field) for d in info.value.diagnostics}
    assert found == {("tiny.sol, line 3", "course"), ("tiny.sol, line 4", "room"), ("tiny.sol, line 5", "day")}
