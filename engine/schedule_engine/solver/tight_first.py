"""Tightest sections first: before the greedy construction, the sections whose
rooms and instructors are both small pools and nearly full (the studios whose
teachers come on two days a week) are placed together, pattern and all, by a
small search over the same placements the joint capacity check counts
(:mod:`schedule_engine.capacity_joint`), each block with a concrete room and
instructor free for it.

A pool counts as nearly full when its sections need at least ``MIN_SHARE`` of
the periods in which one of its rooms and one of its instructors are free
together (where their blocks can fall).  Nothing else is looked at (the rest
of the timetable is built around these placements and the search may still
move them), so this only decides where the construction starts from.  A
problem without such pools is constructed exactly as before (no random
numbers are drawn here).
"""

from __future__ import annotations

import numpy as np

from schedule_engine.capacity_joint import JointSection, _groups, tight_sections
from schedule_engine.compiled import CompiledProblem

MIN_SHARE = 0.6
MAX_NODES = 2_000
"""Search nodes; past them the remaining sections are placed without going back."""

_CACHE: dict[int, tuple[CompiledProblem, list[JointSection]]] = {}


def nearly_full(cp: CompiledProblem) -> list[JointSection]:
    """The sections of the nearly full pools, fullest pool first (cached per problem)."""
    hit = _CACHE.get(id(cp))
    if hit is not None and hit[0] is cp:
        return hit[1]
    chosen: list[JointSection] = []
    ranked = []
    open_ = ~cp.slot_closed & ~np.tile(cp.period_is_break, cp.n_days)
    for group in _groups(cp, tight_sections(cp)):
        rooms = sorted({r for x in group for r in x.rooms})
        teachers = sorted({i for x in group for i in x.instructors})
        both = np.minimum((~cp.room_unavail[rooms]).sum(axis=0), (~cp.instr_unavail[teachers]).sum(axis=0))
        reach = np.zeros(cp.n_slots, bool)
        for x in group:
            reach |= x.options.any(axis=0).astype(bool)
        supply = int((both * (open_ & reach)).sum())
        demand = sum(x.demand for x in group)
        if supply and demand >= MIN_SHARE * supply:
            ranked.append((-demand / supply, len(group), group))
    seen: set[int] = set()
    for _share, _n, group in sorted(ranked, key=lambda g: (g[0], g[1])):
        for x in sorted(group, key=lambda x: len(x.options)):
            if x.section not in seen:
                seen.add(x.section)
                chosen.append(x)
    _CACHE.clear()
    _CACHE[id(cp)] = (cp, chosen)
    return chosen


class _Board:
    """Who is busy when, for the placements made so far."""

    def __init__(self, cp: CompiledProblem):
        closed = cp.slot_closed[None, :]
        self.room = cp.room_unavail | closed
        self.instr = cp.instr_unavail | closed
        self.leaf = np.zeros((cp.n_leaves, cp.n_slots), bool)

    def fit(self, sec: JointSection, blocks: tuple[tuple[int, int], ...]) -> list[tuple[int, int]] | None:
        """A (room, instructor) for each block, one instructor for all when one is free for all."""
        leaves = sorted(sec.leaves)
        out: list[tuple[int, int]] = []
        for L, t in blocks:
            if self.leaf[leaves, t:t + L].any():
                return None
        teachers = [i for i in sec.instructors if not any(self.instr[i, t:t + L].any() for L, t in blocks)]
        for L, t in blocks:
            r = next((r for r in sec.rooms if not self.room[r, t:t + L].any()), -1)
            i = teachers[0] if teachers else next(
                (i for i in sec.instructors if not self.instr[i, t:t + L].any()), -1)
            if r < 0 or i < 0:
                self.undo(sec, blocks[:len(out)], out)
                return None
            self.mark(sec, (L, t), (r, i), True)
            out.append((r, i))
        return out

    def mark(self, sec: JointSection, block: tuple[int, int], where: tuple[int, int], busy: bool) -> None:
        (L, t), (r, i) = block, where
        self.room[r, t:t + L] = busy
        self.instr[i, t:t + L] = busy
        self.leaf[sorted(sec.leaves), t:t + L] = busy

    def undo(self, sec: JointSection, blocks, where) -> None:
        for block, at in zip(blocks, where):
            self.mark(sec, block, at, False)


def _search(cp: CompiledProblem, secs: list[JointSection], rng: np.random.Generator) -> dict[int, list]:
    """Section index -> [(length, start, room, instructor), ...] for as many as could be placed."""
    board = _Board(cp)
    orders = [rng.permutation(len(x.blocks)) for x in secs]
    placed: dict[int, list] = {}
    budget = [MAX_NODES]

    def go(k: int) -> bool:
        """Place sections k.. (going back while the budget lasts; past it, each
        takes its first placement that fits, or none)."""
        if k == len(secs):
            return True
        budget[0] -= 1
        sec = secs[k]
        for o in orders[k]:
            blocks = sec.blocks[int(o)]
            where = board.fit(sec, blocks)
            if where is None:
                continue
            placed[k] = [(L, t, r, i) for (L, t), (r, i) in zip(blocks, where)]
            if go(k + 1):
                return True
            board.undo(sec, blocks, where)
            del placed[k]
        return go(k + 1) if budget[0] < 0 else False

    if not go(0):
        for k in list(placed):  # (no joint placement: the construction does as usual)
            board.undo(secs[k], [(L, t) for L, t, _r, _i in placed[k]], [(r, i) for _L, _t, r, i in placed[k]])
        placed.clear()
    return {secs[k].section: blocks for k, blocks in placed.items()}


def _piece_lengths(cp: CompiledProblem, section: int, lengths: list[int]) -> list[int] | None:
    """The section's pieces' lengths under the allowed pattern made of ``lengths``."""
    want = sorted(lengths, reverse=True)
    for row in cp.pattern_len[cp.pattern_ptr[section]:cp.pattern_ptr[section + 1]]:
        row = [int(x) for x in row[:int(cp.section_pieces[section])]]
        if sorted((x for x in row if x > 0), reverse=True) == want:
            return row
    first, m = int(cp.section_first[section]), int(cp.section_pieces[section])
    default = [int(x) for x in cp.length[first:first + m]]
    return default if sorted((x for x in default if x > 0), reverse=True) == want else None


def place_tight_first(cp: CompiledProblem, rng: np.random.Generator, slot: np.ndarray, room: np.ndarray,
                      instr: np.ndarray) -> np.ndarray | None:
    """Place the sections of the nearly full pools into ``slot``/``room``/``instr``
    (those with no piece placed yet); returns the pieces' lengths, or None when
    there is nothing to place."""
    secs = [x for x in nearly_full(cp) if (slot[list(x.sessions)] < 0).all()]
    if not secs:
        return None
    length = cp.length.astype(np.int32).copy()
    for section, blocks in _search(cp, secs, rng).items():
        lengths = _piece_lengths(cp, section, [b[0] for b in blocks])
        if lengths is None:
            continue
        first = int(cp.section_first[section])
        left = list(blocks)
        for k, L in enumerate(lengths):
            s = first + k
            length[s] = L
            if L > 0:
                j = next(j for j, b in enumerate(left) if b[0] == L)
                _L, t, r, i = left.pop(j)
                slot[s], room[s], instr[s] = t, r, i
    return length
