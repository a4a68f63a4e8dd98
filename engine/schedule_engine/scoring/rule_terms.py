"""The unit counts of each rule type on :class:`~schedule_engine.scoring.rule_state.RuleState`'s
one-week timetable: the same counts as ``rules_people``, ``rules_lessons`` and ``rules_rooms``,
computed from start slots and from per-day bit masks of busy periods (bit ``p``: period ``p``).

- ``SESSION_UNITS[type](state, rule)`` -> the units of one placed session ``s``;
- ``SET_UNITS[type](state, rule, members)`` -> the units of the rule's set;
- ``PERSON_UNITS[type](state, rule)`` -> the units of one person's day masks.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations


def popcount(mask: int) -> int:
    return mask.bit_count()


def _placed(state, members: list[int]) -> list[int]:
    return [s for s in members if state.length[s] > 0 and state.slot[s] >= 0]


# -- one session ----------------------------------------------------------------------------
def _starting_times(state, rule):
    slots = set(rule.param("slots", ()))
    return lambda s: 0 if state.slot[s] in slots else 1


def _time_slots(state, rule):
    chosen = state.model.slot_masks(rule.param("slots", ()))
    P = state.P
    return lambda s: popcount(state.block_mask(s) & ~chosen[state.slot[s] // P])


def _rooms(state, rule):
    index = {r: k for k, r in enumerate(state.model.cp.room_ids)}
    chosen = {index[r] for r in rule.rooms if r in index}
    return lambda s: 0 if state.room[s] in chosen else 1


SESSION_UNITS = {"preferred_starting_times": _starting_times, "preferred_time_slots": _time_slots,
                 "preferred_rooms": _rooms}


# -- a set of sessions ----------------------------------------------------------------------
def _off_most_common(state, placed: list[int], key) -> int:
    if len(placed) < 2:
        return 0
    return len(placed) - max(Counter(key(s) for s in placed).values())


def same_starting_time(state, rule, members) -> int:
    return _off_most_common(state, _placed(state, members), lambda s: state.slot[s])


def same_day(state, rule, members) -> int:
    P = state.P
    return _off_most_common(state, _placed(state, members), lambda s: state.slot[s] // P)


def not_overlapping(state, rule, members) -> int:
    P = state.P
    units = 0
    for a, b in combinations(_placed(state, members), 2):
        if state.slot[a] // P == state.slot[b] // P:
            units += popcount(state.block_mask(a) & state.block_mask(b))
    return units


def _pairs(state, members):
    used = [s for s in members if state.length[s] > 0]
    return [(a, b) for a, b in zip(used, used[1:]) if state.slot[a] >= 0 and state.slot[b] >= 0]


def consecutive(state, rule, members) -> int:
    P, slot, length = state.P, state.slot, state.length
    return sum(1 for a, b in _pairs(state, members)
               if slot[b] != slot[a] + length[a] or slot[b] // P != slot[a] // P)


def ordered(state, rule, members) -> int:
    slot, length = state.slot, state.length
    return sum(1 for a, b in _pairs(state, members) if slot[b] < slot[a] + length[a])


def grouped(state, rule, members) -> int:
    slot, length, P = state.slot, state.length, state.P
    placed = sorted(_placed(state, members), key=lambda s: slot[s])
    if len(placed) < 2:
        return 0
    one_day = len({slot[s] // P for s in placed}) == 1
    unbroken = all(slot[a] + length[a] == slot[b] for a, b in zip(placed, placed[1:]))
    return 0 if one_day and unbroken else 1


def min_days_between(state, rule, members) -> int:
    least = int(rule.param("min_days"))
    back_to_back = bool(rule.param("consecutive_if_same_day", False))
    slot, length, P = state.slot, state.length, state.P
    units = 0
    for a, b in combinations(_placed(state, members), 2):
        apart = abs(slot[a] // P - slot[b] // P)
        if apart < least:
            units += 1
        if apart == 0 and back_to_back and slot[a] + length[a] != slot[b] and \
                slot[b] + length[b] != slot[a]:
            units += 1
    return units


def max_slots_from_selection(state, rule, members) -> int:
    most = int(rule.param("max_slots"))
    chosen = state.model.slot_masks(rule.param("slots", ()))
    used = [0] * state.D
    for s in _placed(state, members):
        d = state.slot[s] // state.P
        used[d] |= state.block_mask(s) & chosen[d]
    return max(0, sum(popcount(m) for m in used) - most)


def max_different_rooms(state, rule, members) -> int:
    most = int(rule.param("max_rooms"))
    rooms = {state.room[s] for s in _placed(state, members) if state.room[s] >= 0}
    return max(0, len(rooms) - most)


SET_UNITS = {"same_starting_time": same_starting_time, "same_day": same_day,
             "not_overlapping": not_overlapping, "consecutive": consecutive, "ordered": ordered,
             "grouped": grouped, "min_days_between": min_days_between,
             "max_slots_from_selection": max_slots_from_selection,
             "max_different_rooms": max_different_rooms}


def ends_day_units(state, s: int) -> int:
    """1 when another session of one of s's leaves follows s in its day."""
    if state.slot[s] < 0 or state.length[s] <= 0:
        return 0
    cells = state.cells(s)
    last = cells[-1]
    end = (last // state.P + 1) * state.P
    index = state.model.leaf_index
    for leaf in state.model.session_leaves[s]:
        count = state.leaf_count[index[leaf]]
        if any(count[c] > 0 for c in range(last + 1, end)):
            return 1
    return 0


# -- one person -----------------------------------------------------------------------------
def _gaps_of(teach: list[int]):
    """gaps(day, mask): teaching periods left free between the first and last busy period."""
    cache: dict[tuple[int, int], int] = {}

    def gaps(d: int, m: int) -> int:
        key = (d, m)
        if key not in cache:
            if m == 0:
                cache[key] = 0
            else:
                first, last = (m & -m).bit_length() - 1, m.bit_length() - 1
                between = ((1 << last) - 1) & ~((1 << (first + 1)) - 1)
                cache[key] = popcount(teach[d] & between & ~m)
        return cache[key]

    return gaps


def _runs_over(m: int, most: int) -> int:
    units = 0
    while m:
        low = m & -m
        run = ((m + low) ^ m) & m  # the lowest run of set bits (m + low clears it)
        units += max(0, popcount(run) - most)
        m &= ~run
    return units


def _max_days(state, rule):
    most = int(rule.param("max_days"))
    return lambda masks: max(0, sum(1 for m in masks if m) - most)


def _min_days(state, rule):
    least = int(rule.param("min_days"))
    return lambda masks: max(0, least - sum(1 for m in masks if m))


def _half_days(param: str):
    def make(state, rule):
        most = int(rule.param(param))
        chosen = state.model.slot_masks(rule.param("slots", ()))
        return lambda masks: max(0, sum(1 for m, c in zip(masks, chosen) if m & c) - most)
    return make


def _max_periods(state, rule):
    most = int(rule.param("max_periods"))
    return lambda masks: sum(max(0, popcount(m) - most) for m in masks)


def _min_periods(state, rule):
    least = int(rule.param("min_periods"))
    allow_empty = bool(rule.param("allow_empty_days", True))

    def units(masks):
        out = 0
        for m in masks:
            n = popcount(m)
            if n < least and (n > 0 or not allow_empty):
                out += least - n
        return out
    return units


def _gaps_per_day(state, rule):
    most = int(rule.param("max_gaps"))
    gaps = _gaps_of(state.model.teach)
    return lambda masks: sum(max(0, gaps(d, m) - most) for d, m in enumerate(masks))


def _gaps_per_week(state, rule):
    most = int(rule.param("max_gaps"))
    gaps = _gaps_of(state.model.teach)
    return lambda masks: max(0, sum(gaps(d, m) for d, m in enumerate(masks)) - most)


def _in_a_row(state, rule):
    most = int(rule.param("max_periods"))
    return lambda masks: sum(_runs_over(m, most) for m in masks)


def _early_start(state, rule):
    allowance = int(rule.param("max_second_period_starts", 0))
    teach = state.model.teach

    def units(masks):
        second = late = 0
        for d, m in enumerate(masks):
            if m:
                before = popcount(teach[d] & ((m & -m) - 1))
                second += before == 1
                late += before > 1
        return late + max(0, second - allowance)
    return units


def _inside(state, rule):
    chosen = state.model.slot_masks(rule.param("slots", ()))
    return lambda masks: sum(popcount(m & c) for m, c in zip(masks, chosen))


def _outside(state, rule):
    chosen = state.model.slot_masks(rule.param("slots", ()))
    return lambda masks: sum(popcount(m & ~c) for m, c in zip(masks, chosen))


PERSON_UNITS = {"max_days_per_week": _max_days, "min_days_per_week": _min_days,
                "max_days_in_slots": _half_days("max_days"),
                "max_afternoons_per_week": _half_days("max_afternoons"),
                "max_mornings_per_week": _half_days("max_mornings"),
                "max_periods_per_day": _max_periods, "min_periods_per_day": _min_periods,
                "max_gaps_per_day": _gaps_per_day, "max_gaps_per_week": _gaps_per_week,
                "max_periods_in_a_row": _in_a_row, "early_start": _early_start,
                "not_available": _inside, "preferred_times": _outside, "undesired_times": _inside}
