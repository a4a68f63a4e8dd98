"""Maximum flow on a small directed graph (Dinic's algorithm), with the
source side of a minimum cut.  Used by the capacity checks of ``validate``;
their graphs have a few thousand edges, so plain Python lists suffice."""

from __future__ import annotations

from collections import deque


class FlowGraph:
    """Nodes are ``0 .. n-1``; edges are added with ``add_edge``."""

    def __init__(self, n: int):
        self.n = n
        self.adj: list[list[int]] = [[] for _ in range(n)]
        self.head: list[int] = []  # edge -> node it points to
        self.cap: list[int] = []  # residual capacity; edge ^ 1 is its reverse

    def add_edge(self, u: int, v: int, capacity: int) -> int:
        """Adds u -> v; returns the edge's index (its flow is ``flow_on(index)``)."""
        e = len(self.head)
        self.adj[u].append(e)
        self.head.append(v)
        self.cap.append(int(capacity))
        self.adj[v].append(e + 1)
        self.head.append(u)
        self.cap.append(0)
        return e

    def flow_on(self, edge: int) -> int:
        return self.cap[edge ^ 1]

    def _levels(self, source: int, sink: int) -> list[int] | None:
        level = [-1] * self.n
        level[source] = 0
        queue = deque([source])
        while queue:
            u = queue.popleft()
            for e in self.adj[u]:
                v = self.head[e]
                if self.cap[e] > 0 and level[v] < 0:
                    level[v] = level[u] + 1
                    queue.append(v)
        return level if level[sink] >= 0 else None

    def _augment(self, source: int, sink: int, level: list[int], nxt: list[int]) -> int:
        """One augmenting path along the level graph (iterative depth-first search)."""
        path: list[int] = []
        u = source
        while True:
            if u == sink:
                pushed = min(self.cap[e] for e in path)
                for e in path:
                    self.cap[e] -= pushed
                    self.cap[e ^ 1] += pushed
                return pushed
            edges = self.adj[u]
            while nxt[u] < len(edges):
                e = edges[nxt[u]]
                v = self.head[e]
                if self.cap[e] > 0 and level[v] == level[u] + 1:
                    break
                nxt[u] += 1
            if nxt[u] < len(edges):
                e = edges[nxt[u]]
                path.append(e)
                u = self.head[e]
                continue
            if not path:  # the source is exhausted
                return 0
            level[u] = -1  # dead end: never enter it again in this phase
            e = path.pop()
            u = self.head[e ^ 1]
            nxt[u] += 1

    def max_flow(self, source: int, sink: int) -> int:
        total = 0
        while (level := self._levels(source, sink)) is not None:
            nxt = [0] * self.n
            while pushed := self._augment(source, sink, level, nxt):
                total += pushed
        return total

    def source_side(self, source: int) -> list[bool]:
        """After ``max_flow``: the nodes still reachable from the source in the
        residual graph (the source side of a minimum cut)."""
        seen = [False] * self.n
        seen[source] = True
        queue = deque([source])
        while queue:
            u = queue.popleft()
            for e in self.adj[u]:
                v = self.head[e]
                if self.cap[e] > 0 and not seen[v]:
                    seen[v] = True
                    queue.append(v)
        return seen
