"""Shared fixtures. Qt runs offscreen in every test (set before anything imports Qt)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--fuzz", type=int, default=0, metavar="N",
                     help="examples per importer fuzz test (default: the suite's few)")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--fuzz"):
        os.environ["SCHEDULE_FUZZ_EXAMPLES"] = str(config.getoption("--fuzz"))


DEMO_JSON = REPO_ROOT / "resources" / "demo" / "demo_institution.json"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def datasets_dir() -> Path:
    """The shared read-only datasets beside the repository; skips when absent."""
    path = REPO_ROOT.parent / "shared" / "datasets"
    if not path.is_dir():
        pytest.skip(f"shared datasets not found at {path}")
    return path


def _build_demo_in_memory():
    spec = importlib.util.spec_from_file_location("make_demo", REPO_ROOT / "tools" / "make_demo.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module.build_demo_problem()


@pytest.fixture(scope="session")
def demo_problem():
    """The bundled demo institution (from its JSON document when it can be read)."""
    try:
        from schedule_engine.io.engine_json import load_document
    except ImportError:
        load_document = None
    if load_document is not None and DEMO_JSON.is_file():
        problem, _solution = load_document(DEMO_JSON)
        return problem
    return _build_demo_in_memory()
