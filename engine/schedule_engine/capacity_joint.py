"""The joint check of rooms and instructors for small pools: demand that
cannot fit because a suitable room and a qualified free instructor are seldom
free *together*, in stretches long enough for the blocks.

The pooled checks of :mod:`schedule_engine.capacity` look at one kind of
resource at a time, and a section that may be cut in several patterns is
counted there in single periods; so they cannot see, say, two studio courses
whose teachers are free on two days only, when their three studios then hold
fewer blocks than the courses need.  For sections whose candidate rooms and
candidate instructors are both small pools, this check searches the placements
of every block of every allowed pattern exhaustively, keeping only what every
timetable without hard violations keeps:

- each block starts where its attendees and its course are free for the whole
  block, a suitable room is free for it and a qualified instructor is free for it;
- sections that share attendees never overlap;
- at every slot, the blocks that can only use rooms of a pool (an instructor
  pool) are at most the rooms (instructors) of that pool free then.

The sections checked together are those that can only use the rooms of one
pool (or only the instructors of one pool), or, when they are many, the
course components among them one by one and in pairs.  Other sessions are
left out, which only weakens the check: when no placement of these sections
exists at all, no timetable without hard violations exists either.  The
search has a budget; a search that runs out of it names nothing.  A weekly
section in a two-week cycle takes the same slots in both weeks, so one week
is checked (and the counts doubled); a section of a fortnightly component is
left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
import numpy as np

from schedule_engine.capacity import Shortfall, block_windows
from schedule_engine.compiled import CompiledProblem

MAX_ROOMS = 4
MAX_INSTRUCTORS = 8
MAX_SECTIONS = 10
MAX_PARTS = 16
"""Course components competing for one pool, at most, for checking them in pairs."""
MAX_OPTIONS = 6000
"""Placements of one section; a section with more is left out (it is not tight)."""
MAX_NODES = 60_000
"""Search nodes of one search; a search that needs more proves nothing."""


@dataclass(frozen=True)
class JointSection:
    section: int
    sessions: tuple[int, ...]
    rooms: tuple[int, ...]
    instructors: tuple[int, ...]
    leaves: frozenset[int]
    demand: int
    options: np.ndarray
    """[n, T] int8: each placement of the section's blocks (one of its patterns) as the slots it covers."""
    blocks: tuple[tuple[tuple[int, int], ...], ...] = ()
    """For each placement: one (length, start) per block (one placement of those covering the same slots)."""


def _pieces_patterns(c: CompiledProblem, n: int) -> list[tuple[int, ...]]:
    first, m = int(c.section_first[n]), int(c.section_pieces[n])
    pats = c.sessions[first].patterns
    if pats:
        return sorted({tuple(sorted((b for b in p if b > 0), reverse=True)) for p in pats})
    return [tuple(sorted((int(x) for x in c.length[first:first + m] if x > 0), reverse=True))]


def _starts(c: CompiledProblem, s: int, length: int, rooms: np.ndarray, instructors: np.ndarray) -> np.ndarray:
    """[T] bool: a block of ``length`` of session ``s`` may start there (see the module text)."""
    D, P = c.n_days, c.n_periods
    if length >= c.start_ok_by_len.shape[0]:
        return np.zeros(c.n_slots, bool)
    own_free = ~c.session_unavail[s] & ~c.leaf_unavail[c.leaves(s)].any(axis=0)
    ok = c.start_ok_by_len[length] & block_windows(own_free[None, :], length, D, P)[0]
    room_free = ~c.room_unavail[rooms] & ~c.slot_closed[None, :]
    instr_free = ~c.instr_unavail[instructors] & ~c.slot_closed[None, :]
    ok &= block_windows(room_free, length, D, P).any(axis=0)
    ok &= block_windows(instr_free, length, D, P).any(axis=0)
    return ok


def _placements(pattern: tuple[int, ...], starts: dict[int, np.ndarray], T: int,
                limit: int) -> list[tuple[np.ndarray, tuple[tuple[int, int], ...]]] | None:
    """Every placement of the pattern's blocks that do not overlap (equal blocks
    in increasing order), as (slots covered, ((length, start), ...)); None when
    there are more than ``limit``."""
    found: list[tuple[np.ndarray, tuple[tuple[int, int], ...]]] = []
    cover = np.zeros(T, np.int8)
    blocks: list[tuple[int, int]] = []

    def grow(k: int, after: int) -> bool:
        if k == len(pattern):
            found.append((cover.copy(), tuple(blocks)))
            return len(found) <= limit
        L = pattern[k]
        lo = after if k and pattern[k - 1] == L else 0
        for t in map(int, np.flatnonzero(starts[L][lo:]) + lo):
            if cover[t:t + L].any():
                continue
            cover[t:t + L] = 1
            blocks.append((L, t))
            more = grow(k + 1, t + 1)
            blocks.pop()
            cover[t:t + L] = 0
            if not more:
                return False
        return True

    return found if grow(0, 0) else None


