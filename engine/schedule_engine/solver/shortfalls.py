"""Solving data that still has shortfalls: keep what cannot fit inside the
demand that cannot fit.

Validation names the sessions of each shortfall (demand that the free time of
an instructor pool, a group or a room cannot hold).  The *held* sessions are
those of the course components it names.  The run goes in three phases:

1. everything is searched as usual (40% of the time budget): the overflow
   mostly lands on the held sessions, and a few hard violations pushed out by
   it land elsewhere;
2. the held sessions are pinned where phase 1 left them and the rest is
   searched again around them (to 65%), so that the rest can make way;
3. when sessions outside the held ones still break a hard constraint among
   themselves, the problem *without* the held components is searched from
   that timetable, everything pinned but the sessions that share a group, an
   instructor or a scarce room with those in trouble, until the rest is clean
   (the remaining time): what it moves may now clash with a held session,
   which is a violation that touches a shortfall.

After each phase :func:`~schedule_engine.solver.rest_repair.keep_rest_clean`
moves any session outside the shortfalls that still breaks a hard constraint
among them to a start where it breaks none, and the best timetable is kept:
fewest such sessions first, then the (hard, soft) score (after phases 2 and 3,
:func:`~schedule_engine.solver.rest_repair.settle_held` first moves held
sessions that still clash wherever that lowers the hard count).  So every hard
violation of the result touches a held session whenever the rest fits around
them.  With ``leave_unplaced`` the held sessions that still break a hard
constraint are then taken out of the timetable
(:func:`~schedule_engine.solver.rest_repair.leave_unplaced`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Callable

import numpy as np

from schedule_engine.compiled import CompiledProblem, compile_problem
from schedule_engine.errors import Diagnostic
from schedule_engine.model import Problem, Solution
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.solver.events import ProgressEvent
from schedule_engine.solver.memetic import SearchOutcome
from schedule_engine.solver.rest_repair import (
    in_use,
    keep_rest_clean,
    leave_unplaced,
    outside,
    placed_hard,
    rest_only,
    session_mask,
    settle_held,
)
from schedule_engine.solver.stopping import monotonic_origin

PHASE_ENDS = (0.4, 0.65, 1.0)
"""Where each phase's time runs out, as shares of the budget."""
MIN_PHASE = 0.02
"""A later phase runs only while at least this share of the budget is left
before its own end (otherwise the run is over when the time limit says so)."""
FINISH_S = 0.3
"""Seconds of the time limit kept for comparing the phases' timetables and
scoring the result: the searches and repairs stop this much before it."""
SCARCE_ROOMS = 4
"""A session in trouble with at most this many candidate rooms frees what is in them (phase 2)."""


@dataclass
class ShortfallOutcome:
    cp: CompiledProblem
    outcome: SearchOutcome
    pin_slot: np.ndarray
    pin_room: np.ndarray
    stats: dict


def held_components(cp: CompiledProblem, errors: list[Diagnostic]) -> frozenset[tuple[str, str]]:
    """(course, session type) of every session a shortfall names."""
    named = [cp.sessions[cp.session_index[s]] for d in errors for s in d.sessions if s in cp.session_index]
    return frozenset((x.course_id, x.session_type) for x in named)


def held_sessions(cp: CompiledProblem, errors: list[Diagnostic]) -> np.ndarray:
    """Indices of the sessions of every course component a shortfall names."""
    components = held_components(cp, errors)
    return np.array([s for s, sess in enumerate(cp.sessions)
                     if (sess.course_id, sess.session_type) in components], np.int64)


def without_components(problem: Problem, components: frozenset[tuple[str, str]]) -> Problem:
    """The problem without these course components (for every group that takes them)."""
    courses = tuple(replace(course, components=tuple(x for x in course.components
                                                      if (course.id, x.session_type) not in components))
                    for course in problem.courses)
    return replace(problem, courses=courses)


