"""The SQLite layout of a project file, its version history and migrations.

``PRAGMA application_id`` marks a file as a Schedule Engine project and
``PRAGMA user_version`` holds the layout version.  Version 1 was the first
release; version 2 added the ``project_info`` table (institution,
term and term dates; version 1 kept only the institution, in ``meta``) and the
``engine_version`` column of ``runs``; version 3 (current) added the ``length``
column of ``working_solution`` (a piece's block length under its section's
current pattern; NULL: the default cut's; block patterns of a course travel in
its JSON row and need no column); version 4 added the ``rules`` table (the
problem's rules, one JSON row each as :func:`schedule_engine.io.rule_dicts.rule_to_dict`
writes it; activity tags travel in the course rows); version 5 added the ``week``
column of ``working_solution`` (0 every week, 1 week A, 2 week B; older files
migrate to 0; the grid's week names and the fortnightly flag of a component
travel in the time grid's and the courses' JSON rows).  Entities are stored one row each, as
the JSON of the engine document's per-entity helpers, in their original order
(``position``).
"""

from __future__ import annotations

import sqlite3
from typing import Callable

SCHEMA_VERSION = 5
APPLICATION_ID = 0x53434844  # "SCHD"
KIND = "schedule-engine-project"

# Keys of the ``meta`` table (file-level facts; the project's own facts are in project_info).
META_KIND = "kind"
META_PROBLEM_NAME = "problem_name"
META_ACTIVE_RUN = "active_run"
META_WORKING_SOLUTION = "working_solution_meta"
"""JSON of the working solution's meta; absent when the project has no working solution."""
META_SAVED_AT = "saved_at"
META_SAVED_BY = "saved_by"
META_RECOVERY_ORIGINAL = "recovery_original"
META_RECOVERY_SAVED_AT = "recovery_saved_at"

ENTITY_TABLES: tuple[str, ...] = ("rooms", "instructors", "groups", "courses", "rules")

CREATE_TABLES: tuple[str, ...] = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE project_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE time_grid (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)",
    "CREATE TABLE settings (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)",
    *(f"CREATE TABLE {table} (position INTEGER PRIMARY KEY, id TEXT NOT NULL, data TEXT NOT NULL)"
      for table in ENTITY_TABLES),
    """CREATE TABLE runs (
        position INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        created TEXT NOT NULL,
        finished TEXT,
        status TEXT NOT NULL,
        params TEXT NOT NULL,
        seed INTEGER,
        elapsed_s REAL NOT NULL,
        hard INTEGER NOT NULL,
        soft INTEGER NOT NULL,
        breakdown TEXT NOT NULL,
        solution TEXT NOT NULL,
        engine_version TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE working_solution (
        position INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL,
        slot INTEGER,
        room TEXT,
        instructor TEXT,
        pin_time INTEGER NOT NULL,
        pin_room INTEGER NOT NULL,
        length INTEGER,
        week INTEGER NOT NULL DEFAULT 0
    )""",
)


def create_schema(conn: sqlite3.Connection) -> None:
    """Create the current layout in an empty database."""
    for statement in CREATE_TABLES:
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE project_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO project_info (key, value) SELECT key, value FROM meta WHERE key = 'institution'")
    conn.execute("DELETE FROM meta WHERE key = 'institution'")
    conn.execute("ALTER TABLE runs ADD COLUMN engine_version TEXT NOT NULL DEFAULT ''")


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE working_solution ADD COLUMN length INTEGER")


def _migrate_3_to_4(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE rules (position INTEGER PRIMARY KEY, id TEXT NOT NULL, data TEXT NOT NULL)")


def _migrate_4_to_5(conn: sqlite3.Connection) -> None:
    columns = {row[1] for row in conn.execute("PRAGMA table_info(working_solution)")}
    if "week" not in columns:  # a file marked older than its tables is read, not refused
        conn.execute("ALTER TABLE working_solution ADD COLUMN week INTEGER NOT NULL DEFAULT 0")


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_1_to_2, 2: _migrate_2_to_3, 3: _migrate_3_to_4, 4: _migrate_4_to_5}
"""``MIGRATIONS[v]`` turns a version ``v`` database into version ``v + 1``."""


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring a database of an older ``version`` up to :data:`SCHEMA_VERSION` (in place)."""
    for step in range(version, SCHEMA_VERSION):
        MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA user_version = {step + 1}")
