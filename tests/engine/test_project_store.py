"""The SQLite project file: round trips, migration, damaged files, atomic save, crash recovery."""

from __future__ import annotations

import importlib.util
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from schedule_engine.errors import InvalidInputError
from schedule_engine.io.entity_dicts import (
    course_to_dict,
    group_to_dict,
    instructor_to_dict,
    room_to_dict,
    settings_to_dict,
    solution_to_dict,
    time_grid_to_dict,
)
from schedule_engine.model import Room, Solution
from schedule_engine.project_store import (
    PROJECT_SUFFIX,
    SCHEMA_VERSION,
    Project,
    ProjectFileError,
    RunRecord,
    discard_recovery,
    find_recoveries,
    load_project,
    save_project,
    write_recovery,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
APPLICATION_ID = 0x53434844


def load_samples():
    spec = importlib.util.spec_from_file_location("engine_sample_projects",
                                                  Path(__file__).with_name("sample_projects.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


samples = load_samples()


def make_run(index: int, solution: Solution, engine_version: str = "0.1.0") -> RunRecord:
    return RunRecord(
        id=f"{index:032x}", name=f"Run {index}", created=f"2026-03-0{index}T09:00:00+00:00",
        finished=None if index == 2 else f"2026-03-0{index}T09:05:00+00:00",
        status="feasible" if index == 1 else "stopped",
        params={"time_limit": 300, "seed": index, "workers": 2, "effort": "normal", "warm_start": index == 2},
        seed=index if index == 1 else None, elapsed_s=299.5 + index, hard=0, soft=40 - index,
        breakdown={"room_capacity": 30, "min_working_days": 10 - index}, solution=solution,
        engine_version=engine_version,
    )


def rich_project() -> Project:
    solution = samples.rich_solution()
    runs = (make_run(1, solution), make_run(2, replace(solution, meta={"seed": 2})))
    return Project(problem=samples.rich_problem(), solution=solution, runs=runs, active_run=runs[1].id,
                   meta={"institution": "Example Polytechnic", "term": "Spring 2026",
                         "term_start": "2026-02-02", "term_end": "2026-05-29"})


def campus_project(salt: int = 0) -> Project:
    problem = samples.campus_sized_problem()
    if salt:
        problem = replace(problem, name=f"Campus edit {salt}")
    runs = tuple(make_run(k, samples.campus_sized_solution(problem, salt=salt + k)) for k in (1, 2))
    return Project(problem, samples.campus_sized_solution(problem, salt=salt), runs, runs[0].id,
                   {"institution": f"Campus {salt}"})


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


# -- round trips -----------------------------------------------------------------
def test_round_trip_rich_project(tmp_path):
    project = rich_project()
    path = tmp_path / f"college{PROJECT_SUFFIX}"
    save_project(path, project)
    assert load_project(path) == project
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


@pytest.mark.parametrize("project", [
    Project(samples.rich_problem()),
    Project(samples.rich_problem(), solution=Solution()),
])
def test_round_trip_keeps_missing_and_empty_solutions_apart(tmp_path, project):
    path = tmp_path / "p.sched"
    save_project(path, project)
    assert load_project(path) == project


def test_file_is_marked_with_application_id_and_version(tmp_path):
    path = tmp_path / "p.sched"
    save_project(path, rich_project())
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        assert conn.execute("SELECT value FROM meta WHERE key = 'kind'").fetchone()[0] == "schedule-engine-project"
        assert [r[0] for r in conn.execute("SELECT id FROM rooms ORDER BY position")] == ["R1", "L2"]
        assert conn.execute("SELECT count(*) FROM working_solution WHERE pin_time = 1").fetchone()[0] == 2
    finally:
        conn.close()


def test_save_overwrites_and_keeps_permissions(tmp_path):
    path = tmp_path / "p.sched"
    save_project(path, rich_project())
    os.chmod(path, 0o640)
    smaller = Project(samples.rich_problem())
    save_project(path, smaller)
    assert load_project(path) == smaller
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o640


def test_save_with_arguments_swapped_is_a_clear_type_error(tmp_path):
    with pytest.raises(TypeError, match=r"save_project\(path, project\)"):
        save_project(rich_project(), tmp_path / "p.sched")  # type: ignore[arg-type]


# -- migration from the first release's layout --------------------------------------
def write_v1_file(path: Path, project: Project) -> None:
    """The layout version 1 wrote: institution in meta, no project_info, runs without engine_version."""
    conn = sqlite3.connect(path)
    p = project.problem
    conn.executescript(f"""
        PRAGMA application_id = {APPLICATION_ID};
        PRAGMA user_version = 1;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE time_grid (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL);
        CREATE TABLE settings (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL);
        CREATE TABLE rooms (position INTEGER PRIMARY KEY, id TEXT NOT NULL, data TEXT NOT NULL);
        CREATE TABLE instructors (position INTEGER PRIMARY KEY, id TEXT NOT NULL, data TEXT NOT NULL);
        CREATE TABLE groups (position INTEGER PRIMARY KEY, id TEXT NOT NULL, data TEXT NOT NULL);
        CREATE TABLE courses (position INTEGER PRIMARY KEY, id TEXT NOT NULL, data TEXT NOT NULL);
        CREATE TABLE runs (position INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL,
            created TEXT NOT NULL, finished TEXT, status TEXT NOT NULL, params TEXT NOT NULL, seed INTEGER,
            elapsed_s REAL NOT NULL, hard INTEGER NOT NULL, soft INTEGER NOT NULL, breakdown TEXT NOT NULL,
            solution TEXT NOT NULL);
        CREATE TABLE working_solution (position INTEGER PRIMARY KEY, session_id TEXT NOT NULL, slot INTEGER,
            room TEXT, instructor TEXT, pin_time INTEGER NOT NULL, pin_room INTEGER NOT NULL);
    """)
    meta = {"kind": "schedule-engine-project", "problem_name": p.name,
            "institution": project.meta["institution"], "active_run": project.active_run,
            "working_solution_meta": json.dumps(dict(project.solution.meta))}
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    conn.execute("INSERT INTO time_grid VALUES (1, ?)", (json.dumps(time_grid_to_dict(p.time_grid)),))
    conn.execute("INSERT INTO settings VALUES (1, ?)", (json.dumps(settings_to_dict(p.settings)),))
    for table, items, to_dict in (("rooms", p.rooms, room_to_dict), ("instructors", p.instructors,
                                  instructor_to_dict), ("groups", p.groups, group_to_dict),
                                  ("courses", p.courses, course_to_dict)):
        conn.executemany(f"INSERT INTO {table} VALUES (?, ?, ?)",
                         [(i, e.id, json.dumps(to_dict(e))) for i, e in enumerate(items)])
    conn.executemany("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        (i, r.id, r.name, r.created, r.finished, r.status, json.dumps(dict(r.params)), r.seed, r.elapsed_s,
         r.hard, r.soft, json.dumps(dict(r.breakdown)), json.dumps(solution_to_dict(r.solution)))
        for i, r in enumerate(project.runs)])
    conn.executemany("INSERT INTO working_solution VALUES (?, ?, ?, ?, ?, ?, ?)", [
        (i, a.session_id, a.slot, a.room, a.instructor, int(a.pin_time), int(a.pin_room))
        for i, a in enumerate(project.solution.assignments)])
    conn.commit()
    conn.close()


def test_version_1_file_is_migrated_without_touching_it(tmp_path):
    current = rich_project()
    old_solution = replace(current.solution, assignments=tuple(  # version 1 kept no lengths nor weeks
        replace(a, length=None, week=0) for a in current.solution.assignments))
    v1_project = replace(current, runs=tuple(replace(r, engine_version="") for r in current.runs),
                         meta={"institution": current.meta["institution"]}, solution=old_solution,
                         problem=replace(current.problem, rules=()))  # version 1 had no rules table
    path = tmp_path / "old.sched"
    write_v1_file(path, v1_project)
    before = snapshot(path)

    loaded = load_project(path)

    assert loaded == v1_project
    assert loaded.meta == {"institution": "Example Polytechnic"}
    assert all(r.engine_version == "" for r in loaded.runs)
    assert snapshot(path) == before
    # Saving writes the current layout, which reads back the same.
    save_project(path, loaded)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert load_project(path) == v1_project


# -- files that are not projects, or damaged ---------------------------------------------
def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('holiday.jpg')")
    conn.commit()
    conn.close()


def _newer_version(path: Path) -> None:
    save_project(path, rich_project())
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    save_project(path, campus_project())
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(5).randbytes(50_000))


