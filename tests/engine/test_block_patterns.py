"""Block patterns: allowed cuts, pieces with stable ids, lengths in timetables,
scoring, storage, the capacity check over patterns and the solver's re-cuts."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from schedule_engine.compiled import compile_problem
from schedule_engine.diagnostics import validate
from schedule_engine.export.views import timetable_entries, unplaced
from schedule_engine.io.engine_json import document_from_dict, document_to_dict, load_document
from schedule_engine.model import (
    Assignment, Course, CourseComponent, Group, Instructor, Period, Problem, Room, Settings, Solution,
    TimeGrid,
)
from schedule_engine.patterns import MAX_PATTERNS, allowed_patterns, enumerate_cuts, parse_patterns
from schedule_engine.scoring import evaluate
from schedule_engine.sessions import current_lengths, derive_sessions, effective_sessions

from test_incremental import _patterned_problem  # the rich school with several patterns

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")


def grid(n_periods: int = 8, days=DAYS) -> TimeGrid:
    return TimeGrid(days, tuple(Period(f"P{k + 1}", f"{8 + k:02d}:00", f"{9 + k:02d}:00")
                                for k in range(n_periods)))


def studio(periods: int = 12, **component) -> Problem:
    """One 12-period studio for one group, one teacher, one studio room."""
    comp = CourseComponent("practical", periods, room_type="studio", **component)
    return Problem(
        "studio", grid(),
        rooms=(Room("S", "Studio", 30, "studio"),),
        instructors=(Instructor("T", "Teacher", {("AR", "practical")}),),
        groups=(Group("G", "Group", 20, courses=("AR",)),),
        courses=(Course("AR", "Architecture studio", (comp,), min_days=3),),
    )


SECTION = "AR|practical|G"


# -- allowed patterns -----------------------------------------------------------------
def test_default_patterns_by_session_type():
    g = grid(8)
    assert allowed_patterns(CourseComponent("practical", 12), g) == ((6, 6), (8, 4), (7, 5), (4, 4, 4))
    assert allowed_patterns(CourseComponent("practical", 2), g) == ((2,),)  # never 1+1
    assert allowed_patterns(CourseComponent("practical", 9), g) == ((5, 4),)
    assert allowed_patterns(CourseComponent("lecture", 3), g) == ((1, 1, 1),)
    assert allowed_patterns(CourseComponent("tutorial", 0), g) == ()


def test_fixed_listed_and_ranged_patterns():
    g = grid(8)
    assert allowed_patterns(CourseComponent("practical", 12, blocks=(3, 9)), g) == ((3, 9),)
    listed = CourseComponent("practical", 6, patterns=((3, 3), (2, 2, 2), (3, 3)))
    assert allowed_patterns(listed, g) == ((3, 3), (2, 2, 2))
    ranged = CourseComponent("lecture", 4, min_block=1, max_block=2)
    assert allowed_patterns(ranged, g) == ((2, 2), (2, 1, 1), (1, 1, 1, 1))
    # a block never exceeds the day's longest stretch, even when the maximum allows it
    assert allowed_patterns(CourseComponent("practical", 10, min_block=5, max_block=20), g) == ((5, 5),)


def test_the_number_of_patterns_is_capped():
    assert len(enumerate_cuts(40, 1, 8)) == MAX_PATTERNS
    assert enumerate_cuts(40, 1, 8)[0] == (8, 8, 8, 8, 8)
    assert len(allowed_patterns(CourseComponent("practical", 30), grid(8))) == MAX_PATTERNS


def test_parse_patterns_names_the_bad_part():
    assert parse_patterns("3+3; 2+2+2") == ((3, 3), (2, 2, 2))
    with pytest.raises(ValueError, match=r"'3\+x'"):
        parse_patterns("3+3; 3+x")


# -- pieces and lengths -------------------------------------------------------------
def test_a_section_has_as_many_pieces_as_its_longest_pattern():
    sessions = derive_sessions(studio())
    assert [(s.id, s.length) for s in sessions] == [
        (f"{SECTION}|0", 6), (f"{SECTION}|1", 6), (f"{SECTION}|2", 0)]
    assert sessions[0].patterns == ((6, 6), (8, 4), (7, 5), (4, 4, 4))


def test_current_lengths_take_a_recorded_pattern_and_ignore_one_not_allowed():
    sessions = derive_sessions(studio())

    def sol(*lengths):
        return Solution(tuple(Assignment(f"{SECTION}|{k}", length=n) for k, n in enumerate(lengths)))

    assert current_lengths(sessions, None) == [6, 6, 0]
    assert current_lengths(sessions, sol(4, 4, 4)) == [4, 4, 4]
    assert current_lengths(sessions, sol(4, 8, 0)) == [4, 8, 0]  # any order of an allowed pattern
    assert current_lengths(sessions, sol(5, 5, 2)) == [6, 6, 0]  # 5+5+2 is not allowed
    assert [s.id for s in effective_sessions(sessions, sol(None, None, None))] == [
        f"{SECTION}|0", f"{SECTION}|1"]


def recut_solution(lengths, slots, pins=()) -> Solution:
    return Solution(tuple(
        Assignment(f"{SECTION}|{k}", slot=t, room="S" if t is not None else None, instructor="T",
                   length=n, pin_time=k in pins)
        for k, (n, t) in enumerate(zip(lengths, slots))))


def test_scoring_follows_the_current_lengths():
    from schedule_engine.constraint_catalog import effective_weights
    problem = replace(studio(), settings=Settings(preferred_block_lengths=(4,)))
    w = effective_weights(problem.settings)
    # 8+4 on Monday and Tuesday: the unused third piece is not unplaced; the 8-block is not
    # a preferred length; min_days 3 is clamped to the two pieces in use
    ev = evaluate(problem, recut_solution((8, 4, 0), (0, 8, None)))
    assert ev.hard == 0 and ev.breakdown["unplaced"] == 0
    assert ev.breakdown["block_length"] == w["block_length"]
    assert [v.reason for v in ev.violations if v.constraint == "block_length"] == [
        "AR (Architecture studio) practical for G is a 8-period block; the preferred lengths are 4"]
    assert ev.breakdown["min_working_days"] == 0
    # 4+4+4 on two days: one day short of the three wanted
    ev = evaluate(problem, recut_solution((4, 4, 4), (0, 4, 8)))
    assert (ev.hard, ev.breakdown["block_length"]) == (0, 0)
    assert ev.breakdown["min_working_days"] == w["min_working_days"]
    # the default cut without lengths: the third piece is not part of the timetable
    default = Solution((Assignment(f"{SECTION}|0", 0, "S", "T"), Assignment(f"{SECTION}|1", 8, "S", "T"),
                        Assignment(f"{SECTION}|2", 16, "S", "T")))
    ev = evaluate(problem, default)
    assert ev.hard == 0 and ev.breakdown["block_length"] == 2 * w["block_length"]
    assert ev.breakdown["min_working_days"] == 0
    assert ev.breakdown == evaluate(problem, default, explain=False).breakdown


def test_views_show_the_blocks_as_they_fall():
    problem = studio()
    entries = timetable_entries(problem, recut_solution((7, 5, 0), (8, 1, None)))
    assert [(e.session_id, e.day, e.start_period, e.length, e.end_time) for e in entries] == [
        (f"{SECTION}|1", 0, 1, 5, "14:00"), (f"{SECTION}|0", 1, 0, 7, "15:00")]
    assert [s.id for s in unplaced(problem, recut_solution((4, 4, 4), (0, None, 16)))] == [f"{SECTION}|1"]


# -- storage ------------------------------------------------------------------------------
def test_engine_json_round_trip_of_patterns_and_lengths():
    problem = studio(patterns=((6, 6), (4, 4, 4)), min_block=4, max_block=8)
    solution = recut_solution((4, 4, 4), (0, 8, 16))
    doc = document_to_dict(problem, solution)
    assert doc["problem"]["courses"][0]["components"][0]["patterns"] == [[6, 6], [4, 4, 4]]
    assert [a["length"] for a in doc["solution"]["assignments"]] == [4, 4, 4]
    back_problem, back_solution = document_from_dict(json.loads(json.dumps(doc)))
    assert back_problem == problem and back_solution == solution
    # a document without the new fields means the default cut
    plain = document_to_dict(studio(), Solution((Assignment(f"{SECTION}|0", 0, "S", "T"),)))
    assert "patterns" not in plain["problem"]["courses"][0]["components"][0]
    assert "length" not in plain["solution"]["assignments"][0]


def test_engine_json_rejects_a_bad_pattern_naming_the_field(tmp_path):
    doc = document_to_dict(studio(patterns=((6, 6),)))
    doc["problem"]["courses"][0]["components"][0]["patterns"] = [[6, 6], [6, "six"]]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc))
    from schedule_engine.errors import InvalidInputError
    with pytest.raises(InvalidInputError) as info:
        load_document(path)
    text = str(info.value)
    assert "patterns[1]" in text and "block lengths" in text


def test_a_version_2_project_file_opens_and_saves_lengths(tmp_path):
    from schedule_engine.project import Project, load_project, save_project
    problem = studio()
    solution = recut_solution((8, 4, 0), (0, 8, None))
    path = tmp_path / "p.sched"
    save_project(path, Project(problem, solution))
    assert load_project(path).solution == solution
    # the same file as version 2 wrote it: working_solution without the length column
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE ws2 (position INTEGER PRIMARY KEY, session_id TEXT NOT NULL, slot INTEGER,
            room TEXT, instructor TEXT, pin_time INTEGER NOT NULL, pin_room INTEGER NOT NULL);
        INSERT INTO ws2 SELECT position, session_id, slot, room, instructor, pin_time, pin_room
            FROM working_solution;
        DROP TABLE working_solution;
        ALTER TABLE ws2 RENAME TO working_solution;
        DROP TABLE IF EXISTS rules;  -- added by a later version
        PRAGMA user_version = 2;
    """)
    conn.commit()
    conn.close()
    old = load_project(path)
    assert old.solution == Solution(tuple(replace(a, length=None) for a in solution.assignments),
                                    solution.meta)


