"""Incremental scoring of the active rules, for the solver's rule phase.

:class:`RuleState` holds one one-week timetable (start slot, room and length
of every session; instructors stay as loaded) with the exact total of its
active rules -- hard units and weighted soft penalty, as
:func:`~schedule_engine.scoring.rules_eval.score_rules` counts them -- and
tells what moving one session changes.  A rule is split into *terms*, each
with a cached value, so that a move recomputes only the terms it touches:

- a *session term*: a rule on one session, a function of its start and room
  (preferred starting times and time slots, preferred and home rooms, a
  room's not-available slots);
- a *set term*: a rule over a set of sessions (same starting time, same day,
  not overlapping, consecutive, grouped, ordered, min days between, max slots
  from a selection, max different rooms), recomputed from the set's starts;
- a *person term*: a rule on one instructor or leaf (only the lessons with
  the rule's tags when it has some), a function of the person's busy periods
  of each day, kept as one bit mask per day (:mod:`schedule_engine.scoring.rule_terms`);
- an *end-of-day term*: "ends the students' day" for one session, which also
  depends on the other sessions of its leaves.

Exact semantics: docs/ARCHITECTURE.md, "Rules"; the tests compare every term
type with the full evaluation after random moves.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from schedule_engine.compiled import CompiledProblem
from schedule_engine.rules.active import active_rules
from schedule_engine.scoring import rule_terms as rt
from schedule_engine.scoring.context import ScoringContext
from schedule_engine.scoring.rules_context import RuleContext

SESSION_TYPES = frozenset({"preferred_starting_times", "preferred_time_slots", "preferred_rooms",
                           "home_rooms"})
SET_TYPES = frozenset({"same_starting_time", "same_day", "not_overlapping", "consecutive", "grouped",
                       "ordered", "min_days_between", "max_slots_from_selection",
                       "max_different_rooms"})
PERSON_TYPES = frozenset(rt.PERSON_UNITS)
END_OF_DAY = "ends_students_day"
SUPPORTED = SESSION_TYPES | SET_TYPES | PERSON_TYPES | {END_OF_DAY, "not_available"}
"""The rule types the state scores incrementally (every type of the catalogue)."""


class RuleModel:
    """What the state needs of a problem's rules, built once per problem: each
    rule's sessions (all pieces, in the rule's order), people and parameters."""

    def __init__(self, cp: CompiledProblem):
        problem = cp.problem
        self.cp = cp
        self.rules = [r for r in active_rules(problem)]
        self.supported = bool(self.rules) and cp.n_weeks == 1 and all(
            r.type in SUPPORTED for r in self.rules)
        S = cp.n_sessions
        ctx = ScoringContext(problem=problem, cp=cp, slot=[-1] * S, room=[-1] * S, instr=[-1] * S,
                             pin_slot=[-1] * S, pin_room=[-1] * S)
        self.rc = RuleContext(ctx)
        self.P, self.D = cp.n_periods, cp.n_days
        self.teach = [sum(1 << p for p in range(self.P) if self.rc.teaching(d, p)) for d in range(self.D)]
        """Per day, the bit mask of its teaching periods (no break, not closed)."""
        self.session_leaves = ctx.session_leaves
        self.session_co = ctx.session_co
        self.leaf_index = {leaf: k for k, leaf in enumerate(ctx.leaves())}
        self.lessons = {r.id: self._lessons(r) for r in self.rules}
        self.tagged = {r.id: self._tagged(r) for r in self.rules if r.tags}

    def _lessons(self, rule) -> list[int]:
        """rc.lessons without its filter on used pieces (a piece's use changes with re-cuts)."""
        out: list[int] = []
        for sid in rule.sessions:
            out.extend(self.rc._by_id.get(sid, ()))
        courses, components, tags = set(rule.courses), set(rule.components), set(rule.tags)
        every = "sessions" in rule.all_of
        for s, sess in enumerate(self.rc.ctx.sessions):
            key = (sess.course_id, sess.session_type)
            if every or sess.course_id in courses or key in components or \
                    tags & set(self.rc._tags.get(key, ())):
                out.append(s)
        return list(dict.fromkeys(out))

    def _tagged(self, rule) -> np.ndarray:
        """Per session, whether it carries one of the rule's tags."""
        tags = set(rule.tags)
        return np.array([bool(tags & set(self.rc._tags.get((sess.course_id, sess.session_type), ())))
                         for sess in self.rc.ctx.sessions], bool)

    def slot_masks(self, slots) -> list[int]:
        """Per day, the bit mask of the given slots."""
        out = [0] * self.D
        for t in slots:
            out[t // self.P] |= 1 << (t % self.P)
        return out


class RuleState:
    """One timetable's rule totals, kept exact under moves of single sessions."""

    def __init__(self, model: RuleModel, asg: np.ndarray):
        self.model = model
        cp = model.cp
        self.P, self.D = model.P, model.D
        self.slot = [int(x) for x in asg[:, 0]]
        self.room = [int(x) for x in asg[:, 1]]
        self.length = [int(x) for x in asg[:, 3]] if asg.shape[1] > 3 else [int(x) for x in cp.length]
        instr = [int(x) for x in asg[:, 2]]
        S = cp.n_sessions
        self.values: list[int] = []
        self.hard_term: list[bool] = []
        self.weight: list[int] = []
        self.evaluate: list[Callable[[], int]] = []
        self.rule_of: list[str] = []
        self.type_of: list[str] = []
        self.session_terms: list[list[int]] = [[] for _ in range(S)]
        """Per session, the session, set and end-of-day terms its move recomputes."""
        self.owner_sessions: list[list[int]] = []
        self.owner_count: list[list[int]] = []
        self.owner_mask: list[list[int]] = []
        self.owner_terms: list[list[int]] = []
        self.session_owners: list[list[int]] = [[] for _ in range(S)]
        self.term_owner: dict[int, int] = {}
        """Person term -> its owner (the person's index in ``owner_*``)."""
        self.leaf_count: list[list[int]] | None = None
        self.leaf_terms: list[list[int]] = []
        for rule in model.rules:
            self._add_rule(rule, instr)
        self.hard = sum(v for v, h in zip(self.values, self.hard_term) if h)
        self.soft = sum(v * w for v, h, w in zip(self.values, self.hard_term, self.weight) if not h)

    # -- building ---------------------------------------------------------------
    def _term(self, rule, evaluate: Callable[[], int]) -> int:
        k = len(self.values)
        self.hard_term.append(bool(rule.hard))
        self.weight.append(int(rule.weight))
        self.evaluate.append(evaluate)
        self.rule_of.append(rule.id)
        self.type_of.append(rule.type)
        self.values.append(0)
        return k

    def _finish(self, k: int) -> None:
        self.values[k] = self.evaluate[k]()

    def _add_rule(self, rule, instr: list[int]) -> None:
        m = self.model
        members = m.lessons[rule.id]
        if rule.type in ("preferred_starting_times", "preferred_time_slots", "preferred_rooms"):
            unit = rt.SESSION_UNITS[rule.type](self, rule)
            for s in members:
                self._session_term(rule, s, unit)
        elif rule.type == "home_rooms":
            teachers = set(m.rc.instructor_indices(rule))
            leaves = set(m.rc.leaves(rule))
            unit = rt.SESSION_UNITS["preferred_rooms"](self, rule)
            for s in range(m.cp.n_sessions):
                mine = set(m.session_leaves[s])
                if instr[s] in teachers or (leaves and mine and mine <= leaves):
                    self._session_term(rule, s, unit)
        elif rule.type in SET_TYPES:
            units = rt.SET_UNITS[rule.type]
            k = self._term(rule, lambda: units(self, rule, members))
            for s in members:
                self.session_terms[s].append(k)
            self._finish(k)
        elif rule.type == END_OF_DAY:
            self._end_of_day_terms(rule, members)
        else:
            if rule.type == "not_available" and (rule.rooms or "rooms" in rule.all_of):
                self._room_unavailable_terms(rule)
            self._person_terms(rule, instr)

    def _session_term(self, rule, s: int, unit) -> None:
        k = self._term(rule, lambda: unit(s) if self.length[s] > 0 and self.slot[s] >= 0 else 0)
        self.session_terms[s].append(k)
        self._finish(k)

    def _room_unavailable_terms(self, rule) -> None:
        m = self.model
        rooms = set(rule.rooms) if "rooms" not in rule.all_of else set(m.cp.room_ids)
        index = {r: k for k, r in enumerate(m.cp.room_ids)}
        chosen = {index[r] for r in rooms if r in index}
        closed = m.slot_masks(rule.param("slots", ()))

        def unit(s: int) -> int:
            if self.room[s] not in chosen:
                return 0
            return rt.popcount(closed[self.slot[s] // self.P] & self.block_mask(s))

        for s in range(m.cp.n_sessions):
            self._session_term(rule, s, unit)

    def _owner(self, sessions: list[int]) -> int:
        o = len(self.owner_sessions)
        self.owner_sessions.append(sessions)
        self.owner_count.append([0] * (self.D * self.P))
        self.owner_mask.append([0] * self.D)
        self.owner_terms.append([])
        for s in sessions:
            self.session_owners[s].append(o)
            if self.slot[s] >= 0 and self.length[s] > 0:
                self._count(o, s, 1)
        return o

    def _person_terms(self, rule, instr: list[int]) -> None:
        m = self.model
        tagged = m.tagged.get(rule.id)
        units = rt.PERSON_UNITS[rule.type](self, rule)
        people: list[list[int]] = []
        for i in m.rc.instructor_indices(rule):
            people.append([s for s in range(m.cp.n_sessions) if instr[s] == i or i in m.session_co[s]])
        for leaf in m.rc.leaves(rule):
            people.append([s for s in range(m.cp.n_sessions) if leaf in m.session_leaves[s]])
        for sessions in people:
            if tagged is not None:
                sessions = [s for s in sessions if tagged[s]]
            o = self._owner(sessions)
            masks = self.owner_mask[o]
            k = self._term(rule, lambda masks=masks: units(masks))
            self.owner_terms[o].append(k)
            self.term_owner[k] = o
            self._finish(k)

    def _end_of_day_terms(self, rule, members: list[int]) -> None:
        m = self.model
        if self.leaf_count is None:
            self.leaf_count = [[0] * (self.D * self.P) for _ in m.leaf_index]
            self.leaf_terms = [[] for _ in m.leaf_index]
            for s in range(m.cp.n_sessions):
                if self.slot[s] >= 0 and self.length[s] > 0:
                    self._count_leaves(s, 1)
        for s in members:
            k = self._term(rule, lambda s=s: rt.ends_day_units(self, s))
            self.session_terms[s].append(k)
            for leaf in m.session_leaves[s]:
                self.leaf_terms[m.leaf_index[leaf]].append(k)
            self._finish(k)

    # -- occupancy --------------------------------------------------------------
    def block_mask(self, s: int) -> int:
        """The periods of s inside its day, as a bit mask (0 when unplaced or unused)."""
        t, L = self.slot[s], self.length[s]
        if t < 0 or L <= 0:
            return 0
        p = t % self.P
        return ((1 << min(L, self.P - p)) - 1) << p

    def cells(self, s: int) -> range:
        t, L = self.slot[s], self.length[s]
        if t < 0 or L <= 0:
            return range(0)
        return range(t, t + min(L, self.P - t % self.P))

    def _count(self, o: int, s: int, sign: int) -> None:
        count, mask, P = self.owner_count[o], self.owner_mask[o], self.P
        for c in self.cells(s):
            count[c] += sign
            bit = 1 << (c % P)
            if count[c] > 0:
                mask[c // P] |= bit
            else:
                mask[c // P] &= ~bit

    def _count_leaves(self, s: int, sign: int) -> None:
        index = self.model.leaf_index
        for leaf in self.model.session_leaves[s]:
            count = self.leaf_count[index[leaf]]
            for c in self.cells(s):
                count[c] += sign

    # -- moves ------------------------------------------------------------------
    def _touched(self, s: int) -> set[int]:
        terms = set(self.session_terms[s])
        for o in self.session_owners[s]:
            terms.update(self.owner_terms[o])
        if self.leaf_count is not None:
            index = self.model.leaf_index
            for leaf in self.model.session_leaves[s]:
                terms.update(self.leaf_terms[index[leaf]])
        return terms

    def _place(self, s: int, slot: int, room: int) -> None:
        if self.slot[s] >= 0 and self.length[s] > 0:
            for o in self.session_owners[s]:
                self._count(o, s, -1)
            if self.leaf_count is not None:
                self._count_leaves(s, -1)
        self.slot[s], self.room[s] = slot, room
        if slot >= 0 and self.length[s] > 0:
            for o in self.session_owners[s]:
                self._count(o, s, 1)
            if self.leaf_count is not None:
                self._count_leaves(s, 1)

    def apply_move(self, s: int, slot: int, room: int) -> tuple[int, int]:
        """Move session s to (slot, room) for good; returns the (hard, soft) change."""
        if self.slot[s] == slot and self.room[s] == room:
            return 0, 0
        self._place(s, slot, room)
        dh = ds = 0
        for k in self._touched(s):
            new = self.evaluate[k]()
            d = new - self.values[k]
            if d:
                self.values[k] = new
                if self.hard_term[k]:
                    dh += d
                else:
                    ds += d * self.weight[k]
        self.hard += dh
        self.soft += ds
        return dh, ds

    def delta_move(self, s: int, slot: int, room: int) -> tuple[int, int]:
        """The (hard, soft) change of moving s to (slot, room)."""
        old = self.slot[s], self.room[s]
        change = self.apply_move(s, slot, room)
        self.apply_move(s, *old)
        return change

    @property
    def score(self) -> tuple[int, int]:
        return self.hard, self.soft

    def violated_sessions(self) -> tuple[list[int], list[int]]:
        """(sessions in a violated hard term, sessions in a violated soft term only), placed ones."""
        hard: set[int] = set()
        soft: set[int] = set()
        for s, terms in enumerate(self.session_terms):
            for k in terms:
                if self.values[k]:
                    (hard if self.hard_term[k] else soft).add(s)
        for k, o in self.term_owner.items():
            if self.values[k]:
                (hard if self.hard_term[k] else soft).update(self.owner_sessions[o])
        keep = {s for s in range(len(self.slot)) if self.slot[s] >= 0 and self.length[s] > 0}
        return sorted(hard & keep), sorted((soft - hard) & keep)

    def violated_people(self) -> list[tuple[int, int]]:
        """(term, owner) of each violated person term, hard ones first."""
        broken = [(k, o) for k, o in self.term_owner.items() if self.values[k]]
        return sorted(broken, key=lambda ko: not self.hard_term[ko[0]])
