"""The ahead-of-time kernel build (build_specs/aot_kernels.py) lists every
engine module that defines numba kernels: a module left out would run as plain
Python in the desktop bundle."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
ENGINE = REPO_ROOT / "engine"
sys.path.insert(0, str(REPO_ROOT / "build_specs"))

from aot_kernels import KERNEL_MODULES  # noqa: E402


def _is_njit(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
    return name == "njit"


def modules_with_kernels() -> set[str]:
    """Dotted names of the engine modules with at least one ``@njit`` function."""
    found = set()
    for path in (ENGINE / "schedule_engine").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.FunctionDef) and any(_is_njit(d) for d in node.decorator_list)
               for node in ast.walk(tree)):
            found.add(".".join(path.relative_to(ENGINE).with_suffix("").parts))
    return found


def test_every_kernel_module_is_compiled_ahead_of_time():
    found = modules_with_kernels()
    assert "schedule_engine.scoring.recut_kernels" in found
    assert len(set(KERNEL_MODULES)) == len(KERNEL_MODULES)
    assert set(KERNEL_MODULES) == found

