"""Hand placement helpers: take a session out of the timetable, list the best
legal places for one, and find the moves that make room for a session dropped
where something is in the way.

*Resolving moves* (what the desktop offers for a drop on a red slot, as the
suggested swaps of commercial tools do): the dropped session is put at the
chosen start; every session that then shares a hard violation with it (a
*blocker*) is moved to its best legal start.  A blocker without a legal start
is moved to the start where it causes the fewest violations and its own
blockers are moved in turn, up to ``MAX_CHAIN`` steps deep.  The moves are
offered only when the dropped session ends up free of hard violations and the
timetable's hard total does not rise.  Blockers whose time is pinned stay put.
In a two-week cycle a fortnightly session may be dropped into week A or B; a
session of week A never blocks one of week B, and every session keeps its week.

All of it runs on the incremental scorer: a few milliseconds per step.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from schedule_engine.compiled import CompiledProblem, compile_problem
from schedule_engine.model import Problem, Solution
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.timetable_edits import TimetableInspector

MAX_CHAIN = 3
"""How many blockers deep a chain of moves may go."""


@dataclass(frozen=True)
class PlaceOption:
    """A legal place for a session: start slot, room and the change of the totals."""

    slot: int
    room_id: str | None
    hard_delta: int
    soft_delta: int


@dataclass(frozen=True)
class Move:
    session_id: str
    from_slot: int | None
    to_slot: int
    room_id: str | None


@dataclass(frozen=True)
class Resolution:
    """Moves that make room for a dropped session, with the resulting timetable."""

    moves: tuple[Move, ...]
    """The dropped session first, then the sessions moved out of its way."""
    solution: Solution
    hard_delta: int
    soft_delta: int


def unplace_session(solution: Solution, session_id: str) -> Solution:
    """The timetable with ``session_id`` taken out (no time, no room, no pins);
    its instructor is kept."""
    if session_id not in solution.by_session():
        raise ValueError(f"session {session_id!r} has no assignment to unplace")
    return Solution(tuple(replace(a, slot=None, room=None, pin_time=False, pin_room=False)
                          if a.session_id == session_id else a for a in solution.assignments),
                    solution.meta)


def find_places(inspector: TimetableInspector, session_id: str, limit: int = 10) -> list[PlaceOption]:
    """The best legal (start, room) pairs for a session: lowest soft change
    first, at most ``limit``; its current place is left out."""
    s = inspector.index(session_id)
    options = inspector.start_options(s)
    now = int(inspector.scorer.slot[s])
    starts = [int(t) for t in np.flatnonzero(options.legal) if int(t) != now]
    starts.sort(key=lambda t: (int(options.soft_delta[t]), t))
    out = []
    for t in starts[:limit]:
        room = int(options.room[t])
        out.append(PlaceOption(t, inspector.cp.room_ids[room] if room >= 0 else None,
                               int(options.hard_delta[t]), int(options.soft_delta[t])))
    return out


def resolve_drop(problem: Problem, solution: Solution, session_id: str, slot: int,
                 compiled: CompiledProblem | None = None,
                 week: int | None = None) -> Resolution | None:
    """Moves that let ``session_id`` start at ``slot`` free of hard violations
    (see the module docstring), or None when no such moves were found.
    ``week``: the week (1 = A, 2 = B) a fortnightly session is dropped into
    (None: its current week)."""
    cp = compiled if compiled is not None else compile_problem(problem)
    inspector = TimetableInspector(problem, solution, cp)
    s = inspector.index(session_id)
    if not 0 <= slot < cp.n_slots or not cp.start_ok[s, slot]:
        return None
    scorer = inspector.scorer
    before = scorer.score
    pinned = {cp.session_index[a.session_id] for a in solution.assignments
              if a.pin_time and a.session_id in cp.session_index}
    moves: list[tuple[int, int | None, int]] = []
    instr = inspector.instructor_for(s)
    _place(scorer, s, slot, instr, moves, week)
    if not _clear_blockers(scorer, s, {s}, pinned, MAX_CHAIN, moves):
        return None
    if _own_hard(scorer, s) != 0 or scorer.hard > before[0]:
        return None
    after = _apply_moves(cp, solution, scorer, moves, dropped=s)
    hard, soft = scorer.score
    return Resolution(tuple(Move(cp.sessions[m].id, f, t, _room_id(cp, int(scorer.room[m])))
                            for m, f, t in _merged(moves)),
                      after, hard - before[0], soft - before[1])


# -- the search ----------------------------------------------------------------
def _own_hard(scorer: IncrementalScorer, s: int) -> int:
    if scorer.slot[s] < 0:
        return 0
    dh, _ = scorer.delta_move(s, -1, int(scorer.room[s]), int(scorer.instr[s]))
    return 1 - dh


def _best_room(scorer: IncrementalScorer, s: int, slot: int, instr: int,
               week: int | None = None) -> int:
    hard, soft, room = scorer.evaluate_starts(s, instr=instr, week=week)
    return int(room[slot])


def _place(scorer: IncrementalScorer, s: int, slot: int, instr: int, moves: list,
           week: int | None = None) -> None:
    moves.append((s, int(scorer.slot[s]) if scorer.slot[s] >= 0 else None, slot))
    scorer.apply_move(s, slot, _best_room(scorer, s, slot, instr, week), instr, week=week)


def _same_weeks(scorer: IncrementalScorer, s: int) -> np.ndarray:
    """[S] whether each session is taught in a week that session s is taught in."""
    weeks = scorer.week
    return (weeks == 0) | (weeks[s] == 0) | (weeks == weeks[s])


def _blockers(scorer: IncrementalScorer, s: int, exclude: set[int]) -> list[int]:
    """Placed sessions overlapping s in time that take part in a hard violation
    and stop doing so when s is taken out."""
    start, end = int(scorer.slot[s]), int(scorer.slot[s]) + int(scorer.length[s])
    slots, lengths = scorer.slot, scorer.length
    overlap = np.flatnonzero((slots >= 0) & (slots < end) & (slots + lengths > start)
                             & _same_weeks(scorer, s))
    candidates = [int(x) for x in overlap if int(x) not in exclude and scorer.has_hard(int(x))]
    if not candidates:
        return []
    with_s = {x: _own_hard(scorer, x) for x in candidates}
    room, instr = int(scorer.room[s]), int(scorer.instr[s])
    scorer.apply_move(s, -1, room, instr)
    without_s = {x: _own_hard(scorer, x) for x in candidates}
    scorer.apply_move(s, start, room, instr)
    return [x for x in candidates if with_s[x] > without_s[x]]


def _clear_blockers(scorer: IncrementalScorer, s: int, moved: set[int], pinned: set[int],
                    depth: int, moves: list) -> bool:
    for x in _blockers(scorer, s, moved):
        if x in pinned or depth <= 0:
            return False
        moved.add(x)
        instr = int(scorer.instr[x])
        hard, soft, room = scorer.evaluate_starts(x, instr=instr)
        own_now = _own_hard(scorer, x)
        own = hard + own_now
        here = int(scorer.slot[x])
        own[here] = np.iinfo(np.int64).max  # it has to go somewhere else
        cells = np.arange(len(own))
        legal = cells[(own <= 0) & _free_of(scorer, s, cells, x)]
        if len(legal):
            target = int(legal[np.argmin(soft[legal])])
        else:
            fewest = np.lexsort((soft, own))
            target = int(fewest[0])
            if own[target] == np.iinfo(np.int64).max:
                return False
        _place(scorer, x, target, instr, moves)
        if not _clear_blockers(scorer, x, moved, pinned, depth - 1, moves):
            return False
    return True


def _free_of(scorer: IncrementalScorer, s: int, starts: np.ndarray, x: int) -> np.ndarray:
    """Starts of x that do not overlap the dropped session's block (in a week both are taught)."""
    start, end = int(scorer.slot[s]), int(scorer.slot[s]) + int(scorer.length[s])
    apart = (starts + int(scorer.length[x]) <= start) | (starts >= end)
    return apart | (not _same_weeks(scorer, s)[x])


