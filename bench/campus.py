"""Campus and demo benchmark.

    python bench/campus.py [--time-limit S] [--seeds K] [--workers N]
                           [--allow-shortfalls] [--leave-unplaced] [--remedied]
                           [--only-remedied] [--fractional-hours round-up|fortnightly]

For the seed-campus dataset (on its inferred 50-minute grid) and the bundled
demo institution: the validation errors (demand that cannot fit is named
there), then per seed the hard and soft totals, the time to the first
feasible timetable, and the breakdown of what is left.  The campus data is
solved with ``allow_shortfalls`` so that the search shows how far it gets even
when validation proves some demand cannot fit (the hard violations that touch
none of the sessions validation names are counted and listed: the search keeps
them at zero when it can), and once more without the course components
validation names, to show whether the rest fits.

``--leave-unplaced`` adds a run of the campus with ``leave_unplaced``: the hard
violations among placed sessions and whether every unplaced session is one
validation names.  ``--allow-shortfalls`` leaves out the demo and the campus
without the named demand (only the shortfall runs).  ``--remedied`` adds the
campus after ``schedule-engine apply-remedies`` (when the command exists);
``--only-remedied`` runs that one alone.  ``--fractional-hours`` chooses how
the campus's fractional weekly hours are read (default: fortnightly, in a
two-week cycle).  Every run also reports its CPU seconds (the machine may be
shared).
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

from common import DATASETS, REPO, median, print_table

from schedule_engine.capacity_check import capacity_shortfalls
from schedule_engine.compiled import compile_problem
from schedule_engine.diagnostics import session_starts, validate
from schedule_engine.io import load_any
from schedule_engine.scoring import evaluate
from schedule_engine.solver import SolveOptions, solve


def run(label: str, problem, args, named: set[str] = frozenset(), leave_unplaced: bool = False) -> list:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        errors = [d for d in validate(problem) if d.severity == "error"]
        times.append(time.perf_counter() - start)
    print(f"{label}: {len(errors)} validation error(s), validate takes {median(times):.2f} s (median of 5)")
    for d in errors:
        print(f"  - {d}")
    hards, softs, feas, breakdowns, outsides = [], [], [], [], []
    for seed in range(1, args.seeds + 1):
        cpu = time.process_time()
        r = solve(problem, SolveOptions(time_limit=args.time_limit, seed=seed, workers=args.workers,
                                        allow_shortfalls=True, leave_unplaced=leave_unplaced))
        cpu = time.process_time() - cpu
        hards.append(r.hard)
        softs.append(r.soft)
        feas.append(r.stats["time_to_feasible"])
        breakdowns.append({k: v for k, v in r.breakdown.items() if v})
        print(f"  seed {seed}: hard {r.hard} soft {r.soft} first feasible {r.stats['time_to_feasible']} "
              f"(CPU {cpu:.0f} s of this process) breakdown {breakdowns[-1]}")
        hard = [v for v in evaluate(problem, r.solution).violations if v.level == "hard"]
        outside = [v for v in hard if not named & set(v.sessions)]
        outsides.append(len(outside) if named else None)
        if named:
            print(f"    hard violations without a session of the named demand: {len(outside)} of {len(hard)}")
            for v in outside:
                print(f"      {v.reason}")
        if leave_unplaced:
            placed = [v for v in hard if v.constraint != "unplaced"]
            missing = {x for v in hard if v.constraint == "unplaced" for x in v.sessions}
            print(f"    hard violations among placed sessions: {len(placed)}; unplaced {len(missing)}, "
                  f"all named by a shortfall: {missing <= named}")
    return [label, len(errors), median(hards), median(softs), median(feas), median(outsides)]


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
    ap.add_argument("--allow-shortfalls", action="store_true",
                    help="only the campus runs with allow_shortfalls (no demo, no campus without the named demand)")
    ap.add_argument("--leave-unplaced", action="store_true", help="add a campus run with leave_unplaced")
    ap.add_argument("--remedied", action="store_true", help="add the campus after apply-remedies")
    ap.add_argument("--only-remedied", action="store_true", help="only the campus after apply-remedies")
    ap.add_argument("--fractional-hours", choices=("round-up", "fortnightly"), default="fortnightly")
    args = ap.parse_args(argv)
    rows = []
    campus = DATASETS / "seed-campus"
    if campus.is_dir():
        problem, _, _ = load_any(campus, fractional_hours=args.fractional_hours)
        components, sessions = named_demand(problem)
        if not args.only_remedied:
            rows.append(run("seed-campus", problem, args, sessions))
        if args.leave_unplaced and not args.only_remedied:
            rows.append(run("seed-campus, leave_unplaced", problem, args, sessions, leave_unplaced=True))
        if not args.allow_shortfalls and not args.only_remedied:
            print(f"left out: {', '.join(f'{course} {kind}' for course, kind in sorted(components))}")
            rows.append(run("campus without the named demand", without(problem, components), args))
        if args.remedied or args.only_remedied:
            remedied = apply_remedies(campus, args.fractional_hours)
            if remedied is not None:
                rows.append(run("campus after apply-remedies", remedied, args))
    if not args.allow_shortfalls and not args.only_remedied:
        demo, _, _ = load_any(REPO / "resources" / "demo" / "demo_institution.json")
        rows.append(run("demo", demo, args))
    print(f"time limit {args.time_limit:g} s, {args.seeds} seed(s); medians over seeds")
    print_table(["dataset", "validation_errors", "hard", "soft", "first_feasible_s", "hard_outside_named"],
                rows)
    return 0


def apply_remedies(campus, fractional_hours: str = "fortnightly"):
    """The campus after ``schedule-engine apply-remedies`` (None when the command is missing)."""
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    out = Path(tempfile.mkdtemp()) / "remedied.json"
    done = subprocess.run([sys.executable, "-m", "schedule_engine.cli", "apply-remedies", str(campus),
                           "-o", str(out), "--fractional-hours", fractional_hours], capture_output=True, text=True)
    if done.returncode != 0 or not out.exists():
        print(f"apply-remedies is not available or failed: {done.stderr.strip()[:300]}")
        return None
    print(done.stdout.strip())
    problem, _, _ = load_any(out)
    return problem


if __name__ == "__main__":
    raise SystemExit(main())
