"""Compile the solver's numba kernels ahead of time into one plain extension
module, so that the desktop bundle needs neither numba nor llvmlite (171 MB)
and the first Solve after installing does not wait for a compiler.

    python build_specs/aot_kernels.py OUTPUT_DIR

1. compiles every kernel under numba's JIT, with an empty cache, on real work
   (the warm-up problem, the incremental scorer's calls and a short solve of
   the bundled demo institution), so that each kernel -- also those only
   called from other kernels -- has met the argument types it is given;
2. exports each such signature of each kernel (literal argument types
   widened to their plain type) with ``numba.pycc``, for a generic CPU of the
   build platform, as ``<module>__<kernel>__<k>`` in ``_schedule_kernels``;
3. checks, in a fresh process without llvmlite, that a seeded solve of the
   demo gives the JIT's score on the compiled kernels (the kernels' sources
   must not change during the build).

At run time ``schedule_kernels_runtime`` (``build_specs/aot_runtime``) stands
in for numba: its ``njit`` hands each kernel module the exported functions.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULE_NAME = "_schedule_kernels"
TYPES_FILE = "_schedule_kernels_types.json"
"""Each export's argument types, which the runtime checks before a call: a
compiled function only checks an array's item size, not its type or layout."""
KERNEL_MODULES = ("schedule_engine.scoring.kernels", "schedule_engine.scoring.week_kernels",
                  "schedule_engine.scoring.recut_kernels", "schedule_engine.solver.move_kernels",
                  "schedule_engine.solver.recut", "schedule_engine.solver.week_moves",
                  "schedule_engine.solver.ls_kernel")
"""Every engine module with ``@njit`` kernels (tests/test_aot_kernel_list.py checks
the list against the sources): one left out runs as plain Python in the bundle."""
DEMO = ROOT / "resources" / "demo" / "demo_institution.json"
EXERCISE_SECONDS = 3.0
CHECK_GENERATIONS = 5
RUNTIME_DIR = ROOT / "build_specs" / "aot_runtime"
CHECK_SCRIPT = """
import json, sys
sys.path[:0] = [{runtime!r}, {compiled!r}, {engine!r}]
import schedule_kernels_runtime
assert schedule_kernels_runtime.install(), "the compiled kernels did not load"
from schedule_engine.io.engine_json import load_document
from schedule_engine.solver import SolveOptions, solve
problem, _ = load_document({demo!r})
result = solve(problem, SolveOptions(time_limit=None, generations={generations}, seed=1, workers=1))
print(json.dumps([result.hard, result.soft, "llvmlite" in sys.modules]))
"""


def symbol(module: str, kernel: str, k: int) -> str:
    """The exported name of a kernel's k-th signature (see the runtime's lookup)."""
    return f"{module.replace('.', '_')}__{kernel}__{k}"


def exercise_kernels() -> None:
    """Run the solver once so that every kernel is compiled for its real argument types."""
    from schedule_engine.io.engine_json import load_document
    from schedule_engine.solver import SolveOptions, solve
    from schedule_engine.solver.warmup import ensure_compiled

    ensure_compiled()
    problem, _solution = load_document(DEMO)
    exercise_scorer(problem)
    solve(problem, SolveOptions(time_limit=EXERCISE_SECONDS, seed=1, workers=1))


def exercise_scorer(problem) -> None:
    """Call the incremental scorer's moves once each (the editor's and the
    diagnostics' way into the kernels)."""
    import numpy as np

    from schedule_engine.compiled import compile_problem
    from schedule_engine.scoring import week_kernels
    from schedule_engine.scoring.incremental import IncrementalScorer

    cp = compile_problem(problem)
    slot, room, instr = cp.empty_arrays()
    scorer = IncrementalScorer(cp, slot, room, instr, *cp.pins(None))
    a, b = 0, min(1, cp.n_sessions - 1)
    scorer.evaluate_starts(a)
    scorer.apply_move(a, 0, -1, -1)
    scorer.delta_move(b, 1, -1, -1)
    scorer.delta_move_breakdown(b, 1, -1, -1)
    scorer.apply_move(b, 1, -1, -1)
    scorer.delta_swap(a, b)
    scorer.apply_swap(a, b)
    scorer.has_hard(a)
    scorer.breakdown()
    scorer.evaluate_starts(a, first_free_room=True)
    # the week moves of fortnightly sessions (week 0 is valid on any problem)
    week_kernels.delta_move_week(b, 1, -1, -1, 0, *scorer.pd, *scorer.st[:6], scorer._acc,
                                 scorer._scratch)
    week_kernels.apply_move_week(b, 1, -1, -1, 0, *scorer.pd, *scorer.st, scorer._acc)
    # a re-cut of the first section into its first pattern, pieces at the first slots
    m = int(cp.section_pieces[0])
    lengths = cp.pattern_len[cp.pattern_ptr[0]][:m]
    recut = (0, lengths, list(range(m)), [-1] * m, [-1] * m)
    scorer.delta_recut(*recut)
    scorer.apply_recut(*recut)
    np.asarray(scorer.units)


