"""The SQLite project file (``.sched``): atomic save, migrations, runs, crash recovery.

This module is the public entry point; the implementation lives in
:mod:`schedule_engine.project`.
"""

from schedule_engine import project
from schedule_engine.project import (
    PROJECT_SUFFIX,
    RUN_STATUSES,
    SCHEMA_VERSION,
    Project,
    ProjectFileError,
    RecoveryInfo,
    RunRecord,
    discard_recovery,
    find_recoveries,
    load_project,
    new_run_id,
    save_project,
    utc_now_iso,
    write_recovery,
)

__all__ = list(project.__all__)
