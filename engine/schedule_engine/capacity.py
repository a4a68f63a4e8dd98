"""Capacity checks: demand that cannot fit the free time of the resources able
to take it, found as a maximum flow.

Sessions with the same options (the resources that could take them, their
block length, the start times open to them and their attendees) form a class.
A class sends its periods through its days (on a day, at most ``length`` times
the number of non-overlapping blocks that can start then: its sessions share
their attendees) to the resources (at most ``length`` times the blocks that
can start while the resource is free too); a resource takes, on a day, at most
``length`` times the blocks of that length its free periods hold, and at most
its free periods in all.  Every timetable without hard
violations is such a flow, so a maximum flow below the demand proves that part
of the demand cannot fit; the source side of the minimum cut names the
sessions and the resources concerned.  Like every check of ``validate`` this
is a necessary condition only.

A section that may be cut in several block patterns is checked over all of
them at once, so that no shortfall is named that another allowed pattern
removes: its first piece stands for the whole section as single periods
(length 1, demand the section's weekly periods) that may fall in any period
some block of an allowed length could cover (:func:`capacity_lengths`,
:func:`cover`); its other pieces are left out.  Every timetable, whatever the
patterns it uses, is still such a flow.

A co-teacher is fixed to the sessions they co-teach: each one's co-taught
sessions, with those they are the only candidate for, are checked against
their own free periods (:func:`co_teacher_shortfalls`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from schedule_engine.compiled import CompiledProblem
from schedule_engine.maxflow import FlowGraph


@dataclass(frozen=True)
class Shortfall:
    resources: tuple[int, ...]
    """The resources the sessions could use (all of them full)."""
    sessions: tuple[int, ...]
    demand: int
    """Periods a week the sessions need (of the fortnight, in a two-week cycle)."""
    fits: int
    """Periods of them that fit at best."""
    rooms: tuple[int, ...] = ()
    """For the joint check of rooms and instructors: the rooms (``resources``
    then holds the instructors)."""


@dataclass(frozen=True)
class SessionStarts:
    """[S, T] bool masks of the starts open to each session on its own."""
    own: np.ndarray
    """The block fits the day, and the attendees and the course are free for it."""
    taught: np.ndarray
    """``own``, and some qualified instructor is free for the block too."""
    housed: np.ndarray
    """``own``, and some suitable room is free for the block too."""
    possible: np.ndarray
    """``taught`` and ``housed``."""
    length: np.ndarray | None = None
    """[S] the block length the capacity check counts for each session (1 for a
    section with several patterns, 0 for the pieces it stands for); None: the default cut's."""
    demand: np.ndarray | None = None
    """[S] the periods each session brings; None: its length."""


def capacity_lengths(c: CompiledProblem) -> tuple[np.ndarray, np.ndarray]:
    """([S] length, [S] demand) the capacity check counts: a section with one
    pattern counts its blocks as they are; a section with several counts its
    first piece as the whole weekly demand in single periods, the rest as 0."""
    length = c.length.astype(np.int64)
    demand = c.length.astype(np.int64)
    for n in range(len(c.section_ids)):
        if c.n_patterns(n) > 1:
            first, m = int(c.section_first[n]), int(c.section_pieces[n])
            total = int(c.length[first:first + m].sum())
            length[first:first + m] = 0
            demand[first:first + m] = 0
            length[first], demand[first] = 1, total
    return length, demand


def cover(starts: np.ndarray, length: int) -> np.ndarray:
    """[..., T] starts of blocks of ``length`` (each inside its day) -> the periods they may cover."""
    out = starts.copy()
    for k in range(1, length):
        out[..., k:] |= starts[..., :-k]
    return out


def block_windows(free: np.ndarray, length: int, n_days: int, n_periods: int) -> np.ndarray:
    """[N, T] free -> [N, T]: a block of ``length`` starting there stays free and inside the day."""
    days = free.reshape(free.shape[0], n_days, n_periods)
    ok = np.zeros_like(days)
    if length <= n_periods:
        ok[:, :, :n_periods - length + 1] = True
        for k in range(length):
            ok[:, :, :n_periods - length + 1] &= days[:, :, k:n_periods - length + 1 + k]
    return ok.reshape(free.shape)


def disjoint_blocks(starts: np.ndarray, length: int) -> np.ndarray:
    """[..., P] bool (a block may start there) -> [...]: the most blocks of
    ``length`` that fit without overlapping (taking the earliest is optimal)."""
    count = np.zeros(starts.shape[:-1], np.int64)
    free_from = np.zeros(starts.shape[:-1], np.int64)
    for t in range(starts.shape[-1]):
        take = starts[..., t] & (free_from <= t)
        count += take
        free_from = np.where(take, t + length, free_from)
    return count


def weeks_needed(c: CompiledProblem) -> np.ndarray:
    """[S] the weeks of the cycle each session is taught in: all of them for a
    weekly session, one for a fortnightly one (A or B)."""
    weeks = np.full(c.n_sessions, c.n_weeks, np.int64)
    if c.n_weeks > 1 and c.fortnightly is not None:
        weeks[c.fortnightly] = 1
    return weeks


