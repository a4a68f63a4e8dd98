"""Remedy: cut a component's weekly periods into blocks that fit, a pattern
the component does not allow yet (the capacity check already tries every
allowed one)."""

from __future__ import annotations

from schedule_engine.remedies.base import EntityEdit, Remedy, make_remedy
from schedule_engine.remedies.case import Case
from schedule_engine.remedies.verify import Checker, neighbour_courses
from schedule_engine.patterns import allowed_patterns, longest_stretch

MAX_TRIED = 4
MAX_PARTS = 4


def cuts(total: int, longest: int, parts: int = MAX_PARTS) -> list[tuple[int, ...]]:
    """Every cut of ``total`` into at most ``parts`` blocks of at most ``longest``,
    longest blocks first; fewer blocks first, then more even ones."""
    found: list[tuple[int, ...]] = []

    def grow(left: int, most: int, prefix: tuple[int, ...]) -> None:
        if left == 0:
            found.append(prefix)
            return
        if len(prefix) == parts:
            return
        for b in range(min(most, left), 0, -1):
            grow(left - b, b, prefix + (b,))

    grow(total, longest, ())
    return sorted(found, key=lambda cut: (len(cut), max(cut) - min(cut)))


def block_pattern_remedies(case: Case, checker: Checker) -> list[Remedy]:
    problem = case.problem
    grid = problem.time_grid
    longest = longest_stretch(grid)
    courses = neighbour_courses(case)
    found = []
    for course_id, session_type in sorted(case.components()):
        comp = problem.course(course_id).component(session_type)
        allowed = {tuple(sorted(p, reverse=True)) for p in allowed_patterns(comp, grid)}
        if not allowed or max(max(p) for p in allowed) == 1:
            continue
        now = " or ".join("+".join(map(str, p)) for p in sorted(allowed, key=lambda p: (len(p), p))[:3])
        now += " or another" if len(allowed) > 3 else ""
        tried = 0
        for cut in cuts(comp.periods_per_week, longest):
            if cut in allowed or tried == MAX_TRIED:
                continue
            tried += 1
            plus = "+".join(map(str, cut))
            edit = EntityEdit("course", course_id, f"components.{session_type}.blocks", "set_component",
                              (session_type, (("blocks", cut), ("patterns", ()))), f"{session_type} in blocks {plus}")
            text = f"Teach the {session_type} of {course_id} in blocks of {plus} periods instead of {now}."
            remedy = make_remedy("block_pattern", text, (edit,), case.diagnostic, 30 + len(cut))
            if checker.passes(remedy, courses):
                found.append(remedy)
                break
    return found[:2]
