"""Remedy: open the fewest periods of a resource's unavailable time, next to
the times already open, at times the sessions short of room could use."""

from __future__ import annotations

import numpy as np

from schedule_engine.capacity import teaching_slots
from schedule_engine.remedies.base import EntityEdit, Remedy, make_remedy
from schedule_engine.remedies.case import Case
from schedule_engine.remedies.verify import Checker, neighbour_courses
from schedule_engine.remedies.words import periods, slots_text

MAX_ENTITIES = 3
"""Members of a pool tried, the ones with the most time that could open first."""


def _targets(case: Case) -> list[tuple[str, str]]:
    c = case.compiled
    if case.kind == "instructor":
        return [("instructor", i) for i in case.resource_ids()]
    if case.kind == "room":
        return [("room", r) for r in case.resource_ids()]
    if case.kind == "joint":
        return [("instructor", i) for i in case.resource_ids()] + [("room", r) for r in case.room_ids()]
    return list(dict.fromkeys(("group", c.problem.groups[int(c.leaf_group[li])].id)
                              for li in case.shortfall.resources))


def _usable(case: Case) -> np.ndarray:
    c = case.compiled
    if case.kind != "leaf":
        return case.usable_slots()
    # the group's own closed times are what runs short: any slot the courses may use
    return ~c.session_unavail[list(case.shortfall.sessions)].all(axis=0)


def opening_order(grid_periods: int, open_: np.ndarray, candidates: list[int]) -> list[int]:
    """``candidates`` (closed slots) in the order to open them: always the one
    nearest to an open slot of its day, earlier first on ties."""
    is_open = open_.copy()
    left = list(candidates)
    order = []
    while left:
        def distance(t: int) -> tuple[int, int]:
            day = t // grid_periods
            row = np.flatnonzero(is_open[day * grid_periods:(day + 1) * grid_periods])
            gap = int(np.abs(row - t % grid_periods).min()) if len(row) else grid_periods
            return gap, t
        best = min(left, key=distance)
        left.remove(best)
        is_open[best] = True
        order.append(best)
    return order


def touches_open(n_periods: int, open_: np.ndarray, slots: list[int]) -> bool:
    """Every run of ``slots`` lies next to a slot already open on its day."""
    opened = set(slots)
    for t in slots:
        for u in (t - 1, t + 1):
            if u // n_periods == t // n_periods and 0 <= u < len(open_) and open_[u] and u not in opened:
                break
        else:
            continue
        opened -= _run_of(n_periods, opened, t)
    return not opened


def _run_of(n_periods: int, slots: set[int], t: int) -> set[int]:
    run = {t}
    for step in (-1, 1):
        u = t + step
        while u in slots and u // n_periods == t // n_periods:
            run.add(u)
            u += step
    return run


def _remedy(case: Case, kind: str, entity_id: str, slots: list[int], open_: np.ndarray) -> Remedy:
    grid = case.problem.time_grid
    whose = {"instructor": f"instructor {entity_id}'s time", "room": f"room {entity_id}'s opening hours",
             "group": f"group {entity_id}'s free time"}[kind]
    edit = EntityEdit(kind, entity_id, "unavailable", "open_slots", tuple(sorted(slots)),
                      f"available at {slots_text(grid, slots)}")
    where = ", next to the times already open" if touches_open(grid.n_periods, open_, slots) else ""
    text = f"Open {periods(len(slots))} of {whose}{where}: {slots_text(grid, slots)}."
    return make_remedy("open_time", text, (edit,), case.diagnostic, len(slots))


def open_time_remedies(case: Case, checker: Checker) -> list[Remedy]:
    c = case.compiled
    teaching = teaching_slots(c)
    usable = _usable(case) & teaching
    courses = neighbour_courses(case)
    options = []
    for kind, entity_id in _targets(case):
        entity = {"instructor": c.problem.instructors, "room": c.problem.rooms,
                  "group": c.problem.groups}[kind]
        closed = next(e for e in entity if e.id == entity_id).unavailable
        candidates = [t for t in sorted(closed) if 0 <= t < c.n_slots and usable[t]]
        if candidates:
            open_ = teaching & ~np.isin(np.arange(c.n_slots), list(closed))
            options.append((kind, entity_id, open_, opening_order(c.n_periods, open_, candidates)))
    options.sort(key=lambda o: -len(o[3]))
    found = []
    for kind, entity_id, open_, order in options[:MAX_ENTITIES]:
        remedy = _fewest(case, checker, kind, entity_id, open_, order, courses)
        if remedy is not None:
            found.append(remedy)
    return sorted(found, key=lambda r: r.cost)


def _fewest(case: Case, checker: Checker, kind: str, entity_id: str, open_: np.ndarray, order: list[int],
            courses: set[str]) -> Remedy | None:
    """The shortest opening prefix that passes; more open time never hurts, so a
    binary search over the prefix length finds it."""
    def remedy(k: int) -> Remedy:
        return _remedy(case, kind, entity_id, order[:k], open_)

    hi = len(order)
    if not checker.quick(remedy(hi), courses):
        return None
    lo = min(max(1, -(-case.deficit // case.compiled.n_weeks)), hi)  # (a slot opens in every week)
    while lo < hi:
        mid = (lo + hi) // 2
        if checker.quick(remedy(mid), courses):
            hi = mid
        else:
            lo = mid + 1
    for k in dict.fromkeys((lo, len(order))):
        if checker.full(remedy(k)):
            return remedy(k)
    return None
