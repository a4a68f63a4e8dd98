"""The import contracts of ``[tool.importlinter]`` in pyproject.toml hold: the
window imports only the engine's public modules, the engine imports no Qt, and
the engine has no import cycles.  Also: the public face names what it promises
and stays light to import."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONTRACTS = ("The window imports only the engine's public modules",
             "The engine imports no Qt and nothing of the window",
             "No import cycles inside the engine")


def _lint_imports() -> str | None:
    beside = Path(sys.executable).with_name("lint-imports")
    return str(beside) if beside.exists() else shutil.which("lint-imports")


def test_lint_imports_keeps_every_contract():
    command = _lint_imports()
    if command is None:
        pytest.skip("lint-imports is not installed (the dev group and the test extra bring import-linter)")
    done = subprocess.run([command, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    for name in CONTRACTS:
        assert f"{name} KEPT" in done.stdout
    assert "Contracts: 3 kept, 0 broken." in done.stdout


_LIGHT_IMPORT = """
import json
import schedule_engine
missing = [n for n in schedule_engine.__all__ if getattr(schedule_engine, n, None) is None]
print(json.dumps({"missing": missing, "names": schedule_engine.__all__}))
"""


def test_the_public_face_is_light_and_names_what_it_promises():
    done = subprocess.run([sys.executable, "-c", _LIGHT_IMPORT], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["missing"] == []
    promised = {"run_schedule_from_json", "solve", "SolveOptions", "SolveResult", "ProgressEvent", "validate",
                "evaluate", "load_any", "load_document", "save_document", "Problem", "Solution",
                "Project", "load_project", "save_project", "export_timetable", "seed_schedule",
                "Diagnostic", "InvalidInputError"}
    assert promised <= set(report["names"])


def test_importing_the_package_loads_neither_the_solver_nor_numpy():
    done = subprocess.run([sys.executable, "-c", "import json, sys, schedule_engine; print(json.dumps("
                           "sorted(m for m in ('numba', 'deap', 'numpy', 'schedule_engine.solver.api') "
                           "if m in sys.modules)))"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
