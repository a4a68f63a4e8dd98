"""The engine JSON document: a problem and, optionally, a solution in one file.

``{"schema_version": 1, "kind": "schedule-engine", "problem": {...}, "solution": {...} | null}``

Keys are snake_case, references are ids, sets are sorted lists and times are
slot integers ``day * n_periods + period`` on the problem's grid (the grid
states ``n_periods``).  Every field of every model dataclass is written, so
``problem_from_dict(problem_to_dict(p)) == p``.  Reading validates at the
boundary and reports every problem at once as an
:class:`~schedule_engine.errors.InvalidInputError` whose diagnostics carry field
paths such as ``problem.rooms[3].capacity``.  docs/FORMATS.md describes the
format.

The per-entity helpers (``room_to_dict``/``room_from_dict`` ...) are public: the
project file stores entities row by row with them.
"""

from __future__ import annotations

import json
from pathlib import Path

from schedule_engine.atomic_files import write_bytes_atomically
from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.io import bounded_input
from schedule_engine.io.entity_dicts import (  # noqa: F401  (re-exported per-entity helpers)
    assignment_to_dict,
    component_to_dict,
    course_to_dict,
    group_to_dict,
    instructor_to_dict,
    period_to_dict,
    problem_to_dict,
    room_to_dict,
    settings_to_dict,
    solution_to_dict,
    subgroup_to_dict,
    time_grid_to_dict,
)
from schedule_engine.io.entity_readers import (
    read_assignment,
    read_component,
    read_course,
    read_group,
    read_instructor,
    read_period,
    read_problem,
    read_room,
    read_settings,
    read_solution,
    read_subgroup,
    read_time_grid,
)
from schedule_engine.io.json_fields import FieldReader, describe, is_int
from schedule_engine.weeks_check import solution_week_problems
from schedule_engine.model import (Assignment, Course, CourseComponent, Group, Instructor, Period, Problem,
                                   Room, Settings, Solution, Subgroup, TimeGrid)

SCHEMA_VERSION = 1
KIND = "schedule-engine"


def document_to_dict(problem: Problem, solution: Solution | None = None) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": KIND,
        "problem": problem_to_dict(problem),
        "solution": None if solution is None else solution_to_dict(solution),
    }


# ---------------------------------------------------------------------------
# Public readers (raise InvalidInputError with every problem found)
# ---------------------------------------------------------------------------
def _finish(r: FieldReader, value):
    r.raise_if_failed()
    return value


def time_grid_from_dict(d: object, source: str = "document", path: str = "time_grid") -> TimeGrid:
    r = FieldReader(source)
    return _finish(r, read_time_grid(r, d, path))


def period_from_dict(d: object, source: str = "document", path: str = "period") -> Period:
    r = FieldReader(source)
    return _finish(r, read_period(r, d, path))


def subgroup_from_dict(d: object, source: str = "document", path: str = "subgroup") -> Subgroup:
    r = FieldReader(source)
    return _finish(r, read_subgroup(r, d, path))


def component_from_dict(d: object, source: str = "document", path: str = "component") -> CourseComponent:
    r = FieldReader(source)
    return _finish(r, read_component(r, d, path))


def room_from_dict(d: object, n_slots: int | None = None, source: str = "document", path: str = "room") -> Room:
    r = FieldReader(source)
    return _finish(r, read_room(r, d, path, n_slots))


def instructor_from_dict(d: object, n_slots: int | None = None, source: str = "document",
                         path: str = "instructor") -> Instructor:
    r = FieldReader(source)
    return _finish(r, read_instructor(r, d, path, n_slots))


def group_from_dict(d: object, n_slots: int | None = None, source: str = "document", path: str = "group") -> Group:
    r = FieldReader(source)
    return _finish(r, read_group(r, d, path, n_slots))


def course_from_dict(d: object, n_slots: int | None = None, source: str = "document",
                     path: str = "course") -> Course:
    r = FieldReader(source)
    return _finish(r, read_course(r, d, path, n_slots))


def settings_from_dict(d: object, source: str = "document", path: str = "settings") -> Settings:
    r = FieldReader(source)
    return _finish(r, read_settings(r, d, path))


def assignment_from_dict(d: object, n_slots: int | None = None, source: str = "document",
                         path: str = "assignment") -> Assignment:
    r = FieldReader(source)
    return _finish(r, read_assignment(r, d, path, n_slots))


def problem_from_dict(d: object, source: str = "document") -> Problem:
    r = FieldReader(source)
    problem, _n_slots = read_problem(r, d, "problem")
    return _finish(r, problem)


def solution_from_dict(d: object, source: str = "document", n_slots: int | None = None) -> Solution:
    """Read a solution; with ``n_slots`` (the grid's slot count) slots are range-checked."""
    r = FieldReader(source)
    return _finish(r, read_solution(r, d, "solution", n_slots))


def document_from_dict(d: object, source: str = "document") -> tuple[Problem, Solution | None]:
    """Read a whole document (schema version, kind, problem and solution)."""
    r = FieldReader(source)
    obj = r.fields(d, "", ("schema_version", "kind", "problem"), ("solution",), "document")
    if obj is None:
        r.raise_if_failed()
    version = obj.get("schema_version")
    if "schema_version" in obj:
        if not is_int(version):
            r.error("schema_version", f"expected an integer, got {describe(version)}", "document", "wrong_type")
        elif version > SCHEMA_VERSION:
            raise InvalidInputError([Diagnostic(
                "error",
                f"this document uses schema version {version}, newer than this version of Schedule Engine "
                f"reads (up to {SCHEMA_VERSION}); open it with a newer version",
                entity="document", field="schema_version", location=source, code="newer_schema")])
        elif version < 1:
            r.error("schema_version", f"unknown schema version {version}", "document", "bad_value")
    if "kind" in obj and obj["kind"] != KIND:
        r.error("kind", f'expected "{KIND}", got {describe(obj["kind"])}: not a Schedule Engine document',
                "document", "bad_value")
    problem, n_slots = read_problem(r, obj.get("problem"), "problem") if "problem" in obj else (None, None)
    solution = None
    if obj.get("solution") is not None:
        solution = read_solution(r, obj["solution"], "solution", n_slots)
        if problem is not None and not r.failed:
            r.diagnostics.extend(solution_week_problems(problem, solution, source))
    r.raise_if_failed()
    return problem, solution


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------
def _json_default(value: object) -> object:
    """Encode the few non-JSON values solver metadata may hold (numpy scalars, sets)."""
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot write {type(value).__name__} values to JSON")


def document_to_json(problem: Problem, solution: Solution | None = None) -> str:
    return json.dumps(document_to_dict(problem, solution), indent=1, ensure_ascii=False,
                      default=_json_default) + "\n"


def save_document(path: str | Path, problem: Problem, solution: Solution | None = None) -> None:
    """Write the document atomically: a temp file in the same folder, then a rename."""
    write_bytes_atomically(Path(path), document_to_json(problem, solution).encode("utf-8"))


def load_document(path: str | Path) -> tuple[Problem, Solution | None]:
    """Read a document file; every problem is reported with the file name."""
    path = Path(path)
    source = path.name
    data = bounded_input.load_file(path)
    return document_from_dict(data, source)
