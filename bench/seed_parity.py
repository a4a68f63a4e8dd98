"""Seed-for-seed fingerprints of generation-limited solves.

    python bench/seed_parity.py [--instances comp01,comp05,comp12,demo] [--seeds 1,2,3] [--generations 30]

Solves each instance (ITC-2007 ``.ctt`` names, or ``demo`` for the bundled
institution) with one worker, no time limit and a fixed number of
generations, once per seed, and prints hard, soft and a hash of the
placements (session, slot, room, instructor, block length, week).  Two engine
versions give the same solver results when their tables are identical: run the
script under each (``PYTHONPATH=<checkout>/engine``) and compare the outputs.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import schedule_engine
from common import DATASETS, print_table

from schedule_engine.io.ctt import load_ctt
from schedule_engine.io.engine_json import load_document
from schedule_engine.solver import SolveOptions, solve

ENGINE_ROOT = Path(schedule_engine.__file__).resolve().parents[2]
"""The checkout the imported engine comes from (its demo matches its file format)."""


def load(name: str):
    if name == "demo":
        problem, _solution = load_document(ENGINE_ROOT / "resources" / "demo" / "demo_institution.json")
        return problem
    return load_ctt(DATASETS / "itc2007-cbctt" / f"{name}.ctt")


def placements_hash(solution) -> str:
    rows = sorted((a.session_id, a.slot, a.room, a.instructor, a.length, getattr(a, "week", 0) or 0)
                  for a in solution.assignments)
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--instances", default="comp01,comp05,comp12,demo")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--generations", type=int, default=30)
    args = ap.parse_args()
    print(f"engine: {ENGINE_ROOT}")
    rows = []
    for name in args.instances.split(","):
        problem = load(name)
        for seed in (int(x) for x in args.seeds.split(",")):
            options = SolveOptions(time_limit=None, generations=args.generations, seed=seed, workers=1)
            result = solve(problem, options)
            rows.append([name, seed, result.hard, result.soft, placements_hash(result.solution)])
    print(f"{args.generations} generations, one worker")
    print_table(["instance", "seed", "hard", "soft", "placements"], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
