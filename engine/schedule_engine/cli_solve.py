"""The ``schedule-engine solve`` subcommand.

    schedule-engine solve INPUT -o OUTPUT [--time-limit S] [--seed N] [--workers N]
                          [--format json|ctt-sol] [--effort quick|balanced|thorough]

Shows a progress bar on the terminal; Ctrl-C stops the search gracefully and
the best timetable found so far is written.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path

from schedule_engine.errors import InvalidInputError


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "solve", help="build a timetable",
        description="Solve a campus folder, an ITC-2007 .ctt file or an engine .json document "
                    "and write the best timetable. Ctrl-C stops early and keeps the best so far.")
    p.add_argument("input", metavar="INPUT")
    p.add_argument("-o", "--output", required=True, metavar="OUTPUT")
    p.add_argument("--time-limit", type=float, default=60.0, metavar="S")
    p.add_argument("--generations", type=int, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--workers", type=int, default=0,
                   help="islands in parallel (default 0: all cores but one; 1 is reproducible)")
    p.add_argument("--effort", choices=("quick", "balanced", "thorough"), default="balanced")
    p.add_argument("--format", choices=("json", "ctt-sol"), default=None,
                   help="json (engine document with the solution) or ctt-sol (ITC-2007 solution); "
                        "default: ctt-sol for a .ctt input, json otherwise")
    p.add_argument("--warm-start", action="store_true",
                   help="start from the solution stored in an engine document (keeps its pins)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(handler=run_solve)
    return p


def _progress_bar(quiet: bool):
    if quiet:
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(total=1000, unit="‰", bar_format="{l_bar}{bar}| {elapsed} {postfix}", file=sys.stderr)

    def update(event: dict) -> None:
        target = int(1000 * float(event.get("fraction", 0.0)))
        if target > bar.n:
            bar.update(target - bar.n)
        if "hard" in event:
            bar.set_postfix_str(f"{event.get('phase', '')} gen {event.get('generation', 0)} "
                                f"hard {event['hard']} soft {event['soft']}", refresh=False)

    return update, bar.close


def run_solve(args: argparse.Namespace) -> int:
    from schedule_engine.cli import EXIT_ERRORS, EXIT_OK, exit_code_for, print_diagnostics
    from schedule_engine.io.ctt import write_ctt_solution
    from schedule_engine.io.engine_json import save_document
    from schedule_engine.io.loader import load_any
    from schedule_engine.solver import SolveOptions, solve

    try:
        problem, stored, _warnings = load_any(args.input)
    except InvalidInputError as exc:
        print_diagnostics(exc.diagnostics, sys.stderr)
        return exit_code_for(exc)
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    update, close = _progress_bar(args.quiet)
    try:
        result = solve(problem, SolveOptions(time_limit=args.time_limit, generations=args.generations,
                                             seed=args.seed, workers=args.workers, effort=args.effort),
                       initial=stored if args.warm_start else None, progress=update,
                       stop=stop.is_set)
    finally:
        close()
        signal.signal(signal.SIGINT, previous)
    if result.status == "invalid_input":
        print_diagnostics(result.diagnostics, sys.stderr)
        return EXIT_ERRORS
    fmt = args.format or ("ctt-sol" if str(args.input).lower().endswith(".ctt") else "json")
    out = Path(args.output)
    if fmt == "ctt-sol":
        out.write_text(write_ctt_solution(problem, result.solution), encoding="utf-8")
    else:
        save_document(out, problem, result.solution)
    summary = {"status": result.status, "hard": result.hard, "soft": result.soft,
               "seed": result.stats["seed"], "elapsed_s": round(result.stats["elapsed"], 2),
               "generations": result.stats["generations"], "output": str(out)}
    print(json.dumps(summary))
    return EXIT_OK
