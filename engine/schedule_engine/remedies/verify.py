"""Checking a candidate change before it is offered.

A quick check runs ``validate`` on the part of the problem the shortfall lives
in (the courses that could use the resources concerned); it is weaker than the
whole check, so it only filters.  A change is offered when ``validate`` on the
whole edited problem no longer names the shortfall and names no error that was
not there before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

import numpy as np

from schedule_engine.diagnostics import validate
from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.model import Problem
from schedule_engine.remedies.base import Remedy, apply_remedy
from schedule_engine.remedies.case import Case


def clears(target: Diagnostic, before: list[Diagnostic], after: list[Diagnostic]) -> bool:
    """``after`` has no error but those of ``before`` other than ``target``, and
    none of them concerns ``target``'s sessions."""
    allowed = {(d.code, d.entity) for d in before if d.severity == "error" and d is not target}
    mine = set(target.sessions)
    for d in after:
        if d.severity != "error":
            continue
        if (d.code, d.entity) not in allowed or mine & set(d.sessions):
            return False
    return True


def sub_problem(problem: Problem, course_ids: Iterable[str]) -> Problem:
    """Only the courses ``course_ids`` (groups keep their times, enrol in those only)."""
    keep = set(course_ids)
    groups = tuple(replace(g, courses=tuple(c for c in g.courses if c in keep)) for g in problem.groups)
    return replace(problem, courses=tuple(c for c in problem.courses if c.id in keep), groups=groups)


def neighbour_courses(case: Case, instructors: Iterable[str] = (), rooms: Iterable[str] = ()) -> set[str]:
    """The shortfall's courses and those whose sessions could use its resources
    (or the ``instructors`` and ``rooms`` a change brings in)."""
    c = case.compiled
    wanted_i = {c.instructor_ids.index(i) for i in instructors if i in c.instructor_ids}
    wanted_r = {c.room_ids.index(r) for r in rooms if r in c.room_ids}
    if case.kind in ("instructor", "joint"):
        wanted_i |= set(case.shortfall.resources)
    if case.kind == "room":
        wanted_r |= set(case.shortfall.resources)
    wanted_r |= set(case.shortfall.rooms)
    leaves = set(case.shortfall.resources) if case.kind == "leaf" else set()
    found = set(case.course_ids())
    imask = np.zeros(c.n_instructors, bool)
    imask[list(wanted_i)] = True
    rmask = np.zeros(c.n_rooms, bool)
    rmask[list(wanted_r)] = True
    for s, sess in enumerate(c.sessions):
        if sess.course_id in found:
            continue
        if (wanted_i and imask[c.candidate_instructors(s)].any()) or (wanted_r and rmask[c.room_suits[s]].any()) \
                or (leaves and leaves & set(int(li) for li in c.leaves(s))):
            found.add(sess.course_id)
    return found


class Checker:
    """Checks the candidates of one case, against the errors found before."""

    def __init__(self, case: Case, before: list[Diagnostic]):
        self.case = case
        self.before = before
        self.quick_checks = 0
        self.full_checks = 0

    def edited(self, remedy: Remedy) -> Problem | None:
        try:
            return apply_remedy(self.case.problem, remedy)
        except InvalidInputError:
            return None

    def quick(self, remedy: Remedy, courses: set[str]) -> bool:
        problem = self.edited(remedy)
        if problem is None:
            return False
        self.quick_checks += 1
        part = sub_problem(problem, courses)
        return clears(self.case.diagnostic, self.before, validate(part))

    def full(self, remedy: Remedy) -> bool:
        problem = self.edited(remedy)
        if problem is None:
            return False
        self.full_checks += 1
        return clears(self.case.diagnostic, self.before, validate(problem))

    def passes(self, remedy: Remedy, courses: set[str]) -> bool:
        return self.quick(remedy, courses) and self.full(remedy)