# -- capacity over patterns -----------------------------------------------------------------
def test_capacity_check_reasons_over_patterns():
    # the teacher is free 4 periods on Mon, Tue and Wed only: 6+6 cannot fit, 4+4+4 can
    free = {d * 8 + p for d in range(3) for p in range(4)}
    problem = studio()
    problem = replace(problem, instructors=(replace(problem.instructors[0],
                                                    unavailable=frozenset(range(40)) - free),))
    assert [d.code for d in validate(problem) if d.severity == "error"] == []
    fixed = replace(problem, courses=(replace(problem.courses[0], components=(
        replace(problem.courses[0].components[0], blocks=(6, 6)),)),))
    assert "no_allowed_start" in [d.code for d in validate(fixed) if d.severity == "error"]
    # one free period less: no pattern fits, and the check says so
    tight = replace(problem, instructors=(replace(problem.instructors[0],
                                                  unavailable=frozenset(range(40)) - free | {0}),))
    assert "instructor_overload" in [d.code for d in validate(tight) if d.severity == "error"]


@st.composite
def planted(draw):
    """A random problem around a planted clash-free timetable whose practicals
    use random allowed patterns; every resource is free exactly when it is used."""
    n_periods = draw(st.integers(5, 8))
    g = grid(n_periods)
    n_sections = draw(st.integers(1, 4))
    busy: dict[str, set[int]] = {}
    courses, groups, instructors, rooms, assignments = [], [], [], [], []
    for k in range(n_sections):
        periods = draw(st.integers(2, 2 * n_periods))
        comp = CourseComponent("practical", periods, room_type="lab")
        pats = allowed_patterns(comp, g)
        pattern = draw(st.sampled_from(pats))
        teacher = f"T{draw(st.integers(0, 1))}"
        room = f"R{draw(st.integers(0, 1))}"
        group = f"G{k}"
        days = draw(st.permutations(range(len(DAYS))))
        if len(pattern) > len(days):
            assume(False)
        placed = []
        for block, day in zip(pattern, days):
            starts = [p for p in range(n_periods - block + 1)
                      if not any(day * n_periods + p + q in busy.get(x, set())
                                 for q in range(block) for x in (teacher, room))]
            assume(starts)
            p = draw(st.sampled_from(starts))
            cells = {day * n_periods + p + q for q in range(block)}
            for x in (teacher, room, group):
                busy.setdefault(x, set()).update(cells)
            placed.append(day * n_periods + p)
        pieces = max(len(x) for x in pats)
        lengths = list(pattern) + [0] * (pieces - len(pattern))
        for j in range(pieces):
            t = placed[j] if j < len(placed) else None
            assignments.append(Assignment(f"C{k}|practical|{group}|{j}", t, room if t is not None else None,
                                          teacher, length=lengths[j]))
        courses.append(Course(f"C{k}", f"Course {k}", (comp,)))
        groups.append(Group(group, group, 10, courses=(f"C{k}",)))
    every = frozenset(range(g.n_slots))
    for name in ("T0", "T1"):
        instructors.append(Instructor(name, name, {(f"C{k}", "practical") for k in range(n_sections)},
                                      unavailable=every - busy.get(name, set())))
    for name in ("R0", "R1"):
        rooms.append(Room(name, name, 10, "lab", unavailable=every - busy.get(name, set())))
    groups = [replace(x, unavailable=every - busy.get(x.id, set())) for x in groups]
    return Problem("planted", g, tuple(rooms), tuple(instructors), tuple(groups), tuple(courses)), \
        Solution(tuple(assignments))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much,
                                                                  HealthCheck.too_slow])
