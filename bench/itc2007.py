"""ITC-2007 curriculum-based timetabling benchmark.

    python bench/itc2007.py [--instances comp01,comp05 | all] [--time-limit S] [--seeds K]
                            [--first-seed N] [--workers N] [--effort E]

Solves each instance with K seeds, writes every solution in the ITC format to
bench/out/itc2007/ (``<instance>_<limit>s_seed<k>.sol``), and prints per
instance the median hard cost, the median and mean soft cost of the feasible
runs, the best known cost and the ITC-2007 winner's average (from the dataset's README),
the ratio of our median to the best known, the median time to the first
feasible timetable and the evaluation rate.
"""

from __future__ import annotations

import argparse
import re
import sys

from common import DATASETS, OUT, median, print_table

from schedule_engine.io.ctt import load_ctt, write_ctt_solution
from schedule_engine.scoring import evaluate
from schedule_engine.solver import SolveOptions, solve

ITC = DATASETS / "itc2007-cbctt"


def reference_table() -> dict[str, tuple[float, float]]:
    """instance -> (best known, ITC-2007 winner's average)."""
    text = (ITC / "README.md").read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r"^\| (comp\d\d) \| (\d+)\*? \| ([\d.]+) \|", text, re.MULTILINE):
        out[m.group(1)] = (float(m.group(2)), float(m.group(3)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--instances", default="all")
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--first-seed", type=int, default=1, help="seeds first-seed .. first-seed+K-1")
    ap.add_argument("--workers", type=int, default=1, help="islands per run (1: one core)")
    ap.add_argument("--effort", default="balanced")
    args = ap.parse_args(argv)
    refs = reference_table()
    names = sorted(refs) if args.instances == "all" else args.instances.split(",")
    out_dir = OUT / "itc2007"
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for name in names:
        problem = load_ctt(ITC / f"{name}.ctt")
        hards, softs, feas, rates = [], [], [], []
        for seed in range(args.first_seed, args.first_seed + args.seeds):
            result = solve(problem, SolveOptions(time_limit=args.time_limit, seed=seed,
                                                 workers=args.workers, effort=args.effort))
            check = evaluate(problem, result.solution, explain=False)
            assert (check.hard, check.soft) == (result.hard, result.soft)
            (out_dir / f"{name}_{args.time_limit:g}s_seed{seed}.sol").write_text(write_ctt_solution(problem, result.solution))
            hards.append(result.hard)
            softs.append(result.soft if result.hard == 0 else None)
            feas.append(result.stats["time_to_feasible"])
            rates.append(result.stats["evals_per_s"])
            print(f"{name} seed {seed}: hard {result.hard} soft {result.soft} "
                  f"feasible after {result.stats['time_to_feasible']}", file=sys.stderr, flush=True)
        best, winner = refs.get(name, (None, None))
        soft = median(softs)
        feasible_softs = [v for v in softs if v is not None]
        mean_soft = sum(feasible_softs) / len(feasible_softs) if feasible_softs else None
        rows.append([name, median(hards), soft, mean_soft, best, winner,
                     (soft / best if soft is not None and best else None),
                     median(feas), median(rates)])
    print(f"time limit {args.time_limit:g} s, {args.seeds} seed(s), workers {args.workers}, "
          f"effort {args.effort}; medians over seeds")
    print_table(["instance", "hard", "soft", "mean_soft", "best_known", "winner_avg", "ratio",
                 "first_feasible_s", "evals_per_s"], rows)
    at_or_below = sum(1 for r in rows if r[3] is not None and r[5] is not None and r[3] <= r[5])
    feasible = sum(1 for r in rows if r[1] == 0)
    print(f"feasible {feasible}/{len(rows)}; mean at or below the ITC-2007 winner's average: {at_or_below}/{len(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
