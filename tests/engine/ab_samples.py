"""The sample of :mod:`export_samples` on a two-week (A/B) cycle, for the
export and week-grid tests: its C1 practical is taught fortnightly, G1a's in
week A and G1b's in week B, both on Tuesday P1-P2 (slot 6) in lab L1 with I2
(no clash: different weeks).  Every other session is weekly (week 0).
"""

from __future__ import annotations

from dataclasses import replace

from export_samples import PLACEMENT, sample_problem

from schedule_engine.model import Assignment, Course, Problem, Solution

G1A, G1B = "C1|practical|G1a|0", "C1|practical|G1b|0"


def ab_problem(weeks: tuple[str, ...] = ("A", "B")) -> Problem:
    problem = sample_problem()
    courses = []
    for course in problem.courses:
        if course.id == "C1":
            lecture, practical = course.components
            course = Course(course.id, course.title, components=(lecture, replace(practical, fortnightly=True)))
        courses.append(course)
    return replace(problem, time_grid=replace(problem.time_grid, week_names=weeks), courses=tuple(courses))


def ab_solution(weeks: dict[str, int] | None = None) -> Solution:
    weeks = {G1A: 1, G1B: 2} if weeks is None else weeks
    placement = dict(PLACEMENT, **{G1B: (6, "L1", "I2")})  # G1b's practical in the same slot and room as G1a's
    return Solution(tuple(Assignment(sid, slot, room, instr, week=weeks.get(sid, 0))
                          for sid, (slot, room, instr) in placement.items()))
