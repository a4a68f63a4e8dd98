"""Solving data that still has shortfalls (``allow_shortfalls``, ``leave_unplaced``).

Each problem is generated around a planted timetable with no hard violations;
then one instructor, the only one qualified for a course, loses most of their
free time: the demand that cannot fit is that course's lectures.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from schedule_engine import cli
from schedule_engine.api import run_schedule_from_json
from schedule_engine.diagnostics import only_shortfalls, validate
from schedule_engine.io.engine_json import load_document, save_document
from schedule_engine.model import Course, CourseComponent, Group, Instructor, Period, Problem, Room, TimeGrid
from schedule_engine.scoring import evaluate
from schedule_engine.solver import SolveOptions, solve

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")
GRID = TimeGrid(days=DAYS, periods=tuple(Period(str(k + 1), f"{8 + k:02d}:00", f"{9 + k:02d}:00")
                                         for k in range(6)))
SHORT = "CX"
"""The course whose only instructor (IX) is free for 4 periods but teaches 8."""


def planted_problem(seed: int) -> Problem:
    """Four groups, each taking three 4-period lecture courses of its own plus
    the shared course CX (4 periods, for groups G1 and G2 separately); every
    course has its own instructor and there are rooms to spare, so a timetable
    with no hard violation exists -- until IX is made unavailable for all but
    four periods of the week."""
    rng = np.random.default_rng(seed)
    groups, courses, instructors = [], [], []
    for g in range(4):
        own = [f"C{g}{k}" for k in range(3)]
        groups.append(Group(f"G{g + 1}", f"Group {g + 1}", 30,
                            tuple(own + ([SHORT] if g < 2 else []))))
        for cid in own:
            courses.append(Course(cid, f"Course {cid}", (CourseComponent("lecture", 4, room_type="lecture"),)))
            away = frozenset(int(t) for t in rng.choice(GRID.n_slots, size=6, replace=False))
            instructors.append(Instructor(f"I{cid}", f"Teacher {cid}", frozenset({(cid, "lecture")}), away))
    courses.append(Course(SHORT, "Short course", (CourseComponent("lecture", 4, room_type="lecture"),)))
    free = frozenset(int(t) for t in rng.choice(GRID.n_slots, size=4, replace=False))
    instructors.append(Instructor("IX", "Short of time", frozenset({(SHORT, "lecture")}),
                                  frozenset(range(GRID.n_slots)) - free))
    rooms = tuple(Room(f"R{k}", f"Room {k}", 40, "lecture") for k in range(3))
    return Problem("planted", GRID, rooms, tuple(instructors), tuple(groups), tuple(courses))


def named(result) -> set[str]:
    return {s for d in result.diagnostics if d.severity == "error" for s in d.sessions}


def run(problem: Problem, seed: int, **flags):
    """A run of a fixed number of generations: its result is the same on a
    slow machine as on a fast one (a time limit would cut it short where the
    machine is slow)."""
    return solve(problem, SolveOptions(time_limit=None, generations=10, seed=seed, workers=1, **flags))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_planted_problem_has_only_the_planted_shortfall(seed):
    errors = [d for d in validate(planted_problem(seed)) if d.severity == "error"]
    assert [(d.code, d.entity) for d in errors] == [("instructor_overload", "instructor IX")]
    assert only_shortfalls(errors) and len(errors[0].sessions) == 8


def test_shortfalls_refuse_without_the_option():
    result = run(planted_problem(1), 1)
    assert result.status == "invalid_input" and result.hard == 0
    assert all(a.slot is None for a in result.solution.assignments)


def test_any_other_error_still_refuses():
    problem = planted_problem(1)
    # a course no one is qualified to teach: not a shortfall
    orphan = Course("C99", "Orphan", (CourseComponent("lecture", 1, room_type="lecture"),))
    groups = (replace(problem.groups[0], courses=problem.groups[0].courses + ("C99",)),) + problem.groups[1:]
    broken = replace(problem, courses=problem.courses + (orphan,), groups=groups)
    for flags in ({"allow_shortfalls": True}, {"allow_shortfalls": True, "leave_unplaced": True},
                  {"ignore_errors": True}):
        result = run(broken, 1, **flags)
        assert result.status == "invalid_input"
        assert "no_instructor" in {d.code for d in result.diagnostics if d.severity == "error"}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_hard_violation_touches_a_shortfall_session(seed):
    problem = planted_problem(seed)
    result = run(problem, seed, allow_shortfalls=True)
    assert result.status == "infeasible"
    hard = [v for v in evaluate(problem, result.solution).violations if v.level == "hard"]
    # 8 periods of CX for 4 free periods of IX: at least 4 must break something
    assert sum(v.penalty for v in hard) == result.hard >= 4
    assert all(named(result) & set(v.sessions) for v in hard), [v.reason for v in hard]
    assert result.stats["hard_outside_shortfalls"] == 0
    assert all(a.slot is not None for a in result.solution.assignments)


def test_ignore_errors_is_the_older_name_of_allow_shortfalls():
    problem = planted_problem(2)
    old, new = run(problem, 2, ignore_errors=True), run(problem, 2, allow_shortfalls=True)
    assert (old.hard, old.soft) == (new.hard, new.soft)
    assert old.solution.assignments == new.solution.assignments


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_leave_unplaced_keeps_the_placed_timetable_clean(seed):
    problem = planted_problem(seed)
    result = run(problem, seed, allow_shortfalls=True, leave_unplaced=True)
    violations = [v for v in evaluate(problem, result.solution).violations if v.level == "hard"]
    assert [v for v in violations if v.constraint != "unplaced"] == []
    unplaced = [a.session_id for a in result.solution.assignments if a.slot is None]
    # IX is free for exactly 4 periods: 4 of the 8 CX lectures fit, the other 4 stay out
    assert len(unplaced) == 4 and set(unplaced) <= named(result)
    assert result.hard == 4 and result.stats["placed_hard"] == 0
    [report] = result.stats["shortfalls"]
    assert report["entity"] == "instructor IX" and report["sessions"] == 8
    assert sorted(report["unplaced"]) == sorted(unplaced)


def test_a_stopped_run_still_returns_every_session():
    problem = planted_problem(1)
    result = solve(problem, SolveOptions(time_limit=30.0, seed=1, workers=1, allow_shortfalls=True),
                   stop=lambda: True)
    assert result.status == "stopped"
    assert len(result.solution.assignments) == 4 * 3 * 4 + 8


# -- command line and JSON API -----------------------------------------------------
SMALL = Path(__file__).parent / "fixtures" / "campus_small"


def test_cli_solve_refuses_shortfalls_and_names_the_option(tmp_path, capsys):
    source = tmp_path / "planted.json"
    save_document(source, planted_problem(1))
    code = cli.main(["solve", str(source), "-o", str(tmp_path / "out.json"), "--quiet", "--time-limit", "1"])
    err = capsys.readouterr().err
    assert code == 1 and "instructor IX" in err and "--allow-shortfalls" in err
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("leave", [False, True])
def test_cli_solve_with_allow_shortfalls(tmp_path, capsys, leave):
    problem = planted_problem(2)
    source, out = tmp_path / "planted.json", tmp_path / "out.json"
    save_document(source, problem)
    argv = ["solve", str(source), "-o", str(out), "--quiet", "--time-limit", "2", "--seed", "2",
            "--workers", "1", "--allow-shortfalls"] + (["--leave-unplaced"] if leave else [])
    assert cli.main(argv) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["status"] == "infeasible" and summary["hard_outside_shortfalls"] == 0
    _, solution = load_document(out)
    names = {s for d in validate(problem) if d.severity == "error" for s in d.sessions}
    hard = [v for v in evaluate(problem, solution).violations if v.level == "hard"]
    assert hard and all(names & set(v.sessions) for v in hard)
    missing = sorted(a.session_id for a in solution.assignments if a.slot is None)
    assert summary["unplaced"] == {"instructor IX": missing}
    if leave:
        assert len(missing) == 4 and {v.constraint for v in hard} == {"unplaced"}
    else:
        assert missing == [] and "unplaced" not in {v.constraint for v in hard}


def _short_campus() -> list[list[dict]]:
    """The small campus with I1 (the only MA 101 lecturer) free for 2 of its 3 periods."""
    files = [json.loads((SMALL / name).read_text()) for name in
             ("Course.json", "Groups.json", "Instructors.json", "Rooms.json")]
    del files[2][0]["availability"]["Monday"]
    return files


def test_api_refuses_shortfalls_unless_allowed():
    answer = run_schedule_from_json(*_short_campus(), settings={"time_limit": None, "generations": 10, "seed": 1, "workers": 1})
    assert answer["status"] == "invalid_input"
    [error] = [d for d in answer["diagnostics"] if d["severity"] == "error"]
    assert error["code"] == "instructor_overload" and len(error["sessions"]) == 3


def test_api_allow_shortfalls_and_leave_unplaced_are_accepted_and_stored():
    settings = {"time_limit": None, "generations": 10, "seed": 1, "workers": 1, "allow_shortfalls": True,
                "leave_unplaced": True}
    answer = run_schedule_from_json(*_short_campus(), settings=settings)
    assert answer["status"] == "infeasible"
    assert answer["score"]["hard"] == answer["score"]["breakdown"]["unplaced"] == 1
    assert [v["constraint"] for v in answer["violations"] if v["level"] == "hard"] == ["unplaced"]
    [shortfall] = answer["stats"]["shortfalls"]
    assert shortfall["entity"] == "instructor I1" and shortfall["unplaced"] == answer["unplaced"]
    assert len(answer["unplaced"]) == 1 and answer["unplaced"][0].startswith("MA 101|lecture|")
    assert answer["settings"]["allow_shortfalls"] is True and answer["settings"]["leave_unplaced"] is True
    # read with whole weekly hours: on the two-week cycle of the fortnightly reading, the weekly lecture
    # in I1's closed slot would count once per week
    clashing = run_schedule_from_json(*_short_campus(), settings={**settings, "leave_unplaced": False},
                                      fractional_hours="round-up")
    assert clashing["unplaced"] == [] and clashing["score"]["hard"] == 1
    [violation] = [v for v in clashing["violations"] if v["level"] == "hard"]
    assert violation["constraint"] == "instructor_unavailable" and violation["sessions"][0].startswith("MA 101|")


# -- repairs ---------------------------------------------------------------------------
def test_keep_rest_clean_makes_way_by_moving_a_second_session():
    from schedule_engine.compiled import compile_problem
    from schedule_engine.solver.rest_repair import keep_rest_clean, outside, rest_only

    grid = TimeGrid(days=("Mon",), periods=tuple(Period(str(k), f"0{8 + k}:00", f"0{9 + k}:00") for k in range(3)))
    lecture = CourseComponent("lecture", 1, room_type="lecture")
    courses = tuple(Course(c, c, (lecture,)) for c in "ABC")
    # A may be taught at 0 or 1, B only at 1, C at any time
    instructors = (Instructor("IA", "A", frozenset({("A", "lecture")}), frozenset({2})),
                   Instructor("IB", "B", frozenset({("B", "lecture")}), frozenset({0, 2})),
                   Instructor("IC", "C", frozenset({("C", "lecture")})))
    problem = Problem("chain", grid, tuple(Room(f"R{k}", f"R{k}", 40) for k in range(3)), instructors,
                      (Group("G", "G", 30, ("A", "B", "C")),), courses)
    cp = compile_problem(problem)
    asg = np.array([[1, 0, 0], [1, 1, 1], [0, 2, 2]], np.int64)  # A and B clash at 1, C at 0
    none = np.full(cp.n_sessions, -1)
    held = np.zeros(0, np.int64)
    assert outside(rest_only(cp, asg, held, none, none), held) == [0, 1]
    fixed = keep_rest_clean(cp, asg, held, none, none)
    assert fixed[:, 0].tolist() == [0, 1, 2]
    assert outside(rest_only(cp, fixed, held, none, none), held) == []


def test_pinned_sessions_stay_pinned_in_every_phase():
    from schedule_engine.model import Assignment, Solution

    problem = planted_problem(3)
    ix = next(i for i in problem.instructors if i.id == "IX")
    slot = min(set(range(GRID.n_slots)) - ix.unavailable)
    pinned = Solution((Assignment("CX|lecture|G1|0", slot, "R0", "IX", pin_time=True, pin_room=True),
                       Assignment("C20|lecture|G3|1", 0, "R1", "IC20", pin_time=True, pin_room=True)))
    for flags in ({}, {"leave_unplaced": True}):
        result = solve(problem, SolveOptions(time_limit=None, generations=10, seed=3, workers=1,
                                                allow_shortfalls=True, **flags),
                       initial=pinned)
        placed = result.solution.by_session()
        for a in pinned.assignments:
            assert (placed[a.session_id].slot, placed[a.session_id].room) == (a.slot, a.room)
            assert placed[a.session_id].pin_time and placed[a.session_id].pin_room
