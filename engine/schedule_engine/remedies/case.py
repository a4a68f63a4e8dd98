"""One shortfall as the remedies see it: its diagnostic, the sessions and the
resources concerned, and what the capacity check knows about them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from schedule_engine.capacity import Shortfall
from schedule_engine.capacity_check import capacity_shortfalls
from schedule_engine.compiled import CompiledProblem, compile_problem
from schedule_engine.diagnostics import SHORTFALL_CODES, session_starts
from schedule_engine.errors import Diagnostic
from schedule_engine.model import Problem

KIND_OF_CODE = {"instructor_overload": "instructor", "room_shortage": "room", "group_overload": "leaf",
                "room_instructor_shortage": "joint"}


@dataclass(frozen=True)
class Case:
    diagnostic: Diagnostic
    kind: str
    """``instructor``, ``room``, ``leaf`` or ``joint`` (rooms and instructors
    together): what runs short."""
    shortfall: Shortfall
    compiled: CompiledProblem
    own: np.ndarray
    """[S, T] bool: starts open to each session on its own (attendees and course
    free); for a section with several patterns, the periods its blocks may cover."""
    length: np.ndarray
    """[S] the block length ``own`` counts (1 for a section with several
    patterns: ``own`` is then already what its blocks cover; 0 for its other pieces)."""

    @property
    def problem(self) -> Problem:
        return self.compiled.problem

    @property
    def deficit(self) -> int:
        return self.shortfall.demand - self.shortfall.fits

    def resource_ids(self) -> list[str]:
        """The instructors, rooms or subgroups that run short (the instructors of a joint shortfall)."""
        c = self.compiled
        names = {"instructor": c.instructor_ids, "room": c.room_ids, "leaf": c.leaf_ids,
                 "joint": c.instructor_ids}[self.kind]
        return [names[r] for r in self.shortfall.resources]

    def room_ids(self) -> list[str]:
        """The rooms that run short (of a room or a joint shortfall)."""
        rooms = self.shortfall.resources if self.kind == "room" else self.shortfall.rooms
        return [self.compiled.room_ids[r] for r in rooms]

    def components(self) -> dict[tuple[str, str], list[int]]:
        """(course id, session type) -> the shortfall's sessions of it."""
        found: dict[tuple[str, str], list[int]] = defaultdict(list)
        for s in self.shortfall.sessions:
            sess = self.compiled.sessions[s]
            found[sess.course_id, sess.session_type].append(s)
        return dict(found)

    def course_ids(self) -> list[str]:
        return sorted({course for course, _kind in self.components()})

    def usable_slots(self) -> np.ndarray:
        """[T] bool: slots some session of the shortfall could occupy (its attendees free)."""
        c = self.compiled
        out = np.zeros(c.n_slots, bool)
        for s in self.shortfall.sessions:
            for start in np.flatnonzero(self.own[s]):
                out[start:start + int(self.length[s])] = True
        return out


def shortfall_cases(problem: Problem, diagnostics: list[Diagnostic]) -> list[Case]:
    """A case for each shortfall among ``diagnostics`` (they are ``validate(problem)``'s)."""
    wanted = [d for d in diagnostics if d.code in SHORTFALL_CODES and d.severity == "error"]
    if not wanted:
        return []
    c = compile_problem(problem)
    starts = session_starts(c)
    by_sessions = {}
    for kind, short in capacity_shortfalls(c, starts):
        by_sessions[frozenset(c.sessions[s].id for s in short.sessions)] = (kind, short)
    cases = []
    for d in wanted:
        found = by_sessions.get(frozenset(d.sessions))
        if found is not None and found[0] == KIND_OF_CODE[d.code]:
            length = c.length if starts.length is None else starts.length
            cases.append(Case(d, found[0], found[1], c, starts.own, length))
    return cases
