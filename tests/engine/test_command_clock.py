"""``schedule-engine solve`` counts its time limit from the call: the process's
start on its own command line, the call of ``main`` in-process; the summary's
``elapsed_s`` and the progress bar's clock count from there too."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from schedule_engine import cli, process_clock
from schedule_engine.cli_solve import _progress_bar
from schedule_engine.solver.warmup import ensure_compiled

LONELY = Path(__file__).parent / "fixtures" / "lonely.ctt"
SLACK_S = 0.5


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the process's start is read from /proc")
def test_process_start_is_before_the_first_line():
    code = ("import time; time.sleep(0.4); from schedule_engine.process_clock import process_started; "
            "print(time.time() - process_started())")
    age = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               check=True).stdout)
    assert 0.4 <= age <= 0.4 + 10.0  # the sleep, plus the interpreter's start and the import


def test_command_started_takes_a_recent_process_start_only(monkeypatch):
    now = 1_000_000.0
    monkeypatch.setattr(process_clock, "process_started", lambda: now - 0.7)
    assert process_clock.command_started(now) == now - 0.7
    monkeypatch.setattr(process_clock, "process_started", lambda: now - process_clock.FRESH_S - 1)
    assert process_clock.command_started(now) == now  # a long-lived interpreter: the call is now
    monkeypatch.setattr(process_clock, "process_started", lambda: None)
    assert process_clock.command_started(now) == now


@pytest.fixture(scope="module")
def kernels(tmp_path_factory):
    """The kernels compiled and the command's modules imported (a first call
    in a process spends part of its limit importing them)."""
    ensure_compiled()
    warm = tmp_path_factory.mktemp("warm") / "out.sol"
    assert cli.main(["solve", str(LONELY), "-o", str(warm), "--generations", "1", "--quiet"]) == 0


def test_in_process_command_keeps_its_limit_from_the_call(kernels, tmp_path, capsys):
    out = tmp_path / "out.sol"
    called = time.time()
    code = cli.main(["solve", str(LONELY), "-o", str(out), "--time-limit", "1.5", "--seed", "1",
                     "--workers", "1", "--quiet"])
    wall = time.time() - called
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert code == 0 and out.read_text().strip()
    assert 1.5 - 0.3 - 0.05 <= wall <= 1.5 + SLACK_S  # the finishing reserve is kept, not more
    assert abs(summary["elapsed_s"] - wall) <= 0.1
    assert summary["generations"] > 0


def test_own_command_line_counts_from_the_process_start_and_flushes_its_output(kernels, tmp_path):
    out = tmp_path / "out.sol"
    command = Path(sys.executable).with_name("schedule-engine")
    if not command.exists():
        pytest.skip("the schedule-engine command is not installed next to this interpreter")
    called = time.perf_counter()
    done = subprocess.run([str(command), "solve", str(LONELY), "-o", str(out), "--time-limit", "1",
                           "--seed", "1", "--workers", "1", "--quiet"], capture_output=True, text=True)
    wall = time.perf_counter() - called
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])  # printed before the quick exit
    assert len(out.read_text().split("\n")) > 1
    assert abs(summary["elapsed_s"] - wall) <= 0.3  # the fork and the quick exit only


def test_progress_bar_clock_counts_from_the_call(capsys):
    update, close = _progress_bar(False, time.time() - 65.0)
    update({"phase": "evolve", "generation": 3, "fraction": 0.5, "hard": 0, "soft": 7})
    close()
    err = capsys.readouterr().err
    assert "01:05" in err and "gen 3" in err
