"""One-week problems behave as before the two-week cycles (issue 18): a
fixed-seed, generation-limited solve of a real ITC 2007 instance is
reproducible, reports the reference scorer's score for its timetable and
gives no session a week."""

from __future__ import annotations

import pytest

from schedule_engine.compiled import compile_problem
from schedule_engine.io.ctt import load_ctt
from schedule_engine.scoring import evaluate
from schedule_engine.solver import SolveOptions, solve


def itc(datasets_dir, name: str):
    return load_ctt(datasets_dir / "itc2007-cbctt" / f"{name}.ctt")


@pytest.mark.parametrize("instance", ["comp01", "comp05"])
def test_fixed_seed_solve_is_reproducible_and_scored_as_the_reference(datasets_dir, instance):
    problem = itc(datasets_dir, instance)
    options = SolveOptions(time_limit=None, generations=1, seed=7, effort="quick", workers=1)
    first = solve(problem, options)
    again = solve(problem, options)
    assert first.solution.assignments == again.solution.assignments
    assert (first.hard, first.soft) == (again.hard, again.soft)
    reference = evaluate(problem, first.solution)  # the explained, constraint-by-constraint scorer
    assert (first.hard, first.soft) == (reference.hard, reference.soft)
    assert {a.week for a in first.solution.assignments} == {0}
    assert compile_problem(problem).n_weeks == 1
