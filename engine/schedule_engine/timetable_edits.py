"""Hand edits of a timetable as pure functions: move, swap, pin, reconcile, and
the inspection of where a session could go.

Every function returns a new :class:`Solution` and leaves its arguments
untouched, so a caller can keep the old timetable for undo.

*Legal* start (the rule the desktop's drag colouring uses): moving session
``s`` to start ``t`` (with the best room) is legal when ``s`` itself would take
part in no hard violation there.  With ``own(t)`` the hard units the session
causes at ``t`` (clashes it enters, unavailability, room and instructor
suitability, a block crossing a break), ``own(t) = hard(at t) - hard(s
unplaced) + 1`` (the ``+ 1`` is the ``unplaced`` unit the placement removes).
In the terms of the timetable's totals: the move is legal iff the hard total
after the move is at most the hard total before minus the session's own
current violations.  The session's own pins are ignored (a moved session is
pinned at its new place), so ``pin_violated`` never makes a start illegal.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, replace

import numpy as np

from schedule_engine.compiled import CompiledProblem, compile_problem
from schedule_engine.constraint_catalog import CATALOG, HARD
from schedule_engine.model import Assignment, Problem, Solution
from schedule_engine.scoring.evaluation import Violation
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.scoring.reference import explain_session

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartOptions:
    """Where one session could start: per start slot of the week, the change of
    the timetable's (hard, soft) totals when it moves there with the best room."""

    session: int
    instructor: int
    hard_delta: np.ndarray  # [T] int64
    soft_delta: np.ndarray  # [T] int64
    room: np.ndarray  # [T] best room index (-1: none)
    own_now: int
    """Hard units the session itself causes where it is now (1 when unplaced)."""
    legal: np.ndarray  # [T] bool

    def best_legal(self) -> int | None:
        """The legal start with the lowest soft change, or None."""
        idx = np.flatnonzero(self.legal)
        if len(idx) == 0:
            return None
        return int(idx[np.argmin(self.soft_delta[idx])])


@dataclass(frozen=True)
class RoomOption:
    room_id: str
    hard_delta: int
    soft_delta: int
    legal: bool


class TimetableInspector:
    """One timetable on the incremental scorer (pins ignored) for inspecting moves.

    Build it once per timetable; :meth:`start_options` then costs a few
    milliseconds per session.
    """

    def __init__(self, problem: Problem, solution: Solution | None,
                 compiled: CompiledProblem | None = None):
        self.problem = problem
        self.solution = solution if solution is not None else Solution()
        self.cp = compiled if compiled is not None else compile_problem(problem)
        slot, room, instr = self.cp.encode(self.solution)
        self.scorer = IncrementalScorer(self.cp, slot, room, instr,
                                        length=self.cp.lengths(self.solution),
                                        week=self.cp.weeks(self.solution))

    def index(self, session_id: str) -> int:
        try:
            return self.cp.session_index[session_id]
        except KeyError:
            raise KeyError(f"no session {session_id!r} in the problem") from None

    def instructor_for(self, s: int) -> int:
        """The session's instructor, or for one without: the instructor most of its
        section's sessions have, else its first candidate (-1 when none)."""
        current = int(self.scorer.instr[s])
        if current >= 0:
            return current
        cp = self.cp
        mates = Counter(int(self.scorer.instr[m]) for m in np.flatnonzero(cp.section == cp.section[s])
                        if self.scorer.instr[m] >= 0 and cp.instr_ok[s, self.scorer.instr[m]])
        if mates:
            return mates.most_common(1)[0][0]
        candidates = cp.candidate_instructors(s)
        return int(candidates[0]) if len(candidates) else -1

    def own_hard(self, s: int) -> int:
        """Hard units session s causes where it is now (1 when unplaced: the
        ``unplaced`` unit itself)."""
        dh_remove, _ = self.scorer.delta_move(s, -1, int(self.scorer.room[s]), int(self.scorer.instr[s]))
        return 1 - dh_remove

    def start_options(self, s: int, week: int | None = None) -> StartOptions:
        """Every start of the week for session s: deltas, best room, legality;
        a fortnightly session is scored in ``week`` (None: its current week)."""
        instr = self.instructor_for(s)
        hard, soft, room = self.scorer.evaluate_starts(s, instr=instr, week=week)
        own_now = self.own_hard(s)
        # own(t) = hard_delta[t] + own_now (see the module docstring); legal iff own(t) == 0
        legal = (hard + own_now) <= 0
        return StartOptions(s, instr, hard, soft, room, own_now, legal)

    def room_options(self, s: int, slot: int, week: int | None = None) -> list[RoomOption]:
        """Each suitable room at ``slot`` (in ``week`` for a fortnightly session):
        the (hard, soft) change and legality, best first."""
        instr = self.instructor_for(s)
        own_now = self.own_hard(s)
        out = []
        for r in self.cp.candidate_rooms(s):
            dh, ds = self.scorer.delta_move(s, slot, int(r), instr, week=week)
            legal = dh + own_now <= 0
            out.append(RoomOption(self.cp.room_ids[int(r)], dh, ds, legal))
        out.sort(key=lambda o: (not o.legal, o.hard_delta, o.soft_delta))
        return out

    def breakdown(self, s: int, slot: int, room: int, week: int | None = None) -> dict[str, int]:
        """The change of each constraint's penalty for the move (non-zero only)."""
        return self.scorer.delta_move_breakdown(s, slot, room, self.instructor_for(s), week=week)

    def broken_hard(self, s: int, slot: int, room: int, week: int | None = None) -> list[str]:
        """Ids of the hard constraints the move would break (their count rises)."""
        return [c for c, v in self.breakdown(s, slot, room, week).items()
                if v > 0 and CATALOG[c].level == HARD]

    def explain(self, s: int, slot: int, room: int, week: int | None = None) -> list[Violation]:
        """The hard violations session s would take part in after the move, in plain words."""
        session_id = self.cp.sessions[s].id
        in_week = {"week": week} if week in (1, 2) and self.cp.sessions[s].fortnightly else {}
        moved = _assign(self.solution, session_id, slot=slot,
                        room=self.cp.room_ids[room] if room >= 0 else None,
                        instructor=_instr_id(self.cp, self.instructor_for(s)),
                        pin_time=False, pin_room=False, **in_week)
        return [v for v in explain_session(self.problem, moved, session_id, compiled=self.cp)
                if v.level == HARD]


