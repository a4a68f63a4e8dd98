"""A course in no curriculum (tests/engine/fixtures/lonely.ctt: c3) costs no
curriculum compactness: the ITC-2007 rule counts isolated lectures of curricula
only.  The timetable below, counted by hand with the official rule:

    c1 rA Mon 0, c1 rA Tue 0, c2 rB Mon 1, c3 rB Mon 2, c3 rB Tue 2

- room capacity: c3 has 25 students in rB's 20 seats, twice: 2 x 5 = 10;
- minimum working days: c1 and c3 each spread over their 2 days: 0;
- compactness: curriculum q1 (c1, c2) has c1 and c2 side by side on Monday and
  c1 alone on Tuesday: 1 isolated lecture x 2 = 2; c3 alone on both days is in
  no curriculum: 0;
- room stability: each course keeps one room: 0.

Official cost 12 (a group of its own for c3 would add 2 x 2 = 4).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from schedule_engine.compiled import compile_problem
from schedule_engine.io.ctt import load_ctt, read_ctt_solution, write_ctt_solution
from schedule_engine.scoring import evaluate
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.solver import SolveOptions, solve
from test_itc_cost import itc_cost

LONELY = Path(__file__).parent / "fixtures" / "lonely.ctt"
TIMETABLE = [("c1", "rA", 0, 0), ("c1", "rA", 1, 0), ("c2", "rB", 0, 1), ("c3", "rB", 0, 2),
             ("c3", "rB", 1, 2)]


def _solution_text(lines) -> str:
    return "".join(f"{c} {r} {d} {p}\n" for c, r, d, p in lines)


def _lines(text: str) -> list[tuple[str, str, int, int]]:
    rows = [line.split() for line in text.splitlines() if line.strip()]
    return [(c, r, int(d), int(p)) for c, r, d, p in rows]


def test_course_in_no_curriculum_has_sessions_but_no_group():
    problem = load_ctt(LONELY)
    assert [g.id for g in problem.groups] == ["q1"]
    sessions = compile_problem(problem).sessions
    c3 = [s for s in sessions if s.course_id == "c3"]
    assert [(s.attendees, s.size, s.candidate_instructors) for s in c3] == [((), 25, ("t3",))] * 2


def test_hand_counted_timetable_costs_the_official_rule():
    problem = load_ctt(LONELY)
    solution = read_ctt_solution(_solution_text(TIMETABLE), problem)
    evaluation = evaluate(problem, solution)
    assert evaluation.hard == 0
    assert {k: v for k, v in evaluation.breakdown.items() if v} == {"room_capacity": 10,
                                                                   "curriculum_compactness": 2}
    assert evaluation.soft == 12
    official = itc_cost(LONELY.read_text(), TIMETABLE)
    assert sum(official[k] for k in ("room_capacity", "min_working_days", "curriculum_compactness",
                                     "room_stability")) == 12
    cp = compile_problem(problem)
    slot, room, instr = cp.encode(solution)
    assert IncrementalScorer(cp, slot, room, instr, *cp.pins(None)).score == (0, 12)


def test_isolated_lectures_of_a_course_in_no_curriculum_cost_nothing():
    problem = load_ctt(LONELY)
    spread = [line for line in TIMETABLE if line[0] != "c3"] + [("c3", "rA", 0, 2), ("c3", "rA", 1, 1)]
    evaluation = evaluate(problem, read_ctt_solution(_solution_text(spread), problem))
    assert evaluation.breakdown["curriculum_compactness"] == 2  # q1's lone Tuesday lecture only
    assert evaluation.score == (0, 2)
    assert all("course:" not in v.reason and "course:" not in v.resource
               for v in evaluation.violations)


def test_pseudo_group_names_never_reach_the_explanations():
    problem = load_ctt(LONELY)
    evaluation = evaluate(problem, read_ctt_solution(_solution_text(TIMETABLE), problem))
    capacity = [v.reason for v in evaluation.violations if v.constraint == "room_capacity"]
    assert capacity == ["C3 lecture has 25 students, 5 more than the 20 seats of room rB"] * 2


def test_solver_reports_the_official_cost_of_what_it_writes():
    problem = load_ctt(LONELY)
    result = solve(problem, SolveOptions(time_limit=None, generations=3, seed=1, workers=1))
    lines = _lines(write_ctt_solution(problem, result.solution))
    official = itc_cost(LONELY.read_text(), lines)
    assert result.hard == official["room_clash"] + official["course_unavailable"] == 0
    assert result.soft == sum(official[k] for k in ("room_capacity", "min_working_days",
                                                    "curriculum_compactness", "room_stability"))


SOFT_KEYS = ("room_capacity", "min_working_days", "curriculum_compactness", "room_stability")


def test_every_itc_instance_scores_the_official_rule(datasets_dir):
    """The 21 instances put every course in a curriculum (so the change for
    curriculum-less courses leaves their scores alone): each gets one group
    per curriculum, nothing more, and a random timetable costs the formula."""
    from test_itc_cost import random_lines

    paths = sorted((datasets_dir / "itc2007-cbctt").glob("comp*.ctt"))
    assert len(paths) == 21
    for path in paths:
        text = path.read_text()
        problem = load_ctt(path)
        curricula = [line.split() for line in text.split("CURRICULA:")[1].split("UNAVAILABILITY")[0]
                     .splitlines() if line.strip()]
        assert [(g.id, set(g.courses)) for g in problem.groups] == [(f[0], set(f[2:])) for f in curricula]
        lines = random_lines(text, seed=len(path.name))
        solution = read_ctt_solution(_solution_text(lines), problem)
        evaluation = evaluate(problem, solution, explain=False)
        official = itc_cost(text, lines)
        assert {k: evaluation.breakdown[k] for k in official} == official, path.name
        assert evaluation.soft == sum(official[k] for k in SOFT_KEYS), path.name
