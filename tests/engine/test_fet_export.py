"""FET export: the timetable as locked activities, read back by our importer and confirmed by fet-cl."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from schedule_engine.cli import main as cli_main
from schedule_engine.errors import InvalidInputError
from schedule_engine.io.engine_json import save_document
from schedule_engine.io.fet import load_fet
from schedule_engine.io.fet_export import export_fet, fet_export
from schedule_engine.io.fet_timetable import activities_xml_solution, locked_solution
from schedule_engine.model import Assignment, Period, Problem, Room, Solution, TimeGrid
from schedule_engine.sessions import derive_sessions
import tiny_problem

EXAMPLE = Path("/usr/share/doc/fet-data/examples/FET-5-official/Denmark/small-school.fet")
needs_example = pytest.mark.skipif(not EXAMPLE.exists(), reason="FET's example files are not installed "
                                   "(apt-get install fet-data)")
needs_fet_cl = pytest.mark.skipif(shutil.which("fet-cl") is None, reason="fet-cl is not installed (apt-get install fet)")

GRID = TimeGrid(days=("Mon", "Tue"), periods=tuple(Period(str(k + 1), f"{9 + k:02d}:00", f"{10 + k:02d}:00")
                                                   for k in range(4)))


def _problem() -> Problem:
    base = tiny_problem.problem(time_grid=GRID)
    return replace(base, rooms=base.rooms + (Room("L2", "Lab two", 10, "practical", frozenset({"Lab"}),
                                                  building="North", unavailable=frozenset({0})),))


def _packed(problem: Problem) -> Solution:
    """Every session one after the other (never two at once), each in the first room of its type."""
    P = len(problem.time_grid.periods)
    slot, out = 0, []
    for sess in derive_sessions(problem):
        if slot % P + sess.length > P:
            slot += P - slot % P
        room = next(r.id for r in reversed(problem.rooms) if r.type == sess.room_type and slot not in r.unavailable)
        out.append(Assignment(sess.id, slot, room, sess.candidate_instructors[0]))
        slot += sess.length
    assert slot <= problem.time_grid.n_slots
    return Solution(tuple(out))


def _placed(solution: Solution) -> set[tuple[str, int, str | None]]:
    return {(a.session_id, a.slot, a.room) for a in solution.assignments if a.slot is not None}


def test_model_export_round_trips_through_the_fet_importer(tmp_path):
    problem = _problem()
    solution = _packed(problem)
    result = export_fet(problem, solution, tmp_path)
    assert [p.name for p in result.files] == ["tiny_data_and_timetable.fet"] and result.warnings == []
    document = fet_export(problem, solution)
    imported, _warnings = load_fet(result.files[0])
    back = locked_solution(imported)
    # an activity k becomes course A<k> of the import; map it back to the session it came from
    session_of = {f"A{aid}": sid for sid, aid in document.activity_of.items()}
    assert {(session_of[a.session_id.split("|")[0]], a.slot, a.room) for a in back.assignments} == _placed(solution)
    assert {i.id for i in imported.instructors} == {"I1"}
    assert next(r for r in imported.rooms if r.id == "L2").unavailable == frozenset({0})
    assert next(r for r in imported.rooms if r.id == "L2").building == "North"


def test_two_week_cycle_is_refused_with_a_message():
    problem = replace(_problem(), time_grid=replace(GRID, week_names=("A", "B")))
    with pytest.raises(InvalidInputError, match="two-week cycle"):
        fet_export(problem, Solution())


def test_rules_not_written_are_warned_about(tmp_path):
    from schedule_engine.rule_data import Rule

    problem = replace(_problem(), rules=(Rule("r1", "max_days_per_week", instructors=("I1",),
                                              params={"max_days": 1}),))
    assert fet_export(problem, _packed(problem)).warnings == [
        "1 rule(s) of the problem are not written to the FET file: only a problem read from a FET file "
        "keeps its constraints."]


@needs_example
def test_source_export_keeps_the_file_and_round_trips(tmp_path):
    problem, _warnings = load_fet(EXAMPLE)
    sessions = derive_sessions(problem)
    P = len(problem.time_grid.periods)
    solution = Solution(tuple(Assignment(s.id, k % P) for k, s in enumerate(sessions)))
    result = export_fet(problem, solution, tmp_path, source=EXAMPLE)
    assert result.files[0].name == "small-school_data_and_timetable.fet"
    imported, _ = load_fet(result.files[0])
    assert [s.id for s in derive_sessions(imported)] == [s.id for s in sessions]
    assert _placed(locked_solution(imported)) == _placed(solution)
    assert len(imported.rules) == len(problem.rules) + len(sessions)


@needs_example
def test_cli_writes_the_fet_file(tmp_path):
    problem, _ = load_fet(EXAMPLE)
    sessions = derive_sessions(problem)
    solution = Solution(tuple(Assignment(s.id, 1) for s in sessions[:3]))
    save_document(tmp_path / "solution.json", problem, solution)
    out = tmp_path / "out"
    assert cli_main(["export", str(EXAMPLE), str(tmp_path / "solution.json"), "--format", "fet", "--out", str(out)]) == 0
    imported, _ = load_fet(out / "small-school_data_and_timetable.fet")
    assert _placed(locked_solution(imported)) == _placed(solution)


def _fet_cl(path: Path, out: Path, seconds: int = 20) -> Path:
    """Run fet-cl on ``path``; its ``*_activities.xml`` (asserting the generation succeeded)."""
    done = subprocess.run(["fet-cl", f"--inputfile={path}", f"--outputdir={out}", f"--timelimitseconds={seconds}",
                           "--htmllevel=0", "--writetimetablesdayshorizontal=false",
                           "--writetimetablesdaysvertical=false", "--writetimetablestimehorizontal=false",
                           "--writetimetablestimevertical=false"], capture_output=True, text=True,
                          timeout=seconds + 30)
    result = (out / "logs" / "result.txt").read_text(encoding="utf-8-sig")
    assert done.returncode == 0 and "Simulation successful" in result, result + done.stdout[-2000:]
    return next((out / "timetables").rglob("*_activities.xml"))


@needs_fet_cl
@needs_example
def test_fet_cl_finds_the_exported_timetable_of_an_example(tmp_path):
    problem, _ = load_fet(EXAMPLE)
    # a valid timetable of the example: fet-cl's own, read through its activities file
    theirs = activities_xml_solution(problem, EXAMPLE, _fet_cl(EXAMPLE, tmp_path / "first"))
    assert len(theirs.assignments) == len(derive_sessions(problem))
    exported = export_fet(problem, theirs, tmp_path / "export", source=EXAMPLE).files[0]
    again = activities_xml_solution(problem, EXAMPLE, _fet_cl(exported, tmp_path / "second", seconds=5))
    assert _placed(again) == _placed(theirs)


@needs_fet_cl
def test_fet_cl_finds_the_exported_timetable_of_a_model_problem(tmp_path):
    problem = _problem()
    solution = _packed(problem)
    document = fet_export(problem, solution)
    path = export_fet(problem, solution, tmp_path).files[0]
    activities = _fet_cl(path, tmp_path / "fet", seconds=5)
    import xml.etree.ElementTree as ET

    by_activity = {sid_aid[1]: sid_aid[0] for sid_aid in document.activity_of.items()}
    hours = [p.name for p in GRID.periods]
    found = {(by_activity[e.findtext("Id")], GRID.days.index(e.findtext("Day")) * len(hours)
              + hours.index(e.findtext("Hour")), e.findtext("Room") or None)
             for e in ET.parse(activities).getroot().iterfind("Activity")}
    assert found == _placed(solution)


_HOME_ROOMS = """<?xml version="1.0" encoding="UTF-8"?>
<fet version="6.8.5">
<Days_List><Number_of_Days>1</Number_of_Days><Day><Name>Mon</Name></Day></Days_List>
<Hours_List><Number_of_Hours>2</Number_of_Hours><Hour><Name>1</Name></Hour><Hour><Name>2</Name></Hour></Hours_List>
<Teachers_List><Teacher><Name>T</Name></Teacher></Teachers_List>
<Students_List><Year><Name>Y</Name><Number_of_Students>10</Number_of_Students></Year></Students_List>
<Activities_List>
<Activity><Teacher>T</Teacher><Subject>Lab</Subject><Students>Y</Students><Duration>1</Duration>
<Id>1</Id><Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>
<Activity><Teacher>T</Teacher><Subject>Talk</Subject><Students>Y</Students><Duration>1</Duration>
<Id>2</Id><Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>
</Activities_List>
<Rooms_List><Room><Name>R1</Name><Capacity>30</Capacity></Room><Room><Name>R2</Name><Capacity>30</Capacity></Room></Rooms_List>
<Time_Constraints_List/>
<Space_Constraints_List>
<ConstraintSubjectPreferredRoom><Weight_Percentage>100</Weight_Percentage><Subject>Lab</Subject><Room>R2</Room>
<Active>true</Active></ConstraintSubjectPreferredRoom>
<ConstraintTeacherHomeRoom><Weight_Percentage>100</Weight_Percentage><Teacher>T</Teacher><Room>R1</Room>
<Active>true</Active></ConstraintTeacherHomeRoom>
</Space_Constraints_List>
</fet>
"""


def test_a_home_room_yields_to_the_activitys_own_preferred_rooms_as_in_fet(tmp_path):
    """FET's room search takes an activity's preferred rooms and only without them its home room:
    a timetable fet-cl accepts (the lab in R2) has no hard violation here either."""
    from schedule_engine.scoring.reference import evaluate

    path = tmp_path / "home.fet"
    path.write_text(_HOME_ROOMS, encoding="utf-8")
    problem, _warnings = load_fet(path)
    rooms = {r.comment: (r.sessions, r.rooms) for r in problem.rules}
    lab, talk = (next(s.id for s in derive_sessions(problem) if s.course_id == c) for c in ("A1", "A2"))
    assert rooms == {"FET SubjectPreferredRoom": ((lab,), ("R2",)), "FET TeacherHomeRoom": ((talk,), ("R1",))}
    accepted = Solution((Assignment(lab, 0, "R2", "T"), Assignment(talk, 1, "R1", "T")))
    assert evaluate(problem, accepted).hard == 0
    assert evaluate(problem, replace(accepted, assignments=(Assignment(lab, 0, "R2", "T"),
                                                             Assignment(talk, 1, "R2", "T")))).hard == 1
