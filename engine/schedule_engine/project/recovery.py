"""Crash recovery copies of open projects.

While a project is edited the application writes a full copy into a recovery
folder now and then (:func:`write_recovery`); the copy records which file it
belongs to and when it was written.  After a crash, :func:`find_recoveries`
lists the copies left behind, :func:`~schedule_engine.project.reader.load_project`
opens one, and :func:`discard_recovery` removes it.  A normal exit discards the
copy.
"""

from __future__ import annotations

import hashlib
import logging
import re
import uuid
from pathlib import Path

from schedule_engine.project import schema
from schedule_engine.project.reader import open_project_database, read_meta
from schedule_engine.project.records import PROJECT_SUFFIX, Project, ProjectFileError, RecoveryInfo, utc_now_iso
from schedule_engine.project.writer import write_project_file

log = logging.getLogger(__name__)


def recovery_file_name(original: Path | None, untitled_id: str | None = None) -> str:
    """``<stem>-<hash of the full path>.sched``, or ``untitled-<id>.sched``."""
    if original is None:
        return f"untitled-{untitled_id or uuid.uuid4().hex}{PROJECT_SUFFIX}"
    full = str(Path(original).expanduser().absolute())
    digest = hashlib.sha256(full.encode("utf-8")).hexdigest()[:12]
    stem = re.sub(r"[^\w.-]+", "_", Path(original).stem)[:60].strip("._") or "project"
    return f"{stem}-{digest}{PROJECT_SUFFIX}"


def write_recovery(project: Project, recovery_dir: Path, original: Path | None, *,
                   untitled_id: str | None = None) -> Path:
    """Write a recovery copy of ``project`` (atomically) and return its path.

    The same ``original`` always maps to the same recovery file, so each call
    replaces the previous copy.  For a project never saved pass the same
    ``untitled_id`` on every call to keep one copy (otherwise each call makes
    a new one).
    """
    recovery_dir = Path(recovery_dir)
    recovery_dir.mkdir(parents=True, exist_ok=True)
    target = recovery_dir / recovery_file_name(original, untitled_id)
    extra = {
        schema.META_RECOVERY_ORIGINAL: "" if original is None else str(Path(original).expanduser().absolute()),
        schema.META_RECOVERY_SAVED_AT: utc_now_iso(),
    }
    write_project_file(target, project, extra)
    return target


def find_recoveries(recovery_dir: Path) -> list[RecoveryInfo]:
    """The recovery copies in ``recovery_dir``, newest first (unreadable ones are skipped)."""
    recovery_dir = Path(recovery_dir)
    if not recovery_dir.is_dir():
        return []
    found = []
    for path in recovery_dir.glob(f"*{PROJECT_SUFFIX}"):
        if path.name.startswith(".") or not path.is_file():
            continue
        try:
            conn = open_project_database(path)
            try:
                meta = read_meta(conn)
            finally:
                conn.close()
        except ProjectFileError as exc:
            log.warning("skipping unreadable recovery file: %s", exc)
            continue
        saved_at = meta.get(schema.META_RECOVERY_SAVED_AT)
        if saved_at is None:
            continue
        original = meta.get(schema.META_RECOVERY_ORIGINAL) or None
        found.append(RecoveryInfo(path=path, original=Path(original) if original else None, saved_at=saved_at))
    found.sort(key=lambda info: (info.saved_at, info.path.name), reverse=True)
    return found


def discard_recovery(path: Path) -> None:
    """Delete a recovery copy (nothing happens if it is already gone)."""
    Path(path).unlink(missing_ok=True)
