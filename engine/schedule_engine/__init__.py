"""Schedule Engine: weekly course timetables, without any user interface.

Everything a caller may use is named here; the other modules are the engine's
own and may change.  Besides this package, these modules are public:
:mod:`schedule_engine.model` (the domain classes), :mod:`schedule_engine.errors`,
:mod:`schedule_engine.edits` (edits of the problem data),
:mod:`schedule_engine.timetable_edits` (moves, swaps and pins of a timetable),
:mod:`schedule_engine.placement_search` (where a session could go),
:mod:`schedule_engine.remedies` (checked fixes for a shortfall),
:mod:`schedule_engine.constraint_catalog`, :mod:`schedule_engine.project_store`,
:mod:`schedule_engine.runs` (the list of solver runs), :mod:`schedule_engine.table_import`
and the views of :mod:`schedule_engine.export` (``views``, ``presentation``, ``reports``).

    from schedule_engine import run_schedule_from_json
    answer = run_schedule_from_json(courses, groups, instructors, rooms,
                                    settings={"time_limit": 60, "seed": 7})

Names load on first use, so ``import schedule_engine`` stays quick: the solver
and its compiled kernels load when ``solve`` is first touched.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS: dict[str, tuple[str, ...]] = {
    "schedule_engine.api": ("run_schedule_from_json",),
    "schedule_engine.solver.api": ("solve", "SolveResult"),
    "schedule_engine.solver.options": ("SolveOptions",),
    "schedule_engine.solver.events": ("ProgressEvent",),
    "schedule_engine.solver.rate_limit": ("RateLimiter", "PROGRESS_INTERVAL_S", "ASSIGNMENTS_INTERVAL_S"),
    "schedule_engine.solver.warmup": ("warm_up_in_background",),
    "schedule_engine.diagnostics": ("validate", "only_shortfalls", "SHORTFALL_CODES"),
    "schedule_engine.scoring": ("evaluate", "Evaluation", "Violation"),
    "schedule_engine.compiled": ("compile_problem", "CompiledProblem"),
    "schedule_engine.sessions": ("derive_sessions", "effective_sessions", "Session"),
    "schedule_engine.patterns": ("format_patterns", "parse_patterns"),
    "schedule_engine.rule_data": ("Rule", "ALL_KINDS"),
    "schedule_engine.rules.catalog": ("RULE_TYPES", "RuleType", "ParamSpec", "COUNT", "FLAG", "SLOTS"),
    "schedule_engine.rules.validate": ("validate_rules",),
    "schedule_engine.io.loader": ("load_any",),
    "schedule_engine.io.engine_json": ("load_document", "save_document", "problem_to_dict",
                                       "problem_from_dict", "solution_to_dict", "solution_from_dict"),
    "schedule_engine.io.workbook": ("write_workbook",),
    "schedule_engine.export": ("export_timetable", "FORMATS"),
    "schedule_engine.export.seed_json": ("seed_schedule",),
    "schedule_engine.model": ("Problem", "Solution", "Assignment", "Course", "CourseComponent", "Group",
                              "Subgroup", "Instructor", "Room", "Settings", "TimeGrid", "Period",
                              "SESSION_TYPES"),
    "schedule_engine.errors": ("Diagnostic", "ScheduleEngineError", "InvalidInputError",
                               "InfeasibleModelError", "CancelledError"),
    "schedule_engine.project_store": ("Project", "RunRecord", "load_project", "save_project",
                                      "PROJECT_SUFFIX", "ProjectFileError"),
    "schedule_engine.project.recovery": ("recovery_file_name",),
    "schedule_engine.cli_common": ("exit_code_for",),
    "schedule_engine.version": ("ENGINE_VERSION",),
}
_RENAMED = {"FORMATS": "EXPORT_FORMATS", "ALL_KINDS": "RULE_ALL_KINDS", "COUNT": "RULE_PARAM_COUNT",
            "FLAG": "RULE_PARAM_FLAG", "SLOTS": "RULE_PARAM_SLOTS"}
_WHERE = {_RENAMED.get(name, name): (module, name) for module, names in _EXPORTS.items() for name in names}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = _WHERE[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
