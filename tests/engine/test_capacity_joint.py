"""The joint check of rooms and instructors (small pools of both), the capacity
count over a two-week cycle, and the slots a remedy case reads for a section
with several patterns."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from schedule_engine.capacity_joint import joint_shortfalls
from schedule_engine.compiled import compile_problem
from schedule_engine.diagnostics import SHORTFALL_CODES, validate
from schedule_engine.model import (
    Assignment, Course, CourseComponent, Group, Instructor, Period, Problem, Room, Solution, TimeGrid,
)
from schedule_engine.remedies import apply_remedy, suggest
from schedule_engine.remedies.case import shortfall_cases
from schedule_engine.remedies.verify import clears
from schedule_engine.scoring import evaluate

GRID = TimeGrid(days=("Mon", "Tue"), periods=tuple(Period(str(k + 1), f"{9 + k:02d}:00", f"{10 + k:02d}:00")
                                                   for k in range(4)))
EVERY = frozenset(range(GRID.n_slots))
MONDAY = frozenset(range(4))


def studio(course: str, periods: int, patterns: tuple[tuple[int, ...], ...] = ()) -> Course:
    comp = CourseComponent("practical", periods, room_type="studio", blocks=(periods,) if not patterns else (),
                           patterns=patterns)
    return Course(course, f"Studio {course}", (comp,))


def three_studios(c3_patterns: tuple[tuple[int, ...], ...] = ()) -> Problem:
    """Two studios, open all week; three teachers free on Monday only (I3 also on
    Tuesday morning): C1 (4 periods) and C2 (2) leave a 2-period gap on Monday,
    too short for C3's 4-period block."""
    return Problem(
        name="studios", time_grid=GRID,
        rooms=(Room("S1", "Studio 1", 20, "studio"), Room("S2", "Studio 2", 20, "studio")),
        instructors=(Instructor("I1", "Ada", frozenset({("C1", "practical")}), EVERY - MONDAY),
                     Instructor("I2", "Bo", frozenset({("C2", "practical")}), EVERY - MONDAY),
                     Instructor("I3", "Cy", frozenset({("C3", "practical")}), EVERY - MONDAY - {4, 5})),
        groups=tuple(Group(f"G{k}", f"G{k}", 10, (f"C{k}",)) for k in (1, 2, 3)),
        courses=(studio("C1", 4), studio("C2", 2), studio("C3", 4, c3_patterns)),
    )


def errors(problem: Problem):
    return [d for d in validate(problem) if d.severity == "error"]


def test_rooms_and_teachers_free_together_too_seldom_are_named():
    [d] = errors(three_studios())
    assert (d.code, d.entity, d.field) == ("room_instructor_shortage", "rooms S1, S2", "unavailable")
    assert d.code in SHORTFALL_CODES
    assert d.sessions == ("C1|practical|G1|0", "C2|practical|G2|0", "C3|practical|G3|0")
    assert d.message == (
        "Sessions that need one of rooms S1, S2 and one of instructors I1, I2, I3 (C1 practical, C2 practical, "
        "C3 practical) need 10 periods a week in the blocks of their allowed patterns, but no placement of "
        "these blocks finds a suitable room and a qualified instructor free for each of them: at most 9 fit.  "
        "Room-and-instructor periods free together in a week, by day: Mon 8, Tue 2.")


def test_each_pool_on_its_own_has_room_enough():
    # the pooled checks, one kind of resource at a time, see no shortfall: only the joint one does
    c = compile_problem(three_studios())
    assert [(sorted(c.sessions[s].id for s in x.sessions), x.demand, x.fits)
            for x in joint_shortfalls(c)] == [(["C1|practical|G1|0", "C2|practical|G2|0", "C3|practical|G3|0"],
                                               10, 9)]


def test_no_shortfall_that_another_allowed_pattern_removes():
    # C3 cut 2+2: one block in the Monday gap, one on Tuesday morning
    assert errors(three_studios(c3_patterns=((4,), (2, 2)))) == []


def test_every_remedy_of_a_joint_shortfall_removes_it():
    problem = three_studios()
    before = validate(problem)
    [d] = [x for x in suggest(problem) if x.code == "room_instructor_shortage"]
    assert d.remedies
    assert d.remedies[0].kind == "open_time"
    assert "Open 2 periods of instructor I3's time, next to the times already open: Tue 11:00-13:00." in [
        r.text for r in d.remedies]
    for remedy in d.remedies:
        assert clears(before[0], before, validate(apply_remedy(problem, remedy))), remedy.text