def kernel_signatures() -> list[tuple[str, str, object, list]]:
    """(module, kernel, python function, plain signatures) of every compiled kernel."""
    from numba.core import types
    from numba.core.registry import CPUDispatcher
    from numba.core.typing import signature

    found = []
    for name in KERNEL_MODULES:
        module = importlib.import_module(name)
        for kernel, obj in sorted(vars(module).items()):
            if not isinstance(obj, CPUDispatcher) or not obj.signatures:
                continue
            if obj.py_func.__module__ != name:
                continue  # imported from another kernel module, exported there
            plain = []
            for args in obj.signatures:
                widened = tuple(types.unliteral(a) for a in args)
                result = obj.overloads[args].signature.return_type
                sig = signature(types.unliteral(result), *widened)
                if all(str(sig) != str(seen) for seen in plain):
                    plain.append(sig)
            found.append((name, kernel, obj.py_func, plain))
    return found


def describe(arg) -> object:
    """An argument type as the runtime checks it: "int", "float", "bool", or
    [dtype, ndim, layout] for an array."""
    from numba.core import types

    if isinstance(arg, types.Array):
        return [str(arg.dtype), arg.ndim, arg.layout]
    if isinstance(arg, types.Boolean):
        return "bool"
    if isinstance(arg, types.Integer):
        return "int"
    if isinstance(arg, types.Float):
        return "float"
    raise ValueError(f"no compiled export for argument type {arg}")


def write_types(output_dir: Path, found: list[tuple[str, str, object, list]]) -> Path:
    table = {symbol(module, kernel, k): [describe(a) for a in sig.args]
             for module, kernel, _func, sigs in found for k, sig in enumerate(sigs)}
    path = output_dir / TYPES_FILE
    path.write_text(json.dumps(table, indent=0, sort_keys=True), encoding="utf-8")
    return path


def compile_module(output_dir: Path, found: list[tuple[str, str, object, list]],
                   cpu: str = "generic") -> Path:
    from numba.pycc import CC

    cc = CC(MODULE_NAME)
    cc.output_dir = str(output_dir)
    cc.target_cpu = cpu
    for module, kernel, func, sigs in found:
        for k, sig in enumerate(sigs):
            cc.export(symbol(module, kernel, k), sig)(func)
    cc.compile()
    return output_dir / cc.output_file


def reference_score() -> tuple[int, int]:
    """(hard, soft) of a seeded, generation-limited solve of the demo under the JIT."""
    from schedule_engine.io.engine_json import load_document
    from schedule_engine.solver import SolveOptions, solve

    problem, _solution = load_document(DEMO)
    result = solve(problem, SolveOptions(time_limit=None, generations=CHECK_GENERATIONS, seed=1, workers=1))
    return result.hard, result.soft


def check_compiled(output_dir: Path, expected: tuple[int, int]) -> str | None:
    """None when the same solve, in a fresh process on the compiled kernels
    (numba stood in for), gives ``expected`` without loading llvmlite; else what went wrong."""
    script = CHECK_SCRIPT.format(runtime=str(RUNTIME_DIR), compiled=str(output_dir),
                                 engine=str(ROOT / "engine"), demo=str(DEMO),
                                 generations=CHECK_GENERATIONS)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    if run.returncode != 0:
        return run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "the check failed"
    hard, soft, llvmlite = json.loads(run.stdout.strip().splitlines()[-1])
    if (hard, soft) != tuple(expected):
        return f"the compiled kernels give ({hard}, {soft}), the JIT {tuple(expected)}"
    if llvmlite:
        return "the compiled kernels still loaded llvmlite"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output_dir", type=Path)
    parser.add_argument("--cpu", default="generic",
                        help="LLVM CPU name to compile for (default: generic, any CPU of the platform)")
    args = parser.parse_args(argv)
    for path in (ROOT / "engine", ROOT / "src"):
        sys.path.insert(0, str(path))
    args.output_dir.mkdir(parents=True, exist_ok=True)
    # an empty cache: every kernel is compiled here, and so lists its signatures
    os.environ["NUMBA_CACHE_DIR"] = tempfile.mkdtemp(prefix="schedule-kernels-")
    started = time.monotonic()
    exercise_kernels()
    found = kernel_signatures()
    exported = sum(len(s) for *_, s in found)
    print(f"{len(found)} kernels, {exported} signatures after {time.monotonic() - started:.0f} s")
    expected = reference_score()
    write_types(args.output_dir, found)
    output = compile_module(args.output_dir, found, args.cpu)
    print(f"{output} ({output.stat().st_size / 1e6:.1f} MB) after {time.monotonic() - started:.0f} s")
    problem = check_compiled(args.output_dir, expected)
    if problem is not None:
        output.unlink()
        (args.output_dir / TYPES_FILE).unlink()
        print(f"the compiled kernels are not used: {problem}", file=sys.stderr)
        return 1
    print(f"checked: the demo solve gives {expected} on the compiled kernels, as under the JIT")
    return 0


if __name__ == "__main__":
    sys.exit(main())
