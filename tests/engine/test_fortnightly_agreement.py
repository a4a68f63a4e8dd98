"""The explained (reference) evaluation and the vectorised one agree on random
two-week (A/B) timetables, constraint by constraint."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fortnight_world import BASELINE, grid, timetable, world  # noqa: E402

from schedule_engine.compiled import compile_problem  # noqa: E402
from schedule_engine.constraint_catalog import SOFT_IDS  # noqa: E402
from schedule_engine.model import Group, Instructor, Settings, Subgroup  # noqa: E402
from schedule_engine.scoring import evaluate  # noqa: E402


def busy_world():
    """Every soft constraint on, and limits, preferences and closed slots that the random timetables hit."""
    settings = Settings(weights={c: 1 for c in SOFT_IDS}, preferred_first_period=1, preferred_block_lengths=(3,))
    groups = (Group("G1", "First year", 30, courses=("C1", "C2"), subgroups=(Subgroup("G1A", 15), Subgroup("G1B", 15)),
                    max_periods_per_day=2, prefers_break=True),
              Group("G2", "Second year", 20, courses=("C1", "C3"), max_periods_per_day=1, prefers_break=True,
                    unavailable={2, 3}))
    teachers = (Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture"), ("C3", "lecture")}, undesired={0},
                           unavailable={9}, max_periods_per_day=2),
                Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}, preferred={3, 4}))
    return world(settings, groups=groups, instructors=teachers, c3_min_days=2,
                 time_grid=grid(midday_periods=(1,), unavailable=frozenset({6})))


def test_explained_and_vectorised_scores_agree_on_random_ab_timetables():
    problem = busy_world()
    compiled = compile_problem(problem)
    rng = random.Random(18)
    for _ in range(200):
        placed = {sid: (rng.randrange(10), rng.choice(["R1", "L1", "R3"]), rng.choice(["I1", "I2"]),
                        rng.choice([0, 1, 2]))
                  for sid in BASELINE if rng.random() > 0.1}
        solution = timetable(placed)
        explained = evaluate(problem, solution, compiled=compiled)
        fast = evaluate(problem, solution, compiled=compiled, explain=False)
        assert dict(fast.breakdown) == dict(explained.breakdown), placed
        assert sum(v.penalty for v in explained.violations) == explained.hard + explained.soft