# -- soundness: a planted timetable never gets a joint shortfall -------------------------------
@st.composite
def planted(draw):
    """Up to five sections in two or three rooms and teachers, each block placed
    where everything is free; every resource is free exactly when it is used.
    (The planted problems of the block pattern tests cover several patterns.)"""
    n_periods = 6
    grid = TimeGrid(days=("Mon", "Tue", "Wed"), periods=tuple(Period(str(k), f"{8 + k:02d}:00",
                                                                     f"{9 + k:02d}:00") for k in range(n_periods)))
    n_rooms, n_teachers = draw(st.integers(2, 3)), draw(st.integers(2, 3))
    busy: dict[str, set[int]] = {}
    courses, groups, assignments = [], [], []
    for k in range(draw(st.integers(2, 5))):
        pattern = tuple(draw(st.lists(st.integers(2, 4), min_size=1, max_size=2)))
        teacher, room = f"T{draw(st.integers(0, n_teachers - 1))}", f"R{draw(st.integers(0, n_rooms - 1))}"
        group = f"G{k % 3}"
        placed = []
        for j, block in enumerate(pattern):
            day = draw(st.integers(0, 2))
            starts = [p for p in range(n_periods - block + 1)
                      if not any(day * n_periods + p + q in busy.get(x, set())
                                 for q in range(block) for x in (teacher, room, group))]
            assume(starts)
            p = draw(st.sampled_from(starts))
            for x in (teacher, room, group):
                busy.setdefault(x, set()).update(day * n_periods + p + q for q in range(block))
            placed.append(Assignment(f"C{k}|practical|{group}|{j}", day * n_periods + p, room, teacher))
        comp = CourseComponent("practical", sum(pattern), room_type="lab", blocks=pattern)
        assignments += placed
        courses.append(Course(f"C{k}", f"Course {k}", (comp,)))
    every = frozenset(range(grid.n_slots))
    instructors = tuple(Instructor(f"T{i}", f"T{i}", {(co.id, "practical") for co in courses},
                                   unavailable=every - busy.get(f"T{i}", set())) for i in range(n_teachers))
    rooms = tuple(Room(f"R{r}", f"R{r}", 10, "lab", unavailable=every - busy.get(f"R{r}", set()))
                  for r in range(n_rooms))
    for g in range(3):
        taken = tuple(co.id for k, co in enumerate(courses) if k % 3 == g)
        if taken:
            groups.append(Group(f"G{g}", f"G{g}", 10, taken, unavailable=every - busy.get(f"G{g}", set())))
    return Problem("planted", grid, rooms, instructors, tuple(groups), tuple(courses)), Solution(tuple(assignments))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(planted())
def test_a_planted_timetable_never_gets_a_joint_shortfall(case):
    problem, solution = case
    assert evaluate(problem, solution, explain=False).hard == 0
    assert joint_shortfalls(compile_problem(problem)) == []
    assert [d.message for d in validate(problem) if d.severity == "error"] == []


# -- two-week cycles -------------------------------------------------------------------------
def one_room_cycle(fortnightly: bool) -> Problem:
    """One room open 4 periods a week, two groups each with a 4-period practical."""
    grid = TimeGrid(days=("Mon",), periods=GRID.periods, week_names=("A", "B"))
    comp = CourseComponent("practical", 4, room_type="lab", blocks=(4,), fortnightly=fortnightly)
    teachers = tuple(Instructor(f"I{k}", f"I{k}", frozenset({(f"C{k}", "practical")})) for k in (1, 2))
    return Problem("cycle", grid, (Room("L", "Lab", 20, "lab"),), teachers,
                   tuple(Group(f"G{k}", f"G{k}", 10, (f"C{k}",)) for k in (1, 2)),
                   tuple(Course(f"C{k}", f"Course {k}", (comp,)) for k in (1, 2)))


def test_two_fortnightly_practicals_share_a_room_one_in_each_week():
    assert errors(one_room_cycle(fortnightly=True)) == []


def test_weekly_practicals_in_a_two_week_cycle_need_their_periods_in_both_weeks():
    [d] = errors(one_room_cycle(fortnightly=False))
    assert (d.code, d.entity) == ("room_shortage", "room L")
    assert "need 16 periods a fortnight, but at most 8 fit" in d.message


# -- the slots a case reads --------------------------------------------------------------------
def test_a_case_reads_what_the_blocks_of_a_section_with_several_patterns_cover():
    """The teacher is free 4 periods on each of two days, the section needs 12 in
    6+6 or 8+4 or 4+4+4; its group is free only in periods 1-5: the usable slots
    are those, not the 6 periods after every possible block start."""
    grid = TimeGrid(days=("Mon", "Tue", "Wed"), periods=tuple(Period(str(k), f"{8 + k:02d}:00", f"{9 + k:02d}:00")
                                                              for k in range(8)))
    every = frozenset(range(grid.n_slots))
    group_free = {d * 8 + p for d in range(3) for p in range(6)}
    teacher_free = {d * 8 + p for d in range(2) for p in range(4)}
    comp = CourseComponent("practical", 12, room_type="lab", patterns=((6, 6), (8, 4), (4, 4, 4)))
    problem = Problem("studio", grid, (Room("L", "Lab", 20, "lab"),),
                      (Instructor("T", "T", frozenset({("C", "practical")}), every - teacher_free),),
                      (Group("G", "G", 10, ("C",), unavailable=every - group_free),), (Course("C", "C", (comp,)),))
    diagnostics = validate(problem)
    [case] = shortfall_cases(problem, diagnostics)
    assert case.kind == "instructor"
    usable = {int(t) for t in case.usable_slots().nonzero()[0]}
    assert usable == {d * 8 + p for d in range(3) for p in range(6)}


# -- construction: the tightest sections first ----------------------------------------------------
def test_the_construction_places_a_nearly_full_pool_first_in_a_pattern_that_fits():
    import numpy as np

    from schedule_engine.solver.construct import construct
    from schedule_engine.solver.domains import build_domains
    from schedule_engine.solver.tight_first import nearly_full

    problem = three_studios(c3_patterns=((4,), (2, 2)))
    cp = compile_problem(problem)
    assert sorted(cp.section_ids[x.section] for x in nearly_full(cp)) == [
        "C1|practical|G1", "C2|practical|G2", "C3|practical|G3"]
    none = np.full(cp.n_sessions, -1, np.int32)
    for seed in range(5):
        scorer = construct(cp, build_domains(cp, none, none), np.random.default_rng(seed))
        assert scorer.hard == 0
        c3 = [s for s, x in enumerate(cp.sessions) if x.course_id == "C3"]
        assert sorted(int(scorer.length[s]) for s in c3) == [2, 2]
        # one block on Monday in the studio C2 leaves free, one on Tuesday morning with I3
        assert sorted(int(scorer.slot[s]) for s in c3) in ([2, 4], [0, 4])
