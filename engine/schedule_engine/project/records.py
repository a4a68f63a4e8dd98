"""What a project file holds: the project, its solver runs, recovery entries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping

from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.model import Problem, Solution

PROJECT_SUFFIX = ".sched"
RUN_STATUSES: tuple[str, ...] = ("feasible", "infeasible", "stopped", "failed")


def utc_now_iso() -> str:
    """The current time as ISO-8601 UTC, as stored in run records and recovery files."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def new_run_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class RunRecord:
    """One solver run kept in the project: its parameters, outcome and timetable."""

    id: str
    name: str
    created: str
    """ISO-8601 UTC start time."""
    finished: str | None
    status: str
    """One of :data:`RUN_STATUSES`."""
    params: Mapping[str, object]
    """time_limit, seed, workers, effort, warm_start ... (JSON values)."""
    seed: int | None
    elapsed_s: float
    hard: int
    soft: int
    breakdown: Mapping[str, int]
    """Penalty per constraint id."""
    solution: Solution
    engine_version: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", dict(self.params))
        object.__setattr__(self, "breakdown", dict(self.breakdown))


@dataclass(frozen=True)
class Project:
    """Everything one project file holds."""

    problem: Problem
    solution: Solution | None = None
    """The working timetable, with its pin flags."""
    runs: tuple[RunRecord, ...] = ()
    active_run: str | None = None
    meta: Mapping[str, str] = field(default_factory=dict)
    """institution, term, term_start, term_end (ISO dates) ..."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "runs", tuple(self.runs))
        object.__setattr__(self, "meta", dict(self.meta))

    def run(self, run_id: str) -> RunRecord | None:
        return next((r for r in self.runs if r.id == run_id), None)


@dataclass(frozen=True)
class RecoveryInfo:
    """A recovery file left by an editing session that did not end normally."""

    path: Path
    original: Path | None
    """The project file it is a copy of; None for a project never saved."""
    saved_at: str
    """ISO-8601 UTC time the recovery copy was written."""


class ProjectFileError(InvalidInputError):
    """A project file that cannot be opened: missing, foreign, damaged or too new.

    Its message names the file; ``path`` is the file.
    """

    def __init__(self, path: str | Path, problems: str | list[Diagnostic], code: str = "project_file"):
        self.path = Path(path)
        if isinstance(problems, str):
            problems = [Diagnostic("error", problems, location=str(self.path), code=code)]
        super().__init__(problems)