def _instr_id(cp: CompiledProblem, i: int) -> str | None:
    return cp.instructor_ids[i] if i >= 0 else None


def _assign(solution: Solution, session_id: str, **changes) -> Solution:
    """The solution with one session's assignment changed (added when missing)."""
    out, found = [], False
    for a in solution.assignments:
        if a.session_id == session_id:
            out.append(replace(a, **changes))
            found = True
        else:
            out.append(a)
    if not found:
        out.append(replace(Assignment(session_id), **changes))
    return Solution(tuple(out), solution.meta)


def move_session(problem: Problem, solution: Solution | None, session_id: str, slot: int,
                 room: str | None = None, *, pin: bool = True,
                 inspector: TimetableInspector | None = None, week: int | None = None) -> Solution:
    """The timetable with ``session_id`` starting at ``slot``.

    ``room`` None chooses the best room there (legal first, then the lowest
    change of the hard and soft totals).  A session without an instructor gets
    its section's or its first candidate.  With ``pin`` the session's time and
    room are pinned at the new place.  ``week`` (1 = A, 2 = B) moves a
    fortnightly session into that week of the cycle; None keeps its week.
    """
    insp = inspector if inspector is not None else TimetableInspector(problem, solution)
    s = insp.index(session_id)
    if not 0 <= slot < insp.cp.n_slots:
        raise ValueError(f"slot {slot} is outside the week (0..{insp.cp.n_slots - 1})")
    week_change = _week_change(problem, insp.cp.sessions[s], week)
    if room is None:
        options = insp.room_options(s, slot, week=week_change.get("week"))
        if options:
            room = options[0].room_id
        else:
            current = int(insp.scorer.room[s])
            room = insp.cp.room_ids[current] if current >= 0 else None
    elif room not in insp.cp.room_ids:
        raise ValueError(f"no room {room!r} in the problem")
    return _assign(insp.solution, session_id, slot=slot, room=room,
                   instructor=_instr_id(insp.cp, insp.instructor_for(s)), **week_change,
                   **({"pin_time": True, "pin_room": room is not None} if pin else {}))


def _week_change(problem: Problem, session, week: int | None) -> dict:
    """``{"week": week}`` for a move of a fortnightly session into week 1 or 2;
    {} to keep the week; ValueError in plain words for a week it cannot have."""
    if week is None:
        return {}
    if not session.fortnightly:
        if week == 0:
            return {}
        why = "it is taught every week" if problem.time_grid.n_weeks == 2 else "the time grid has one week"
        raise ValueError(f"{session.id} cannot move to week {week}: {why}")
    if week not in (1, 2):
        names = problem.time_grid.week_names
        raise ValueError(f"{session.id} is taught fortnightly: its week is 1 ({names[0]}) or 2 ({names[1]}), "
                         f"not {week}")
    return {"week": week}


