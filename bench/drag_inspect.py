"""Time the drag-to-inspect slot colouring on the campus dataset.

    uv run python bench/drag_inspect.py [DATASET_FOLDER] [--sessions N] [--seed S]

Builds a timetable by greedy construction, then for many sessions computes the
colouring a drag shows (every start slot's hard and soft change with the best
room, and legality) exactly as the desktop does, and prints the times.  The
last line is ``median_ms=… p95_ms=…``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from schedule_engine.compiled import compile_problem
from schedule_engine.io import load_campus_folder
from schedule_engine.solver.construct import construct
from schedule_engine.solver.domains import build_domains
from schedule_engine.timetable_edits import TimetableInspector

DEFAULT_DATASET = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "seed-campus"


def greedy_timetable(problem, seed: int):
    cp = compile_problem(problem)
    pin_slot, pin_room = cp.pins(None)
    scorer = construct(cp, build_domains(cp, pin_slot, pin_room), np.random.default_rng(seed),
                       pin_slot=pin_slot, pin_room=pin_room)
    return cp, cp.decode(*scorer.arrays())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    problem, _diagnostics = load_campus_folder(args.dataset)
    started = time.perf_counter()
    cp, solution = greedy_timetable(problem, args.seed)
    construct_s = time.perf_counter() - started
    started = time.perf_counter()
    inspector = TimetableInspector(problem, solution, cp)
    build_ms = (time.perf_counter() - started) * 1000
    inspector.start_options(0)  # load the compiled kernels before timing

    rng = np.random.default_rng(args.seed)
    picks = rng.choice(cp.n_sessions, size=min(args.sessions, cp.n_sessions), replace=False)
    times, legal_counts = [], []
    by_length: dict[int, list[float]] = {}
    for s in picks:
        t0 = time.perf_counter()
        options = inspector.start_options(int(s))
        ms = (time.perf_counter() - t0) * 1000
        times.append(ms)
        legal_counts.append(int(options.legal.sum()))
        by_length.setdefault(int(cp.length[s]), []).append(ms)

    print(f"dataset     {args.dataset}")
    print(f"sessions    {cp.n_sessions}  slots {cp.n_slots}  rooms {cp.n_rooms}  "
          f"instructors {cp.n_instructors}")
    print(f"greedy timetable in {construct_s:.1f} s; inspector built in {build_ms:.1f} ms "
          f"(once per timetable)")
    print(f"{'block length':>12} {'sessions':>8} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
    for length in sorted(by_length):
        values = by_length[length]
        print(f"{length:>12} {len(values):>8} {statistics.median(values):>10.2f} "
              f"{np.percentile(values, 95):>8.2f} {max(values):>8.2f}")
    print(f"{'all':>12} {len(times):>8} {statistics.median(times):>10.2f} "
          f"{np.percentile(times, 95):>8.2f} {max(times):>8.2f}")
    print(f"legal starts per session: median {statistics.median(legal_counts):.0f} of {cp.n_slots}")
    print(f"median_ms={statistics.median(times):.2f} p95_ms={np.percentile(times, 95):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
