"""The memetic genetic algorithm: a DEAP steady-state evolutionary loop whose
children are improved by simulated annealing on the incremental scorer.

Individuals are complete timetables (an ``(n_sessions, 3)`` array of slot,
room and instructor).  Each generation picks two parents by tournament,
recombines them by whole sections (a course's sessions for one group stay
together) or whole days, perturbs a few sessions, anneals the child at the
temperature of the run's global schedule, and lets it replace the worst
individual when it is better and not a copy.  Fitness is lexicographic
(hard, soft), which DEAP compares as a tuple.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
from deap import base, creator, tools

from schedule_engine.compiled import CompiledProblem
from schedule_engine.scoring import kernels as kn
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.solver import ls_kernel
from schedule_engine.solver.construct import construct
from schedule_engine.solver.domains import Domains
from schedule_engine.solver.events import ProgressEvent
from schedule_engine.solver.progress import ProgressReporter
from schedule_engine.solver.rest_repair import keep_rest_clean
from schedule_engine.solver.rule_search import RulePhase
from schedule_engine.solver.stopping import RunClock, StopRules

if not hasattr(creator, "TimetableFitness"):
    creator.create("TimetableFitness", base.Fitness, weights=(-1.0, -1.0))
if not hasattr(creator, "Timetable"):
    creator.create("Timetable", list, fitness=creator.TimetableFitness)

CHUNK = 2048
"""Annealing steps between two looks at the stop flag (well under 100 ms)."""
REPAIRS_PER_IMPROVE = 1
"""Hard repairs of the best timetable during one annealing (``SearchConfig.repair_hard``);
one, at its end: on the campus a repair costs about a second while hundreds of
violations are left, more often slows the descent."""

EFFORT = {
    # population size, annealing steps per session and generation
    "quick": (1, 300),
    "balanced": (2, 600),
    "thorough": (4, 1000),
}


@dataclass
class SearchConfig:
    pop_size: int = 4
    steps_per_session: int = 80
    hard_weight: int = 20
    hard_weight_infeasible: int = 1000
    """While no timetable is feasible the annealing weighs hard violations this
    much: feasibility first, then the soft penalty."""
    t_hard: float = 0.3
    t_hard_end: float = 0.03
    """Temperature, in hard violations, of the annealing while no timetable is
    feasible: from ``t_hard`` down to ``t_hard_end`` over the run, so that a
    run on data that cannot be made feasible still settles into a timetable
    with as few violations as it can find."""
    t_start: float = 2.0
    t_end: float = 0.05
    mutation_sessions: int = 3
    crossover_rate: float = 0.2
    migration_every: int = 10
    repair_hard: bool = False
    """During each annealing, while the best timetable is infeasible, move every
    session of it that breaks a hard constraint to a start where it breaks none,
    directly or by moving up to three others first
    (:func:`~schedule_engine.solver.rest_repair.keep_rest_clean`), and anneal
    on from there when the hard count drops.  On for two-week cycles (one-week
    runs stay as they were)."""

    @classmethod
    def for_effort(cls, effort: str, cp: CompiledProblem) -> "SearchConfig":
        pop, steps = EFFORT.get(effort, EFFORT["balanced"])
        top = int(cp.weights.max()) if cp.weights.size else 1
        return cls(pop_size=pop, steps_per_session=steps, hard_weight=max(20, 4 * top),
                   t_start=max(1.0, 0.4 * top), t_end=0.05, repair_hard=cp.n_weeks > 1)


@dataclass
class SearchOutcome:
    best: np.ndarray
    hard: int
    soft: int
    generations: int
    evaluations: int
    time_to_feasible: float | None
    stop_reason: str
    logbook: tools.Logbook = field(default_factory=tools.Logbook)


class MemeticSearch:
    """One island: a population evolving under the stopping rules."""

    def __init__(self, cp: CompiledProblem, domains: Domains, pin_slot: np.ndarray,
                 pin_room: np.ndarray, config: SearchConfig, rng: np.random.Generator,
                 rules: StopRules, reporter: ProgressReporter | None = None,
                 exchange: Callable[[int, np.ndarray, tuple[int, int]], list] | None = None,
                 island: int = 0, deadline: float | None = None):
        self.cp = cp
        self.domains = domains
        self.pin_slot = pin_slot
        self.pin_room = pin_room
        self.config = config
        self.rng = rng
        self.rules = rules
        self.reporter = reporter or ProgressReporter(None)
        self.exchange = exchange
        self.island = island
        self.deadline = deadline
        """``time.monotonic()`` reading past which even the first construction
        stops (the end of the whole run; None: it always finishes)."""
        self.clock = RunClock()
        self.evaluations = 0
        self.time_to_feasible: float | None = None
        self._t0 = time.monotonic()
        self._stop_reason: str | None = None
        self.work: IncrementalScorer | None = None
        self.rule_phase = RulePhase.for_search(cp, domains, pin_slot, pin_room, rng)
        """The rule phase (solver/rule_search.py), None without active rules: with it every
        annealed timetable is polished on the rules, and fitness counts rules and built-ins."""
        self.hall = tools.HallOfFame(1, similar=lambda a, b: np.array_equal(a[0], b[0]))
        self.stats = tools.Statistics(key=lambda ind: ind.fitness.values)
        self.stats.register("best", lambda fits: min(fits))
        self.stats.register("worst", lambda fits: max(fits))
        self.logbook = tools.Logbook()
        self.logbook.header = ["gen", "elapsed", "best", "worst", "diversity", "evals"]
        self.toolbox = base.Toolbox()
        self.toolbox.register("select", self._select)
        self.toolbox.register("mate", self._crossover)
        self.toolbox.register("mutate", self._mutate)
        self.toolbox.register("improve", self._improve)

    # -- helpers --------------------------------------------------------------
    def _elapsed(self) -> float:
        return time.monotonic() - self._t0

    def _should_stop(self) -> bool:
        self.clock.elapsed = self._elapsed()
        if self._stop_reason is None:
            self._stop_reason = self.rules.reason(self.clock)
        return self._stop_reason is not None

    def _stop_requested(self) -> bool:
        """The external stop flag alone (construction is not cut short by the
        other rules: a run always gets at least one whole timetable unless
        the user stops it)."""
        if self.rules.external is not None and self.rules.external():
            self._stop_reason = self._stop_reason or "stopped"
            return True
        return False

    def _run_over(self) -> bool:
        """The external stop flag, or the whole run's deadline gone by: what
        cuts short the first construction (the rest stay unplaced)."""
        if self._stop_requested():
            return True
        if self.deadline is not None and time.monotonic() >= self.deadline:
            self._stop_reason = self._stop_reason or "time_limit"
            return True
        return False

    def _out_of_time(self) -> bool:
        """The external stop flag or the time limit (not the other rules): what
        cuts short the construction of a second or later individual, which the
        run can do without."""
        if self._stop_requested():
            return True
        self.clock.elapsed = self._elapsed()
        if self.rules.time_limit is not None and self.rules.time_left(self.clock) <= 0:
            self._stop_reason = self._stop_reason or "time_limit"
            return True
        return False

    def _cooled(self, start: float, end: float) -> float:
        """The geometric schedule from ``start`` to ``end`` at the run's progress."""
        return start * (end / start) ** self.rules.schedule_fraction(self.clock)

    def _temperature(self) -> float:
        return self._cooled(self.config.t_start, self.config.t_end)

    def _hard_temperature(self) -> float:
        return self._cooled(self.config.t_hard, self.config.t_hard_end)

    def _individual(self, asg: np.ndarray, score: tuple[int, int]):
        ind = creator.Timetable([asg])
        ind.fitness.values = (float(score[0]), float(score[1]))
        return ind

    @staticmethod
    def score_of(ind) -> tuple[int, int]:
        return int(ind.fitness.values[0]), int(ind.fitness.values[1])

    def _note_best(self, score: tuple[int, int]) -> bool:
        if score < tuple(self.clock.best):
            self.clock.best = score
            self.clock.last_improvement = self._elapsed()
            if score[0] == 0 and self.time_to_feasible is None:
                self.time_to_feasible = self.clock.last_improvement
            return True
        return False

    # -- operators ------------------------------------------------------------
    def _select(self, pop, k: int, tournsize: int = 2) -> list:
        """Tournament selection on the run's own generator (DEAP's uses the
        global ``random`` module, which would make runs irreproducible)."""
        chosen = []
        for _ in range(k):
            aspirants = self.rng.integers(len(pop), size=tournsize)
            chosen.append(min((pop[int(i)] for i in aspirants), key=self.score_of))
        return chosen

    def _crossover(self, a, b):
        A, B = a[0], b[0]
        if self.rng.random() < 0.5:
            take_a = self.rng.random(len(self.cp.section_ids)) < 0.5
            mask = take_a[self.cp.section]
        else:
            days = self.rng.random(self.cp.n_days) < 0.5
            day_a = np.where(A[:, 0] >= 0, A[:, 0] // self.cp.n_periods, 0)
            mask = days[day_a]
            # a section whose patterns differ comes whole from one parent
            recut = np.bincount(self.cp.section, weights=A[:, 3] != B[:, 3],
                                minlength=len(self.cp.section_ids)) > 0
            if recut.any():
                mask = np.where(recut[self.cp.section], mask[self.cp.section_first[self.cp.section]],
                                mask)
        child = np.where(mask[:, None], A, B)
        return creator.Timetable([child])

    def _mutate(self, ind):
        asg = ind[0]
        movable = np.flatnonzero(self.domains.time_free)
        if len(movable) == 0:
            return ind
        for s in self.rng.choice(movable, size=min(self.config.mutation_sessions, len(movable)),
                                 replace=False):
            starts = self.domains.starts(int(s), int(asg[s, 3]))
            if len(starts) and asg[s, 3] > 0:
                asg[s, 0] = starts[self.rng.integers(len(starts))]
                if asg[s, 4] > 0:  # a fortnightly session: week A or B (weekly ones draw nothing)
                    asg[s, 4] = 1 + self.rng.integers(2)
        return ind

    def _load(self, asg: np.ndarray) -> None:
        """Set the annealing state (the working scorer) to the timetable ``asg``."""
        work = self.work
        for arr in work.st[1:]:
            arr[...] = 0
        kn.init_state(asg[:, 0].copy(), asg[:, 1].copy(), asg[:, 2].copy(), asg[:, 3].copy(),
                      asg[:, 4].copy(), *work.pd, *work.st)

    def _improve(self, ind, steps: int):
        """Anneal from the individual; returns the best timetable met.  With
        ``repair_hard`` the best so far is repaired after each
        ``1 / REPAIRS_PER_IMPROVE`` of the steps while it is infeasible, and
        the annealing goes on from it when that lowers its hard count."""
        work = self.work
        if self.rule_phase is not None:  # shorter annealing: it perturbs, the rule phase polishes
            steps = self.rule_phase.anneal_steps(steps)
        self._load(ind[0])
        best_asg = work.st[0].copy()
        best = np.array(work.score, np.int64)
        T = self._temperature()
        d = self.domains
        done = 0
        repair_every = max(CHUNK, steps // REPAIRS_PER_IMPROVE) if self.config.repair_hard else 0
        next_repair = repair_every
        while done < steps:
            n = min(CHUNK, steps - done)
            if best[0] == 0 or self.clock.best[0] == 0:
                hw, temp = self.config.hard_weight, T
            else:  # no feasible timetable yet: anneal on the hard violations alone
                hw = self.config.hard_weight_infeasible
                temp = hw * self._hard_temperature()
            ls_kernel.anneal(n, temp, 1.0, 1 << 30, hw,
                             int(self.rng.integers(1 << 31)), *d.anneal_args(),
                             best_asg, best, *work.pd, *work.st)
            done += n
            self.evaluations += n
            if self._should_stop():
                break
            if repair_every and best[0] > 0 and done >= next_repair:
                next_repair += repair_every
                if self._repaired(best_asg, best):
                    self._load(best_asg)
        if self.rule_phase is not None:  # the rule phase polishes the annealed timetable
            polished, score = self.rule_phase.polish(best_asg, self._out_of_time)
            return self._individual(polished, score)
        return self._individual(best_asg, (int(best[0]), int(best[1])))

    def _with_rules(self, asg: np.ndarray, score: tuple[int, int]) -> tuple[int, int]:
        """A built-in score with the active rules added (when the rule phase is on)."""
        return score if self.rule_phase is None else self.rule_phase.with_rules(asg, score)

    def _repaired(self, best_asg: np.ndarray, best: np.ndarray) -> bool:
        """Repair the hard violations of ``best_asg`` where a session can move
        clear of them (see ``SearchConfig.repair_hard``), within the time limit;
        ``best_asg`` and its score ``best`` change in place when the hard count
        drops (True)."""
        self.clock.elapsed = self._elapsed()
        left = self.rules.time_left(self.clock)
        deadline = None if left is None else time.monotonic() + left
        none = np.zeros(0, np.int64)
        asg = keep_rest_clean(self.cp, best_asg, none, self.pin_slot, self.pin_room, deadline)
        scorer = IncrementalScorer.from_asg(self.cp, asg, self.pin_slot, self.pin_room)
        if scorer.hard >= best[0]:
            return False
        best_asg[...] = scorer.st[0]
        best[0], best[1] = scorer.score
        return True

    # -- the loop -------------------------------------------------------------
    def _diversity(self, pop) -> float:
        if len(pop) < 2:
            return 0.0
        best = min(pop, key=self.score_of)[0][:, 0]
        return float(np.mean([np.mean(ind[0][:, 0] != best) for ind in pop]))

    def _report(self, phase: str, pop, improved: bool, force: bool = False) -> None:
        if not self.reporter.active:
            return
        best = self.hall[0] if len(self.hall) else min(pop, key=self.score_of)
        elapsed = self._elapsed()
        breakdown = raw = None
        if improved or force:
            scorer = IncrementalScorer.from_asg(self.cp, best[0], self.pin_slot, self.pin_room)
            breakdown = scorer.breakdown()
            if self.reporter.wants_assignments(improved):
                raw = best[0].copy()
        event = ProgressEvent(
            phase, island=self.island, generation=self.clock.generation,
            total=self.rules.total_generations(self.clock), elapsed=elapsed,
            hard=self.score_of(best)[0], soft=self.score_of(best)[1],
            diversity=self._diversity(pop) if pop else 0.0,
            fraction=self.rules.fraction(self.clock), evaluations=self.evaluations,
            evals_per_s=self.evaluations / elapsed if elapsed > 0 else 0.0,
            breakdown=breakdown, best=raw)
        self.reporter.emit(event, improved=improved, force=force)

    def run(self, initial: np.ndarray | None = None) -> SearchOutcome:
        cp, cfg = self.cp, self.config
        if cp.n_sessions == 0:  # nothing to place
            return SearchOutcome(best=np.zeros((0, 5), np.int64), hard=0, soft=0, generations=0,
                                 evaluations=0, time_to_feasible=0.0, stop_reason="done")
        steps = max(CHUNK, cfg.steps_per_session * max(1, cp.n_sessions))
        pop = []
        for k in range(cfg.pop_size):
            if k > 0 and self._should_stop():
                break
            seed_asg = initial if (k == 0 and initial is not None) else None
            if seed_asg is not None:
                scorer = construct(cp, self.domains, self.rng, seed_asg[:, 0], seed_asg[:, 1],
                                   seed_asg[:, 2], self.pin_slot, self.pin_room,
                                   should_stop=self._run_over,
                                   length=seed_asg[:, 3] if seed_asg.shape[1] > 3 else None)
            else:
                scorer = construct(cp, self.domains, self.rng, pin_slot=self.pin_slot,
                                   pin_room=self.pin_room, slot=self._pinned_slots(),
                                   room=self._pinned_rooms(),
                                   should_stop=self._out_of_time if k > 0 else self._run_over)
                if k > 0 and self._out_of_time():
                    break  # cut short: not a whole timetable
            if self.work is None:
                self.work = scorer
            ind = self._individual(scorer.st[0].copy(), self._with_rules(scorer.st[0], scorer.score))
            self._note_best(self.score_of(ind))
            self.hall.update([ind])
            self._report("construct", [ind], improved=True)
            ind = self.toolbox.improve(ind, steps // 3)
            pop.append(ind)
            self.hall.update([ind])
            self._report("construct", pop, improved=self._note_best(self.score_of(ind)))
        while not self._should_stop():
            self.clock.generation += 1
            a, b = self.toolbox.select(pop, 2) if len(pop) > 1 else (pop[0], pop[0])
            if a is not b and self.rng.random() < cfg.crossover_rate:
                child = self.toolbox.mate(a, b)
            else:
                child = creator.Timetable([a[0].copy()])
            child = self.toolbox.mutate(child)
            child = self.toolbox.improve(child, steps)
            worst = max(range(len(pop)), key=lambda i: self.score_of(pop[i]))
            duplicate = any(np.array_equal(child[0], ind[0]) for ind in pop)
            if not duplicate and self.score_of(child) <= self.score_of(pop[worst]):
                pop[worst] = child
            self.hall.update([child])
            improved = self._note_best(self.score_of(child))
            if self.exchange is not None and self.clock.generation % cfg.migration_every == 0:
                best = self.hall[0]
                for asg, score in self.exchange(self.clock.generation, best[0], self.score_of(best)):
                    migrant = self._individual(asg, score)
                    worst = max(range(len(pop)), key=lambda i: self.score_of(pop[i]))
                    if self.score_of(migrant) < self.score_of(pop[worst]):
                        pop[worst] = migrant
                        self.hall.update([migrant])
                        improved = self._note_best(self.score_of(migrant)) or improved
            self.logbook.record(gen=self.clock.generation, elapsed=round(self._elapsed(), 3),
                                diversity=self._diversity(pop), evals=self.evaluations,
                                **self.stats.compile(pop))
            self._report("evolve", pop, improved)
        best = self.hall[0]
        hard, soft = self.score_of(best)
        return SearchOutcome(best=best[0], hard=hard, soft=soft,
                             generations=self.clock.generation, evaluations=self.evaluations,
                             time_to_feasible=self.time_to_feasible,
                             stop_reason=self._stop_reason or "done", logbook=self.logbook)

    def _pinned_slots(self) -> np.ndarray:
        return self.pin_slot.astype(np.int32)

    def _pinned_rooms(self) -> np.ndarray:
        return self.pin_room.astype(np.int32)
