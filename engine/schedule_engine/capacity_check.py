"""The whole capacity check: single pools (:mod:`schedule_engine.capacity`),
then rooms and instructors together (:mod:`schedule_engine.capacity_joint`)."""

from __future__ import annotations

from schedule_engine.capacity import SessionStarts, Shortfall, pool_shortfalls
from schedule_engine.capacity_joint import joint_shortfalls
from schedule_engine.compiled import CompiledProblem


def capacity_shortfalls(c: CompiledProblem, starts: SessionStarts) -> list[tuple[str, Shortfall]]:
    """Weekly demand against free time, day by day and in whole blocks: per
    subgroup, per pool of qualified instructors, per set of suitable rooms, and
    last (``"joint"``) for sections whose pools of rooms and instructors are
    both small; demand named once is not named again."""
    found, named = pool_shortfalls(c, starts)
    for short in joint_shortfalls(c, named):
        if not set(short.sessions) <= named:
            found.append(("joint", short))
        named.update(short.sessions)
    return found
