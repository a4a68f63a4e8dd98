"""Remedy, the last resort: fewer weekly periods of a component."""

from __future__ import annotations

import math

from schedule_engine.capacity import weeks_needed
from schedule_engine.remedies.base import EntityEdit, Remedy, make_remedy
from schedule_engine.remedies.case import Case
from schedule_engine.remedies.verify import Checker, neighbour_courses
from schedule_engine.remedies.words import periods

MAX_TRIED = 4
MAX_OFFERED = 2


def fewer_periods_remedies(case: Case, checker: Checker) -> list[Remedy]:
    problem = case.problem
    c = case.compiled
    courses = neighbour_courses(case)
    options = []
    for (course_id, session_type), sessions in case.components().items():
        comp = problem.course(course_id).component(session_type)
        sections = len({c.sessions[s].section for s in sessions})
        weeks = int(weeks_needed(c)[sessions[0]])  # a period less of a weekly component, in every week
        cut = math.ceil(case.deficit / (sections * weeks))
        for less in (cut, cut + 1):
            if less < comp.periods_per_week:
                options.append((less * sections, less, course_id, session_type, comp.periods_per_week, sections))
    found = []
    for total, less, course_id, session_type, before, sections in sorted(options)[:MAX_TRIED]:
        if any(r.edits[0].entity_id == course_id and r.edits[0].field.startswith(f"components.{session_type}.")
               for r in found):
            continue
        after = before - less
        edit = EntityEdit("course", course_id, f"components.{session_type}.periods_per_week", "set_component",
                          (session_type, (("periods_per_week", after), ("blocks", ()), ("patterns", ()))),
                          f"{session_type} {after} periods a week instead of {before}")
        each = f" (in each of its {sections} sections)" if sections > 1 else ""
        text = (f"As a last resort, teach the {session_type} of {course_id} in {periods(after)} a week "
                f"instead of {before}{each}.")
        remedy = make_remedy("fewer_periods", text, (edit,), case.diagnostic, 100 + total)
        if checker.passes(remedy, courses):
            found.append(remedy)
            if len(found) == MAX_OFFERED:
                break
    return found