def tight_sections(c: CompiledProblem, skip: set[int] = frozenset()) -> list[JointSection]:
    """The sections with small pools of both rooms and instructors (and not too
    many placements), none of whose sessions is in ``skip``."""
    fortnightly = c.fortnightly if c.fortnightly is not None and c.n_weeks > 1 else None
    out = []
    for n in range(len(c.section_ids)):
        first, m = int(c.section_first[n]), int(c.section_pieces[n])
        sessions = tuple(range(first, first + m))
        if skip & set(sessions) or (fortnightly is not None and fortnightly[first]):
            continue
        rooms = np.flatnonzero(c.room_ok[first]) if c.room_ok[first].any() else np.flatnonzero(c.room_suits[first])
        instructors = c.candidate_instructors(first)
        if not 0 < len(rooms) <= MAX_ROOMS or not 0 < len(instructors) <= MAX_INSTRUCTORS:
            continue
        patterns = _pieces_patterns(c, n)
        lengths = {L for p in patterns for L in p}
        starts = {L: _starts(c, first, L, rooms, instructors) for L in lengths}
        options: dict[bytes, tuple[np.ndarray, tuple[tuple[int, int], ...]]] = {}
        for p in patterns:
            got = _placements(p, starts, c.n_slots, MAX_OPTIONS - len(options))
            if got is None:
                options = {}
                break
            for cover, blocks in got:
                options.setdefault(cover.tobytes(), (cover, blocks))
        if not options:
            continue  # (nothing fits at all: named by the check of each session on its own)
        covers = np.array([cover for cover, _blocks in options.values()], np.int8)
        out.append(JointSection(n, sessions, tuple(map(int, rooms)), tuple(map(int, instructors)),
                                frozenset(int(li) for li in c.leaves(first)), sum(patterns[0]), covers,
                                tuple(blocks for _cover, blocks in options.values())))
    return out


def _groups(c: CompiledProblem, sections: list[JointSection]) -> list[list[JointSection]]:
    """For each pool of rooms (of instructors) of a section, the sections that can
    only use rooms (instructors) of that pool: they compete for it.  When they
    are too many, each course component among them, and each pair of them."""
    found: dict[tuple[int, ...], list[JointSection]] = {}

    def add(members: list[int]) -> None:
        if 1 < len(members) <= MAX_SECTIONS:
            found.setdefault(tuple(sorted(members)), [sections[k] for k in sorted(members)])

    for kind in ("rooms", "instructors"):
        for pool in sorted({getattr(sec, kind) for sec in sections}):
            inside = [k for k, sec in enumerate(sections) if set(getattr(sec, kind)) <= set(pool)]
            if len(inside) <= MAX_SECTIONS:
                add(inside)
                continue
            parts: dict[tuple[str, str], list[int]] = {}
            for k in inside:
                sess = c.sessions[sections[k].sessions[0]]
                parts.setdefault((sess.course_id, sess.session_type), []).append(k)
            if len(parts) > MAX_PARTS:
                continue
            for one in parts.values():
                add(one)
            for one, other in combinations(parts.values(), 2):
                add(one + other)
    return list(found.values())


def _limits(c: CompiledProblem, secs: list[JointSection]) -> list[tuple[np.ndarray, np.ndarray]]:
    """(member mask over ``secs``, [T] free count) for every pool of rooms and of
    instructors of the sections, and for the union of each kind."""
    out = []
    for kind, unavail in (("rooms", c.room_unavail), ("instructors", c.instr_unavail)):
        pools = {getattr(sec, kind) for sec in secs}
        pools.add(tuple(sorted({x for sec in secs for x in getattr(sec, kind)})))
        for pool in pools:
            members = np.array([set(getattr(sec, kind)) <= set(pool) for sec in secs])
            if members.sum() < 2:
                continue
            free = (~unavail[list(pool)] & ~c.slot_closed[None, :]).sum(axis=0)
            out.append((members, free.astype(np.int16)))
    return out


