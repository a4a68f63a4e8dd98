"""Table of earlier ITC-2007 runs, re-scored from their solution files.

    python bench/itc2007_table.py [--time-limit S] [--seeds K] [--out DIR]

Reads ``<instance>_<limit>s_seed<k>.sol`` for seeds 1..K from bench/out/itc2007/
(or DIR), scores each with the engine's evaluator (the ITC-2007 cost), and
prints per instance the hard and soft cost of every seed, the mean soft cost,
the ITC-2007 winner's average and whether the mean is at or below it.  Runs
made in several sittings (``itc2007.py --first-seed``) are summed up here.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from common import OUT, print_table
from itc2007 import ITC, reference_table

from schedule_engine.io.ctt import load_ctt
from schedule_engine.io.ctt_solution import read_ctt_solution
from schedule_engine.scoring import evaluate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--time-limit", type=float, default=300.0)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--out", type=Path, default=OUT / "itc2007")
    args = ap.parse_args(argv)
    refs = reference_table()
    rows = []
    qualified = complete = 0
    for name in sorted(refs):
        problem = load_ctt(ITC / f"{name}.ctt")
        costs = []
        for seed in range(1, args.seeds + 1):
            path = args.out / f"{name}_{args.time_limit:g}s_seed{seed}.sol"
            if not path.exists():
                costs.append(None)
                continue
            ev = evaluate(problem, read_ctt_solution(path.read_text(encoding="utf-8"), problem), explain=False)
            costs.append((ev.hard, ev.soft))
        found = [c for c in costs if c is not None]
        feasible = bool(found) and all(h == 0 for h, _ in found)
        mean = sum(s for _, s in found) / len(found) if feasible else None
        winner = refs[name][1]
        all_seeds = len(found) == args.seeds
        ok = all_seeds and mean is not None and mean <= winner
        complete += all_seeds
        qualified += ok
        rows.append([name] + ["-" if c is None else (c[1] if c[0] == 0 else f"{c[0]}h/{c[1]}") for c in costs]
                    + [mean, winner, "yes" if ok else ("no" if all_seeds else "?")])
    print(f"time limit {args.time_limit:g} s, seeds 1..{args.seeds}, soft cost (hard/soft when infeasible)")
    print_table(["instance"] + [f"seed{k}" for k in range(1, args.seeds + 1)]
                + ["mean", "winner_avg", "at_or_below"], rows)
    print(f"instances with all {args.seeds} seeds: {complete}/{len(rows)}; "
          f"mean at or below the ITC-2007 winner's average: {qualified}/{len(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
