"""Campus import of fractional weekly hours: fortnightly (the default) or rounded up,
from the reader, the command line and the JSON API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schedule_engine.api import run_schedule_from_json
from schedule_engine.cli import main as cli_main
from schedule_engine.diagnostics import validate
from schedule_engine.io.campus import load_campus_folder, read_campus
from schedule_engine.model import Period, Settings, TimeGrid
from schedule_engine.patterns import allowed_patterns
from schedule_engine.sessions import derive_sessions

SMALL = Path(__file__).parent / "fixtures" / "campus_small"
NAMES = (("courses", "Course"), ("groups", "Groups"), ("instructors", "Instructors"), ("rooms", "Rooms"))


def records() -> dict[str, list[dict]]:
    return {k: json.loads((SMALL / f"{n}.json").read_text()) for k, n in NAMES}


def test_fractional_hours_are_taught_fortnightly_by_default():
    problem, warnings = load_campus_folder(SMALL)
    assert problem.time_grid.week_names == ("A", "B")
    practical = problem.course("PH102").component("practical")
    assert (practical.periods_per_week, practical.fortnightly) == (3, True)
    assert problem.course("CS 999").component("practical").periods_per_week == 5  # P 2.5, no group enrols
    assert not problem.course("PH102").component("lecture").fortnightly
    labs = [s for s in derive_sessions(problem) if s.course_id == "PH102" and s.session_type == "practical"]
    assert [(s.attendees, s.length, s.fortnightly) for s in labs] == [(("G1A",), 3, True), (("G1B",), 3, True)]
    assert problem.settings == Settings(fractional_hours="fortnightly")
    (note,) = [w for w in warnings if w.code == "hours_fortnightly"]
    assert note.message == ("Fractional weekly hours are taught fortnightly (every other week, in week A or B "
                            "of a two-week cycle) for 2 courses (1 enrolled: PH102 (P 1.5 -> 3 per fortnight); "
                            "and 1 course(s) no group enrols in).")
    assert "hours_rounded_up" not in {w.code for w in warnings}


def test_round_up_keeps_the_one_week_reading():
    problem, warnings = load_campus_folder(SMALL, fractional_hours="round-up")
    assert problem.time_grid.week_names == ()
    practical = problem.course("PH102").component("practical")
    assert (practical.periods_per_week, practical.fortnightly) == (2, False)
    assert problem.settings.fractional_hours == "round-up"
    (note,) = [w for w in warnings if w.code == "hours_rounded_up"]
    assert note.message == ("Fractional weekly hours were rounded up to whole periods for 2 courses "
                            "(1 enrolled: PH102 (P 1.5 -> 2); and 1 course(s) no group enrols in).")


def test_data_without_fractional_hours_keeps_one_week_and_default_settings():
    data = records()
    for course in data["courses"]:
        course["P"] = float(round(course["P"]))
    problem, warnings = read_campus(**data)
    assert problem.time_grid.week_names == () and problem.settings == Settings()
    assert not {"hours_fortnightly", "hours_rounded_up"} & {w.code for w in warnings}


def test_hours_whose_double_is_not_whole_are_still_rounded_up():
    data = records()
    data["courses"][0]["L"] = 1.25  # MA 101
    problem, warnings = read_campus(**data)
    lecture = problem.course("MA 101").component("lecture")
    assert (lecture.periods_per_week, lecture.fortnightly) == (2, False)
    assert problem.course("PH102").component("practical").fortnightly
    (rounded,) = [w for w in warnings if w.code == "hours_rounded_up"]
    assert "MA 101 (L 1.25 -> 2)" in rounded.message


def test_a_given_one_week_grid_gets_the_two_week_cycle():
    grid = TimeGrid(days=("Mon", "Tue"), periods=tuple(Period(str(i), f"{10 + i}:00", f"{10 + i}:50")
                                                       for i in range(4)))
    problem, _ = read_campus(**records(), time_grid=grid)
    assert problem.time_grid.week_names == ("A", "B") and problem.time_grid.periods == grid.periods
    named = TimeGrid(days=grid.days, periods=grid.periods, week_names=("Odd", "Even"))
    assert read_campus(**records(), time_grid=named)[0].time_grid is named


def test_an_unknown_reading_is_refused():
    with pytest.raises(ValueError, match="fractional_hours must be one of round-up, fortnightly"):
        read_campus(**records(), fractional_hours="half")
    data = records()
    answer = run_schedule_from_json(data["courses"], data["groups"], data["instructors"], data["rooms"],
                                    fractional_hours="half")
    assert answer["status"] == "invalid_input"
    (diagnostic,) = answer["diagnostics"]
    assert diagnostic["field"] == "fractional_hours" and "round-up or fortnightly" in diagnostic["message"]


def test_command_line_chooses_the_reading(capsys):
    for reading, code in (("fortnightly", "hours_fortnightly"), ("round-up", "hours_rounded_up")):
        cli_main(["validate", str(SMALL), "--json", "--fractional-hours", reading])
        data = json.loads(capsys.readouterr().out)
        assert code in {w["code"] for w in data["warnings"]}
    cli_main(["validate", str(SMALL), "--json"])
    assert "hours_fortnightly" in {w["code"] for w in json.loads(capsys.readouterr().out)["warnings"]}
    assert cli_main(["validate", str(SMALL), "--fractional-hours", "half"]) == 2  # usage error
    assert "invalid choice: 'half'" in capsys.readouterr().err


@pytest.fixture(scope="module")
def campus_dir(datasets_dir) -> Path:
    path = datasets_dir / "seed-campus"
    if not path.is_dir():
        pytest.skip("seed-campus data not found")
    return path


def test_real_campus_practicals_of_one_and_a_half_hours_are_3_period_blocks_in_week_a_or_b(campus_dir):
    problem, _ = load_campus_folder(campus_dir)
    grid = problem.time_grid
    halves = {c.id for c in problem.courses for k in c.components
              if k.session_type == "practical" and k.fortnightly and k.periods_per_week == 3}
    assert len(halves) == 123  # every course with P = 1.5
    sessions = [s for s in derive_sessions(problem) if s.course_id in halves]
    practicals = [s for s in sessions if s.session_type == "practical"]
    assert practicals and all(s.fortnightly and s.length == 3 for s in practicals)
    assert all(allowed_patterns(problem.course(c).component("practical"), grid) == ((3,),) for c in halves)
    elevens = [c.id for c in problem.courses for k in c.components if k.periods_per_week == 11 and k.fortnightly]
    assert len(elevens) == 3  # P = 5.5


def test_real_campus_read_fortnightly_no_longer_names_room_a102(campus_dir):
    fortnightly, _ = load_campus_folder(campus_dir)
    assert not [d for d in validate(fortnightly) if d.severity == "error" and "A102" in d.entity + d.message]
    rounded, _ = load_campus_folder(campus_dir, fractional_hours="round-up")
    assert [d.code for d in validate(rounded) if d.severity == "error" and d.entity == "room A102"] == ["room_shortage"]


def test_the_json_api_solves_the_small_campus_read_fortnightly_with_the_labs_in_weeks_a_and_b():
    data = records()
    answer = run_schedule_from_json(data["courses"], data["groups"], data["instructors"], data["rooms"],
                                    settings={"time_limit": 10, "seed": 4, "workers": 1, "target": [0, 0]})
    assert answer["status"] == "feasible" and answer["score"]["hard"] == 0
    labs = sorted((row["week"], row["week_name"], row["day"], row["start"], row["periods"], row["instructor"])
                  for row in answer["schedule"] if row["session_id"].startswith("PH102|practical|"))
    # I2 is free for three periods in a row only on Tuesday morning: one lab there in each week
    assert labs == [(1, "A", "Tuesday", "10:15", 3, "I2"), (2, "B", "Tuesday", "10:15", 3, "I2")]
    assert {row["week"] for row in answer["schedule"] if row["session_type"] == "lecture"} == {0}
