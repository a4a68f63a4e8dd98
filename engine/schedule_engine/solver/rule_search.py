"""The rule phase: a local search on the problem's active rules, run after each annealing.

The annealer (:mod:`schedule_engine.solver.ls_kernel`) knows only the built-in constraints.
:class:`RulePhase` takes the timetable it returns and, session by session -- first the sessions
of broken hard rules, then those of broken soft ones -- moves a session to its best start (and
room) or swaps the starts of two sessions of one length, scoring each candidate with the built-in
incremental scorer and the incremental rule state (:mod:`schedule_engine.scoring.rule_state`).
Besides single moves and swaps it tries two compound moves, each
taken whole or not at all: an *ejection* (a session moves to a start that its rules want, and the
sessions it then clashes with move to their best starts) and, for a person taught on too many
days, *emptying a day* (the person's sessions of one day move to the other days).  A move is
taken only when it adds no built-in hard violation and lowers the cost: hard units (built-in and
rules) first, then the soft penalty (built-in and rules); a single move of equal cost is taken
now and then so that the search can cross plateaus.  The phase stops when a pass over the
broken rules' sessions finds nothing better (or ``should_stop`` says so) and returns the
timetable with its whole score, rules included.
"""

from __future__ import annotations

import time
from typing import Callable

import numpy as np

from schedule_engine.compiled import CompiledProblem
from schedule_engine.rules.active import active_rules
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.scoring.rule_state import RuleModel, RuleState
from schedule_engine.solver.domains import Domains

SWAP_TRIES = 24
"""Sessions of the same length tried as swap partners of a session no single move improves."""
EJECTIONS = 3
"""Starts (the best for the session's rules, taken or not) tried by ejection per session."""
DAY_TYPES = frozenset({"max_days_per_week", "max_days_in_slots", "max_afternoons_per_week",
                       "max_mornings_per_week", "min_periods_per_day"})
"""Person rules that emptying a day can satisfy."""
SIDEWAYS = 0.2
"""Chance of taking a best move that leaves the cost as it is."""
IDLE_PASSES = 2
"""Passes without a lower cost before the phase stops."""
SHARE = 0.8
"""The part of the run the phase may take: each call gets ``SHARE / (1 - SHARE)`` times as long as
the search ran since the previous call (at least ``MIN_BUDGET_S``, and only that while the
timetable still breaks built-in hard constraints)."""
MIN_BUDGET_S = 0.05
ANNEAL_SHARE = 0.1
"""With rules the annealing between two calls of the phase is this part of its usual length: the
annealer, blind to the rules, mostly undoes their repair, so it serves as a perturbation."""
ANNEAL_MIN = 2048


class RulePhase:
    """The rule phase of one search (one problem, its domains and pins)."""

    def __init__(self, cp: CompiledProblem, domains: Domains, pin_slot: np.ndarray,
                 pin_room: np.ndarray, rng: np.random.Generator):
        self.cp, self.domains = cp, domains
        self.pin_slot, self.pin_room = pin_slot, pin_room
        self.rng = rng
        self.model = RuleModel(cp)
        self.moves = 0
        self._last_end = time.monotonic()
        self.leaves = [tuple(int(x) for x in cp.leaves(s)) for s in range(cp.n_sessions)]
        self.leaf_sessions: list[list[int]] = [[] for _ in range(cp.n_leaves)]
        for s, leaves in enumerate(self.leaves):
            for leaf in leaves:
                self.leaf_sessions[leaf].append(s)

    @classmethod
    def for_search(cls, cp: CompiledProblem, domains: Domains, pin_slot: np.ndarray,
                   pin_room: np.ndarray, rng: np.random.Generator) -> "RulePhase | None":
        """The phase, or None when the problem has no active rule the phase can score."""
        if cp.n_weeks != 1 or not active_rules(cp.problem):
            return None  # (without building the rule model: most problems have no rules)
        phase = cls(cp, domains, pin_slot, pin_room, rng)
        return phase if phase.model.supported else None

    def anneal_steps(self, steps: int) -> int:
        """The annealing steps between two calls of the phase: ``ANNEAL_SHARE`` of the search's."""
        return max(ANNEAL_MIN, int(steps * ANNEAL_SHARE))

    def with_rules(self, asg: np.ndarray, score: tuple[int, int]) -> tuple[int, int]:
        """A built-in (hard, soft) score with the rules of ``asg`` added."""
        rules = RuleState(self.model, asg).score
        return int(score[0]) + rules[0], int(score[1]) + rules[1]

    def polish(self, asg: np.ndarray, should_stop: Callable[[], bool]) -> tuple[np.ndarray, tuple[int, int]]:
        """The improved timetable and its whole (hard, soft) score, rules included; the phase
        gives up when ``should_stop`` says so or its share of the run is spent (``SHARE``)."""
        started = time.monotonic()
        away = started - self._last_end
        end = started + max(MIN_BUDGET_S, away * SHARE / (1.0 - SHARE))
        scorer = IncrementalScorer.from_asg(self.cp, asg, self.pin_slot, self.pin_room)
        if scorer.hard > 0:  # built-in violations left: the annealer's work comes first
            end = started + MIN_BUDGET_S
        state = RuleState(self.model, scorer.st[0])
        search = _Descent(self, scorer, state)
        search.run(lambda: should_stop() or time.monotonic() > end)
        self._last_end = time.monotonic()
        total = (scorer.hard + state.hard, scorer.soft + state.soft)
        return scorer.st[0].copy(), total


