"""Reading a project file: recognise it, copy it into memory, migrate, rebuild the objects.

The file is read once as bytes and never opened for writing: the header is
checked by hand (SQLite signature, application id, layout version, length),
then the bytes are loaded into an in-memory database where older layouts are
migrated.  Every problem in the data is collected with its table, row and field.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from schedule_engine import limits
from schedule_engine.errors import InvalidInputError
from schedule_engine.io import bounded_input
from schedule_engine.io.entity_readers import (
    read_assignment,
    read_course,
    read_group,
    read_instructor,
    read_room,
    read_settings,
    read_solution,
    read_time_grid,
)
from schedule_engine.io.json_fields import FieldReader
from schedule_engine.io.problem_size import problem_size_problems
from schedule_engine.model import Problem, Settings, Solution, TimeGrid
from schedule_engine.project import schema
from schedule_engine.project.records import Project, ProjectFileError, RunRecord
from schedule_engine.io.rule_dicts import read_rule

log = logging.getLogger(__name__)

SQLITE_SIGNATURE = b"SQLite format 3\x00"
_BAD: Any = object()

RUN_COLUMNS = ("id", "name", "created", "finished", "status", "params", "seed", "elapsed_s", "hard", "soft",
               "breakdown", "solution", "engine_version")


def read_file_bytes(path: Path) -> bytes:
    """The whole file, read only after its header shows it is a project of a known format."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
            check_header(path, header, size)
            if size > limits.PROJECT_BYTES:
                raise ProjectFileError(path, f"the file is {size:,} bytes; project files larger than "
                                             f"{limits.PROJECT_BYTES:,} bytes are not opened", "file_too_large")
            return header + handle.read(limits.PROJECT_BYTES)
    except FileNotFoundError:
        raise ProjectFileError(path, "file not found", "file_not_found") from None
    except IsADirectoryError:
        raise ProjectFileError(path, "this is a folder, not a project file", "not_a_file") from None
    except PermissionError as exc:
        if path.is_dir():
            raise ProjectFileError(path, "this is a folder, not a project file", "not_a_file") from None
        raise ProjectFileError(path, f"cannot read the file: {exc.strerror or exc}", "unreadable") from None
    except OSError as exc:
        raise ProjectFileError(path, f"cannot read the file: {exc.strerror or exc}", "unreadable") from None


def check_header(path: Path, data: bytes, size: int) -> int:
    """The layout version from a file's first 100 bytes (``size``: the file's length)."""
    if size == 0:
        raise ProjectFileError(path, "the file is empty: it is not a Schedule Engine project", "empty")
    if len(data) < 100 or not data.startswith(SQLITE_SIGNATURE):
        raise ProjectFileError(path, "this file is not a Schedule Engine project (it is not a project "
                                     "database at all)", "foreign_file")
    application_id = int.from_bytes(data[68:72], "big", signed=True)
    if application_id != schema.APPLICATION_ID:
        raise ProjectFileError(path, "this is a database of another program, not a Schedule Engine project",
                               "foreign_file")
    version = int.from_bytes(data[60:64], "big", signed=True)
    if version > schema.SCHEMA_VERSION:
        raise ProjectFileError(
            path, f"this project was saved by a newer version of Schedule Engine (project format {version}; "
                  f"this version opens formats up to {schema.SCHEMA_VERSION}). Update Schedule Engine to open it.",
            "newer_format")
    if version < 1:
        raise ProjectFileError(path, f"the project format number ({version}) is not valid: the file is damaged",
                               "damaged")
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if data[24:28] == data[92:96]:  # the stored page count is valid
        expected = page_size * int.from_bytes(data[28:32], "big")
        if size < expected:
            raise ProjectFileError(path, f"the file is truncated ({size} of {expected} bytes): it is damaged",
                                   "damaged")
    return version


