"""Block patterns: the ways a component's weekly periods may be cut into blocks.

A *pattern* is a tuple of block lengths, longest first, that adds up to the
component's weekly periods (12 periods: ``(6, 6)``, ``(8, 4)``, ``(4, 4, 4)`` ...).
The solver chooses a section's pattern; the first allowed pattern is the
*default cut*, which is what a timetable that records no lengths means.

Which patterns are allowed:

- ``blocks`` set: that one pattern (a fixed cut);
- ``patterns`` set: those patterns, in the order given (the first is the default);
- otherwise every cut into blocks from the minimum to the maximum block
  length.  Defaults: lectures and tutorials 1 to 1 (single periods);
  practicals from ``ceil(stretch / 2)`` (at least 2, at most the weekly
  periods) to ``stretch``, the longest teaching stretch of a day.  So a
  2-period lab stays one block, and 12 periods with a stretch of 8 may be
  taught 6+6, 8+4, 7+5 or 4+4+4.  Today's cut (the fewest equal blocks that
  fit a day) is always the default when no field is given.

At most :data:`MAX_PATTERNS` patterns are offered per component: fewest
blocks first, then longest first block.
"""

from __future__ import annotations

import math
from typing import Iterator

from schedule_engine.model import CourseComponent, TimeGrid

MAX_PATTERNS = 12
"""The most patterns enumerated for one component (the default cut included)."""


def longest_stretch(grid: TimeGrid) -> int:
    """The most consecutive teaching (non-break) periods in a day."""
    best = run = 0
    for period in grid.periods:
        run = 0 if period.is_break else run + 1
        best = max(best, run)
    return best


def equal_cut(n: int, stretch: int) -> tuple[int, ...]:
    """The fewest near-equal blocks of at most ``stretch`` periods, longest first."""
    parts = math.ceil(n / max(1, stretch))
    base, extra = divmod(n, parts)
    return tuple(base + 1 if i < extra else base for i in range(parts))


def block_range(component: CourseComponent, grid: TimeGrid) -> tuple[int, int]:
    """(min, max) block length of the component, defaults filled in."""
    n = int(component.periods_per_week)
    stretch = max(1, longest_stretch(grid))
    if component.session_type == "practical":
        lo, hi = min(n, max(2, math.ceil(stretch / 2))), stretch
    else:
        lo, hi = 1, 1
    if component.min_block is not None:
        lo = int(component.min_block)
    if component.max_block is not None:
        hi = int(component.max_block)
    return max(1, lo), max(1, hi)


def _cuts(n: int, parts: int, lo: int, hi: int) -> Iterator[tuple[int, ...]]:
    """Cuts of n into exactly ``parts`` blocks in [lo, hi], non-increasing."""
    if parts == 0:
        if n == 0:
            yield ()
        return
    for first in range(min(hi, n - lo * (parts - 1)), lo - 1, -1):
        if first * parts < n:
            break
        for rest in _cuts(n - first, parts - 1, lo, first):
            yield (first,) + rest


def enumerate_cuts(n: int, lo: int, hi: int, limit: int = MAX_PATTERNS) -> list[tuple[int, ...]]:
    """Up to ``limit`` cuts of n into blocks of lo..hi periods, fewest blocks first."""
    out: list[tuple[int, ...]] = []
    if n <= 0 or lo > hi:
        return out
    for parts in range(math.ceil(n / hi), n // lo + 1):
        for cut in _cuts(n, parts, lo, hi):
            out.append(cut)
            if len(out) >= limit:
                return out
    return out


def allowed_patterns(component: CourseComponent, grid: TimeGrid) -> tuple[tuple[int, ...], ...]:
    """The component's allowed patterns, the default cut first; () when it has no periods."""
    n = int(component.periods_per_week)
    if n <= 0:
        return ()
    if component.blocks:
        return (tuple(component.blocks),)
    if component.patterns:
        return tuple(dict.fromkeys(tuple(p) for p in component.patterns))
    stretch = max(1, longest_stretch(grid))
    practical = component.session_type == "practical"
    explicit = component.min_block is not None or component.max_block is not None
    today = equal_cut(n, stretch) if practical else (1,) * n
    if not explicit and not practical:
        return (today,)
    lo, hi = block_range(component, grid)
    cuts = enumerate_cuts(n, lo, min(hi, stretch))
    if explicit:
        return tuple(cuts) or (today,)
    return tuple(dict.fromkeys([today] + cuts))[:MAX_PATTERNS]


def parse_patterns(text: str) -> tuple[tuple[int, ...], ...]:
    """``"3+3; 2+2+2"`` -> ((3, 3), (2, 2, 2)); raises ValueError naming the bad part."""
    out = []
    for part in text.replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        try:
            blocks = tuple(int(b) for b in part.split("+"))
        except ValueError:
            raise ValueError(f"'{part}' is not a pattern such as 3+3") from None
        if any(b < 1 for b in blocks):
            raise ValueError(f"'{part}' has a block shorter than one period")
        out.append(blocks)
    return tuple(out)


def format_patterns(patterns: tuple[tuple[int, ...], ...]) -> str:
    return "; ".join("+".join(str(b) for b in p) for p in patterns)
