"""Head to head with fet-cl on FET's own example files.

    python bench/fet.py [--examples DIR] [--time-limit T] [--sample N | --files F ...] [--seed S]

For each example file whose active constraints are all supported and that validates without
errors (the *covered* files of bench/fet_coverage.py), run

- our solver on one core (``workers=1``) for ``T`` seconds, and
- ``fet-cl --timelimitseconds=T`` (it stops at its first complete timetable),

and record: activities; solved (every hard constraint met: for us, our full evaluation with the
rules; for FET, "Simulation successful"); time to the first such timetable (ours: the solver's
``time_to_feasible``, counted from the call; FET's: its wall time); the hard violations left in
ours (and whether the model's built-in hard constraints -- clashes, availability, rooms -- are all
met, so that only rules are broken: the solver does not aim at rules yet); the hard and soft
penalty of FET's timetable under our scoring of the imported rules (0 hard: our rules agree with
FET); and, for each timetable we solve, whether ``fet-cl`` given our exported locked file
(``--format fet``) finds exactly that timetable.

``--sample N`` takes N covered files spread evenly over the sizes (the full run is every covered
file, without ``--sample``).  Prints a Markdown table (docs/BENCHMARKS.md, "Head to head with
fet-cl") and writes bench/out/fet_T<T>.json.  Needs ``fet-cl`` (apt-get install fet fet-data).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import OUT, REPO, median

sys.path.insert(0, str(REPO / "engine"))

from schedule_engine.diagnostics import validate  # noqa: E402
from schedule_engine.errors import InvalidInputError  # noqa: E402
from schedule_engine.io.fet import load_fet  # noqa: E402
from schedule_engine.io.fet_export import export_fet  # noqa: E402
from schedule_engine.io.fet_timetable import activities_xml_solution  # noqa: E402
from schedule_engine.scoring.reference import evaluate  # noqa: E402
from schedule_engine.sessions import derive_sessions  # noqa: E402
from schedule_engine.solver import SolveOptions, solve  # noqa: E402

EXAMPLES = Path("/usr/share/doc/fet-data/examples")
_QUIET = ["--htmllevel=0", "--writetimetablesdayshorizontal=false", "--writetimetablesdaysvertical=false",
          "--writetimetablestimehorizontal=false", "--writetimetablestimevertical=false",
          "--writetimetablesstatistics=false", "--writetimetableconflicts=true"]


def covered_files(examples: Path) -> list[tuple[Path, int]]:
    """(file, activities) of every example that imports with all constraints supported and validates."""
    out = []
    for path in sorted(examples.rglob("*.fet")):
        try:
            problem, warnings = load_fet(path)
        except InvalidInputError:
            continue
        if any(d.code == "fet_unsupported" for d in warnings):
            continue
        if any(d.severity == "error" for d in validate(problem)):
            continue
        out.append((path, len(derive_sessions(problem))))
    return out


def spread(files: list[tuple[Path, int]], n: int) -> list[tuple[Path, int]]:
    """``n`` files evenly spread over the sizes (smallest and largest included)."""
    ordered = sorted(files, key=lambda f: (f[1], str(f[0])))
    if n >= len(ordered):
        return ordered
    if n == 1:
        return [ordered[len(ordered) // 2]]
    return [ordered[round(k * (len(ordered) - 1) / (n - 1))] for k in range(n)]


def run_fet_cl(path: Path, out: Path, seconds: int) -> dict:
    """Run fet-cl; solved, wall time and the activities file of its timetable."""
    started = time.perf_counter()
    try:
        subprocess.run(["fet-cl", f"--inputfile={path}", f"--outputdir={out}", f"--timelimitseconds={seconds}",
                        *_QUIET], capture_output=True, text=True, timeout=seconds + 60)
    except subprocess.TimeoutExpired:
        pass
    wall = time.perf_counter() - started
    result = out / "logs" / "result.txt"
    text = result.read_text(encoding="utf-8-sig", errors="replace") if result.exists() else ""
    solved = "Simulation successful" in text
    activities = next((out / "timetables").rglob("*_activities.xml"), None) if solved else None
    conflicts = next((out / "timetables").rglob("*_soft_conflicts.txt"), None) if solved else None
    total = None
    if conflicts is not None:
        match = re.search(r"Total soft conflicts:\s*([0-9.]+)", conflicts.read_text(encoding="utf-8-sig"))
        total = float(match.group(1)) if match else None
    return {"solved": solved, "wall_s": wall, "activities": activities, "fet_soft_conflicts": total}


def placed(solution) -> set:
    return {(a.session_id, a.slot, a.room) for a in solution.assignments if a.slot is not None}


def head_to_head(path: Path, seconds: int, seed: int, work: Path) -> dict:
    problem, _warnings = load_fet(path)
    row: dict = {"file": str(path.relative_to(EXAMPLES)) if path.is_relative_to(EXAMPLES) else str(path),
                 "activities": len(derive_sessions(problem))}
    ours = solve(problem, SolveOptions(time_limit=seconds, workers=1, seed=seed))
    score = evaluate(problem, ours.solution, explain=False)
    row.update(ours_solved=score.hard == 0, ours_hard=score.hard, ours_soft=score.soft,
               ours_first_s=ours.stats.get("time_to_feasible") if score.hard == 0 else None,
               ours_solver_status=ours.status)
    fet = run_fet_cl(path, work / "fet", seconds)
    row.update(fet_solved=fet["solved"], fet_first_s=fet["wall_s"] if fet["solved"] else None,
               fet_soft_conflicts=fet["fet_soft_conflicts"])
    if fet["activities"] is not None:
        theirs = evaluate(problem, activities_xml_solution(problem, path, fet["activities"]), explain=False)
        row.update(fet_hard=theirs.hard, fet_soft=theirs.soft)  # 0 hard: our rules agree with FET
    row["confirmed"] = None
    if score.hard == 0:
        exported = export_fet(problem, ours.solution, work / "export", source=path).files[0]
        check = run_fet_cl(exported, work / "confirm", min(seconds, 30))
        row["confirmed"] = bool(check["solved"] and check["activities"] is not None
                                and placed(activities_xml_solution(problem, path, check["activities"]))
                                == placed(ours.solution))
        row["confirm_s"] = check["wall_s"]
    return row


def _cell(value, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def markdown(rows: list[dict], seconds: int) -> str:
    lines = ["| file | activities | ours solved | ours first valid (s) | ours hard left (built-in met) | ours soft | "
             "fet-cl solved | fet-cl first valid (s) | fet-cl hard, soft (our scoring) | fet-cl confirms ours |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        built_in = "yes" if r["ours_solver_status"] == "feasible" else "no"
        fet_score = "-" if r.get("fet_hard") is None else f"{r['fet_hard']}, {r['fet_soft']}"
        lines.append("| " + " | ".join([_cell(r["file"]), _cell(r["activities"]), _cell(r["ours_solved"]),
                                        _cell(r["ours_first_s"]), f"{r['ours_hard']} ({built_in})",
                                        _cell(r["ours_soft"]), _cell(r["fet_solved"]), _cell(r["fet_first_s"]),
                                        fet_score, _cell(r["confirmed"])]) + " |")
    ours = [r for r in rows if r["ours_solved"]]
    fet = [r for r in rows if r["fet_solved"]]
    both_fet = [r for r in fet if r["ours_solved"]]
    lines.append("")
    lines.append(f"T = {seconds} s. Solved: ours {len(ours)} of {len(rows)}, fet-cl {len(fet)} of {len(rows)}; "
                 f"of the files fet-cl solves we solve {len(both_fet)}; where fet-cl fails we solve "
                 f"{sum(1 for r in rows if r['ours_solved'] and not r['fet_solved'])} of "
                 f"{sum(1 for r in rows if not r['fet_solved'])}. Median time to first valid: ours "
                 f"{_cell(median([r['ours_first_s'] for r in ours]))} s, fet-cl "
                 f"{_cell(median([r['fet_first_s'] for r in fet]))} s. fet-cl confirms "
                 f"{sum(1 for r in rows if r['confirmed'])} of our {len(ours)} solved timetables.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=Path, default=EXAMPLES)
    parser.add_argument("--time-limit", type=int, default=60, help="seconds, for both solvers")
    parser.add_argument("--sample", type=int, default=0, help="N covered files spread over the sizes")
    parser.add_argument("--files", type=Path, nargs="*", default=[], help="these files instead")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if shutil.which("fet-cl") is None:
        print("fet-cl is not installed (apt-get install fet fet-data).")
        return 1
    if args.files:
        files = [(p, 0) for p in args.files]
    else:
        files = covered_files(args.examples)
        print(f"{len(files)} covered and valid files under {args.examples}.", file=sys.stderr)
        if args.sample:
            files = spread(files, args.sample)
    rows = []
    for path, _n in files:
        with tempfile.TemporaryDirectory(prefix="fet-bench-") as tmp:
            row = head_to_head(path, args.time_limit, args.seed, Path(tmp))
        rows.append(row)
        print(json.dumps(row), file=sys.stderr)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"fet_T{args.time_limit}.json").write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    print(markdown(rows, args.time_limit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
