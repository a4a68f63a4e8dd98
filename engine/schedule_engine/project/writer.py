"""Writing a project file: build the database in memory, then replace the file atomically."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Mapping

from schedule_engine.atomic_files import write_bytes_atomically
from schedule_engine.io.entity_dicts import (
    course_to_dict,
    group_to_dict,
    instructor_to_dict,
    room_to_dict,
    settings_to_dict,
    solution_to_dict,
    time_grid_to_dict,
)
from schedule_engine.project import schema
from schedule_engine.project.records import Project, utc_now_iso
from schedule_engine.io.rule_dicts import rule_to_dict

log = logging.getLogger(__name__)

SAVE_DELAY_ENV = "SCHEDULE_ENGINE_TEST_SAVE_DELAY"
"""Seconds to pause in the middle of writing a file and again before the final
rename; only for tests that kill a saving process."""


def _engine_version() -> str:
    try:
        from importlib.metadata import version

        return version("schedule-engine")
    except Exception:  # not installed as a distribution (e.g. a frozen build)
        return ""


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_json_default)


def _json_default(value: object) -> object:
    if hasattr(value, "item"):  # numpy scalars in solver metadata
        return value.item()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot store {type(value).__name__} values in a project file")


def build_database(project: Project, extra_meta: Mapping[str, str] = {}) -> sqlite3.Connection:
    """An in-memory database of the current layout holding ``project``."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("BEGIN")
    schema.create_schema(conn)
    problem = project.problem
    meta = {
        schema.META_KIND: schema.KIND,
        schema.META_PROBLEM_NAME: problem.name,
        schema.META_SAVED_AT: utc_now_iso(),
        schema.META_SAVED_BY: _engine_version(),
        **extra_meta,
    }
    if project.active_run is not None:
        meta[schema.META_ACTIVE_RUN] = project.active_run
    if project.solution is not None:
        meta[schema.META_WORKING_SOLUTION] = _json(dict(project.solution.meta))
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
    conn.executemany("INSERT INTO project_info (key, value) VALUES (?, ?)",
                     ((str(k), str(v)) for k, v in project.meta.items()))
    conn.execute("INSERT INTO time_grid (id, data) VALUES (1, ?)", (_json(time_grid_to_dict(problem.time_grid)),))
    conn.execute("INSERT INTO settings (id, data) VALUES (1, ?)", (_json(settings_to_dict(problem.settings)),))
    for table, items, to_dict in (
        ("rooms", problem.rooms, room_to_dict),
        ("instructors", problem.instructors, instructor_to_dict),
        ("groups", problem.groups, group_to_dict),
        ("courses", problem.courses, course_to_dict),
        ("rules", problem.rules, rule_to_dict),
    ):
        conn.executemany(f"INSERT INTO {table} (position, id, data) VALUES (?, ?, ?)",
                         ((i, item.id, _json(to_dict(item))) for i, item in enumerate(items)))
    conn.executemany(
        "INSERT INTO runs (position, id, name, created, finished, status, params, seed, elapsed_s, hard, soft,"
        " breakdown, solution, engine_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((i, r.id, r.name, r.created, r.finished, r.status, _json(dict(r.params)), r.seed, float(r.elapsed_s),
          int(r.hard), int(r.soft), _json(dict(r.breakdown)), _json(solution_to_dict(r.solution)),
          r.engine_version)
         for i, r in enumerate(project.runs)))
    if project.solution is not None:
        conn.executemany(
            "INSERT INTO working_solution (position, session_id, slot, room, instructor, pin_time, pin_room,"
            " length, week) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((i, a.session_id, a.slot, a.room, a.instructor, int(a.pin_time), int(a.pin_room), a.length,
              a.week)
             for i, a in enumerate(project.solution.assignments)))
    conn.execute("COMMIT")
    return conn


def _database_bytes(conn: sqlite3.Connection) -> bytes:
    if hasattr(conn, "serialize"):
        return conn.serialize()
    # SQLite without serialize support: copy through a private temp database.
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        target = sqlite3.connect(Path(folder) / "copy.db")
        try:
            conn.backup(target)
        finally:
            target.close()
        return (Path(folder) / "copy.db").read_bytes()


def _test_pause() -> None:
    delay = os.environ.get(SAVE_DELAY_ENV)
    if delay:
        time.sleep(float(delay))


def write_project_file(path: Path, project: Project, extra_meta: Mapping[str, str] = {}) -> None:
    """Write ``project`` as the whole new content of ``path``, atomically."""
    started = time.perf_counter()
    conn = build_database(project, extra_meta)
    try:
        data = _database_bytes(conn)
    finally:
        conn.close()
    pause = _test_pause if os.environ.get(SAVE_DELAY_ENV) else None
    write_bytes_atomically(path, data, pause=pause)
    log.info("saved %s (%d bytes) in %.3f s", path, len(data), time.perf_counter() - started)


def save_project(path: str | Path, project: Project) -> None:
    """Save ``project`` to ``path`` atomically (a crash leaves the old or the new file, whole)."""
    if not isinstance(project, Project) or isinstance(path, Project):
        raise TypeError(f"expected a path and a Project, got {type(path).__name__} and {type(project).__name__} "
                        "(the call is save_project(path, project))")
    write_project_file(Path(path), project)
