"""Sessions without a room or an instructor, and co-teachers (issue 14, FET files as they are):
exact penalties in the explained, vectorised and incremental scorers, and the FET import of a
small file written here (activities with no space constraint, no teacher, two teachers)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from schedule_engine.compiled import compile_problem
from schedule_engine.diagnostics import validate
from schedule_engine.export.presentation import entry_details
from schedule_engine.export.views import entity_entries, timetable_entries
from schedule_engine.io.fet import load_fet
from schedule_engine.model import (
    Assignment, Course, CourseComponent, Group, Instructor, Period, Problem, Room, Settings, Solution, TimeGrid,
)
from schedule_engine.scoring import evaluate, score_arrays
from schedule_engine.scoring.incremental import IncrementalScorer
from schedule_engine.solver import SolveOptions, solve

MATHS = "MATHS|lecture|G1|0"  # taught by T1 with T2 as co-teacher, in a room
ART = "ART|lecture|G2|0"  # taught by T2, needs no room
STUDY = "STUDY|lecture|G2|0"  # needs no instructor, in a room


def school() -> Problem:
    grid = TimeGrid(days=("Mon",), periods=tuple(Period(f"P{k}", f"0{8 + k}:00", "") for k in range(4)))
    return Problem(
        name="co-teaching school", time_grid=grid,
        rooms=(Room("R1", "Room one", 30),),
        instructors=(Instructor("T1", "Ada", qualifications={("MATHS", "lecture")}),
                     Instructor("T2", "Brook", qualifications={("ART", "lecture")}, unavailable={3})),
        groups=(Group("G1", "First", 10, courses=("MATHS",)), Group("G2", "Second", 10, courses=("ART", "STUDY"))),
        courses=(
            Course("MATHS", "Maths", (CourseComponent("lecture", 1, instructors=("T1",), co_instructors=("T2",)),)),
            Course("ART", "Art", (CourseComponent("lecture", 1, instructors=("T2",), needs_room=False),)),
            Course("STUDY", "Study", (CourseComponent("lecture", 1, needs_instructor=False),)),
        ),
        settings=Settings(weights={"room_capacity": 0, "group_idle_gaps": 0, "instructor_idle_gaps": 0,
                                   "early_late": 0, "room_stability": 0, "instructor_stability": 0,
                                   "curriculum_compactness": 0, "min_working_days": 0}),
    )


def timetable(**where) -> Solution:
    """Baseline: MATHS at P0 in R1 (T1), ART at P1 without a room (T2), STUDY at P2 in R1 (nobody)."""
    base = {MATHS: (0, "R1", "T1"), ART: (1, None, "T2"), STUDY: (2, "R1", None)}
    base.update({{"maths": MATHS, "art": ART, "study": STUDY}[k]: v for k, v in where.items()})
    return Solution(tuple(Assignment(s, slot=t, room=r, instructor=i) for s, (t, r, i) in base.items()))


def all_scorers_agree(problem: Problem, solution: Solution):
    """The explained evaluation, with the vectorised and incremental scorers checked against it."""
    evaluation = evaluate(problem, solution)
    cp = compile_problem(problem)
    slot, room, instr = cp.encode(solution)
    hard, soft, breakdown = score_arrays(cp, slot, room, instr)
    assert (hard, soft) == (evaluation.hard, evaluation.soft) and breakdown == evaluation.breakdown
    scorer = IncrementalScorer(cp, slot, room, instr)
    assert scorer.score == (hard, soft) and scorer.breakdown() == breakdown
    return evaluation


def records(evaluation, constraint_id: str) -> list:
    return [v for v in evaluation.violations if v.constraint == constraint_id]


def test_baseline_has_no_hard_violation_without_a_room_or_an_instructor():
    evaluation = all_scorers_agree(school(), timetable())
    assert evaluation.hard == 0
    assert not [d for d in validate(school()) if d.severity == "error"]  # no no_room, no no_instructor


def test_a_roomless_session_given_a_room_is_unsuitable_and_then_books_it():
    evaluation = all_scorers_agree(school(), timetable(art=(2, "R1", "T2")))
    assert evaluation.breakdown["room_unsuitable"] == 1
    assert evaluation.breakdown["room_clash"] == 1  # with STUDY in R1 at P2
    (v,) = records(evaluation, "room_unsuitable")
    assert v.sessions == (ART,) and v.resource == "room R1" and "is taught without a room but is given room" in v.reason


def test_a_roomless_session_never_clashes_in_rooms_even_with_a_full_house():
    # ART and STUDY's group G2 is busy twice at P2 (student clash), but no room clash: ART has no room
    evaluation = all_scorers_agree(school(), timetable(art=(2, None, "T2")))
    assert evaluation.breakdown["room_clash"] == 0 and evaluation.breakdown["room_unsuitable"] == 0
    assert evaluation.breakdown["student_clash"] == 1 and evaluation.hard == 1


def test_a_session_that_needs_a_room_still_pays_for_having_none():
    evaluation = all_scorers_agree(school(), timetable(study=(2, None, None)))
    (v,) = records(evaluation, "room_unsuitable")
    assert v.sessions == (STUDY,) and evaluation.hard == 1 and "has no room" in v.reason


def test_a_teacherless_session_given_an_instructor_is_unqualified():
    assert all_scorers_agree(school(), timetable()).breakdown["instructor_unqualified"] == 0
    evaluation = all_scorers_agree(school(), timetable(study=(2, "R1", "T1")))
    (v,) = records(evaluation, "instructor_unqualified")
    assert evaluation.hard == 1 and v.sessions == (STUDY,)
    assert "is taught without an instructor but is given Ada" in v.reason


def test_two_teacher_clash_counts_the_co_teacher():
    # MATHS (T1 + co-teacher T2) and ART (T2) both at P1: T2 teaches two sessions at once
    evaluation = all_scorers_agree(school(), timetable(maths=(1, "R1", "T1")))
    assert evaluation.breakdown["instructor_clash"] == 1 and evaluation.hard == 1
    (v,) = records(evaluation, "instructor_clash")
    assert set(v.sessions) == {MATHS, ART} and v.resource == "instructor T2"


def test_co_teacher_unavailability_counts():
    evaluation = all_scorers_agree(school(), timetable(maths=(3, "R1", "T1")))  # T2 is unavailable at P3
    (v,) = records(evaluation, "instructor_unavailable")
    assert evaluation.hard == 1 and v.sessions == (MATHS,) and v.resource == "instructor T2"


def test_co_teacher_idle_gaps_count_co_taught_sessions():
    problem = school()
    problem = Problem(**{**problem.__dict__, "settings": Settings(weights={"instructor_idle_gaps": 5})})
    # T2: MATHS (co) at P0 and ART at P2 -> one idle period at P1
    evaluation = all_scorers_agree(problem, timetable(art=(2, None, "T2"), study=(1, "R1", None)))
    gaps = records(evaluation, "instructor_idle_gaps")
    assert evaluation.breakdown["instructor_idle_gaps"] == 5 and [v.resource for v in gaps] == ["instructor T2"]


def test_views_show_no_room_line_for_a_roomless_session_and_list_co_taught_sessions():
    problem = school()
    entries = {e.session_id: e for e in timetable_entries(problem, timetable())}
    assert entry_details(entries[ART], "group") == ["Art", "G2", "Brook"]  # no "(no room)"
    assert entry_details(entries[STUDY], "group") == ["Study", "G2", "Room one"]  # no "(no instructor)"
    assert entry_details(entries[MATHS], "group") == ["Maths", "G1", "Room one", "Ada, Brook"]
    brook = [e.session_id for e in entity_entries(problem, list(entries.values()), "instructor", "T2")]
    assert brook == [MATHS, ART]  # the co-taught session is in the co-teacher's week


@settings(max_examples=40, deadline=None)
@given(moves=st.lists(st.tuples(st.integers(0, 2), st.integers(-1, 3), st.integers(-1, 0), st.integers(-1, 1)),
                      min_size=1, max_size=25), seed=st.integers(0, 2**16))
def test_delta_equals_full_evaluation_with_roomless_teacherless_and_co_taught_sessions(moves, seed):
    problem = school()
    cp = compile_problem(problem)
    rng = np.random.default_rng(seed)
    S = cp.n_sessions
    slot = rng.integers(-1, cp.n_slots, S).astype(np.int32)
    room = rng.integers(-1, cp.n_rooms, S).astype(np.int32)
    instr = rng.integers(-1, cp.n_instructors, S).astype(np.int32)
    scorer = IncrementalScorer(cp, slot, room, instr)
    for s, t, r, i in moves:
        predicted = scorer.delta_move(s, t, r, i)
        before = scorer.score
        scorer.apply_move(s, t, r, i)
        assert (scorer.score[0] - before[0], scorer.score[1] - before[1]) == predicted
        full = score_arrays(cp, *scorer.arrays())
        assert scorer.score == full[:2] and scorer.breakdown() == full[2]
    explained = evaluate(problem, cp.decode(*scorer.arrays()))
    assert (explained.hard, explained.soft) == scorer.score


FET = """<?xml version="1.0" encoding="UTF-8"?>
<fet version="6.2.0">
<Institution_Name>Two Teachers</Institution_Name>
<Days_List><Number_of_Days>2</Number_of_Days><Day><Name>Mon</Name></Day><Day><Name>Tue</Name></Day></Days_List>
<Hours_List><Number_of_Hours>2</Number_of_Hours><Hour><Name>08:00</Name></Hour><Hour><Name>09:00</Name></Hour>
</Hours_List>
<Subjects_List><Subject><Name>Maths</Name></Subject><Subject><Name>Art</Name></Subject></Subjects_List>
<Teachers_List><Teacher><Name>T1</Name></Teacher><Teacher><Name>T2</Name></Teacher></Teachers_List>
<Students_List>
<Year><Name>Y1</Name><Number_of_Students>20</Number_of_Students></Year>
<Year><Name>Y2</Name><Number_of_Students>25</Number_of_Students></Year>
</Students_List>
<Activities_List>
<Activity><Teacher>T1</Teacher><Teacher>T2</Teacher><Subject>Maths</Subject><Students>Y1</Students>
  <Duration>1</Duration><Total_Duration>1</Total_Duration><Id>1</Id><Activity_Group_Id>0</Activity_Group_Id>
  <Active>true</Active></Activity>