def shortfalls(c: CompiledProblem, sessions, options: Callable[[int], np.ndarray],
               free: np.ndarray, starts: np.ndarray, length: np.ndarray | None = None,
               demand: np.ndarray | None = None) -> list[Shortfall]:
    """The demand of ``sessions`` that cannot fit into the resources.

    ``options(s)``: the resources session ``s`` can use (it needs one of them);
    ``free``: [N, T] bool, resource free and the slot a teaching period;
    ``starts``: [S, T] bool, the starts possible for each session on its own;
    ``length``/``demand``: see :class:`SessionStarts` (default: the default cut).
    In a two-week cycle the count is over the fortnight: every capacity holds
    for each of the two weeks, a weekly session needs its periods in both and
    a fortnightly one in one (:func:`weeks_needed`); so ``demand`` and ``fits``
    then count periods of the fortnight.
    """
    length = c.length if length is None else length
    periods = (length if demand is None else demand) * weeks_needed(c)
    classes = _session_classes(c, sessions, options, starts, length)
    if not classes:
        return []
    keys = list(classes)
    demand = [int(periods[classes[key]].sum()) for key in keys]
    edges = {edge: cap * c.n_weeks
             for edge, cap in _transport_edges(c, keys, [classes[key][0] for key in keys], free, starts).items()}
    nodes: dict[tuple, int] = {("source",): 0, ("sink",): 1}
    for k in range(len(keys)):
        nodes["class", k] = len(nodes)
    for u, v in edges:
        nodes.setdefault(u, len(nodes))
        nodes.setdefault(v, len(nodes))
    g = FlowGraph(len(nodes))
    supply = [g.add_edge(0, nodes["class", k], demand[k]) for k in range(len(keys))]
    for (u, v), cap in edges.items():
        g.add_edge(nodes[u], nodes[v], cap)
    if g.max_flow(0, nodes["sink",]) == sum(demand):
        return []
    out = []
    for ks in _cut_components(g, nodes, edges, keys):
        need = sum(demand[k] for k in ks)
        fits = sum(g.flow_on(supply[k]) for k in ks)
        if need > fits:
            resources = tuple(sorted({r for k in ks for r in keys[k][0]}))
            out.append(Shortfall(resources, tuple(sorted(s for k in ks for s in classes[keys[k]])),
                                 need, fits))
    return out


def _session_classes(c: CompiledProblem, sessions, options, starts: np.ndarray,
                     length: np.ndarray) -> dict[tuple, list[int]]:
    """(options, length, starts, leaves) -> the sessions that share them."""
    classes: dict[tuple, list[int]] = defaultdict(list)
    for s in sessions:
        s = int(s)
        if length[s] <= 0:
            continue
        opts = options(s)
        if len(opts) and starts[s].any():
            key = (tuple(int(r) for r in opts), int(length[s]), starts[s].tobytes(),
                   tuple(int(li) for li in c.leaves(s)))
            classes[key].append(s)
    return classes


def _transport_edges(c: CompiledProblem, keys: list[tuple], examples: list[int], free: np.ndarray,
                     starts: np.ndarray) -> dict[tuple, int]:
    """The layered network, (node, node) -> capacity:
    class -> (class, day) -> (resource, day, length) -> (resource, day) -> sink."""
    D, P = c.n_days, c.n_periods
    day_free = free.reshape(free.shape[0], D, P).sum(axis=2)
    edges: dict[tuple, int] = {}
    for length in sorted({key[1] for key in keys}):
        ks = [k for k, key in enumerate(keys) if key[1] == length]
        windows = block_windows(free, length, D, P).reshape(-1, D, P)
        resource_blocks = disjoint_blocks(windows, length)
        own = starts[[examples[k] for k in ks]].reshape(len(ks), D, P)
        # a class's sessions share their attendees: they never overlap either
        own_blocks = disjoint_blocks(own, length)
        own_blocks[[not keys[k][3] for k in ks]] = P  # (sessions without attendees may)
        pairs = [(i, r) for i, k in enumerate(ks) for r in keys[k][0]]
        rows = np.array([i for i, _ in pairs])
        res = np.array([r for _, r in pairs])
        blocks = disjoint_blocks(own[rows] & windows[res], length)
        for (i, r), per_day in zip(pairs, blocks):
            k = ks[i]
            for d in map(int, np.flatnonzero(per_day)):
                edges[("class", k), ("class", k, "day", d)] = length * int(own_blocks[i, d])
                edges[("class", k, "day", d), ("length", r, d, length)] = length * int(per_day[d])
                edges[("length", r, d, length), ("day", r, d)] = length * int(resource_blocks[r, d])
                edges[("day", r, d), ("sink",)] = int(day_free[r, d])
    return edges


