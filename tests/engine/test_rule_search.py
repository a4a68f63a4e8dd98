"""The solver's rule phase (solver/rule_search.py) and the domains narrowed by hard rules
(solver/rule_domains.py), on the rules world (tests/engine/rules_world.py)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from schedule_engine.compiled import compile_problem
from schedule_engine.rules import Rule
from schedule_engine.scoring import evaluate
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.solver import SolveOptions, solve
from schedule_engine.solver.domains import build_domains
from schedule_engine.solver.rule_domains import narrow_domains
from schedule_engine.solver.rule_search import RulePhase

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rules_world import E, M, problem  # noqa: E402

ONE_DAY = Rule("one-day", "max_days_per_week", instructors=("I1",), params={"max_days": 1})
"""Ms One teaches her four maths lectures on one day: the built-in soft constraints spread them."""
APART = Rule("apart", "min_days_between", sessions=(E[0], E[1]), params={"min_days": 2})
"""The two English lectures on Monday and Wednesday."""
RULES = (ONE_DAY, APART)


def _options(seed: int = 1) -> SolveOptions:
    return SolveOptions(time_limit=None, generations=6, workers=1, seed=seed)


def _rule_hard(p, solution) -> int:
    ev = evaluate(p, solution)
    return sum(v.penalty for v in ev.violations if v.rule and v.level == "hard")


def test_the_unaware_solver_breaks_the_rules():
    """The control: solved without its rules, the timetable breaks them."""
    unaware = solve(problem(), _options())
    assert unaware.hard == 0
    assert _rule_hard(problem(RULES), unaware.solution) > 0


def test_a_solve_meets_hard_rules_the_built_in_constraints_do_not_know():
    p = problem(RULES)
    for seed in (1, 2):
        result = solve(p, _options(seed))
        assert result.status == "feasible"  # every built-in hard constraint met
        assert evaluate(p, result.solution).hard == 0  # and every hard rule
        days = {a.slot // p.time_grid.n_periods for a in result.solution.assignments if a.session_id in M}
        assert len(days) == 1


def _start(cp, p):
    """Every session placed by the built-in constraints alone, with the rules broken."""
    unaware = solve(problem(), _options())
    slot, room, instr = cp.encode(unaware.solution)
    return np.stack([slot, room, instr, cp.length, np.zeros_like(slot)], axis=1).astype(np.int64)


def test_polish_lowers_the_rules_without_adding_built_in_hard_violations():
    p = problem(RULES)
    cp = compile_problem(p)
    pin_slot, pin_room = cp.pins(None)
    asg = _start(cp, p)
    before = IncrementalScorer.from_asg(cp, asg, pin_slot, pin_room).score
    domains = build_domains(cp, pin_slot, pin_room)
    phase = RulePhase.for_search(cp, domains, pin_slot, pin_room, np.random.default_rng(0))
    assert phase is not None
    start_total = phase.with_rules(asg, before)
    polished, total = phase.polish(asg.copy(), lambda: False)
    built_in = IncrementalScorer.from_asg(cp, polished, pin_slot, pin_room).score
    assert built_in[0] <= before[0]
    assert total < start_total
    ev = evaluate(p, cp.decode_asg(polished))
    assert (ev.hard, ev.soft) == total  # the phase's score is the full evaluation's


def test_polish_stops_when_told():
    p = problem(RULES)
    cp = compile_problem(p)
    pin_slot, pin_room = cp.pins(None)
    asg = _start(cp, p)
    phase = RulePhase.for_search(cp, build_domains(cp, pin_slot, pin_room), pin_slot, pin_room,
                                 np.random.default_rng(0))
    polished, total = phase.polish(asg.copy(), lambda: True)
    assert np.array_equal(polished, asg)
    assert phase.moves == 0


def test_no_phase_without_active_rules():
    p = problem([replace(ONE_DAY, active=False)])
    cp = compile_problem(p)
    pin_slot, pin_room = cp.pins(None)
    domains = build_domains(cp, pin_slot, pin_room)
    assert RulePhase.for_search(cp, domains, pin_slot, pin_room, np.random.default_rng(0)) is None
    assert narrow_domains(cp, domains, pin_slot, pin_room) is domains


def test_hard_one_session_rules_narrow_the_domains():
    starts = Rule("starts", "preferred_starting_times", courses=("M",), params={"slots": [0, 5, 10]})
    rooms = Rule("rooms", "preferred_rooms", courses=("E",), rooms=("R2",))
    away = Rule("away", "not_available", instructors=("I2",), params={"slots": [0, 1]})
    soft = Rule("soft", "preferred_starting_times", courses=("E",), params={"slots": [3]}, hard=False)
    cp = compile_problem(problem([starts, rooms, away, soft]))
    pin_slot, pin_room = cp.pins(None)
    wide = build_domains(cp, pin_slot, pin_room)
    narrow = narrow_domains(cp, wide, pin_slot, pin_room)
    r2 = cp.room_ids.index("R2")
    for sid in M:
        s = cp.session_index[sid]
        assert set(narrow.starts(s).tolist()) == {0, 5, 10} & set(wide.starts(s).tolist())
    for sid in E:
        s = cp.session_index[sid]
        assert not {0, 1} & set(narrow.starts(s).tolist())  # I2 teaches English
        assert 3 not in set(wide.starts(s).tolist()) or len(narrow.starts(s)) > 1  # soft: no limit
        rooms_left = narrow.rooms(s).tolist()
        assert rooms_left == [r2] or r2 not in wide.rooms(s).tolist()