def _garbled_pages(path: Path) -> None:
    save_project(path, campus_project())
    data = bytearray(path.read_bytes())
    noise = random.Random(9).randbytes(8192)
    data[8192:16384] = noise  # overwrite two pages after the header page
    path.write_bytes(bytes(data))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize("make, words", [
    (_foreign_sqlite, "another program"),
    (_newer_version, "newer version"),
    (_truncated, "truncated"),
    (_random_bytes, "not a Schedule Engine project"),
    (_garbled_pages, "damaged"),
    (_empty, "empty"),
])
def test_unusable_files_are_refused_clearly_and_left_alone(tmp_path, make, words):
    path = tmp_path / "broken.sched"
    make(path)
    before = snapshot(path)
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    assert isinstance(info.value, InvalidInputError)
    message = str(info.value)
    assert str(path) in message and words in message
    assert info.value.path == path
    assert snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.sched"]


def test_missing_file_and_folder_are_project_file_errors(tmp_path):
    with pytest.raises(ProjectFileError, match="not found"):
        load_project(tmp_path / "nothing.sched")
    with pytest.raises(ProjectFileError, match="folder"):
        load_project(tmp_path)


def test_bad_rows_are_all_reported_with_table_row_and_field(tmp_path):
    path = tmp_path / "p.sched"
    save_project(path, rich_project())
    conn = sqlite3.connect(path)
    conn.execute("""UPDATE rooms SET data = '{"id": "R1", "name": "Hall", "capacity": "lots"}'
                    WHERE position = 0""")
    conn.execute("UPDATE courses SET data = '{not json' WHERE position = 1")
    conn.execute("UPDATE working_solution SET slot = 99 WHERE position = 0")
    conn.execute("UPDATE runs SET params = '[1, 2]' WHERE position = 0")
    conn.execute("""UPDATE runs SET breakdown = '{"room_capacity": "many"}', hard = 'none' WHERE position = 1""")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    fields = {d.field for d in info.value.diagnostics}
    assert fields == {"rooms[0].capacity", "courses[1]", "working_solution[0].slot", "runs[0].params",
                      "runs[1].breakdown.room_capacity", "runs[1].hard"}
    assert all(d.location == str(path) for d in info.value.diagnostics)


