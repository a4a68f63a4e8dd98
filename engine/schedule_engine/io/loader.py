"""Open any input the engine reads, deciding the format from the path.

- a folder holding ``Course.json``, ``Groups.json``, ``Instructors.json`` and
  ``Rooms.json`` (any letter case): the campus four-file data;
- a ``.ctt`` file: an ITC-2007 instance;
- a ``.fet`` file: a FET timetable file (FET 5 and 6; :mod:`schedule_engine.io.fet`);
- a ``.json`` file: an engine JSON document (problem, optionally a solution).
"""

from __future__ import annotations

from pathlib import Path

from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.io import bounded_input
from schedule_engine.io.campus import CAMPUS_FILES, find_campus_files, load_campus_folder
from schedule_engine.io.ctt import load_ctt, read_ctt_solution
from schedule_engine.model import Problem, Solution

UNREADABLE_CODES = frozenset({
    "file_not_found", "unreadable_file", "unreadable", "malformed_json", "bad_json",
    "malformed_ctt", "unknown_format", "newer_schema", "no_solution", "file_too_large", "too_deep",
    "number_too_long", "malformed_fet",
})
"""Diagnostic codes meaning the input could not be read at all (as opposed to
data that was read but is wrong)."""


def _fail(message: str, location: str, code: str) -> InvalidInputError:
    return InvalidInputError([Diagnostic("error", message, location=location, code=code)])


def input_kind(path: str | Path) -> str:
    """``campus``, ``ctt``, ``fet`` or ``json``; :class:`InvalidInputError` for anything else."""
    path = Path(path)
    if not path.exists():
        raise _fail(f"No such file or folder: {path}.", str(path), "file_not_found")
    if path.is_dir():
        _found, missing = find_campus_files(path)
        if missing:
            raise _fail(f"The folder is not campus data: it lacks {', '.join(missing)} "
                        f"(expected {', '.join(CAMPUS_FILES.values())}).", str(path), "unknown_format")
        return "campus"
    suffix = path.suffix.lower()
    if suffix == ".ctt":
        return "ctt"
    if suffix == ".fet":
        return "fet"
    if suffix == ".json":
        if path.name.lower() in {n.lower() for n in CAMPUS_FILES.values()}:
            raise _fail("This is one of the four campus files: open the folder that holds all four.",
                        path.name, "unknown_format")
        return "json"
    raise _fail("Unknown input format: expected a campus data folder, a .ctt file, a .fet file or "
                "an engine .json document.", path.name, "unknown_format")


def load_any(path: str | Path, *, fractional_hours: str = "fortnightly"
             ) -> tuple[Problem, Solution | None, list[Diagnostic]]:
    """The problem, the solution stored with it (engine documents only) and the warnings.

    ``fractional_hours`` (campus folders): ``fortnightly`` or ``round-up``
    (:mod:`schedule_engine.io.campus_hours`).
    """
    kind = input_kind(path)
    if kind == "campus":
        problem, warnings = load_campus_folder(path, fractional_hours=fractional_hours)
        return problem, None, warnings
    if kind == "ctt":
        return load_ctt(path), None, []
    if kind == "fet":
        from schedule_engine.io.fet import load_fet

        problem, warnings = load_fet(path)
        return problem, None, warnings
    from schedule_engine.io.engine_json import load_document

    problem, solution = load_document(path)
    return problem, solution, []


def load_solution_for(problem_kind: str, problem: Problem, path: str | Path) -> Solution:
    """Read a solution file for a problem: ITC-2007 text for ``.ctt`` problems,
    otherwise an engine JSON document or a bare solution object."""
    path = Path(path)
    text = bounded_input.read_text(path)
    if problem_kind == "ctt":
        return read_ctt_solution(text, problem, path.name)
    from schedule_engine.io.engine_json import document_from_dict, solution_from_dict

    data = bounded_input.loads(text, path.name)
    if isinstance(data, dict) and "problem" in data:
        _problem, solution = document_from_dict(data, path.name)
        if solution is None:
            raise _fail("The document holds no solution.", path.name, "no_solution")
        return solution
    if isinstance(data, dict) and isinstance(data.get("solution"), dict):
        data = data["solution"]
    return solution_from_dict(data, path.name, problem.time_grid.n_slots)