def open_in_memory(path: Path, data: bytes) -> sqlite3.Connection:
    """A private, writable in-memory copy of the database in ``data``."""
    if data[18:20] == b"\x02\x02":
        # Write-ahead-log mode (set by another SQLite tool): the in-memory copy uses the
        # ordinary journal.  A file closed cleanly has everything in the main file.
        wal = path.with_name(path.name + "-wal")
        if wal.is_file() and wal.stat().st_size > 0:
            raise ProjectFileError(path, "the file is open in another database program and has unsaved "
                                         "changes in its log; close that program and try again", "in_use")
        data = data[:18] + b"\x01\x01" + data[20:]
    conn = sqlite3.connect(":memory:", isolation_level=None)
    if hasattr(conn, "deserialize"):
        conn.deserialize(data)
        return conn
    conn.close()
    with tempfile.TemporaryDirectory() as folder:  # SQLite without deserialize support
        copy = Path(folder) / "copy.db"
        copy.write_bytes(data)
        source = sqlite3.connect(copy)
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            source.backup(conn)
        finally:
            source.close()
    return conn


def open_project_database(path: Path) -> sqlite3.Connection:
    """Read, check, copy into memory and migrate; the caller closes the connection."""
    data = read_file_bytes(path)
    version = int.from_bytes(data[60:64], "big", signed=True)
    try:
        conn = open_in_memory(path, data)
        check = conn.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            conn.close()
            raise ProjectFileError(path, f"the file is damaged ({check[0][0]})", "damaged")
        if version < schema.SCHEMA_VERSION:
            log.info("migrating %s from project format %d to %d (in memory)", path, version, schema.SCHEMA_VERSION)
            conn.execute("BEGIN")
            schema.migrate(conn, version)
            conn.execute("COMMIT")
        return conn
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # text that is not UTF-8: damaged too
        raise ProjectFileError(path, f"the file is damaged or incomplete ({exc})", "damaged") from None


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {str(k): v for k, v in conn.execute("SELECT key, value FROM meta")}


def load_project(path: str | Path) -> Project:
    """Open a project file (older formats are migrated in memory; the file is never changed)."""
    path = Path(path)
    started = time.perf_counter()
    conn = open_project_database(path)
    try:
        project = _read_project(conn, path)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise ProjectFileError(path, f"the file is damaged or incomplete ({exc})", "damaged") from None
    finally:
        conn.close()
    log.info("loaded %s in %.3f s", path, time.perf_counter() - started)
    return project


def _decode(r: FieldReader, text: object, path: str) -> Any:
    if not isinstance(text, str):
        r.error(path, "expected JSON text in the database", code="damaged")
        return _BAD
    try:
        return bounded_input.loads(text, path)
    except InvalidInputError as exc:
        r.error(path, f"is not valid JSON ({exc.diagnostics[0].message})", code="damaged")
        return _BAD


def _single_row(r: FieldReader, conn: sqlite3.Connection, table: str, read, default):
    row = conn.execute(f"SELECT data FROM {table} WHERE id = 1").fetchone()
    if row is None:
        r.error(table, f"the project has no {table.replace('_', ' ')}", code="damaged")
        return default
    value = _decode(r, row[0], table)
    return default if value is _BAD else read(r, value, table)


def _read_project(conn: sqlite3.Connection, path: Path) -> Project:
    meta = read_meta(conn)
    if meta.get(schema.META_KIND) != schema.KIND:
        raise ProjectFileError(path, "this database is not a Schedule Engine project (its kind marker is missing)",
                               "foreign_file")
    r = FieldReader(str(path))
    errors_before = len(r.diagnostics)
    grid = _single_row(r, conn, "time_grid", read_time_grid, TimeGrid((), ()))
    n_slots = grid.n_slots if len(r.diagnostics) == errors_before else None
    settings = _single_row(r, conn, "settings", read_settings, Settings())

    def entities(table: str, read) -> tuple:
        out = []
        for i, (text,) in enumerate(conn.execute(f"SELECT data FROM {table} ORDER BY position")):
            value = _decode(r, text, f"{table}[{i}]")
            if value is not _BAD:
                out.append(read(r, value, f"{table}[{i}]", n_slots))
        return tuple(out)

    name = meta.get(schema.META_PROBLEM_NAME)
    if not isinstance(name, str):
        r.error("meta.problem_name", "the project has no name", code="damaged")
    problem = Problem(
        name=name if isinstance(name, str) else "",
        time_grid=grid,
        rooms=entities("rooms", read_room),
        instructors=entities("instructors", read_instructor),
        groups=entities("groups", read_group),
        courses=entities("courses", read_course),
        settings=settings,
        rules=entities("rules", read_rule),
    )
    if not r.failed:
        r.diagnostics.extend(problem_size_problems(problem, str(path)))
    project = Project(
        problem=problem,
        solution=_read_working_solution(r, conn, meta, n_slots),
        runs=_read_runs(r, conn, n_slots),
        active_run=meta.get(schema.META_ACTIVE_RUN),
        meta=_read_project_info(r, conn),
    )
    if r.failed:
        raise ProjectFileError(path, r.diagnostics)
    return project


