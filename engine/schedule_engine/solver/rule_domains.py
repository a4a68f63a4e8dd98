"""Hard rules that only say where one session may go, turned into narrower move domains.

A hard "preferred starting times" or "preferred time slots" rule on a lesson, a hard "not
available", "undesired times" or "preferred times" rule on a person, and a hard "preferred rooms"
or "home rooms" rule leave each session fewer starts or rooms; with the domains narrowed the
construction and the annealing never break them.  A session whose starts or rooms would all go
keeps its domain (the rule phase, :mod:`schedule_engine.solver.rule_search`, and the full
evaluation still count the rule), and so does a pinned one.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from schedule_engine.compiled import CompiledProblem, _csr
from schedule_engine.rules.active import active_rules
from schedule_engine.scoring.rule_state import RuleModel
from schedule_engine.solver.domains import Domains


class _Limits:
    """Per session: the starts allowed, the slots its block must stay in, the slots it must avoid,
    the rooms allowed (None: no limit)."""

    def __init__(self, n: int):
        self.starts: list[set[int] | None] = [None] * n
        self.inside: list[set[int] | None] = [None] * n
        self.avoid: list[set[int]] = [set() for _ in range(n)]
        self.rooms: list[set[int] | None] = [None] * n

    @staticmethod
    def _meet(old: set[int] | None, new: set[int]) -> set[int]:
        return set(new) if old is None else old & new

    def keep_starts(self, s: int, slots) -> None:
        self.starts[s] = self._meet(self.starts[s], set(slots))

    def keep_inside(self, s: int, slots) -> None:
        self.inside[s] = self._meet(self.inside[s], set(slots))

    def keep_rooms(self, s: int, rooms: set[int]) -> None:
        self.rooms[s] = self._meet(self.rooms[s], rooms)


def _people_sessions(cp: CompiledProblem, model: RuleModel, rule) -> list[int]:
    """The sessions a person rule surely applies to: those of its leaves, and those its
    instructors teach whatever the search decides (sole candidate, or co-instructor)."""
    out: set[int] = set()
    for i in model.rc.instructor_indices(rule):
        for s in range(cp.n_sessions):
            choices = cp.instructor_choices(s)
            if (len(choices) == 1 and int(choices[0]) == i) or i in model.session_co[s]:
                out.add(s)
    for leaf in model.rc.leaves(rule):
        out.update(s for s in range(cp.n_sessions) if leaf in model.session_leaves[s])
    tagged = model.tagged.get(rule.id)
    return sorted(s for s in out if tagged is None or tagged[s])


def _limits(cp: CompiledProblem, model: RuleModel) -> _Limits:
    limits = _Limits(cp.n_sessions)
    room_index = {r: k for k, r in enumerate(cp.room_ids)}
    every_slot = set(range(cp.n_slots))
    for rule in model.rules:
        if not rule.hard:
            continue
        slots = set(rule.param("slots", ()) or ())
        rooms = {room_index[r] for r in rule.rooms if r in room_index}
        if rule.type == "preferred_starting_times":
            for s in model.lessons[rule.id]:
                limits.keep_starts(s, slots)
        elif rule.type == "preferred_time_slots":
            for s in model.lessons[rule.id]:
                limits.keep_inside(s, slots)
        elif rule.type == "preferred_rooms":
            for s in model.lessons[rule.id]:
                limits.keep_rooms(s, rooms)
        elif rule.type in ("not_available", "undesired_times", "preferred_times"):
            avoid = slots if rule.type != "preferred_times" else every_slot - slots
            for s in _people_sessions(cp, model, rule):
                limits.avoid[s] |= avoid
        elif rule.type == "home_rooms":
            teachers = set(model.rc.instructor_indices(rule))
            leaves = set(model.rc.leaves(rule))
            for s in range(cp.n_sessions):
                choices = cp.instructor_choices(s)
                mine = set(model.session_leaves[s])
                sole = len(choices) == 1 and int(choices[0]) in teachers
                if sole or (leaves and mine and mine <= leaves):
                    limits.keep_rooms(s, rooms)
    return limits


def _start_fits(t: int, length: int, P: int, starts, inside, avoid) -> bool:
    if starts is not None and t not in starts:
        return False
    cells = range(t, t + min(length, P - t % P))
    if inside is not None and any(c not in inside for c in cells):
        return False
    return not any(c in avoid for c in cells)


def narrow_domains(cp: CompiledProblem, domains: Domains, pin_slot: np.ndarray,
                   pin_room: np.ndarray) -> Domains:
    """``domains`` without the starts and rooms that a hard one-session rule forbids."""
    if cp.n_weeks != 1 or not active_rules(cp.problem):
        return domains
    model = RuleModel(cp)
    if not model.rules or cp.n_weeks != 1:
        return domains
    limits = _limits(cp, model)
    P, n_len = cp.n_periods, domains.n_len
    starts: list[list[int]] = []
    for key in range(cp.n_sessions * n_len):
        s, length = divmod(key, n_len)
        old = domains.start_idx[domains.start_ptr[key]:domains.start_ptr[key + 1]]
        if pin_slot[s] >= 0 or (limits.starts[s] is None and limits.inside[s] is None
                                and not limits.avoid[s]):
            starts.append([int(t) for t in old])
            continue
        kept = [int(t) for t in old if _start_fits(int(t), length, P, limits.starts[s],
                                                   limits.inside[s], limits.avoid[s])]
        starts.append(kept or [int(t) for t in old])
    rooms: list[list[int]] = []
    for s in range(cp.n_sessions):
        old = [int(r) for r in domains.rooms(s)]
        allowed = limits.rooms[s]
        kept = old if pin_room[s] >= 0 or allowed is None else [r for r in old if r in allowed]
        rooms.append(kept or old)
    start_ptr, start_idx = _csr(starts)
    room_ptr, room_idx = _csr(rooms)
    return replace(domains, start_ptr=start_ptr.astype(np.int64), start_idx=start_idx.astype(np.int64),
                   room_ptr=room_ptr.astype(np.int64), room_idx=room_idx.astype(np.int64))
