"""FET files: exact import of a small fixture, every example file of the ``fet-data``
package without a traceback, unsupported types reported by name and count."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from schedule_engine import cli
from schedule_engine.errors import InvalidInputError
from schedule_engine.io.fet import load_fet
from schedule_engine.io.loader import input_kind, load_any
from schedule_engine.rules import Rule
from schedule_engine.io.fet_constraints import SUPPORTED

FIXTURE = Path(__file__).parent / "fixtures" / "small.fet"
EXAMPLES = Path("/usr/share/doc/fet-data/examples")
A1 = ("A1|lecture|S1+S2|0", "A1|lecture|S1+S2|1")
A3 = "A3|lecture|S3+Y2|0"
A5 = "A5|lecture|S1+S2+S3|0"


@pytest.fixture(scope="module")
def small():
    return load_fet(FIXTURE)


def test_grid_breaks_people_and_rooms(small):
    p, _w = small
    g = p.time_grid
    assert g.days == ("Mon", "Tue", "Wed")
    assert [(x.name, x.start, x.end) for x in g.periods] == [
        ("08:00", "08:00", ""), ("09:00-09:50", "09:00", "09:50"), ("third", "third", ""), ("4", "4", "")]
    assert g.unavailable == {6}  # the break: Tuesday, third hour
    assert [(i.id, sorted(i.unavailable)) for i in p.instructors] == [("T1", []), ("T2", [0]), ("T3", [])]
    assert [(r.id, r.capacity, r.building, sorted(r.unavailable)) for r in p.rooms] == [
        ("R1", 30, "Main", []), ("R2", 40, "", [8])]
    # atoms: the subgroups (S2 in both groups of Y1, once) and the year without groups
    assert [(x.id, x.size, x.courses) for x in p.groups] == [
        ("S1", 10, ("A1", "A5")), ("S2", 10, ("A1", "A5")), ("S3", 10, ("A3", "A5")), ("Y2", 25, ("A3",))]
    assert p.name == "Small School"


def test_activities_become_courses_with_one_block_per_part(small):
    p, _w = small
    [(a1, c1), (a3, c3), (a5, c5)] = [(c, c.components[0]) for c in p.courses]
    assert (a1.id, a1.title, a1.joint, c1.blocks, c1.periods_per_week, c1.instructors, c1.tags) == (
        "A1", "Maths", True, (2, 1), 3, ("T1",), ("lab",))
    assert (a3.id, c3.blocks, c3.instructors, c3.co_instructors) == ("A3", (1,), ("T2",), ("T1",))  # two teachers
    assert (a5.id, c5.instructors, c5.needs_instructor) == ("A5", (), False)  # no teacher in the file
    assert c1.needs_instructor and c1.co_instructors == ()
    # every activity here is named by a space constraint (preferred or home rooms): each needs a room
    assert [c.components[0].needs_room for c in p.courses] == [True, True, True]
    # FET counts an activity's students as the sum of its sets' own numbers
    assert [c.students for c in p.courses] == [20, 35, 30]


def test_capacity_is_hard_and_built_in_soft_constraints_are_off(small):
    p, _w = small
    assert p.settings.room_capacity_hard
    assert set(p.settings.weights.values()) == {0} and "group_idle_gaps" in p.settings.weights


def test_constraints_become_rules_exactly(small):
    p, _w = small
    assert p.rules == (
        Rule("fet-t4", "not_available", groups=("S2", "S3"), params={"slots": [11]}, hard=False, weight=95,
             comment="FET StudentsSetNotAvailableTimes"),
        Rule("fet-t5", "min_days_between", sessions=A1, params={"min_days": 1, "consecutive_if_same_day": True},
             hard=False, weight=95, comment="FET MinDaysBetweenActivities"),
        Rule("fet-t6", "max_days_per_week", instructors=("T1",), params={"max_days": 2},
             comment="FET TeacherMaxDaysPerWeek"),
        Rule("fet-t7", "max_gaps_per_week", all_of=("groups",), params={"max_gaps": 0},
             comment="FET StudentsMaxGapsPerWeek"),
        Rule("fet-t8", "preferred_starting_times", sessions=(A3,), params={"slots": [1]},
             comment="FET ActivityPreferredStartingTime"),
        Rule("fet-t9", "preferred_time_slots", sessions=A1, params={"slots": [4, 5]}, hard=False, weight=51,
             comment="FET ActivitiesPreferredTimeSlots"),
        Rule("fet-s2", "preferred_rooms", sessions=A1[:1], rooms=("R1",), comment="FET ActivityPreferredRoom"),
        Rule("fet-s3", "preferred_rooms", sessions=(A3, A5), rooms=("R1", "R2"), hard=False, weight=90,
             comment="FET SubjectPreferredRooms"),
        # fet-s4, the home room of A5's students, yields to A5's own preferred rooms (fet-s3), as in FET
    )


def test_unsupported_types_are_reported_by_name_and_count(small):
    _p, warnings = small
    got = [(d.code, d.entity, d.message) for d in warnings]
    assert got == [
        ("fet_inactive_activity", "", "1 inactive activities were skipped."),
        ("fet_unsupported", "ConstraintTeachersMaxAfternoonsPerWeek", "FET constraint type "
         "ConstraintTeachersMaxAfternoonsPerWeek is not supported: 2 constraint(s) not imported."),
        ("fet_unsupported", "ConstraintMinGapsBetweenActivities", "FET constraint type "
         "ConstraintMinGapsBetweenActivities is not supported: 1 constraint(s) not imported."),
        ("fet_skipped", "", "1 constraint(s) with weight 0 % have no effect and were skipped."),
        ("fet_skipped", "", "1 constraint(s) with a home room overridden by preferred rooms for every activity "
         "have no effect and were skipped."),
        ("fet_inactive_constraint", "", "1 inactive constraint(s) were skipped."),
    ]
    assert all(d.location == "small.fet" for d in warnings)


def test_load_any_and_the_command_line_open_fet_files(capsys):
    assert input_kind(FIXTURE) == "fet"
    problem, solution, warnings = load_any(FIXTURE)
    assert solution is None and len(problem.rules) == 8 and len(warnings) == 6
    code = cli.main(["validate", str(FIXTURE)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert "ConstraintTeachersMaxAfternoonsPerWeek is not supported: 2 constraint(s)" in text
    assert "No instructor is qualified" not in text  # FET allows teacherless lessons: A5 needs none
    assert code == 0


def _bad(tmp_path, text: str, name: str = "bad.fet") -> list[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInputError) as info:
        load_fet(path)
    return [(d.location, d.message) for d in info.value.diagnostics]


def test_bad_files_get_a_message_naming_file_and_place(tmp_path):
    base = FIXTURE.read_text(encoding="utf-8")
    assert _bad(tmp_path, base[:400])[0][0].startswith("bad.fet, line ")
    assert _bad(tmp_path, "<school/>") == [("bad.fet", "Not a FET file: the root element is <school>, not <fet>.")]
    doctype = '<?xml version="1.0"?><!DOCTYPE fet [<!ENTITY a "aaaa">]><fet>&a;</fet>'
    assert "DOCTYPE or entities" in _bad(tmp_path, doctype)[0][1]
    dur = base.replace("<Duration>2</Duration>", "<Duration>two</Duration>", 1)
    assert _bad(tmp_path, dur) == [("bad.fet, activity 1",
                                    "'Duration' must be a whole number written with the digits 0-9, not 'two'")]
    who = base.replace("<Students>G1</Students>", "<Students>G9</Students>", 1)
    assert _bad(tmp_path, who) == [("bad.fet, activity 1", "'Students' names 'G9', which is not a year, group "
                                    "or subgroup of the file")]
    when = base.replace("<Day>Wed</Day><Hour>4</Hour>", "<Day>Sun</Day><Hour>4</Hour>")
    [(where, msg)] = _bad(tmp_path, when)
    assert where == "bad.fet, ConstraintStudentsSetNotAvailableTimes t4" and "'Sun'" in msg
    weight = base.replace("<Weight_Percentage>95</Weight_Percentage>", "<Weight_Percentage>lots</Weight_Percentage>", 1)
    assert _bad(tmp_path, weight)[0][1] == "'Weight_Percentage' must be a number from 0 to 100, not 'lots'"


def _examples() -> list[Path]:
    """All 236 files (16-35 s on a shared machine); SCHEDULE_ENGINE_FET_SAMPLE=1: every fourth."""
    files = sorted(EXAMPLES.rglob("*.fet"))
    return files[::4] if os.environ.get("SCHEDULE_ENGINE_FET_SAMPLE") == "1" else files


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="FET's example files are absent (apt-get install fet-data)")
def test_example_files_import_without_a_traceback():
    files = _examples()
    assert files, "the fet-data package installs example files"
    opened = refused = 0
    for path in files:
        try:
            problem, warnings = load_fet(path)
        except InvalidInputError as exc:
            assert all(d.location.startswith(path.name) and d.message for d in exc.diagnostics), path
            refused += 1
            continue
        assert problem.courses and problem.time_grid.n_slots, path
        unsupported = [d.entity for d in warnings if d.code == "fet_unsupported"]
        assert len(unsupported) == len(set(unsupported)) and not set(unsupported) & SUPPORTED, path
        opened += 1
    assert opened > refused