@given(planted())
def test_a_planted_timetable_in_any_pattern_never_gets_a_shortfall(case):
    problem, solution = case
    assert evaluate(problem, solution, explain=False).hard == 0
    assert [d.message for d in validate(problem) if d.severity == "error"] == []


# -- the solver's re-cuts ---------------------------------------------------------------
def only_four_by_three() -> Problem:
    """The teacher is free 4 periods on three days: only 4+4+4 has no hard violation."""
    free = {d * 8 + p for d in range(3) for p in range(2, 6)}
    problem = studio()
    return replace(problem, instructors=(replace(problem.instructors[0],
                                                 unavailable=frozenset(range(40)) - free),))


def test_the_solver_recuts_a_section_into_the_pattern_that_fits():
    from schedule_engine.solver import SolveOptions, solve
    problem = only_four_by_three()
    result = solve(problem, SolveOptions(time_limit=20, target=(0, 10**9), seed=3, workers=1))
    assert result.hard == 0
    by_id = result.solution.by_session()
    assert [by_id[f"{SECTION}|{k}"].length for k in range(3)] == [4, 4, 4]
    assert sorted(by_id[f"{SECTION}|{k}"].slot for k in range(3)) == [2, 10, 18]
    assert evaluate(problem, result.solution, explain=False).hard == 0
    assert [(e.length, e.start_time) for e in timetable_entries(problem, result.solution)] == [
        (4, "10:00"), (4, "10:00"), (4, "10:00")]