<Activity><Subject>Art</Subject><Students>Y1</Students>
  <Duration>1</Duration><Total_Duration>1</Total_Duration><Id>2</Id><Activity_Group_Id>0</Activity_Group_Id>
  <Active>true</Active></Activity>
<Activity><Teacher>T2</Teacher><Subject>Art</Subject><Students>Y2</Students>
  <Duration>1</Duration><Total_Duration>1</Total_Duration><Id>3</Id><Activity_Group_Id>0</Activity_Group_Id>
  <Active>true</Active></Activity>
</Activities_List>
<Rooms_List><Room><Name>R1</Name><Building></Building><Capacity>30</Capacity></Room></Rooms_List>
<Time_Constraints_List>
<ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage><Active>true</Active>
  </ConstraintBasicCompulsoryTime>
<ConstraintTeacherNotAvailableTimes><Weight_Percentage>100</Weight_Percentage><Teacher>T2</Teacher>
  <Number_of_Not_Available_Times>2</Number_of_Not_Available_Times>
  <Not_Available_Time><Day>Tue</Day><Hour>08:00</Hour></Not_Available_Time>
  <Not_Available_Time><Day>Tue</Day><Hour>09:00</Hour></Not_Available_Time>
  <Active>true</Active></ConstraintTeacherNotAvailableTimes>