def neighbourhood(cp: CompiledProblem, asg: np.ndarray, trouble: list[int]) -> np.ndarray:
    """[S] True for the sessions that share an attendee with a session in
    ``trouble``, are taught by its instructor, or sit in one of its rooms when
    it has few."""
    leaves = {int(x) for s in trouble for x in cp.leaves(s)}
    instructors = {int(asg[s, 2]) for s in trouble} - {-1}
    rooms = {int(x) for s in trouble if len(cp.candidate_rooms(s)) <= SCARCE_ROOMS
             for x in cp.candidate_rooms(s)}
    return np.array([bool(leaves.intersection(int(x) for x in cp.leaves(u))
                          or int(asg[u, 2]) in instructors or int(asg[u, 1]) in rooms)
                     for u in range(cp.n_sessions)], bool)


def _merged(cp: CompiledProblem, held_from: Solution, rest_from: Solution, held: np.ndarray) -> Solution:
    """The held sessions as in ``held_from``, the others as in ``rest_from``."""
    mask = session_mask(cp, held)
    held_by, rest_by = held_from.by_session(), rest_from.by_session()
    return Solution(tuple(a for s, sess in enumerate(cp.sessions)
                          if (a := (held_by if mask[s] else rest_by).get(sess.id)) is not None))


def _asg_of(cp: CompiledProblem, solution: Solution) -> np.ndarray:
    """A Solution as a search state (slot, room, instructor[, length, week])."""
    columns = list(cp.encode(solution))
    if hasattr(cp, "lengths"):
        columns.append(cp.lengths(solution))
        columns.append(cp.weeks(solution))
    return np.stack(columns, axis=1).astype(np.int64)


def _scaled(progress: Callable[[ProgressEvent], None] | None, low: float, high: float,
            offset: float) -> Callable[[ProgressEvent], None] | None:
    """Events of one phase as parts of the whole run (fraction and elapsed time)."""
    if progress is None:
        return None

    def forward(event: ProgressEvent) -> None:
        progress(event.with_changes(fraction=low + (high - low) * float(event.fraction),
                                    elapsed=offset + float(event.elapsed)))

    return forward


def _search(problem: Problem, options, seed: int, workers: int, initial: Solution | None,
            progress, stop, time_limit: float | None, deadline: float | None = None):
    from schedule_engine.solver.island_search import search_island

    if workers > 1:
        from schedule_engine.solver.islands import run_islands
        return run_islands(problem, replace(options, time_limit=time_limit, started=None), seed, workers,
                           initial, progress, stop)
    return search_island(problem, options, seed, 0, initial, progress, stop, time_limit=time_limit,
                         deadline=deadline)


def _pinned(cp: CompiledProblem, asg: np.ndarray, mask: np.ndarray, initial: Solution | None) -> Solution:
    """The timetable with the sessions of ``mask`` pinned where they are (the
    user's own pins kept)."""
    start = cp.decode_asg(asg, pins=initial)
    return Solution(tuple(replace(a, pin_time=True, pin_room=a.room is not None)
                          if mask[s] and a.slot is not None else a
                          for s, a in enumerate(start.assignments)))


def _key(cp: CompiledProblem, asg: np.ndarray, held: np.ndarray, pin_slot: np.ndarray,
         pin_room: np.ndarray) -> tuple[int, int, int]:
    """Sessions outside the shortfalls that break a hard constraint among
    themselves, then the hard and soft totals: lower is better."""
    scorer = IncrementalScorer.from_asg(cp, asg, pin_slot, pin_room)
    return len(outside(rest_only(cp, asg, held, pin_slot, pin_room), held)), scorer.hard, scorer.soft