class _Descent:
    def __init__(self, phase: RulePhase, scorer: IncrementalScorer, state: RuleState):
        self.phase, self.scorer, self.state = phase, scorer, state
        self.rng = phase.rng
        d = phase.domains
        self.movable = d.time_free
        self.by_length: dict[int, list[int]] = {}
        for s in range(phase.cp.n_sessions):
            if d.time_free[s] and scorer.length[s] > 0:
                self.by_length.setdefault(int(scorer.length[s]), []).append(s)
        self._starts: dict[int, set[int]] = {}
        self._near: dict[int, list[int]] = {}

    # -- neighbourhoods ---------------------------------------------------------------------
    def starts(self, s: int) -> set[int]:
        if s not in self._starts:
            self._starts[s] = {int(t) for t in self.phase.domains.starts(s, int(self.scorer.length[s]))}
        return self._starts[s]

    def near(self, a: int) -> list[int]:
        """The sessions that share a leaf or the instructor with a."""
        if a not in self._near:
            scorer = self.scorer
            near: set[int] = set()
            for leaf in self.phase.leaves[a]:
                near.update(self.phase.leaf_sessions[leaf])
            teacher = int(scorer.instr[a])
            if teacher >= 0:
                near.update(int(b) for b in np.flatnonzero(scorer.instr == teacher))
            near.discard(a)
            self._near[a] = sorted(near)
        return self._near[a]

    def mates(self, a: int) -> list[int]:
        """Movable sessions of a's length among its near ones: swapping with one of them keeps
        their common timetable free of clashes."""
        L = int(self.scorer.length[a])
        return [b for b in self.near(a) if self.movable[b] and int(self.scorer.length[b]) == L]

    def cost(self) -> tuple[int, int]:
        return self.scorer.hard + self.state.hard, self.scorer.soft + self.state.soft

    # -- the loop -------------------------------------------------------------------------------
    def run(self, should_stop: Callable[[], bool]) -> None:
        idle = 0
        while idle < IDLE_PASSES:
            hard, soft = self.state.violated_sessions()
            order = list(self.rng.permutation(hard)) + list(self.rng.permutation(soft))
            if not order:
                return
            before = self.cost()
            for k, o in self.state.violated_people():
                if should_stop():
                    return
                if self.state.values[k] and self.state.type_of[k] in DAY_TYPES:
                    self._empty_day(o)
            for s in order:
                if should_stop():
                    return
                s = int(s)
                if self.movable[s] and self.scorer.slot[s] >= 0 and not self._move(s) \
                        and not self._swap(s) and self.state.hard > 0:
                    self._eject(s)
            idle = idle + 1 if self.cost() >= before else 0

    # -- moves ------------------------------------------------------------------------------
    def _options(self, s: int, allowed=None, clash_ok: bool = False) -> list[tuple[tuple[int, int], int, int]]:
        """(cost change, start, room) of each other place of s (with clashes when ``clash_ok``)."""
        scorer, state = self.scorer, self.state
        out_h, out_s, out_r = scorer.evaluate_starts(s, rooms=self.phase.domains.rooms(s))
        cur_t, cur_r = int(scorer.slot[s]), int(scorer.room[s])
        out = []
        for t in self.starts(s):
            dh, ds, r = int(out_h[t]), int(out_s[t]), int(out_r[t])
            if (dh > 0 and not clash_ok) or (t == cur_t and r == cur_r):
                continue
            if allowed is not None and not allowed(t):
                continue
            rh, rs = state.delta_move(s, t, r)
            out.append(((dh + rh, ds + rs), t, r))
        return out

    def _place(self, s: int, t: int, r: int) -> None:
        self.scorer.apply_move(s, t, r, int(self.scorer.instr[s]))
        self.state.apply_move(s, t, r)

    def _move(self, s: int) -> bool:
        """Move s to its best start and room; True when the cost went down."""
        best, choice, ties = (0, 0), None, 0
        for key, t, r in self._options(s):
            if key < best:
                best, choice, ties = key, (t, r), 1
            elif key == best:
                ties += 1
                if self.rng.random() * ties < 1.0:
                    choice = (t, r)
        if choice is None or (best == (0, 0) and self.rng.random() >= SIDEWAYS):
            return False
        self._place(s, *choice)
        self.phase.moves += 1
        return best < (0, 0)

    def _chain(self, steps) -> bool:
        """Make the moves that ``steps`` yields ((session, start, room) each, chosen on the state
        the earlier ones left), keep them when the cost went down without built-in hard
        violations added, else undo them all."""
        scorer = self.scorer
        start_cost, start_hard = self.cost(), scorer.hard
        done: list[tuple[int, int, int]] = []
        for s, t, r in steps:
            done.append((s, int(scorer.slot[s]), int(scorer.room[s])))
            self._place(s, t, r)
        if done and scorer.hard <= start_hard and self.cost() < start_cost:
            self.phase.moves += len(done)
            return True
        for s, t, r in reversed(done):
            self._place(s, t, r)
        return False

    def _eject(self, s: int) -> bool:
        """Move s to one of the starts its rules want most even where it clashes, then move the
        sessions it clashes with to their best places."""
        options = sorted(self._options(s, clash_ok=True), key=lambda o: (o[0][0], self.rng.random()))
        for _key, t, r in options[:EJECTIONS]:
            if self._chain(self._ejection(s, t, r)):
                return True
        return False

    def _ejection(self, s: int, t: int, r: int):
        yield s, t, r
        scorer, P = self.scorer, self.phase.cp.n_periods
        mine = self.state.block_mask(s)
        for b in self.near(s):
            tb = int(scorer.slot[b])
            if tb < 0 or tb // P != t // P or not self.movable[b] or not (self.state.block_mask(b) & mine):
                continue
            options = self._options(b, clash_ok=True)
            if options:
                key, tb, rb = min(options, key=lambda o: o[0])
                yield b, tb, rb

    def _empty_day(self, o: int) -> bool:
        """Move a person's sessions of their least busy day to other days."""
        state, P = self.state, self.phase.cp.n_periods
        masks = state.owner_mask[o]
        days = [d for d in range(len(masks)) if masks[d]]
        if len(days) < 2:
            return False
        day = min(days, key=lambda d: (bin(masks[d]).count("1"), self.rng.random()))
        sessions = [s for s in state.owner_sessions[o]
                    if state.slot[s] >= 0 and state.length[s] > 0 and state.slot[s] // P == day]
        if not all(self.movable[s] for s in sessions):
            return False
        return self._chain(self._emptying(sessions, lambda t: t // P != day))

    def _emptying(self, sessions: list[int], allowed):
        for s in sessions:
            options = self._options(s, allowed)
            if not options:
                return
            key, t, r = min(options, key=lambda o: o[0])
            yield s, t, r

    def _swap(self, a: int) -> bool:
        """Exchange a's start with that of a session of its length (those sharing its leaves or
        instructor first, then a few others); True when the cost went down."""
        scorer, state = self.scorer, self.state
        others = self.by_length.get(int(scorer.length[a]), [])
        if len(others) < 2:
            return False
        mates = self.mates(a)
        extra = self.rng.choice(others, size=min(SWAP_TRIES, len(others)), replace=False)
        ta = int(scorer.slot[a])
        a_starts = self.starts(a)
        for b in [*self.rng.permutation(mates), *extra] if mates else extra:
            b = int(b)
            tb = int(scorer.slot[b])
            if b == a or tb < 0 or tb == ta or tb not in a_starts or ta not in self.starts(b):
                continue
            dh, ds = scorer.delta_swap(a, b)
            if dh > 0:
                continue
            ra, rb = int(scorer.room[a]), int(scorer.room[b])
            h1, s1 = state.apply_move(a, tb, ra)
            h2, s2 = state.delta_move(b, ta, rb)
            state.apply_move(a, ta, ra)
            if (dh + h1 + h2, ds + s1 + s2) < (0, 0):
                scorer.apply_swap(a, b)
                state.apply_move(a, tb, ra)
                state.apply_move(b, ta, rb)
                self.phase.moves += 1
                return True
        return False
