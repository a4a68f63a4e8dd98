"""The project's list of solver runs as plain transforms: each takes a
:class:`Project` and returns the changed one (the window wraps each in one undo
step).  Store a finished run, use a run's timetable, delete a run, duplicate
one as a starting point, and name the next run."""

from __future__ import annotations

from dataclasses import replace

from schedule_engine.project_store import Project, RunRecord, new_run_id, utc_now_iso


def with_new_run(project: Project, record: RunRecord) -> Project:
    """The finished run stored and its timetable made the working one."""
    return replace(project, runs=(*project.runs, record), active_run=record.id,
                   solution=record.solution)


def with_run_used(project: Project, run_id: str) -> Project:
    run = project.run(run_id)
    if run is None:
        raise KeyError(run_id)
    return replace(project, active_run=run.id, solution=run.solution)


def with_run_deleted(project: Project, run_id: str) -> Project:
    """The run removed; the working timetable stays as it is."""
    runs = tuple(r for r in project.runs if r.id != run_id)
    active = None if project.active_run == run_id else project.active_run
    return replace(project, runs=runs, active_run=active)


def duplicate_name(name: str, taken: set[str]) -> str:
    base = f"{name} (copy)"
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{name} (copy {n})"
        n += 1
    return candidate


def with_run_duplicated(project: Project, run_id: str) -> tuple[Project, RunRecord]:
    """A copy of the run, made active, its timetable the working one."""
    run = project.run(run_id)
    if run is None:
        raise KeyError(run_id)
    copy = replace(run, id=new_run_id(), name=duplicate_name(run.name, {r.name for r in project.runs}),
                   created=utc_now_iso())
    return with_new_run(project, copy), copy


def next_run_name(project: Project) -> str:
    names = {r.name for r in project.runs}
    n = len(project.runs) + 1
    while f"Run {n}" in names:
        n += 1
    return f"Run {n}"