</Time_Constraints_List>
<Space_Constraints_List>
<ConstraintBasicCompulsorySpace><Weight_Percentage>100</Weight_Percentage><Active>true</Active>
  </ConstraintBasicCompulsorySpace>
<ConstraintActivityPreferredRoom><Weight_Percentage>100</Weight_Percentage><Activity_Id>3</Activity_Id>
  <Room>R1</Room><Permanently_Locked>false</Permanently_Locked><Active>true</Active></ConstraintActivityPreferredRoom>
</Space_Constraints_List>
</fet>
"""


@pytest.fixture()
def two_teachers(tmp_path: Path):
    path = tmp_path / "two_teachers.fet"
    path.write_text(FET, encoding="utf-8")
    return load_fet(path)


def test_fet_import_keeps_every_teacher_and_asks_rooms_only_where_fet_does(two_teachers):
    problem, warnings = two_teachers
    comps = {c.id: c.components[0] for c in problem.courses}
    got = {cid: (c.instructors, c.co_instructors, c.needs_instructor, c.needs_room) for cid, c in comps.items()}
    assert got == {
        "A1": (("T1",), ("T2",), True, False),  # two teachers, no space constraint: no room
        "A2": ((), (), False, False),  # no teacher
        "A3": (("T2",), (), True, True),  # a preferred room
    }
    assert not [d for d in warnings if d.code == "fet_several_teachers"]
    assert not [d for d in validate(problem) if d.severity == "error"]


def test_fet_import_solves_with_the_co_teacher_kept_apart(two_teachers):
    problem, _warnings = two_teachers
    result = solve(problem, SolveOptions(time_limit=20, stagnation=3, target=(0, 0), workers=1, seed=3))
    evaluation = evaluate(problem, result.solution)
    assert evaluation.hard == 0
    where = {a.session_id: a for a in result.solution.assignments}
    maths, art_y2 = where["A1|lecture|Y1|0"], where["A3|lecture|Y2|0"]
    assert maths.slot != art_y2.slot and {maths.slot, art_y2.slot} <= {0, 1}  # T2 is away on Tuesday
    assert (maths.room, where["A2|lecture|Y1|0"].room, art_y2.room) == (None, None, "R1")
    assert where["A2|lecture|Y1|0"].instructor is None
