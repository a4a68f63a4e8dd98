"""The starts a shortfall's case counts for a section with several allowed
block patterns: the periods any of its patterns' blocks may cover, on its
first piece (the capacity check counts the section there, in single periods)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from schedule_engine.capacity import block_windows, cover
from schedule_engine.diagnostics import validate
from schedule_engine.model import Course, Instructor
from schedule_engine.remedies.case import shortfall_cases
from tiny_problem import ALL_SLOTS, GRID, LECTURE, problem


def short_of_teaching(patterns: tuple[tuple[int, ...], ...], group_busy: frozenset[int]):
    """C1's two lecture periods, cut by ``patterns``, taught by I1, who is free
    in the first slot only (so the lecture is one period short)."""
    lecture = replace(LECTURE, periods_per_week=2, patterns=patterns)
    p = problem(courses=(Course("C1", "Course one", (lecture,)),),
                instructors=(Instructor("I1", "Ada", frozenset({("C1", "lecture")}), ALL_SLOTS - {0}),))
    group = replace(p.groups[0], unavailable=group_busy)
    p = replace(p, groups=(group,))
    [case] = shortfall_cases(p, validate(p))
    return case


def expected_cover(length: int, busy: frozenset[int]) -> np.ndarray:
    """The periods blocks of ``length`` may cover where the group is free (by hand from the grid)."""
    free = np.array([t not in busy for t in range(GRID.n_slots)])[None, :]
    return cover(block_windows(free, length, len(GRID.days), len(GRID.periods))[0], length)


def test_a_multi_pattern_section_counts_what_its_blocks_may_cover_on_its_first_piece():
    busy = frozenset({1})  # Mon 10:00: a 2-block fits on Tuesday only, single periods elsewhere
    case = short_of_teaching(((2,), (1, 1)), busy)
    first, second = (case.compiled.session_index[f"C1|lecture|G|{k}"] for k in (0, 1))
    want = expected_cover(2, busy) | expected_cover(1, busy)
    assert np.flatnonzero(case.own[first]).tolist() == [0, 2, 3, 4, 5]
    assert np.array_equal(case.own[first], want)
    assert int(case.length[first]) == 1 and int(case.length[second]) == 0
    assert not case.own[second].any()
    assert np.flatnonzero(case.usable_slots()).tolist() == [0, 2, 3, 4, 5]


def test_a_pattern_of_long_blocks_only_covers_the_periods_its_blocks_reach():
    busy = frozenset({1, 4})  # Mon 10:00 and Tue 10:00: no 2-block fits on either day
    case = short_of_teaching(((2,), (1, 1)), busy)
    first = case.compiled.session_index["C1|lecture|G|0"]
    assert np.flatnonzero(case.own[first]).tolist() == [0, 2, 3, 5]
    assert np.array_equal(case.own[first], expected_cover(1, busy))


def test_a_one_pattern_section_counts_its_blocks_starts():
    busy = frozenset({1})
    case = short_of_teaching(((1, 1),), busy)
    pieces = [case.compiled.session_index[f"C1|lecture|G|{k}"] for k in (0, 1)]
    for s in pieces:
        assert int(case.length[s]) == 1
        assert np.flatnonzero(case.own[s]).tolist() == [0, 2, 3, 4, 5]
