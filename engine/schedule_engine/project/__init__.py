"""The project file (``.sched``): one SQLite database per institution.

It holds the problem, the working timetable with its pins, the solver runs and
the project's facts (institution, term).  Saving is atomic; older layouts are
migrated on load; crash recovery copies live in a folder of their own.
"""

from schedule_engine.project.reader import load_project
from schedule_engine.project.records import (
    PROJECT_SUFFIX,
    RUN_STATUSES,
    Project,
    ProjectFileError,
    RecoveryInfo,
    RunRecord,
    new_run_id,
    utc_now_iso,
)
from schedule_engine.project.recovery import discard_recovery, find_recoveries, write_recovery
from schedule_engine.project.schema import SCHEMA_VERSION
from schedule_engine.project.writer import save_project

__all__ = [
    "PROJECT_SUFFIX",
    "RUN_STATUSES",
    "SCHEMA_VERSION",
    "Project",
    "ProjectFileError",
    "RecoveryInfo",
    "RunRecord",
    "discard_recovery",
    "find_recoveries",
    "load_project",
    "new_run_id",
    "save_project",
    "utc_now_iso",
    "write_recovery",
]
