"""When the command was called: the start of this process, as the operating
system recorded it.

A command's time limit counts from the call, and the interpreter's start and
the imports before the command's first line take a tenth of a second or more
(several seconds on a loaded machine).  Linux records the start of every
process (``/proc/self/stat``, in clock ticks since boot); elsewhere, or when
the record cannot be read, the caller's own clock reading stands in.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

STARTED_FIELD = 21
"""Index of ``starttime`` among the fields of ``/proc/<pid>/stat`` (field 22
of proc(5), counted from 0 and from the process id)."""
FRESH_S = 30.0
"""A process older than this when the command begins was not started for the
command (an interpreter that runs commands one after another): its start is
not the call."""


def process_started() -> float | None:
    """``time.time()`` at this process's start, or None where it is not known."""
    try:
        stat = Path(f"/proc/{os.getpid()}/stat").read_text()
        # the name (field 2) is in parentheses and may hold spaces: count after it
        fields = stat[stat.rindex(")") + 2:].split()
        ticks = int(fields[STARTED_FIELD - 2])
        since_boot = time.clock_gettime(time.CLOCK_BOOTTIME)
        age = since_boot - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    if age < 0:
        return None
    return time.time() - age


def command_started(now: float | None = None) -> float:
    """When this process's command was called: the process's start when it is
    known and recent (within :data:`FRESH_S` of ``now``), otherwise ``now``
    (``time.time()`` when not given)."""
    now = time.time() if now is None else now
    started = process_started()
    if started is None or not 0.0 <= now - started <= FRESH_S:
        return now
    return started