def test_a_pinned_piece_keeps_its_length_and_place():
    from schedule_engine.solver import SolveOptions, solve
    problem = studio()
    # piece 0 pinned as a 6-block on Friday: the solver may not re-cut the section away from 6+6
    start = Solution((Assignment(f"{SECTION}|0", 32, "S", "T", pin_time=True),))
    result = solve(problem, SolveOptions(time_limit=5, seed=2, workers=1, warm_start=True),
                   initial=start)
    by_id = result.solution.by_session()
    assert by_id[f"{SECTION}|0"].slot == 32
    assert current_lengths(compile_problem(problem).sessions, result.solution)[0] == 6


# -- the kernels against the reference, with re-cuts --------------------------------------
def _patterned():
    return _patterned_problem(False)


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**16), picks=st.lists(st.integers(0, 10_000), min_size=1, max_size=6))
def test_explained_evaluation_agrees_with_the_arrays_for_any_pattern(seed, picks):
    from schedule_engine.scoring.incremental import IncrementalScorer
    problem = _patterned()
    cp = compile_problem(problem)
    rng = np.random.default_rng(seed)
    S = cp.n_sessions
    scorer = IncrementalScorer(cp, rng.integers(-1, cp.n_slots, S), rng.integers(-1, cp.n_rooms, S),
                               rng.integers(-1, cp.n_instructors, S))
    for pick in picks:
        n = pick % len(cp.section_ids)
        pats = cp.pattern_len[cp.pattern_ptr[n]:cp.pattern_ptr[n + 1]]
        m = int(cp.section_pieces[n])
        scorer.apply_recut(n, pats[(pick // 5) % len(pats)][:m], rng.integers(0, cp.n_slots, m),
                           rng.integers(0, cp.n_rooms, m), rng.integers(0, cp.n_instructors, m))
    solution = cp.decode(*scorer.arrays(), length=scorer.length)
    explained = evaluate(problem, solution, compiled=cp)
    assert explained.breakdown == evaluate(problem, solution, explain=False, compiled=cp).breakdown
    assert explained.breakdown == scorer.breakdown()
    assert (explained.hard, explained.soft) == scorer.score


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_annealing_loop_keeps_exact_totals_through_recuts(seed):
    """Thousands of moves, re-cuts among them: the running totals equal full
    re-scoring with the pieces' final lengths, and the best copy is consistent."""
    from schedule_engine.scoring import score_arrays
    from schedule_engine.solver import ls_kernel
    from schedule_engine.solver.construct import construct
    from schedule_engine.solver.domains import build_domains
    cp = compile_problem(_patterned())
    pins = np.full(cp.n_sessions, -1)
    d = build_domains(cp, pins, pins)
    work = construct(cp, d, np.random.default_rng(seed), pin_slot=pins, pin_room=pins)
    start_lengths = work.length.copy()
    best_asg = work.st[0].copy()
    best = np.array(work.score, np.int64)
    ls_kernel.anneal(20_000, 50.0, 1.0, 1 << 30, 10, seed, *d.anneal_args(), best_asg, best,
                     *work.pd, *work.st)
    asg = work.st[0]
    assert not np.array_equal(asg[:, 3], start_lengths) or seed != 1  # seed 1 re-cuts at least once
    assert work.score == score_arrays(cp, asg[:, 0], asg[:, 1], asg[:, 2], length=asg[:, 3])[:2]
    assert (asg[asg[:, 3] == 0, 0] == -1).all()
    assert tuple(best) == score_arrays(cp, best_asg[:, 0], best_asg[:, 1], best_asg[:, 2],
                                       length=best_asg[:, 3])[:2]
