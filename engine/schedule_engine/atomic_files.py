"""Atomic replacement of files: write a temp file beside the target, then rename.

A crash or kill at any moment leaves either the old complete file or the new
complete one.  Temp files are hidden (``.<name>.<random>.tmp``) and never carry
the target's extension, so a leftover one is not mistaken for a document; the
next save of the same target removes them.  A save that cannot be done (a
missing or read-only folder, a full disk) raises :class:`SaveError`, whose
message says why in plain words, and leaves the target as it was.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import time
import uuid
from pathlib import Path
from typing import Callable

from schedule_engine.errors import ScheduleEngineError

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".tmp"
_REPLACE_ATTEMPTS = 5


class SaveError(ScheduleEngineError, OSError):
    """A file that could not be written; the message names the file and says why in
    plain words.  The target is left exactly as it was."""

    def __init__(self, target: Path, reason: str, cause: OSError | None = None):
        super().__init__(f"Cannot save {target.name}: {reason}.")
        self.path, self.reason, self.cause = target, reason, cause


def save_error(target: Path, error: OSError) -> SaveError:
    """The plain-words reason for an operating-system error while writing ``target``."""
    folder = target.parent
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOENT:
        reason = f"the folder {folder} does not exist"
    elif isinstance(error, NotADirectoryError):
        reason = f"{folder} is not a folder"
    elif isinstance(error, IsADirectoryError):
        reason = f"{target} is a folder"
    elif isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = (f"the folder {folder} is read-only (no permission to write there)"
                  if not os.access(folder, os.W_OK) or error.errno == errno.EROFS
                  else f"no permission to replace {target}")
    elif error.errno == errno.ENOSPC:
        reason = f"the disk holding {folder} is full"
    else:
        reason = error.strerror or str(error)
    return SaveError(target, reason, error)


def temp_path_for(target: Path) -> Path:
    """A fresh temp file name in the target's folder."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}{TEMP_SUFFIX}")


def leftover_temp_files(target: Path) -> list[Path]:
    """Temp files of earlier saves of ``target`` that never finished."""
    prefix = f".{target.name}."
    try:
        return sorted(
            p for p in target.parent.iterdir()
            if p.name.startswith(prefix) and p.name.endswith(TEMP_SUFFIX) and p.is_file()
        )
    except OSError:
        return []


def remove_leftover_temp_files(target: Path) -> None:
    for path in leftover_temp_files(target):
        try:
            path.unlink()
            log.info("removed unfinished temp file %s", path)
        except OSError as exc:  # e.g. still open by another program on Windows
            log.warning("could not remove temp file %s: %s", path, exc)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace_atomically(temp: Path, target: Path) -> None:
    """Make the finished ``temp`` file the target (keeping the target's permissions)."""
    try:
        os.chmod(temp, stat.S_IMODE(target.stat().st_mode))
    except OSError:
        pass  # a new target keeps the temp file's default permissions
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(temp, target)
            break
        except PermissionError:
            # On Windows a virus scanner or indexer may hold the target open for a moment.
            if os.name != "nt" or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(0.1 * (attempt + 1))
    _fsync_folder(target.parent)


def write_bytes_atomically(target: Path, data: bytes, pause: Callable[[], None] | None = None) -> None:
    """Write ``data`` as the whole new content of ``target``, atomically.

    ``pause`` (tests only) is called halfway through writing and again just
    before the rename, so a test can kill the process there.
    """
    target = Path(target)
    try:
        if target.is_dir():
            raise SaveError(target, f"{target} is a folder")
    except SaveError:
        raise
    except OSError as error:
        raise save_error(target, error) from error
    remove_leftover_temp_files(target)
    temp = temp_path_for(target)
    try:
        with open(temp, "xb") as handle:
            if pause is None:
                handle.write(data)
            else:
                half = len(data) // 2
                handle.write(data[:half])
                handle.flush()
                pause()
                handle.write(data[half:])
            handle.flush()
            os.fsync(handle.fileno())
        if pause is not None:
            pause()
        replace_atomically(temp, target)
    except BaseException as error:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass
        if isinstance(error, OSError):
            raise save_error(target, error) from error
        raise
