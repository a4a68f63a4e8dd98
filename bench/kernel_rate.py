"""Annealing-kernel throughput: moves per second at a fixed temperature.

    python bench/kernel_rate.py [--instances comp01,comp07] [--moves N] [--repeats K] [--cpu-time]

Builds a timetable per instance (construction plus a short feasibility run),
then times ``anneal`` for N moves at a low fixed temperature, K times, and
prints the median rate and acceptance.  The numbers compare kernel versions
run side by side; the solver's own evals_per_s includes its other work.
``--cpu-time`` times with the process's CPU time instead of the wall clock,
which other programs sharing the cores disturb less.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
from common import DATASETS, print_table

from schedule_engine.compiled import compile_problem
from schedule_engine.io.ctt import load_ctt
from schedule_engine.solver import ls_kernel
from schedule_engine.solver.construct import construct
from schedule_engine.solver.domains import build_domains


def rate(name: str, moves: int, repeats: int, temperature: float, clock=time.perf_counter) -> list:
    problem = load_ctt(DATASETS / "itc2007-cbctt" / f"{name}.ctt")
    cp = compile_problem(problem)
    pins = np.full(cp.n_sessions, -1)
    d = build_domains(cp, pins, pins)
    rng = np.random.default_rng(1)
    work = construct(cp, d, rng, pin_slot=pins, pin_room=pins)
    best_asg = work.st[0].copy()
    best = np.array(work.score, np.int64)
    args = d.anneal_args()
    ls_kernel.anneal(200_000, 300.0, 1.0, 1 << 30, 1000, 7, *args, best_asg, best, *work.pd, *work.st)
    rates, accept = [], []
    for k in range(repeats):
        t0 = clock()
        _, accepted, _ = ls_kernel.anneal(moves, temperature, 1.0, 1 << 30, 20, 11 + k, *args,
                                          best_asg, best, *work.pd, *work.st)
        dt = clock() - t0
        rates.append(moves / dt)
        accept.append(accepted / moves)
    return [name, cp.n_sessions, round(statistics.median(rates) / 1e3), round(100 * statistics.median(accept), 2),
            int(best[0]), int(best[1])]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--instances", default="comp01,comp05,comp07,comp12")
    ap.add_argument("--moves", type=int, default=1_000_000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--temperature", type=float, default=0.5)
    ap.add_argument("--cpu-time", action="store_true", help="time with CPU time, not the wall clock")
    args = ap.parse_args()
    clock = time.process_time if args.cpu_time else time.perf_counter
    rows = [rate(n, args.moves, args.repeats, args.temperature, clock)
            for n in args.instances.split(",")]
    print(f"{args.moves} moves x {args.repeats} repeats at T={args.temperature}; medians"
          f"{' (CPU time)' if args.cpu_time else ''}")
    print_table(["instance", "sessions", "k_moves_per_s", "accepted_pct", "best_hard", "best_soft"], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
