"""Campus and demo benchmark.

    python bench/campus.py [--time-limit S] [--seeds K] [--workers N]

For the seed-campus dataset (on its inferred 50-minute grid) and the bundled
demo institution: the validation errors (demand that cannot fit is named
there), then per seed the hard and soft totals, the time to the first
feasible timetable, and the breakdown of what is left.  The campus data is
solved with ``ignore_errors`` so that the search shows how far it gets even
when validation proves some demand cannot fit (the hard violations that touch
none of the sessions validation names are listed), and once more without the
course components validation names, to show whether the rest fits.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

from common import DATASETS, REPO, median, print_table

from schedule_engine.capacity import capacity_shortfalls
from schedule_engine.compiled import compile_problem
from schedule_engine.diagnostics import session_starts, validate
from schedule_engine.io import load_any
from schedule_engine.scoring import evaluate
from schedule_engine.solver import SolveOptions, solve


def run(label: str, problem, args, named: set[str] = frozenset()) -> list:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        errors = [d for d in validate(problem) if d.severity == "error"]
        times.append(time.perf_counter() - start)
    print(f"{label}: {len(errors)} validation error(s), validate takes {median(times):.2f} s (median of 5)")
    for d in errors:
        print(f"  - {d}")
    hards, softs, feas, breakdowns = [], [], [], []
    for seed in range(1, args.seeds + 1):
        r = solve(problem, SolveOptions(time_limit=args.time_limit, seed=seed, workers=args.workers,
                                        ignore_errors=True))
        hards.append(r.hard)
        softs.append(r.soft)
        feas.append(r.stats["time_to_feasible"])
        breakdowns.append({k: v for k, v in r.breakdown.items() if v})
        print(f"  seed {seed}: hard {r.hard} soft {r.soft} first feasible {r.stats['time_to_feasible']} "
              f"breakdown {breakdowns[-1]}")
        if named:
            hard = [v for v in evaluate(problem, r.solution).violations if v.level == "hard"]
            outside = [v for v in hard if not named & set(v.sessions)]
            print(f"    hard violations without a session of the named demand: {len(outside)} of {len(hard)}")
            for v in outside:
                print(f"      {v.reason}")
    return [label, len(errors), median(hards), median(softs), median(feas)]


def named_demand(problem) -> tuple[set[tuple[str, str]], set[str]]:
    """The course components (course, session type) and the session ids whose
    demand validation proves cannot fit."""
    c = compile_problem(problem)
    sessions = [c.sessions[s] for _, short in capacity_shortfalls(c, session_starts(c))
                for s in short.sessions]
    return {(x.course_id, x.session_type) for x in sessions}, {x.id for x in sessions}


def without(problem, components: set[tuple[str, str]]):
    """The problem without these course components (for every group that takes them)."""
    courses = tuple(replace(course, components=tuple(x for x in course.components
                                                      if (course.id, x.session_type) not in components))
                    for course in problem.courses)
    return replace(problem, courses=courses)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args(argv)
    rows = []
    campus = DATASETS / "seed-campus"
    if campus.is_dir():
        problem, _, _ = load_any(campus)
        components, sessions = named_demand(problem)
        rows.append(run("seed-campus", problem, args, sessions))
        print(f"left out: {', '.join(f'{course} {kind}' for course, kind in sorted(components))}")
        rows.append(run("campus without the named demand", without(problem, components), args))
    demo, _, _ = load_any(REPO / "resources" / "demo" / "demo_institution.json")
    rows.append(run("demo", demo, args))
    print(f"time limit {args.time_limit:g} s, {args.seeds} seed(s); medians over seeds")
    print_table(["dataset", "validation_errors", "hard", "soft", "first_feasible_s"], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