def _cut_components(g: FlowGraph, nodes: dict[tuple, int], edges: dict[tuple, int],
                    keys: list[tuple]) -> list[list[int]]:
    """The classes on the source side of the minimum cut, joined when they share
    a node there, and further when they could use the same resources."""
    side = g.source_side(0)
    parent = list(range(len(nodes)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in edges:
        if side[nodes[u]] and side[nodes[v]]:
            parent[find(nodes[u])] = find(nodes[v])
    members: dict[int, list[int]] = defaultdict(list)
    for k in range(len(keys)):
        if side[nodes["class", k]]:
            members[find(nodes["class", k])].append(k)
    by_resources: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for ks in members.values():
        by_resources[tuple(sorted({r for k in ks for r in keys[k][0]}))].extend(ks)
    return list(by_resources.values())

MAX_OPTIONS = 16
"""Sessions that could use more instructors or rooms than this are left out of
the pooled checks: they are seldom what runs short, and leaving demand out
keeps the check valid (only weaker) while keeping it fast on large data."""


def teaching_slots(c: CompiledProblem) -> np.ndarray:
    """[T] bool: slots that are neither breaks nor closed."""
    return ~np.tile(c.period_is_break, c.n_days) & ~c.slot_closed


def pool_shortfalls(c: CompiledProblem, starts: SessionStarts) -> tuple[list[tuple[str, Shortfall]], set[int]]:
    """Weekly demand against free time, day by day and in whole blocks: per
    subgroup (``"leaf"``: resources hold the leaf index; only the attendees' and
    the courses' own times count), then per pool of qualified instructors
    (``"instructor"``, at the times a qualified instructor is free) and per set
    of suitable rooms (``"room"``, at the times a suitable room is free), so that
    each shortfall is named by what causes it.  Sessions with no possible start
    at all (named on their own) are left out, and demand already named from one
    side is not named again from another.  Returns the shortfalls and the
    sessions they name (the joint check of rooms and instructors,
    :mod:`schedule_engine.capacity_check`, comes after)."""
    if c.n_sessions == 0:
        return [], set()
    teaching = teaching_slots(c)
    found: list[tuple[str, Shortfall]] = []
    named: set[int] = set()

    def note(kind: str, short: Shortfall) -> None:
        if not set(short.sessions) <= named:
            found.append((kind, short))
        named.update(short.sessions)

    every = np.flatnonzero(starts.possible.any(axis=1))
    sessions_of_leaf: dict[int, list[int]] = defaultdict(list)
    for s in every:
        for li in c.leaves(s):
            sessions_of_leaf[int(li)].append(s)
    lengths = {"length": starts.length, "demand": starts.demand}
    for li, ss in sorted(sessions_of_leaf.items()):
        free = (teaching & ~c.leaf_unavail[li])[None, :]
        for short in shortfalls(c, ss, lambda s: np.zeros(1, np.int64), free, starts.own, **lengths):
            note("leaf", replace(short, resources=(li,)))

    def instructors(s: int) -> np.ndarray:
        cands = c.candidate_instructors(s)
        return cands if len(cands) <= MAX_OPTIONS else cands[:0]

    def rooms(s: int) -> np.ndarray:
        usable = np.flatnonzero(c.room_ok[s]) if c.room_ok[s].any() else np.flatnonzero(c.room_suits[s])
        return usable if len(usable) <= MAX_OPTIONS else usable[:0]

    for short in shortfalls(c, every, instructors, teaching[None, :] & ~c.instr_unavail, starts.taught,
                            **lengths):
        note("instructor", short)
    for short in co_teacher_shortfalls(c, every, teaching, starts):
        note("instructor", short)
    for short in shortfalls(c, every, rooms, teaching[None, :] & ~c.room_unavail, starts.housed,
                            **lengths):
        note("room", short)
    return found, named


def co_teacher_shortfalls(c: CompiledProblem, sessions, teaching: np.ndarray,
                          starts: SessionStarts) -> list[Shortfall]:
    """Per co-teacher: the sessions they co-teach (fixed to them, like an
    instructor who is a session's only candidate) and those they are the only
    candidate for, against their own free periods.  The pooled check above
    counts only each session's own instructor."""
    fixed: dict[int, list[int]] = defaultdict(list)
    co_taught: set[int] = set()
    for s in sessions:
        s = int(s)
        for i in c.co_instructors(s):
            fixed[int(i)].append(s)
            co_taught.add(int(i))
    if not co_taught:
        return []
    for s in sessions:
        s = int(s)
        cands = c.instructor_choices(s)
        if len(cands) == 1 and int(cands[0]) in co_taught and s not in fixed[int(cands[0])]:
            fixed[int(cands[0])].append(s)
    free = teaching[None, :] & ~c.instr_unavail
    lengths = {"length": starts.length, "demand": starts.demand}
    out = []
    for i in sorted(co_taught):
        for short in shortfalls(c, sorted(fixed[i]), lambda s, i=i: np.array([i], np.int64), free,
                                starts.taught, **lengths):
            out.append(short)
    return out