def solve_with_shortfalls(problem: Problem, options, errors: list[Diagnostic], seed: int,
                          workers: int, initial: Solution | None,
                          progress: Callable[[ProgressEvent], None] | None,
                          stop: Callable[[], bool] | None) -> ShortfallOutcome:
    """The three phases described in the module docstring."""
    t0 = monotonic_origin(options.started) if getattr(options, "started", None) else time.monotonic()
    cp = compile_problem(problem)
    components = held_components(cp, errors)
    held = held_sessions(cp, errors)
    mask = session_mask(cp, held)
    pin_slot, pin_room = cp.pins(initial)
    limit = options.time_limit
    deadline = None if limit is None else t0 + max(0.0, limit - FINISH_S)
    outcomes: list[SearchOutcome] = []

    def time_left(k: int) -> bool:
        """Whether phase k still has time of its own (phase 0 always runs)."""
        return k == 0 or limit is None or time.monotonic() - t0 < limit * (PHASE_ENDS[k] - MIN_PHASE)

    def phase(k: int, phase_problem: Problem, start: Solution | None, phase_options=options):
        elapsed = time.monotonic() - t0
        budget = None if limit is None else max(0.0, min(limit * PHASE_ENDS[k], limit - FINISH_S) - elapsed)
        low = 0.0 if k == 0 else PHASE_ENDS[k - 1]
        phase_cp, outcome, _, _ = _search(phase_problem, phase_options, seed + k, workers, start,
                                          _scaled(progress, low, PHASE_ENDS[k], elapsed), stop, budget,
                                          deadline)
        outcomes.append(outcome)
        return phase_cp.decode_asg(outcome.best, pins=initial), outcome.stop_reason == "stopped"

    def key(asg: np.ndarray) -> tuple[int, int, int]:
        return _key(cp, asg, held, pin_slot, pin_room)

    everything, stopped = phase(0, problem, initial)
    best = keep_rest_clean(cp, _asg_of(cp, everything), held, pin_slot, pin_room, deadline)
    if not stopped and time_left(1):
        around, stopped = phase(1, problem, _pinned(cp, best, mask, initial))
        second = settle_held(cp, keep_rest_clean(cp, _asg_of(cp, around), held, pin_slot, pin_room, deadline),
                             held, pin_slot, pin_room, deadline=deadline)
        best = second if key(second) <= key(best) else best
    trouble = outside(rest_only(cp, best, held, pin_slot, pin_room), held)
    if trouble and not stopped and time_left(2):
        start = _pinned(cp, best, ~mask & ~neighbourhood(cp, best, trouble), initial)
        rest, _ = phase(2, without_components(problem, components), start, replace(options, target=(0, 1 << 40)))
        joined = keep_rest_clean(cp, _asg_of(cp, _merged(cp, cp.decode_asg(best, pins=initial), rest, held)),
                                 held, pin_slot, pin_room, deadline)
        joined = settle_held(cp, joined, held, pin_slot, pin_room, deadline=deadline)
        best = joined if key(joined) <= key(best) else best
    if options.leave_unplaced:
        best = leave_unplaced(cp, best, held, pin_slot, pin_room, deadline)
    scorer = IncrementalScorer.from_asg(cp, best, pin_slot, pin_room)
    final = SearchOutcome(best=scorer.st[0].copy(), hard=scorer.hard, soft=scorer.soft,
                          generations=sum(o.generations for o in outcomes),
                          evaluations=sum(o.evaluations for o in outcomes), time_to_feasible=None,
                          stop_reason="stopped" if any(o.stop_reason == "stopped" for o in outcomes)
                          else outcomes[0].stop_reason)
    stats = {
        "allow_shortfalls": True, "leave_unplaced": bool(options.leave_unplaced),
        "phase_hard": [int(o.hard) for o in outcomes],
        "placed_hard": placed_hard(scorer),
        "hard_outside_shortfalls": len(outside(rest_only(cp, best, held, pin_slot, pin_room), held)),
        "shortfalls": shortfall_report(cp, scorer, errors),
    }
    return ShortfallOutcome(cp, final, pin_slot, pin_room, stats)


def shortfall_report(cp: CompiledProblem, scorer: IncrementalScorer, errors: list[Diagnostic]) -> list[dict]:
    """Per shortfall: what it names, and which of its sessions are left unplaced."""
    out = []
    for d in errors:
        index = [cp.session_index[s] for s in d.sessions if s in cp.session_index]
        out.append({"code": d.code, "entity": d.entity, "sessions": len(index),
                    "unplaced": [cp.sessions[s].id for s in index if scorer.slot[s] < 0 and in_use(scorer, s)]})
    return out