def _merged(moves: list[tuple[int, int | None, int]]) -> list[tuple[int, int | None, int]]:
    """One move per session: from its first place to its last."""
    first: dict[int, int | None] = {}
    last: dict[int, int] = {}
    for m, f, t in moves:
        first.setdefault(m, f)
        last[m] = t
    return [(m, first[m], last[m]) for m in first]


def _room_id(cp: CompiledProblem, r: int) -> str | None:
    return cp.room_ids[r] if r >= 0 else None


def _apply_moves(cp: CompiledProblem, solution: Solution, scorer: IncrementalScorer,
                 moves: list, dropped: int) -> Solution:
    """The solution with the moved sessions at their new places; the dropped
    session is pinned (as any hand move is), the others keep their pins."""
    changed = {m for m, _, _ in moves}
    by_id = {cp.sessions[m].id: m for m in changed}
    out = []
    for a in solution.assignments:
        m = by_id.get(a.session_id)
        if m is None:
            out.append(a)
            continue
        i = int(scorer.instr[m])
        update = {"slot": int(scorer.slot[m]), "room": _room_id(cp, int(scorer.room[m])),
                  "instructor": cp.instructor_ids[i] if i >= 0 else a.instructor,
                  "week": int(scorer.week[m])}
        if m == dropped:
            update.update(pin_time=True, pin_room=update["room"] is not None)
        out.append(replace(a, **update))
    return Solution(tuple(out), solution.meta)