# -- atomic save under kill -9 ----------------------------------------------------------------
SAVER = """
import sys
from schedule_engine.project_store import load_project, save_project
target, sources = sys.argv[1], sys.argv[2:]
projects = [load_project(s) for s in sources]
print("ready", flush=True)
i = 0
while True:
    save_project(target, projects[i % len(projects)])
    i += 1
"""


def _start(script: str, *args: str, env_extra: dict | None = None) -> subprocess.Popen:
    env = dict(os.environ, **(env_extra or {}))
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env,
                            cwd=REPO_ROOT)
    assert proc.stdout.readline().strip() == "ready" or proc.poll() is not None
    return proc


def _kill(proc: subprocess.Popen) -> None:
    proc.kill()  # SIGKILL on POSIX
    proc.wait(timeout=10)
    proc.stdout.close()


def test_kill_during_a_slow_save_keeps_the_old_file(tmp_path):
    old, new = campus_project(0), campus_project(1)
    target = tmp_path / "campus.sched"
    source = tmp_path / "source-new.sched"
    save_project(target, old)
    save_project(source, new)
    before = snapshot(target)

    proc = _start(SAVER, str(target), str(source), env_extra={"SCHEDULE_ENGINE_TEST_SAVE_DELAY": "30"})
    def half_written() -> list[Path]:
        return [p for p in tmp_path.glob(".campus.sched.*.tmp") if p.stat().st_size > 0]

    deadline = time.monotonic() + 20
    while not half_written() and time.monotonic() < deadline:
        time.sleep(0.02)
    temps = half_written()
    _kill(proc)

    assert temps, "the saving process never started writing"
    assert 0 < temps[0].stat().st_size < len(before[0])  # it was killed half way
    assert snapshot(target) == before
    assert load_project(target) == old
    # The leftover is not a project file name and goes away with the next save.
    assert not temps[0].name.endswith(PROJECT_SUFFIX)
    save_project(target, new)
    assert not list(tmp_path.glob(".campus.sched.*"))
    assert load_project(target) == new


def test_kill_at_random_moments_leaves_old_or_new_file(tmp_path):
    projects = [campus_project(0), campus_project(1)]
    sources = []
    for k, project in enumerate(projects):
        sources.append(tmp_path / f"source-{k}.sched")
        save_project(sources[-1], project)
    target = tmp_path / "campus.sched"
    shutil.copyfile(sources[0], target)
    rng = random.Random(2026)
    seen = set()
    for _attempt in range(3):
        proc = _start(SAVER, str(target), *map(str, sources))
        time.sleep(rng.uniform(0.05, 0.4))
        _kill(proc)
        loaded = load_project(target)
        assert loaded in projects
        seen.add(projects.index(loaded))
    assert seen  # at least one complete file every time; the loop above checked each


# -- crash recovery ------------------------------------------------------------------------
EDITOR = """
import sys, time
from dataclasses import replace
from pathlib import Path
from schedule_engine.model import Room
from schedule_engine.project_store import load_project, write_recovery
original, recovery_dir = Path(sys.argv[1]), Path(sys.argv[2])
project = load_project(original)
print("ready", flush=True)
problem = project.problem
edited = replace(project, problem=replace(problem, name="Edited", rooms=problem.rooms + (Room("NEW", "New room", 12),)))
path = write_recovery(edited, recovery_dir, original)
print(path, flush=True)
time.sleep(120)
"""


