"""The ``schedule-engine solve`` subcommand.

    schedule-engine solve INPUT -o OUTPUT [--time-limit S] [--seed N] [--workers N]
                          [--format json|ctt-sol] [--effort quick|balanced|thorough]
                          [--allow-shortfalls [--leave-unplaced]]

Shows a progress bar on the terminal; Ctrl-C stops the search gracefully and
the best timetable found so far is written.

The time limit counts from the call (the process's start: see
:mod:`schedule_engine.process_clock`), so that loading the input, importing
and loading the solver and writing the result are inside it; the progress
bar's clock and the summary's ``elapsed_s`` count from the call as well.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import json
import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path

from schedule_engine.cli_common import add_fractional_hours_argument
from schedule_engine.errors import InvalidInputError

FINISH_RESERVE_S = 0.3
"""Of a time limit, kept for writing the timetable and leaving, so that the
command returns within the limit."""


def search_limit(time_limit: float | None) -> float | None:
    """The solver's time limit: the command's, less the finishing reserve."""
    if time_limit is None or time_limit <= 2 * FINISH_RESERVE_S:
        return time_limit
    return time_limit - FINISH_RESERVE_S


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "solve", help="build a timetable",
        description="Solve a campus folder, an ITC-2007 .ctt file, a FET .fet file or an engine "
                    ".json document and write the best timetable. Ctrl-C stops early and keeps the best so far.")
    p.add_argument("input", metavar="INPUT")
    add_fractional_hours_argument(p)
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
    p.add_argument("--allow-shortfalls", action="store_true",
                   help="solve data whose only errors are shortfalls (demand that cannot fit); "
                        "the search keeps the hard violations on the sessions they name")
    p.add_argument("--leave-unplaced", action="store_true",
                   help="with --allow-shortfalls: leave what cannot fit unplaced instead of clashing")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(handler=run_solve)
    return p


def _progress_bar(quiet: bool, called_at: float):
    """(update, close) of the terminal's progress bar, whose clock counts from
    ``called_at`` (``time.time()`` of the call)."""
    if quiet:
        return None, lambda: None
    from tqdm import tqdm

    from schedule_engine.solver.events import ProgressEvent

    bar = tqdm(total=1000, unit="‰", bar_format="{l_bar}{bar}| {elapsed} {postfix}", file=sys.stderr)
    bar.start_t = min(bar.start_t, called_at)  # tqdm's clock is time.time(): count from the call

    def update(data: dict) -> None:
        event = ProgressEvent.from_dict(data)
        target = int(1000 * event.fraction)
        if target > bar.n:
            bar.update(target - bar.n)
        if event.score is not None:
            bar.set_postfix_str(f"{event.phase} gen {event.generation} "
                                f"hard {event.hard} soft {event.soft}", refresh=False)

    return update, bar.close


def leave_now(code: int) -> None:
    """End the process at once with ``code``, its output flushed: the
    interpreter's usual teardown (freeing the compiled kernels and every
    module) would add a fifth of a second or more after the time limit."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def run_solve(args: argparse.Namespace) -> int:
    from schedule_engine.cli_common import EXIT_ERRORS, EXIT_OK, exit_code_for, print_diagnostics
    from schedule_engine.diagnostics import only_shortfalls
    from schedule_engine.io.ctt import write_ctt_solution
    from schedule_engine.io.engine_json import save_document
    from schedule_engine.io.loader import load_any
    from schedule_engine.solver import SolveOptions, solve

    called_at = getattr(args, "called_at", None) or time.time()
    try:
        problem, stored, _warnings = load_any(args.input, fractional_hours=args.fractional_hours)
    except InvalidInputError as exc:
        print_diagnostics(exc.diagnostics, sys.stderr)
        return exit_code_for(exc)
    # leave at once when done: the interpreter's last garbage collection over
    # numba's compiler objects would take a second or more after the time limit
    atexit.register(gc.freeze)
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    update, close = _progress_bar(args.quiet, called_at)
    try:
        options = SolveOptions.from_dict({
            "time_limit": search_limit(args.time_limit), "generations": args.generations, "seed": args.seed,
            "workers": args.workers, "effort": args.effort, "started": called_at,
            "allow_shortfalls": args.allow_shortfalls or args.leave_unplaced,
            "leave_unplaced": args.leave_unplaced, "warm_start": bool(args.warm_start)}, path="options")
        result = solve(problem, options,
                       initial=stored if args.warm_start else None, progress=update,
                       stop=stop.is_set)
    finally:
        close()
        signal.signal(signal.SIGINT, previous)
    if result.status == "invalid_input":
        print_diagnostics(result.diagnostics, sys.stderr)
        if only_shortfalls(result.diagnostics):
            print("Every error is demand that cannot fit: --allow-shortfalls solves the rest "
                  "(and --leave-unplaced leaves the overflow unplaced).", file=sys.stderr)
        return EXIT_ERRORS
    fmt = args.format or ("ctt-sol" if str(args.input).lower().endswith(".ctt") else "json")
    out = Path(args.output)
    if fmt == "ctt-sol":
        out.write_text(write_ctt_solution(problem, result.solution), encoding="utf-8")
    else:
        save_document(out, problem, result.solution)
    summary = {"status": result.status, "hard": result.hard, "soft": result.soft,
               "seed": result.stats["seed"], "elapsed_s": round(time.time() - called_at, 2),
               "generations": result.stats["generations"], "output": str(out)}
    if "shortfalls" in result.stats:
        summary["hard_outside_shortfalls"] = result.stats["hard_outside_shortfalls"]
        summary["unplaced"] = {d["entity"]: d["unplaced"] for d in result.stats["shortfalls"]}
    print(json.dumps(summary))
    if getattr(args, "own_process", False):
        leave_now(EXIT_OK)
    return EXIT_OK