def _read_working_solution(r: FieldReader, conn: sqlite3.Connection, meta: dict, n_slots: int | None
                           ) -> Solution | None:
    if schema.META_WORKING_SOLUTION not in meta:
        return None
    solution_meta = _decode(r, meta[schema.META_WORKING_SOLUTION], "meta.working_solution_meta")
    if solution_meta is not _BAD and not isinstance(solution_meta, dict):
        r.error("meta.working_solution_meta", "expected a JSON object", code="damaged")
    assignments = []
    rows = conn.execute("SELECT session_id, slot, room, instructor, pin_time, pin_room, length, week "
                        "FROM working_solution ORDER BY position")
    for i, (session_id, slot, room, instructor, pin_time, pin_room, length, week) in enumerate(rows):
        record = {"session_id": session_id, "slot": slot, "room": room, "instructor": instructor,
                  "pin_time": _flag(pin_time), "pin_room": _flag(pin_room), "length": length, "week": week}
        assignments.append(read_assignment(r, record, f"working_solution[{i}]", n_slots))
    return Solution(assignments=assignments, meta=solution_meta if isinstance(solution_meta, dict) else {})


def _flag(value: object) -> object:
    return bool(value) if value in (0, 1) and not isinstance(value, float) else value


def _json_object(r: FieldReader, text: object, path: str) -> dict:
    """A JSON object stored as text ({} after reporting anything else)."""
    value = _decode(r, text, path)
    if value is _BAD:
        return {}
    if not isinstance(value, dict):
        r.error(path, "expected a JSON object", code="damaged")
        return {}
    return value


def _read_runs(r: FieldReader, conn: sqlite3.Connection, n_slots: int | None) -> tuple[RunRecord, ...]:
    runs = []
    rows = conn.execute(f"SELECT {', '.join(RUN_COLUMNS)} FROM runs ORDER BY position")
    for i, row in enumerate(rows):
        path = f"runs[{i}]"
        rec = dict(zip(RUN_COLUMNS, row, strict=True))
        params = _json_object(r, rec["params"], f"{path}.params")
        raw_breakdown = _json_object(r, rec["breakdown"], f"{path}.breakdown")
        breakdown = {key: r.integer(raw_breakdown, key, f"{path}.breakdown") for key in raw_breakdown}
        rec["solution"] = _decode(r, rec["solution"], f"{path}.solution")
        solution = (Solution() if rec["solution"] is _BAD
                    else read_solution(r, rec["solution"], f"{path}.solution", n_slots))
        runs.append(RunRecord(
            id=r.string(rec, "id", path),
            name=r.string(rec, "name", path),
            created=r.string(rec, "created", path),
            finished=r.string(rec, "finished", path, nullable=True),
            status=r.string(rec, "status", path),
            params=params,
            seed=r.integer(rec, "seed", path, nullable=True),
            elapsed_s=r.number(rec, "elapsed_s", path),
            hard=r.integer(rec, "hard", path),
            soft=r.integer(rec, "soft", path),
            breakdown=breakdown,
            solution=solution,
            engine_version=r.string(rec, "engine_version", path),
        ))
    return tuple(runs)


def _read_project_info(r: FieldReader, conn: sqlite3.Connection) -> dict[str, str]:
    info = {}
    for key, value in conn.execute("SELECT key, value FROM project_info ORDER BY rowid"):
        if isinstance(key, str) and isinstance(value, str):
            info[key] = value
        else:
            r.error(f"project_info.{key}", "expected text", code="damaged")
    return info
