"""Campus benchmark: does the search reach zero hard violations, and does the
time limit hold?

    python bench/campus.py [--time-limit S] [--seeds K] [--workers N]
                           [--runs remedied,shortfalls,unplaced,without,demo]
                           [--fractional-hours round-up|fortnightly]

Runs (default: remedied, shortfalls and unplaced), each on seeds 1..K:

- ``remedied``: the seed-campus after ``schedule-engine apply-remedies``
  (no shortfall left): the search should reach 0 hard;
- ``shortfalls``: the raw campus with ``allow_shortfalls``: every hard
  violation left should touch a session of the demand validation names
  (``outside`` counts those that do not);
- ``unplaced``: the raw campus with ``allow_shortfalls`` and
  ``leave_unplaced``: no hard violation among placed sessions (``placed``),
  and every unplaced session one a shortfall names (``named``);
- ``without``: the raw campus without the course components validation names;
- ``demo``: the bundled demo institution.

The campus is read with fractional weekly hours taught fortnightly (a two-week
cycle) unless told otherwise.  Per run and seed the table gives the hard and
soft totals, the time to the first timetable with no hard violation (``-``:
never), the wall-clock seconds of the call and the CPU seconds of this process
(the machine may be shared: a wall time well above the CPU time means other
work took the core), then the medians over the seeds.  The search kernels are
compiled before the first run, so that no run pays for it.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

from common import DATASETS, REPO, median, print_table

from schedule_engine.capacity_check import capacity_shortfalls
from schedule_engine.compiled import compile_problem
from schedule_engine.constraint_catalog import HARD_IDS
from schedule_engine.diagnostics import session_starts, validate
from schedule_engine.io import load_any
from schedule_engine.scoring import evaluate
from schedule_engine.solver import SolveOptions, solve
from schedule_engine.solver.warmup import ensure_compiled

RUNS = ("remedied", "shortfalls", "unplaced", "without", "demo")
HEADERS = ["run", "seed", "hard", "soft", "time_to_zero_s", "wall_s", "cpu_s", "outside", "placed",
           "named"]


def solve_row(label: str, problem, args, seed: int, named: set[str], leave_unplaced: bool) -> list:
    """One solve: [label, seed, hard, soft, time to zero, wall, cpu, outside, placed, named]."""
    cpu, wall = time.process_time(), time.monotonic()
    r = solve(problem, SolveOptions(time_limit=args.time_limit, seed=seed, workers=args.workers,
                                    allow_shortfalls=True, leave_unplaced=leave_unplaced))
    wall, cpu = time.monotonic() - wall, time.process_time() - cpu
    hard = [v for v in evaluate(problem, r.solution).violations if v.level == "hard"]
    outside = placed = all_named = None
    if named:
        outside = sum(1 for v in hard if not named & set(v.sessions))
    if leave_unplaced:
        placed = sum(1 for v in hard if v.constraint != "unplaced")
        missing = {x for v in hard if v.constraint == "unplaced" for x in v.sessions}
        all_named = "yes" if missing <= named else f"no ({len(missing - named)})"
    kinds = {k: v for k, v in r.breakdown.items() if v and k in HARD_IDS}
    print(f"  {label} seed {seed}: hard {r.hard} soft {r.soft} zero at {r.stats['time_to_feasible']} "
          f"wall {wall:.1f} s cpu {cpu:.1f} s hard kinds {kinds}", flush=True)
    return [label, seed, r.hard, r.soft, r.stats["time_to_feasible"], wall, cpu, outside, placed, all_named]


def medians(label: str, rows: list[list]) -> list:
    """The median row of one run's seeds (time to zero: ``-`` unless every seed got there)."""
    column = list(zip(*rows))
    zero = None if None in column[4] else median(list(column[4]))
    return [label, "median", median(list(column[2])), median(list(column[3])), zero,
            *(median(list(column[k])) for k in range(5, 9)), None]


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


def apply_remedies(campus, fractional_hours: str = "fortnightly"):
    """The campus after ``schedule-engine apply-remedies`` (None when the command fails)."""
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    out = Path(tempfile.mkdtemp()) / "remedied.json"
    done = subprocess.run([sys.executable, "-m", "schedule_engine.cli", "apply-remedies", str(campus),
                           "-o", str(out), "--fractional-hours", fractional_hours], capture_output=True, text=True)
    if not out.exists():
        print(f"apply-remedies failed: {done.stderr.strip()[:300]}")
        return None
    print("apply-remedies: " + "; ".join(done.stdout.strip().splitlines()[-2:]))
    problem, _, _ = load_any(out)
    return problem


def problems(runs: list[str], args) -> list[tuple[str, object, set[str], bool]]:
    """(label, problem, named session ids, leave_unplaced) for each run asked for."""
    out = []
    campus = DATASETS / "seed-campus"
    if campus.is_dir() and set(runs) & {"remedied", "shortfalls", "unplaced", "without"}:
        raw, _, _ = load_any(campus, fractional_hours=args.fractional_hours)
        components, sessions = named_demand(raw)
        print(f"campus: {len(raw.courses)} courses; shortfalls name {len(sessions)} sessions of "
              f"{len(components)} components")
        if "remedied" in runs:
            remedied = apply_remedies(campus, args.fractional_hours)
            if remedied is not None:
                errors = [d for d in validate(remedied) if d.severity == "error"]
                print(f"remedied campus: {len(errors)} validation error(s)")
                out.append(("remedied", remedied, set(), False))
        if "shortfalls" in runs:
            out.append(("shortfalls", raw, sessions, False))
        if "unplaced" in runs:
            out.append(("unplaced", raw, sessions, True))
        if "without" in runs:
            out.append(("without", without(raw, components), set(), False))
    if "demo" in runs:
        demo, _, _ = load_any(REPO / "resources" / "demo" / "demo_institution.json")
        out.append(("demo", demo, set(), False))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--runs", default="remedied,shortfalls,unplaced",
                    help=f"comma-separated, of {', '.join(RUNS)}")
    ap.add_argument("--fractional-hours", choices=("round-up", "fortnightly"), default="fortnightly")
    args = ap.parse_args(argv)
    runs = [x.strip() for x in args.runs.split(",") if x.strip()]
    unknown = set(runs) - set(RUNS)
    if unknown:
        ap.error(f"unknown run(s): {', '.join(sorted(unknown))}")
    print(f"search kernels compiled in {ensure_compiled():.1f} s (before any run)")
    rows, summary = [], []
    for label, problem, named, leave in problems(runs, args):
        mine = [solve_row(label, problem, args, seed, named, leave) for seed in range(1, args.seeds + 1)]
        rows.extend(mine)
        summary.append(medians(label, mine))
    print(f"time limit {args.time_limit:g} s, {args.workers} worker(s); time_to_zero: first timetable "
          "with no hard violation; outside: hard violations touching no named session; placed: hard "
          "violations among placed sessions; named: every unplaced session named by a shortfall")
    print_table(HEADERS, rows + summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