def _edit(project: Project) -> Project:
    problem = project.problem
    return replace(project, problem=replace(problem, name="Edited",
                                            rooms=problem.rooms + (Room("NEW", "New room", 12),)))


def test_recovery_survives_a_killed_editor(tmp_path):
    original = tmp_path / "work" / "college.sched"
    original.parent.mkdir()
    recovery_dir = tmp_path / "recovery"
    save_project(original, rich_project())

    proc = _start(EDITOR, str(original), str(recovery_dir))
    written = Path(proc.stdout.readline().strip())
    _kill(proc)

    found = find_recoveries(recovery_dir)
    assert [info.path for info in found] == [written]
    assert found[0].original == original.absolute()
    assert found[0].saved_at.endswith("+00:00")
    assert load_project(found[0].path) == _edit(rich_project())
    assert load_project(original) == rich_project()  # the original is untouched
    discard_recovery(found[0].path)
    assert find_recoveries(recovery_dir) == []


def test_recovery_names_and_listing(tmp_path):
    recovery_dir = tmp_path / "recovery"
    project = rich_project()
    first = write_recovery(project, recovery_dir, tmp_path / "a" / "college.sched")
    again = write_recovery(project, recovery_dir, tmp_path / "a" / "college.sched")
    other = write_recovery(project, recovery_dir, tmp_path / "b" / "college.sched")
    untitled = write_recovery(project, recovery_dir, None, untitled_id="abc123")
    assert first == again and first != other
    assert first.name.startswith("college-") and first.suffix == PROJECT_SUFFIX
    assert untitled.name == "untitled-abc123.sched"
    assert write_recovery(project, recovery_dir, None).name.startswith("untitled-")
    # Unreadable files and ordinary projects in the folder are not recoveries.
    (recovery_dir / "junk.sched").write_bytes(b"junk")
    save_project(recovery_dir / "plain.sched", project)
    found = find_recoveries(recovery_dir)
    assert {info.path for info in found} == {first, other, untitled} | {
        p for p in recovery_dir.glob("untitled-*.sched") if p != untitled}
    assert [info.original for info in found if info.path == untitled] == [None]
    assert found == sorted(found, key=lambda i: i.saved_at, reverse=True)
    assert find_recoveries(tmp_path / "missing") == []
    discard_recovery(tmp_path / "missing.sched")  # already gone: no error


# -- performance -----------------------------------------------------------------------------------
def test_campus_sized_project_saves_and_loads_quickly(tmp_path):
    project = campus_project()
    assert len(project.problem.courses) >= 400 and len(project.solution.assignments) >= 3000
    path = tmp_path / "campus.sched"
    started = time.perf_counter()
    save_project(path, project)
    saved = time.perf_counter()
    loaded = load_project(path)
    done = time.perf_counter()
    assert loaded == project
    assert saved - started < 1.0 and done - saved < 1.0, (saved - started, done - saved)


def test_real_campus_data_round_trips_through_project_and_document(tmp_path, datasets_dir):
    campus = pytest.importorskip("schedule_engine.io.campus")
    from schedule_engine.io.engine_json import load_document, save_document
    from schedule_engine.model import Assignment
    from schedule_engine.sessions import derive_sessions

    problem, _diagnostics = campus.load_campus_folder(datasets_dir / "seed-campus")
    sessions = derive_sessions(problem)
    rng = random.Random(3)
    solution = Solution(tuple(
        Assignment(s.id, rng.randrange(problem.time_grid.n_slots), rng.choice(problem.rooms).id,
                   pin_time=rng.random() < 0.05) for s in sessions), {"seed": 3})
    runs = (make_run(1, solution), make_run(2, solution))
    project = Project(problem, solution, runs, runs[0].id, {"institution": "Engineering campus"})
    path = tmp_path / "campus.sched"
    started = time.perf_counter()
    save_project(path, project)
    assert load_project(path) == project
    assert time.perf_counter() - started < 2.0
    document = tmp_path / "campus.json"
    save_document(document, problem, solution)
    assert load_document(document) == (problem, solution)


def test_file_switched_to_write_ahead_log_by_another_tool_still_opens(tmp_path):
    path = tmp_path / "p.sched"
    save_project(path, rich_project())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = wal")
    conn.execute("INSERT INTO project_info VALUES ('note', 'edited elsewhere')")
    conn.commit()
    held = sqlite3.connect(path)  # a second connection keeps the log from being merged
    held.execute("SELECT count(*) FROM meta").fetchone()
    conn.close()
    try:
        assert (tmp_path / "p.sched-wal").stat().st_size > 0
        with pytest.raises(ProjectFileError, match="open in another database program"):
            load_project(path)
    finally:
        held.close()
    assert load_project(path).meta["note"] == "edited elsewhere"
