"""Timetable views: entries, week grids, entities and unplaced sessions."""

from __future__ import annotations

import pytest
from export_samples import PLACEMENT, random_solution, sample_problem, sample_solution

from schedule_engine.export.views import (
    entities,
    entity_grid,
    timetable_entries,
    unplaced,
    unplaced_warnings,
)
from schedule_engine.model import Assignment, Solution


def test_entries_resolve_names_times_and_days():
    problem = sample_problem()
    entries = {e.session_id: e for e in timetable_entries(problem, sample_solution())}
    assert set(entries) == set(PLACEMENT)
    practical = entries["C1|practical|G1b|0"]
    assert (practical.day, practical.day_name, practical.start_period, practical.length) == (1, "Tuesday", 4, 2)
    assert (practical.start_time, practical.end_time) == ("12:00", "13:50")
    assert (practical.room_id, practical.room_name) == ("L1", "Lab 1")
    assert (practical.instructor_id, practical.instructor_name) == ("I2", "Alan Turing")
    assert practical.groups == ("G1b",)
    joint = entries["C2|lecture|G1+G2|0"]
    assert joint.groups == ("G1", "G2") and joint.course_title == "Maths & Logic"
    assert entries["C3|lecture|G2|0"].pin_time and not entries["C1|lecture|G1|0"].pin_time


def test_entries_are_ordered_by_day_then_period():
    entries = timetable_entries(sample_problem(), sample_solution())
    keys = [(e.day, e.start_period) for e in entries]
    assert keys == sorted(keys)


def test_group_grid_holds_subgroup_sessions_and_merges_blocks():
    problem = sample_problem()
    grid = entity_grid(problem, sample_solution(), "group", "G1")
    assert [e.session_id for e in grid.at(1, 0)] == ["C1|practical|G1a|0"]
    assert [e.session_id for e in grid.at(1, 5)] == ["C1|practical|G1b|0"]
    assert [e.course_id for e in grid.at(0, 2)] == ["C2"]  # joint lecture with G2
    assert grid.at(0, 4) == [] and grid.at(4, 0) == []
    runs = grid.day_runs(1)
    assert [(r.start_period, r.length, len(r.entries)) for r in runs] == [
        (0, 2, 1), (2, 1, 0), (3, 1, 0), (4, 2, 1)]
    assert sum(r.length for r in grid.day_runs(0)) == len(problem.time_grid.periods)
    assert {e.session_id for e in grid.entries()} == {
        "C1|lecture|G1|0", "C1|lecture|G1|1", "C1|practical|G1a|0", "C1|practical|G1b|0", "C2|lecture|G1+G2|0"}


def test_instructor_and_room_grids():
    problem, solution = sample_problem(), sample_solution()
    ada = entity_grid(problem, solution, "instructor", "I1")
    assert {(e.day, e.start_period) for e in ada.entries()} == {(0, 0), (2, 1), (0, 5)}
    lab = entity_grid(problem, solution, "room", "L1")
    assert {e.session_id for e in lab.entries()} == {"C1|practical|G1a|0", "C1|practical|G1b|0"}
    assert entity_grid(problem, solution, "instructor", "I3").entries() == []


def test_entities_list_groups_not_subgroups():
    problem = sample_problem()
    assert [e.id for e in entities(problem, "group")] == ["G1", "G2"]
    assert [e.label for e in entities(problem, "instructor")][0] == "Ada Byron (I1)"
    assert [e.id for e in entities(problem, "room")] == ["R1", "R2", "L1"]
    with pytest.raises(ValueError, match="unknown entity kind"):
        entities(problem, "subgroup")


def test_clash_marks_only_real_clashes_in_a_group_view():
    problem = sample_problem()
    # G1a practical and G1b practical in parallel: no clash; a whole-group lecture with them: clash.
    solution = Solution((
        Assignment("C1|practical|G1a|0", 6, "L1", "I2"),
        Assignment("C1|practical|G1b|0", 6, "R2", "I1"),
        Assignment("C1|lecture|G1|0", 13, "R1", "I1"),
        Assignment("C1|lecture|G1|1", 13, "R2", "I2"),
    ))
    grid = entity_grid(problem, solution, "group", "G1")
    assert not grid.is_clash(grid.at(1, 0))
    assert grid.is_clash(grid.at(2, 1))
    room_grid = entity_grid(problem, solution, "room", "L1")
    assert not room_grid.is_clash(room_grid.at(1, 0))


def test_unplaced_and_out_of_grid_slots():
    problem = sample_problem()
    solution = Solution((
        *[a for a in sample_solution().assignments if a.session_id not in ("C3|lecture|G2|0", "C1|lecture|G1|1")],
        Assignment("C3|lecture|G2|0"),
        Assignment("C1|lecture|G1|1", slot=999, room="R1", instructor="I1"),
    ))
    assert [s.id for s in unplaced(problem, solution)] == ["C1|lecture|G1|1", "C3|lecture|G2|0"]
    assert len(timetable_entries(problem, solution)) == len(PLACEMENT) - 2
    warnings = unplaced_warnings(problem, solution)
    assert warnings == ["Not placed: C1 lecture, G1, block 2 (1 period)",
                        "Not placed: C3 lecture, G2, block 1 (1 period)"]


def test_no_solution_means_everything_unplaced():
    problem = sample_problem()
    assert timetable_entries(problem, None) == []
    assert len(unplaced(problem, None)) == len(PLACEMENT)


def test_random_timetable_on_the_demo_grids_cover_every_entry(demo_problem):
    from schedule_engine.sessions import derive_sessions

    solution = random_solution(demo_problem, seed=7)
    entries = timetable_entries(demo_problem, solution)
    missing = unplaced(demo_problem, solution)
    assert len(entries) + len(missing) == len(derive_sessions(demo_problem))
    for kind in ("group", "instructor", "room"):
        seen: dict[str, int] = {}
        for ref in entities(demo_problem, kind):
            grid = entity_grid(demo_problem, solution, kind, ref.id, entries=entries)
            for d in range(len(grid.days)):
                assert sum(r.length for r in grid.day_runs(d)) == len(grid.periods)
                for p in range(len(grid.periods)):
                    for entry in grid.at(d, p):
                        assert entry.day == d and p in entry.periods
                        seen[entry.session_id] = seen.get(entry.session_id, 0) + 1
        expected: dict[str, int] = {}
        for entry in entries:
            if kind == "group":
                n_views = len({g.id for g in demo_problem.groups
                               if {g.id, *(s.id for s in g.subgroups)} & set(entry.groups)})
            else:
                n_views = int(bool(entry.instructor_id if kind == "instructor" else entry.room_id))
            if n_views:
                expected[entry.session_id] = entry.length * n_views
        assert seen == expected, kind
