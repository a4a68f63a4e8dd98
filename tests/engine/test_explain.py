"""The evaluation as a whole: explanations, their JSON form, and agreement of the
explained evaluation with the vectorised ``score_arrays`` on random timetables."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring_world import G1_LEC0, G1A_LAB, G2_MATHS, grid, timetable, world  # noqa: E402

from schedule_engine.compiled import compile_problem  # noqa: E402
from schedule_engine.constraint_catalog import CATALOG, HARD_IDS, SOFT_IDS  # noqa: E402
from schedule_engine.model import (  # noqa: E402
    Assignment, Course, CourseComponent, Group, Instructor, Room, Settings, Solution, Subgroup,
)
from schedule_engine.scoring import evaluate, explain_session, score_arrays  # noqa: E402


def rich_problem(capacity_hard: bool = False):
    """The tiny school with every soft weight non-zero (distinct primes) and every
    kind of availability, preference and limit set somewhere."""
    weights = {c: w for c, w in zip(SOFT_IDS, (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43))}
    settings = Settings(weights=weights, room_capacity_hard=capacity_hard, preferred_first_period=1,
                        preferred_last_period=2, preferred_block_lengths=(3,))
    rooms = (Room("R1", "Hall 1", 40, unavailable={7}),
             Room("R2", "Lab A", 20, type="lab", features={"computers"}),
             Room("R3", "Room 3", 10, features={"projector"}))
    instructors = (
        Instructor("I1", "Dr. Rai", qualifications={("C1", "lecture"), ("C4", "lecture")},
                   unavailable={4}, undesired={0}, max_periods_per_day=1),
        Instructor("I2", "Ms. Shah", qualifications={("C2", "practical")}, preferred={4, 5}),
        Instructor("I3", "Mr. Thapa", qualifications={("C3", "lecture"), ("C4", "lecture")},
                   max_periods_per_day=2),
    )
    groups = (
        Group("G1", "BCT first year", 30, courses=("C1", "C2", "C4"),
              subgroups=(Subgroup("G1A", 15), Subgroup("G1B", 15)), unavailable={3},
              prefers_break=True, max_periods_per_day=2),
        Group("G2", "BCT second year", 25, courses=("C1", "C3", "C4"), prefers_break=True),
    )
    courses = (
        Course("C1", "Programming", (CourseComponent("lecture", 2),), min_days=2),
        Course("C2", "Electronics", (CourseComponent("practical", 2, blocks=(2,), room_type="lab",
                                                     room_features={"computers"},
                                                     per_subgroup=True),)),
        Course("C3", "Maths", (CourseComponent("lecture", 2, room_features={"projector"}),),
               min_days=2, unavailable={5}),
        Course("C4", "Seminar", (CourseComponent("lecture", 2),), joint=True, min_days=2),
    )
    return world(settings, rooms=rooms, instructors=instructors, groups=groups, courses=courses,
                 time_grid=grid(unavailable=frozenset({5, 6}),  # 6 is also the lunch break
                                midday_periods=(1, 3)))


def random_timetable(cp, rng, busy: float = 0.5):
    """Slots drawn mostly from a few slots (to provoke clashes), with some unplaced
    sessions, missing rooms and instructors."""
    S = cp.n_sessions
    hot = rng.choice(cp.n_slots, size=max(1, int(cp.n_slots * busy)), replace=False)
    slot = np.where(rng.random(S) < 0.1, -1, rng.choice(hot, S)).astype(np.int32)
    room = np.where(rng.random(S) < 0.1, -1, rng.integers(0, cp.n_rooms, S)).astype(np.int32)
    instr = np.where(rng.random(S) < 0.1, -1, rng.integers(0, cp.n_instructors, S)).astype(np.int32)
    return slot, room, instr


def random_pins(cp, rng):
    S = cp.n_sessions
    pin_time = rng.random(S) < 0.3
    pin_room = rng.random(S) < 0.3
    pin_slot = rng.integers(0, cp.n_slots, S)
    pin_room_idx = rng.integers(0, cp.n_rooms, S)
    assignments = tuple(
        Assignment(sess.id, int(pin_slot[s]), cp.room_ids[pin_room_idx[s]], None,
                   pin_time=bool(pin_time[s]), pin_room=bool(pin_room[s]))
        for s, sess in enumerate(cp.sessions))
    return Solution(assignments)


@pytest.mark.parametrize("capacity_hard", [False, True])
def test_evaluate_equals_score_arrays_on_random_timetables(capacity_hard):
    problem = rich_problem(capacity_hard)
    cp = compile_problem(problem)
    assert all(w != 0 for w in cp.weights)
    rng = np.random.default_rng(20071)
    seen_nonzero: set[str] = set()
    for trial in range(300):
        slot, room, instr = random_timetable(cp, rng, busy=rng.choice([0.2, 0.5, 1.0]))
        pins = random_pins(cp, rng)
        pin_slot, pin_room = cp.pins(pins)
        hard, soft, breakdown = score_arrays(cp, slot, room, instr, pin_slot, pin_room)
        evaluation = evaluate(problem, cp.decode(slot, room, instr), pins=pins, compiled=cp)
        assert evaluation.breakdown == breakdown, f"trial {trial}"
        assert (evaluation.hard, evaluation.soft) == (hard, soft)
        seen_nonzero |= {c for c, v in breakdown.items() if v}
    # The random timetables exercise (almost) every constraint.
    expected = set(CATALOG) - ({"room_capacity"} if capacity_hard else {"room_capacity_hard"})
    assert expected <= seen_nonzero


def test_score_arrays_on_the_baseline_matches_hand_count():
    problem = world()
    cp = compile_problem(problem)
    hard, soft, breakdown = score_arrays(cp, *cp.encode(timetable()))
    assert (hard, soft) == (0, 6)
    assert breakdown["curriculum_compactness"] == 5 and breakdown["instructor_idle_gaps"] == 1


def test_breakdown_lists_every_constraint_and_sums_to_the_score():
    evaluation = evaluate(rich_problem(), timetable({G2_MATHS: (1, "R3", "I1")}))
    assert set(evaluation.breakdown) == set(CATALOG)
    assert evaluation.hard == sum(evaluation.breakdown[c] for c in HARD_IDS)
    assert evaluation.soft == sum(evaluation.breakdown[c] for c in SOFT_IDS)
    assert evaluation.score == (evaluation.hard, evaluation.soft)
    for c in CATALOG:
        assert sum(v.penalty for v in evaluation.violations if v.constraint == c) == \
            evaluation.breakdown[c]


def test_without_explanations_the_score_is_the_same_and_no_records():
    problem = rich_problem()
    solution = timetable({G2_MATHS: (1, "R3", "I1")})
    quick = evaluate(problem, solution, explain=False)
    full = evaluate(problem, solution)
    assert quick.breakdown == full.breakdown and quick.score == full.score
    assert quick.violations == () and full.violations


def test_to_dict_is_plain_json():
    evaluation = evaluate(world(), timetable({G1_LEC0: (1, "R3", "I1")}))
    data = json.loads(json.dumps(evaluation.to_dict()))
    assert data["hard"] == evaluation.hard and data["soft"] == evaluation.soft
    assert data["breakdown"]["student_clash"] == 1
    clash = next(v for v in data["violations"] if v["constraint"] == "student_clash")
    assert clash["level"] == "hard" and clash["slot"] == 1 and clash["penalty"] == 1
    assert clash["name"] == CATALOG["student_clash"].name
    assert sorted(clash["sessions"]) == sorted([G1_LEC0, G1A_LAB])
    assert clash["resource"] == "subgroup G1A" and "Monday 10:00" in clash["reason"]


def test_for_session_and_explain_session():
    problem = world()
    solution = timetable({G1_LEC0: (1, "R3", "I1")})
    evaluation = evaluate(problem, solution)
    lab = evaluation.for_session(G1A_LAB)
    assert {v.constraint for v in lab} == {"student_clash"}
    lecture = explain_session(problem, solution, G1_LEC0)
    assert {"student_clash", "room_capacity"} <= {v.constraint for v in lecture}
    assert all(G1_LEC0 in v.sessions for v in lecture)
    assert explain_session(problem, solution, "no such session") == []


def _campus_problem(datasets: Path):
    from schedule_engine.io import load_campus_folder
    problem, _diagnostics = load_campus_folder(datasets / "seed-campus")
    return problem


def test_campus_random_timetable_agrees_and_is_fast(datasets_dir):
    problem = _campus_problem(datasets_dir)
    cp = compile_problem(problem)
    assert cp.n_sessions > 500
    rng = np.random.default_rng(7)
    slot, room, instr = random_timetable(cp, rng, busy=1.0)
    score_arrays(cp, slot, room, instr)  # warm up
    start = time.perf_counter()
    for _ in range(10):
        hard, soft, breakdown = score_arrays(cp, slot, room, instr)
    per_call = (time.perf_counter() - start) / 10
    start = time.perf_counter()
    evaluation = evaluate(problem, cp.decode(slot, room, instr), compiled=cp)
    explained = time.perf_counter() - start
    assert evaluation.breakdown == breakdown
    assert per_call < 0.1, f"score_arrays took {per_call * 1000:.1f} ms"
    assert explained < 2.0, f"evaluate took {explained:.2f} s"


def test_demo_problem_random_timetable_agrees(demo_problem):
    cp = compile_problem(demo_problem)
    rng = np.random.default_rng(11)
    for _ in range(3):
        slot, room, instr = random_timetable(cp, rng)
        _, _, breakdown = score_arrays(cp, slot, room, instr)
        assert evaluate(demo_problem, cp.decode(slot, room, instr), compiled=cp).breakdown == breakdown