def swap_sessions(problem: Problem, solution: Solution, a: str, b: str, *, pin: bool = True) -> Solution:
    """The timetable with the start slots of sessions ``a`` and ``b`` exchanged;
    each keeps its room and instructor.  With ``pin`` both times are pinned."""
    by_id = solution.by_session()
    if a not in by_id or b not in by_id:
        missing = a if a not in by_id else b
        raise ValueError(f"session {missing!r} has no assignment to swap")
    ta, tb = by_id[a].slot, by_id[b].slot
    extra = {"pin_time": True} if pin else {}
    wa, wb = by_id[a].week, by_id[b].week
    weeks = ({"a": {"week": wb}, "b": {"week": wa}} if wa and wb  # two fortnightly sessions swap weeks too
             else {"a": {}, "b": {}})
    out = _assign(solution, a, slot=tb, **weeks["a"], **(extra if tb is not None else {}))
    return _assign(out, b, slot=ta, **weeks["b"], **(extra if ta is not None else {}))


def set_pins(solution: Solution, session_ids, *, time: bool | None = None,
             room: bool | None = None) -> Solution:
    """The timetable with the time and/or room pins of ``session_ids`` set or
    cleared (None leaves that pin as it is)."""
    wanted = set(session_ids)
    changes = {}
    if time is not None:
        changes["pin_time"] = bool(time)
    if room is not None:
        changes["pin_room"] = bool(room)
    return Solution(tuple(replace(a, **changes) if a.session_id in wanted else a
                          for a in solution.assignments), solution.meta)


def _placement_valid(cp: CompiledProblem, s: int, slot: int, room: int, instr: int,
                     length: int | None = None) -> bool:
    """Whether a placement still makes sense on the (edited) data: the block fits
    the day outside breaks and closed slots, nobody involved is unavailable, the
    room suits and the instructor is a candidate."""
    length = int(cp.length[s]) if length is None else length
    if length <= 0 or length >= cp.start_ok_by_len.shape[0] or not cp.start_ok_by_len[length, slot]:
        return False
    cells = slice(slot, slot + length)
    if cp.session_unavail[s, cells].any():
        return False
    for leaf in cp.leaves(s):
        if cp.leaf_unavail[leaf, cells].any():
            return False
    if room >= 0 and (not cp.room_ok[s, room] or cp.room_unavail[room, cells].any()):
        return False
    if instr >= 0 and (not cp.instr_ok[s, instr] or cp.instr_unavail[instr, cells].any()):
        return False
    return True


def reconcile(problem: Problem, solution: Solution | None,
              compiled: CompiledProblem | None = None) -> tuple[Solution, list[str]]:
    """Fit a timetable to edited data: sessions whose placement is still valid
    keep it; the others are unplaced (keeping a still valid instructor) and
    their ids returned.  Assignments of sessions that no longer exist are
    dropped; new sessions are added unplaced."""
    cp = compiled if compiled is not None else compile_problem(problem)
    by_id = solution.by_session() if solution is not None else {}
    room_of = {r: i for i, r in enumerate(cp.room_ids)}
    instr_of = {x: i for i, x in enumerate(cp.instructor_ids)}
    out: list[Assignment] = []
    invalid: list[str] = []
    lengths = cp.lengths(solution)
    for s, sess in enumerate(cp.sessions):
        a = by_id.get(sess.id)
        if a is None:
            out.append(Assignment(sess.id))
            continue
        if a.week and not sess.fortnightly:
            a = replace(a, week=0)  # the session is now taught every week
        instr = instr_of.get(a.instructor, -1) if a.instructor is not None else -1
        instructor = a.instructor if instr >= 0 and cp.instr_ok[s, instr] else None
        if a.slot is None:
            out.append(replace(a, instructor=instructor))
            continue
        room = room_of.get(a.room, -2) if a.room is not None else -1
        ok = (0 <= a.slot < cp.n_slots and room != -2 and (a.instructor is None or instr >= 0)
              and _placement_valid(cp, s, a.slot, room, instr, int(lengths[s])))
        if ok:
            out.append(a)
        else:
            invalid.append(sess.id)
            out.append(replace(a, slot=None, room=None, instructor=instructor,
                               pin_time=False, pin_room=False))
    if invalid:
        log.info("%d sessions no longer fit the data and were unplaced", len(invalid))
    meta = solution.meta if solution is not None else {}
    return Solution(tuple(out), meta), invalid
