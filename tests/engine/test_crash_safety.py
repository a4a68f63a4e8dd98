"""Crash safety proven: a process saving a project in a loop is killed with SIGKILL at
random moments, 100 times, and the file opens after every kill with the old or the new
content; saving where it cannot be done says why and leaves everything as it was."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pytest

from schedule_engine.atomic_files import SaveError, leftover_temp_files
from schedule_engine.project_store import PROJECT_SUFFIX, Project, load_project, save_project
import sample_projects as samples
from test_project_store import rich_project

KILLS = 100
REPO_ROOT = Path(__file__).resolve().parents[2]

LAUNCHER = """
import os, sys, time
from schedule_engine.project_store import load_project, save_project
target, sources = sys.argv[1], sys.argv[2:]
projects = [load_project(s) for s in sources]
print("ready", flush=True)
for line in sys.stdin:
    if line.strip() == "time":  # one timed save in a forked child, as the savers do it
        pid = os.fork()
        if pid == 0:
            started = time.perf_counter()
            save_project(target, projects[0])
            print(time.perf_counter() - started, flush=True)
            os._exit(0)
        os.waitpid(pid, 0)
        continue
    first = int(line)
    pid = os.fork()
    if pid == 0:  # the saver: saves the projects in turn until it is killed
        i = first
        while True:
            save_project(target, projects[i % len(projects)])
            i += 1
    print(pid, flush=True)
    os.waitpid(pid, 0)
    print("reaped", flush=True)
"""
"""Forks one saver per kill: a fresh process each time, without paying for the imports
a hundred times."""

def kill_test_project(salt: int) -> Project:
    """Campus-sized data and a 3,000-session timetable (about 0.5 MB), without runs,
    so a save takes long enough to be killed in the middle and a load is quick."""
    problem = samples.campus_sized_problem()
    if salt:
        problem = replace(problem, name=f"Campus edit {salt}")
    return Project(problem, samples.campus_sized_solution(problem, salt=salt), meta={"institution": f"C{salt}"})


pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() and SIGKILL (POSIX)")


def _time_one_save(launcher: subprocess.Popen) -> float:
    """Seconds a forked saver takes for its first save (the launcher times it)."""
    launcher.stdin.write("time\n")
    launcher.stdin.flush()
    return float(launcher.stdout.readline())


def _launch(target: Path, sources: list[Path]) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(target), *map(str, sources)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO_ROOT)
    assert proc.stdout.readline().strip() == "ready"
    return proc


@pytest.mark.slow
def test_a_hundred_kills_during_saves_leave_the_old_or_the_new_file(tmp_path):
    projects = [kill_test_project(0), kill_test_project(1)]
    sources = []
    for k, project in enumerate(projects):
        sources.append(tmp_path / f"source-{k}{PROJECT_SUFFIX}")
        save_project(sources[-1], project)
    target = tmp_path / f"campus{PROJECT_SUFFIX}"
    save_project(target, projects[0])
    rng = random.Random(21)
    seen: list[int] = []
    killed_mid_write = 0
    launcher = _launch(target, sources)
    save_s = _time_one_save(launcher)
    began = time.monotonic()
    try:
        for attempt in range(KILLS):
            launcher.stdin.write(f"{1 - (seen[-1] if seen else 0)}\n")  # the other content first
            launcher.stdin.flush()
            pid = int(launcher.stdout.readline())
            time.sleep(rng.uniform(0.0, 2.0 * save_s))  # anywhere in the first two saves
            os.kill(pid, signal.SIGKILL)
            assert launcher.stdout.readline().strip() == "reaped"

            leftovers = leftover_temp_files(target)
            killed_mid_write += bool(leftovers)
            assert len(leftovers) <= 1, "each save removes the temp files of the saves before it"
            assert all(not p.name.endswith(PROJECT_SUFFIX) and p.name.startswith(".") for p in leftovers)
            others = {p.name for p in tmp_path.iterdir()} - {p.name for p in leftovers}
            assert others == {target.name, *(s.name for s in sources)}
            loaded = load_project(target)  # opens: never damaged
            assert loaded in projects, f"kill {attempt + 1}: neither the old nor the new content"
            seen.append(projects.index(loaded))
    finally:
        launcher.stdin.close()
        launcher.kill()
        launcher.wait(timeout=10)
        launcher.stdout.close()
    changed = sum(a != b for a, b in zip([0] + seen, seen))
    print(f"{KILLS} kills: the file changed content {changed} times, a temp file was left "
          f"{killed_mid_write} times, every open succeeded")
    assert len(seen) == KILLS
    assert set(seen) == {0, 1}, "the kills came both before and after a save finished"
    assert killed_mid_write > 0, "some kills came while a temp file was being written"
    assert time.monotonic() - began < 60
    # The next save clears what the killed saves left, and the file is the new one.
    save_project(target, projects[1])
    assert leftover_temp_files(target) == []
    assert load_project(target) == projects[1]


def _save_in_child_as_nobody(target: Path, project: Project) -> str:
    """Save from a forked child that has given up root (root may write anywhere)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.setgid(65534)
            os.setuid(65534)
            try:
                save_project(target, project)
                outcome = "saved"
            except SaveError as error:
                outcome = f"SaveError: {error}"
            except BaseException as error:  # noqa: BLE001 - reported to the parent
                outcome = f"{type(error).__name__}: {error}"
            os.write(write_end, outcome.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        outcome = pipe.read().decode()
    os.waitpid(pid, 0)
    return outcome


def _save(target: Path, project: Project) -> str:
    if os.geteuid() == 0:
        return _save_in_child_as_nobody(target, project)
    try:
        save_project(target, project)
    except SaveError as error:
        return f"SaveError: {error}"
    return "saved"


def test_saving_into_a_read_only_folder_says_so_and_changes_nothing():
    folder = Path(tempfile.mkdtemp(prefix="read-only-"))  # under /tmp: reachable by any user
    target = folder / f"college{PROJECT_SUFFIX}"
    save_project(target, rich_project())
    before = target.read_bytes()
    folder.chmod(0o555)
    try:
        outcome = _save(target, kill_test_project(1))
    finally:
        folder.chmod(0o755)
    assert outcome == (f"SaveError: Cannot save college{PROJECT_SUFFIX}: the folder {folder} is read-only "
                       "(no permission to write there).")
    assert target.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == [target.name]
    assert load_project(target) == rich_project()
    target.unlink()
    folder.rmdir()


@pytest.mark.parametrize("where", ["missing folder", "folder is a file", "target is a folder"])
def test_saving_to_an_impossible_path_names_the_reason(tmp_path, where):
    (tmp_path / "plain.txt").write_text("not a folder")
    (tmp_path / f"box{PROJECT_SUFFIX}").mkdir()
    target, reason = {
        "missing folder": (tmp_path / "no such folder" / "a.sched", f"the folder {tmp_path / 'no such folder'} "
                                                                   "does not exist"),
        "folder is a file": (tmp_path / "plain.txt" / "a.sched", f"{tmp_path / 'plain.txt'} is not a folder"),
        "target is a folder": (tmp_path / f"box{PROJECT_SUFFIX}", f"{tmp_path / 'box.sched'} is a folder"),
    }[where]
    with pytest.raises(SaveError) as info:
        save_project(target, rich_project())
    assert str(info.value) == f"Cannot save {target.name}: {reason}."
    assert isinstance(info.value, OSError)  # callers that catch OSError keep working
    assert sorted(p.name for p in tmp_path.iterdir()) == ["box.sched", "plain.txt"]