def fits_all(c: CompiledProblem, secs: list[JointSection]) -> bool | None:
    """True: some placement of every block of ``secs`` keeps to the rules of the
    module text; False: none does; None: the search ran out of its budget."""
    order = sorted(range(len(secs)), key=lambda k: len(secs[k].options))
    secs = [secs[k] for k in order]
    limits = _limits(c, secs)
    leaves = sorted({li for sec in secs for li in sec.leaves})
    shared = [[k for k, sec in enumerate(secs) if li in sec.leaves] for li in leaves]
    leaf_rows = [[j for j, ks in enumerate(shared) if k in ks and len(ks) > 1] for k in range(len(secs))]
    use = [np.zeros(c.n_slots, np.int16) for _ in limits]
    leaf_use = [np.zeros(c.n_slots, np.int16) for _ in leaves]
    budget = [MAX_NODES]

    def go(k: int) -> bool | None:
        if k == len(secs):
            return True
        budget[0] -= 1
        if budget[0] < 0:
            return None
        opts = secs[k].options
        ok = np.ones(len(opts), bool)
        for (members, free), used in zip(limits, use):
            if members[k]:
                ok &= ((used[None, :] + opts) <= free[None, :]).all(axis=1)
        for j in leaf_rows[k]:
            ok &= ~(opts & (leaf_use[j] > 0)[None, :]).any(axis=1)
        unknown = False
        for o in np.flatnonzero(ok):
            row = opts[o]
            for (members, _free), used in zip(limits, use):
                if members[k]:
                    used += row
            for j in leaf_rows[k]:
                leaf_use[j] += row
            got = go(k + 1)
            for (members, _free), used in zip(limits, use):
                if members[k]:
                    used -= row
            for j in leaf_rows[k]:
                leaf_use[j] -= row
            if got:
                return True
            unknown |= got is None
        return None if unknown else False

    return go(0)


def _smallest(c: CompiledProblem, secs: list[JointSection]) -> list[JointSection]:
    """A smallest-found subset of ``secs`` (known not to fit) that still does not fit."""
    keep = list(secs)
    for sec in sorted(secs, key=lambda x: -len(x.options)):
        trial = [x for x in keep if x is not sec]
        if len(trial) > 1 and fits_all(c, trial) is False:
            keep = trial
    return keep


def joint_shortfalls(c: CompiledProblem, skip: set[int] = frozenset()) -> list[Shortfall]:
    """The groups of tight sections that cannot all be placed (see the module
    text); ``resources`` are the instructors, ``rooms`` the rooms."""
    found = []
    named: set[int] = set()
    for group in sorted(_groups(c, tight_sections(c, skip)), key=len):
        if named & {x.section for x in group} or fits_all(c, group) is not False:
            continue
        group = _smallest(c, group)
        named.update(x.section for x in group)
        demand = sum(x.demand for x in group)
        # no placement holds them all: at most one period a week less fits (counted over the cycle)
        found.append(Shortfall(tuple(sorted({i for x in group for i in x.instructors})),
                               tuple(sorted(s for x in group for s in x.sessions)), demand * c.n_weeks,
                               (demand - 1) * c.n_weeks,
                               rooms=tuple(sorted({r for x in group for r in x.rooms}))))
    return found


def together(c: CompiledProblem, short: Shortfall) -> np.ndarray:
    """[T] the number of the shortfall's rooms and instructors free together: at
    each slot, the fewer of its free rooms and its free instructors."""
    open_ = ~c.slot_closed & ~np.tile(c.period_is_break, c.n_days)
    rooms = (~c.room_unavail[list(short.rooms)]).sum(axis=0)
    instructors = (~c.instr_unavail[list(short.resources)]).sum(axis=0)
    return np.where(open_, np.minimum(rooms, instructors), 0)


def joint_text(c: CompiledProblem, short: Shortfall, what: str) -> str:
    """The plain-words message of a joint shortfall."""
    rooms = [c.room_ids[r] for r in short.rooms]
    teachers = [c.instructor_ids[i] for i in short.resources]
    both = together(c, short).reshape(c.n_days, c.n_periods)
    days = [f"{c.problem.time_grid.days[d]} {int(both[d].sum())}" for d in range(c.n_days) if both[d].any()]
    per = "a week" if c.n_weeks == 1 else "a fortnight"
    return (f"Sessions that need one of rooms {', '.join(rooms)} and one of instructors {', '.join(teachers)} "
            f"({what}) need {short.demand} periods {per} in the blocks of their allowed patterns, but no "
            f"placement of these blocks finds a suitable room and a qualified instructor free for each of "
            f"them: at most {short.fits} fit.  Room-and-instructor periods free together in a week, by day: "
            f"{', '.join(days) or 'none'}.")
