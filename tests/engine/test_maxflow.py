"""Maximum flow against a brute-force minimum cut on small random graphs."""

from __future__ import annotations

import itertools
import random

import pytest

from schedule_engine.maxflow import FlowGraph


def brute_min_cut(n: int, edges: list[tuple[int, int, int]]) -> int:
    inner = range(1, n - 1)
    best = None
    for k in range(len(inner) + 1):
        for chosen in itertools.combinations(inner, k):
            side = {0, *chosen}
            cut = sum(c for u, v, c in edges if u in side and v not in side)
            best = cut if best is None else min(best, cut)
    return best


@pytest.mark.parametrize("seed", range(40))
def test_max_flow_equals_min_cut(seed):
    rng = random.Random(seed)
    n = rng.randint(2, 7)
    edges = [(u, v, rng.randint(0, 9)) for u in range(n) for v in range(n)
             if u != v and rng.random() < 0.45]
    g = FlowGraph(n)
    ids = [g.add_edge(u, v, c) for u, v, c in edges]
    flow = g.max_flow(0, n - 1)
    assert flow == brute_min_cut(n, edges)
    # the flow is a flow: within capacity, conserved at inner nodes
    net = [0] * n
    for (u, v, c), e in zip(edges, ids):
        assert 0 <= g.flow_on(e) <= c
        net[u] -= g.flow_on(e)
        net[v] += g.flow_on(e)
    assert all(x == 0 for x in net[1:-1]) and net[-1] == flow
    # the source side of the cut is a minimum cut
    side = g.source_side(0)
    assert not side[n - 1]
    assert sum(c for u, v, c in edges if side[u] and not side[v]) == flow
