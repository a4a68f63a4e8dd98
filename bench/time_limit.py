"""Does ``schedule-engine solve --time-limit S`` return within S from the call?

    python bench/time_limit.py [--inputs comp01,comp07] [--limits 10,60] [--runs 3]
                               [--workers N] [--extra "--allow-shortfalls"] [--cpu K]

Runs the installed ``schedule-engine`` command (next to this interpreter) in a
subprocess per run and measures the wall clock from the call to the process's
exit with ``time.perf_counter``, then prints per input and limit the median,
worst and each run's wall clock, the command's own ``elapsed_s`` and the
overshoot (wall clock less the limit).  An input is an ITC-2007 instance name
(``comp07``), ``campus`` (the seed campus folder) or a path.  ``--cpu K`` pins
each run to core K (``taskset``) for single-core figures.
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import DATASETS, median, print_table

COMMAND = Path(sys.executable).with_name("schedule-engine")


def input_path(name: str) -> Path:
    if name == "campus":
        return DATASETS / "seed-campus"
    if name.startswith("comp") and "/" not in name:
        return DATASETS / "itc2007-cbctt" / f"{name}.ctt"
    return Path(name)


def one_run(source: Path, limit: float, seed: int, workers: int, extra: list[str],
            cpu: int | None) -> dict:
    """Wall clock of one command, its printed summary and its exit code."""
    with tempfile.TemporaryDirectory(prefix="time_limit_") as tmp:
        out = Path(tmp) / ("out.sol" if source.suffix == ".ctt" else "out.json")
        argv = [str(COMMAND), "solve", str(source), "-o", str(out), "--time-limit", f"{limit:g}",
                "--seed", str(seed), "--workers", str(workers), "--quiet", *extra]
        if cpu is not None and shutil.which("taskset"):
            argv = ["taskset", "-c", str(cpu), *argv]
        t0 = time.perf_counter()
        done = subprocess.run(argv, capture_output=True, text=True)
        wall = time.perf_counter() - t0
    lines = done.stdout.strip().splitlines()
    summary = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    if done.returncode != 0:
        print(f"exit {done.returncode}: {done.stderr[-400:]}", file=sys.stderr)
    return {"wall": wall, "elapsed_s": summary.get("elapsed_s"), "hard": summary.get("hard"),
            "soft": summary.get("soft"), "code": done.returncode}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", default="comp01,comp07")
    ap.add_argument("--limits", default="10,60")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--extra", default="", help="more solve options, e.g. \"--allow-shortfalls\"")
    ap.add_argument("--cpu", type=int, default=None)
    args = ap.parse_args(argv)
    extra = shlex.split(args.extra)
    rows = []
    for name in args.inputs.split(","):
        source = input_path(name)
        for limit in (float(x) for x in args.limits.split(",")):
            runs = [one_run(source, limit, seed, args.workers, extra, args.cpu)
                    for seed in range(1, args.runs + 1)]
            walls = [r["wall"] for r in runs]
            rows.append([name, limit, median(walls), max(walls), median(walls) - limit,
                         median([r["elapsed_s"] for r in runs]),
                         " ".join(f"{w:.2f}" for w in walls),
                         " ".join(f"{r['hard']}/{r['soft']}" for r in runs)])
            print(json.dumps({"input": name, "limit": limit, "runs": runs}), flush=True)
    print_table(["input", "limit", "wall med", "wall max", "over med", "elapsed_s med", "walls",
                 "hard/soft"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
