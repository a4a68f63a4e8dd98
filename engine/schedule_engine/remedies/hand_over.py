"""Remedy: hand some of the teaching to another instructor, one who already
teaches the course's other session types or a course of the same subject, by
adding the qualification the sessions need."""

from __future__ import annotations

import re


from schedule_engine.capacity import teaching_slots
from schedule_engine.model import Problem
from schedule_engine.remedies.base import EntityEdit, Remedy, make_remedy
from schedule_engine.remedies.case import Case
from schedule_engine.remedies.verify import Checker, neighbour_courses
from schedule_engine.remedies.words import names

MAX_TRIED = 4
MAX_OFFERED = 2


def _subject(title: str) -> str:
    return " ".join(title.casefold().split())


def _series(course_id: str) -> str:
    """The letters a course code starts with (``ENSH`` of ``ENSH 253``)."""
    letters = re.match(r"[A-Za-z]+", course_id)
    return letters.group(0).upper() if letters else ""


def _spare(case: Case) -> dict[str, float]:
    """Instructor -> free teaching periods less the share of teaching they may get."""
    c = case.compiled
    free = (teaching_slots(c)[None, :] & ~c.instr_unavail).sum(axis=1).astype(float)
    for s in range(c.n_sessions):
        cands = c.candidate_instructors(s)
        if len(cands):
            free[cands] -= float(c.length[s]) / len(cands)
    return {i: float(free[k]) for k, i in enumerate(c.instructor_ids)}


def _link(links: dict[str, tuple[int, str]], course: str, rank: int, why: str) -> None:
    """Keep the closest link (lowest rank) of an instructor to a course."""
    if course not in links or rank < links[course][0]:
        links[course] = (rank, why)


def candidates(case: Case) -> list[tuple[int, float, str, str, tuple[tuple[str, str], ...]]]:
    """(relation rank, -spare, instructor, why, qualifications to add), best first."""
    problem = case.problem
    pool = set(case.resource_ids())
    wanted = sorted(case.components())
    titles = {co.id: _subject(co.title) for co in problem.courses}
    spare = _spare(case)
    found: dict[str, tuple[int, str, set[tuple[str, str]]]] = {}
    for inst in problem.instructors:
        if inst.id in pool:
            continue
        links: dict[str, tuple[int, str]] = {}
        for course_id, session_type in sorted(inst.qualifications):
            for want_course, want_type in wanted:
                if (course_id, session_type) == (want_course, want_type) and _fixed_without(problem, want_course,
                                                                                            want_type, inst.id):
                    _link(links, want_course, 0, f"who is qualified for the {session_type} of {course_id}")
                elif course_id == want_course and session_type != want_type:
                    _link(links, want_course, 0, f"who teaches the {session_type} of {course_id}")
                elif course_id != want_course and titles.get(course_id) and \
                        titles.get(course_id) == titles.get(want_course):
                    _link(links, want_course, 1, f"who teaches {course_id}, the same subject")
                elif course_id != want_course and _series(course_id) and _series(course_id) == _series(want_course):
                    _link(links, want_course, 2, f"who teaches {course_id}, a course of the same series "
                                                 f"({_series(course_id)})")
        add = {(co, ty) for co, ty in wanted if co in links and ((co, ty) not in inst.qualifications
                                                                 or _fixed_without(problem, co, ty, inst.id))}
        if add and spare.get(inst.id, 0.0) > 0:
            rank, why = min(links[co] for co, _ty in add)
            found[inst.id] = (rank, why, {(co, ty) for co, ty in add if links[co][0] == rank})
    ranked = [(rank, -spare.get(i, 0.0), i, why, tuple(sorted(add))) for i, (rank, why, add) in found.items()]
    return sorted(ranked)


def _fixed_without(problem: Problem, course_id: str, session_type: str, inst: str) -> bool:
    """The component names its instructors, and ``inst`` is not among them."""
    course = problem.course(course_id)
    comp = course.component(session_type) if course is not None else None
    return comp is not None and bool(comp.instructors) and inst not in comp.instructors


def _remedy(case: Case, inst: str, why: str, add: tuple[tuple[str, str], ...]) -> Remedy:
    problem = case.problem
    held = next(x for x in problem.instructors if x.id == inst).qualifications
    new = tuple(pair for pair in add if pair not in held)
    changes = []
    if new:
        changes.append(EntityEdit("instructor", inst, "qualifications", "add_qualifications", new,
                                  f"qualified for {names(f'{co} {ty}' for co, ty in new)}"))
    listed = [(co, ty) for co, ty in add if _fixed_without(problem, co, ty, inst)]
    for co, ty in listed:
        changes.append(EntityEdit("course", co, f"components.{ty}.instructors", "add_instructors",
                                  (ty, (inst,)), f"{inst} may teach its {ty}"))
    what = []
    if new:
        what.append(f"add the qualification{'s' if len(new) > 1 else ''} {names(f'{co} {ty}' for co, ty in new)} "
                    f"to {inst}")
    if listed:
        what.append(f"add {inst} to the instructors of " + names(f"the {ty} of {co}" for co, ty in listed))
    text = f"Let instructor {inst}, {why}, take some of this teaching: {' and '.join(what)}."
    return make_remedy("hand_over", text, tuple(changes), case.diagnostic, 10 + len(add))


def hand_over_remedies(case: Case, checker: Checker) -> list[Remedy]:
    if case.kind not in ("instructor", "joint"):
        return []
    found = []
    for _rank, _spare_neg, inst, why, add in candidates(case)[:MAX_TRIED]:
        remedy = _remedy(case, inst, why, add)
        if checker.passes(remedy, neighbour_courses(case, instructors=[inst])):
            found.append(remedy)
            if len(found) == MAX_OFFERED:
                break
    return found


