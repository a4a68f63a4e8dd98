"""Where the cards of one day sit side by side, for one week or for both.

In a one-week view every overlapping card takes a lane of the whole cell
(:func:`assign_lanes`).  In the combined view of a two-week cycle a cell has
two halves: sessions of the first week (A) sit in the left half, those of the
second week (B) in the right half, and a session taught every week spans the
whole cell.  Where a weekly session overlaps one of a single week (parallel
subgroups, or a clash in that week), the weekly session is shown in both
halves, beside the sessions of each week, so that none hides another.
"""

from __future__ import annotations

from schedule_engine.export.views import Entry

WHOLE, FIRST_HALF, SECOND_HALF = 0, 1, 2
"""A card's horizontal place: the whole cell, the left (week A) or the right (week B) half."""


def _ordered(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.start_period, -e.length, e.course_id, e.session_id))


def assign_lanes(entries: list[Entry]) -> list[tuple[Entry, int, int]]:
    """Side-by-side lanes for overlapping entries of one day: (entry, lane, lanes)."""
    lane_end: list[int] = []
    placed: list[tuple[Entry, int]] = []
    for e in _ordered(entries):
        lane = next((k for k, end in enumerate(lane_end) if end < e.start_period), len(lane_end))
        if lane == len(lane_end):
            lane_end.append(e.end_period)
        else:
            lane_end[lane] = e.end_period
        placed.append((e, lane))
    out = []
    for e, lane in placed:
        overlapping = [lane2 for e2, lane2 in placed
                       if e2.start_period <= e.end_period and e.start_period <= e2.end_period]
        out.append((e, lane, max(overlapping) + 1))
    return out


def clusters(entries: list[Entry]) -> list[list[Entry]]:
    """The entries of a day in groups that overlap in time (transitively)."""
    out: list[list[Entry]] = []
    end = -1
    for e in _ordered(entries):
        if out and e.start_period <= end:
            out[-1].append(e)
            end = max(end, e.end_period)
        else:
            out.append([e])
            end = e.end_period
    return out


def assign_week_lanes(entries: list[Entry], combined: bool) -> list[tuple[Entry, int, int, int]]:
    """(entry, lane, lanes, half) for the cards of one day.  ``combined``: the
    view shows both weeks of a two-week cycle, in halves of the cell (a weekly
    session overlapping a single-week one gets a card in each half)."""
    if not combined:
        return [(e, lane, lanes, WHOLE) for e, lane, lanes in assign_lanes(entries)]
    out: list[tuple[Entry, int, int, int]] = []
    for group in clusters(entries):
        mixed = any(e.week == 0 for e in group) and any(e.week != 0 for e in group)
        for half in (WHOLE, FIRST_HALF, SECOND_HALF):
            if mixed:
                mine = [e for e in group if e.week in (0, half)] if half else []
            else:
                mine = [e for e in group if e.week == half]
            out += [(e, lane, lanes, half) for e, lane, lanes in assign_lanes(mine)]
    return out
