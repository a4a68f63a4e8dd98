"""The bundled demo institution: readable, realistic in size, and comfortably solvable."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

from schedule_engine.compiled import CompiledProblem, compile_problem
from schedule_engine.model import Problem

REPO_ROOT = Path(__file__).resolve().parents[2]
DEMO_JSON = REPO_ROOT / "resources" / "demo" / "demo_institution.json"


def _make_demo_module():
    name = "make_demo"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "tools" / "make_demo.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="module")
def compiled(demo_problem: Problem) -> CompiledProblem:
    return compile_problem(demo_problem)


def _teaching_slots(problem: Problem) -> set[int]:
    grid = problem.time_grid
    return {
        grid.slot(d, p)
        for d in range(grid.n_days)
        for p, period in enumerate(grid.periods)
        if not period.is_break and grid.slot(d, p) not in grid.unavailable
    }


def test_demo_document_matches_the_generator():
    engine_json = pytest.importorskip("schedule_engine.io.engine_json")
    assert DEMO_JSON.is_file(), "run tools/make_demo.py to write the demo document"
    problem, solution = engine_json.load_document(DEMO_JSON)
    assert solution is None
    assert problem == _make_demo_module().build_demo_problem()


def test_generator_is_deterministic():
    module = _make_demo_module()
    assert module.build_demo_problem() == module.build_demo_problem()


def test_time_grid_is_a_college_week(demo_problem: Problem):
    grid = demo_problem.time_grid
    assert grid.days == ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    teaching = [p for p in grid.periods if not p.is_break]
    breaks = [i for i, p in enumerate(grid.periods) if p.is_break]
    assert len(teaching) == 8
    assert len(breaks) == 1
    lunch = breaks[0]
    assert set(grid.midday_periods) == {lunch - 1, lunch + 1}
    starts = [p.start for p in grid.periods]
    assert starts == sorted(starts)


def test_counts_are_in_the_intended_ranges(demo_problem: Problem):
    assert 8 <= len(demo_problem.groups) <= 12
    assert 20 <= len(demo_problem.instructors) <= 30
    assert 12 <= len(demo_problem.rooms) <= 20
    assert 35 <= len(demo_problem.courses) <= 48
    for group in demo_problem.groups:
        assert 20 <= group.size <= 60, group.id
        assert len(group.subgroups) == 2, group.id
        assert sum(s.size for s in group.subgroups) == group.size
    lab_features = set().union(*(r.features for r in demo_problem.rooms if r.type == "lab"))
    assert {"Chemistry Lab", "Computer Lab", "Electronics Lab", "Physics Lab"} <= lab_features
    assert len({r.building for r in demo_problem.rooms}) >= 3


def test_demo_uses_the_variety_of_the_model(demo_problem: Problem):
    courses = demo_problem.courses
    assert sum(c.joint for c in courses) >= 2
    assert sum(c.min_days > 0 for c in courses) >= 5
    components = [comp for c in courses for comp in c.components]
    assert any(comp.session_type == "tutorial" for comp in components)
    practicals = [comp for comp in components if comp.session_type == "practical"]
    assert any(comp.per_subgroup for comp in practicals)
    assert {b for comp in practicals for b in comp.blocks} <= {2, 3}
    assert any(comp.instructors for comp in components), "some component has a fixed instructor"
    people = demo_problem.instructors
    assert any(x.unavailable for x in people)
    assert any(x.preferred for x in people)
    assert any(x.undesired for x in people)
    assert any(x.max_periods_per_day for x in people)
    assert demo_problem.settings.preferred_block_lengths == (2, 3)


def test_every_session_has_a_candidate_room_instructor_and_start(compiled: CompiledProblem):
    problem = compiled.problem
    assert compiled.n_sessions > 150
    for s, session in enumerate(compiled.sessions):
        rooms = compiled.candidate_rooms(s)
        assert len(rooms) > 0, f"{session.id}: no suitable room"
        assert max(problem.rooms[r].capacity for r in rooms) >= session.size, f"{session.id}: no room big enough"
        assert len(compiled.candidate_instructors(s)) > 0, f"{session.id}: no instructor"
        assert compiled.start_ok[s].any(), f"{session.id}: no start slot"
    counts = [len(compiled.candidate_instructors(s)) for s in range(compiled.n_sessions)]
    assert 1 in counts and max(counts) >= 2


def test_group_load_is_about_two_thirds_of_the_week(compiled: CompiledProblem):
    problem = compiled.problem
    teaching = _teaching_slots(problem)
    demand: dict[int, int] = defaultdict(int)
    for s, session in enumerate(compiled.sessions):
        for leaf in compiled.leaves(s):
            demand[int(leaf)] += session.length
    assert set(demand) == set(range(compiled.n_leaves)), "every leaf is taught"
    for leaf, load in demand.items():
        group = problem.groups[compiled.leaf_group[leaf]]
        free = len(teaching - group.unavailable)
        assert 0.55 * len(teaching) <= load <= 0.75 * free, (compiled.leaf_ids[leaf], load, free)


def _instructor_capacity(problem: Problem, instructor, teaching: set[int]) -> int:
    grid = problem.time_grid
    free = teaching - instructor.unavailable
    total = 0
    for d in range(grid.n_days):
        day = sum(1 for t in free if t // grid.n_periods == d)
        limit = instructor.max_periods_per_day
        total += min(day, limit) if limit else day
    return total


def test_instructor_demand_fits_well_under_free_periods(compiled: CompiledProblem):
    """Greedy: each section goes to its least-loaded candidate; all end well under capacity."""
    problem = compiled.problem
    teaching = _teaching_slots(problem)
    capacity = np.array([_instructor_capacity(problem, x, teaching) for x in problem.instructors], float)
    load = np.zeros(len(capacity))
    sections: dict[int, list[int]] = defaultdict(list)
    for s in range(compiled.n_sessions):
        sections[int(compiled.section[s])].append(s)
    order = sorted(sections.values(), key=lambda ss: len(compiled.candidate_instructors(ss[0])))
    for ss in order:
        cands = compiled.candidate_instructors(ss[0])
        periods = sum(int(compiled.length[s]) for s in ss)
        best = min(cands, key=lambda i: (load[i] + periods) / capacity[i])
        load[best] += periods
    ratio = load / capacity
    worst = int(ratio.argmax())
    assert ratio.max() <= 0.7, (compiled.instructor_ids[worst], load[worst], capacity[worst])


def test_room_demand_per_requirement_is_well_under_room_time(compiled: CompiledProblem):
    problem = compiled.problem
    teaching = len(_teaching_slots(problem))
    demand: dict[tuple, int] = defaultdict(int)
    for session in compiled.sessions:
        demand[(session.room_type, session.room_features)] += session.length
    for (room_type, features), periods in demand.items():
        rooms = [r for r in problem.rooms if r.type == room_type and features <= r.features]
        assert periods <= 0.6 * len(rooms) * teaching, (room_type, sorted(features), periods, len(rooms))
    # A lab feature is shared by every requirement that names it.
    by_feature: dict[str, int] = defaultdict(int)
    for (room_type, features), periods in demand.items():
        for feature in features:
            by_feature[feature] += periods
    for feature, periods in by_feature.items():
        labs = [r for r in problem.rooms if feature in r.features]
        assert periods <= 0.5 * len(labs) * teaching, (feature, periods, len(labs))


def test_validate_reports_no_errors(demo_problem: Problem):
    diagnostics = pytest.importorskip("schedule_engine.diagnostics")
    errors = [d for d in diagnostics.validate(demo_problem) if d.severity == "error"]
    assert errors == []


def test_demo_shares_nothing_with_the_campus_dataset(demo_problem: Problem, datasets_dir: Path):
    campus = datasets_dir / "seed-campus"
    if not campus.is_dir():
        pytest.skip("seed-campus dataset absent")

    def records(name: str) -> list[dict]:
        return json.loads((campus / name).read_text(encoding="utf-8"))

    theirs = {
        *(f(c) for c in records("Course.json") for f in (lambda c: c["CourseCode"], lambda c: c["CourseTitle"])),
        *(f(g) for g in records("Groups.json") for f in (lambda g: g["group_id"], lambda g: g["name"])),
        *(f(i) for i in records("Instructors.json") for f in (lambda i: i["id"], lambda i: i["name"])),
        *(f(r) for r in records("Rooms.json") for f in (lambda r: r["room_id"], lambda r: r["name"])),
    }
    theirs = {str(x).strip().lower() for x in theirs}
    ours = [
        *(x for c in demo_problem.courses for x in (c.id, c.title)),
        *(x for g in demo_problem.groups for x in (g.id, g.name)),
        *(x for i in demo_problem.instructors for x in (i.id, i.name)),
        *(x for r in demo_problem.rooms for x in (r.id, r.name)),
    ]
    assert [x for x in ours if x.lower() in theirs] == []


def test_solver_finds_a_clash_free_timetable_quickly(demo_problem: Problem):
    solver = pytest.importorskip("schedule_engine.solver.api")
    options = solver.SolveOptions(time_limit=20, seed=7, target=(0, 10**9))
    result = solver.solve(demo_problem, options)
    assert result.hard == 0, {k: v for k, v in result.breakdown.items() if v}
    assert len(result.solution.assignments) == len(compile_problem(demo_problem).sessions)
    assert all(a.placed for a in result.solution.assignments)
