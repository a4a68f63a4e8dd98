"""The engine stays free of Qt: importing all of it loads no Qt binding, and its
source names none."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ENGINE_DIR = Path(__file__).resolve().parents[1] / "engine" / "schedule_engine"
QT_PREFIXES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "scheduler_gui")

_IMPORT_EVERYTHING = f"""
import importlib, json, pkgutil, sys
import schedule_engine
imported, failed = [], []
for info in pkgutil.walk_packages(schedule_engine.__path__, "schedule_engine."):
    try:
        importlib.import_module(info.name)
        imported.append(info.name)
    except Exception as exc:
        failed.append(f"{{info.name}}: {{type(exc).__name__}}: {{exc}}")
qt = sorted(m for m in sys.modules if m.split(".")[0] in {QT_PREFIXES!r})
print(json.dumps({{"imported": imported, "failed": failed, "qt": qt}}))
"""


def test_importing_every_engine_module_loads_no_qt():
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_EVERYTHING], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["failed"] == []
    assert "schedule_engine.model" in report["imported"]
    assert "schedule_engine.compiled" in report["imported"]
    assert report["qt"] == []


_QT_IMPORT = re.compile(
    r"^\s*(?:from|import)\s+(?:PySide6|PyQt5|PyQt6|shiboken6|pyqtgraph|scheduler_gui)\b"
    r"|import_module\(\s*['\"](?:PySide6|PyQt5|PyQt6|shiboken6|pyqtgraph)",
    re.MULTILINE,
)


def test_engine_source_has_no_qt_imports():
    sources = sorted(ENGINE_DIR.rglob("*.py"))
    assert len(sources) >= 5
    offenders = [
        f"{path.relative_to(ENGINE_DIR)}: {match.group(0).strip()}"
        for path in sources
        for match in _QT_IMPORT.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_source_check_would_catch_a_qt_import():
    assert _QT_IMPORT.search("import os\nfrom PySide6.QtCore import QObject\n")
    assert _QT_IMPORT.search("    import pyqtgraph as pg\n")
    assert not _QT_IMPORT.search("# PySide6 is never imported here\n")
