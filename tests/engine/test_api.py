"""run_schedule_from_json and the solve command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schedule_engine.api import run_schedule_from_json
from schedule_engine.cli import main as cli_main

FIXTURE = Path(__file__).parent / "fixtures" / "campus_small"


def _records() -> dict[str, list[dict]]:
    return {name: json.loads((FIXTURE / f"{name}.json").read_text()) for name in
            ("Course", "Groups", "Instructors", "Rooms")}


def test_campus_records_give_a_serialisable_feasible_schedule():
    r = _records()
    result = run_schedule_from_json(r["Course"], r["Groups"], r["Instructors"], r["Rooms"],
                                    settings={"time_limit": 5, "seed": 4, "target": [0, 0]})
    json.dumps(result)  # plain JSON all the way down
    assert result["schema_version"] == 1
    assert result["status"] == "feasible"
    assert result["score"]["hard"] == 0
    assert result["stats"]["seed"] == 4 and result["stats"]["engine_version"]
    assert result["schedule"] and not result["unplaced"]
    row = result["schedule"][0]
    assert {"course", "session_type", "groups", "instructor", "room", "day", "start", "end"} <= set(row)
    assert row["start"] < row["end"]
    soft_sum = sum(v for k, v in result["score"]["breakdown"].items()
                   if k in {"room_capacity", "min_working_days", "curriculum_compactness",
                            "room_stability", "group_idle_gaps", "instructor_idle_gaps",
                            "instructor_preferences", "group_max_per_day", "instructor_max_per_day",
                            "early_late", "midday_break", "same_course_same_day", "block_length",
                            "instructor_stability"})
    assert soft_sum == result["score"]["soft"]


def test_weights_from_settings_change_the_score():
    r = _records()
    off = {k: 0 for k in ("group_idle_gaps", "instructor_idle_gaps", "midday_break",
                          "same_course_same_day", "room_stability", "curriculum_compactness",
                          "instructor_stability", "instructor_preferences", "early_late",
                          "block_length", "room_capacity", "min_working_days",
                          "group_max_per_day", "instructor_max_per_day")}
    result = run_schedule_from_json(r["Course"], r["Groups"], r["Instructors"], r["Rooms"],
                                    settings={"time_limit": 5, "seed": 1, "weights": off,
                                              "target": [0, 0]})
    assert result["score"]["soft"] == 0


@pytest.mark.parametrize("breakage", ["missing_field", "unknown_course", "bad_weight"])
def test_invalid_input_returns_diagnostics_not_an_exception(breakage):
    r = _records()
    settings = {"time_limit": 2}
    if breakage == "missing_field":
        del r["Rooms"][0]["capacity"]
    elif breakage == "unknown_course":
        r["Groups"][0]["courses"].append("NOPE 1")
    else:
        settings["weights"] = {"no_such_constraint": 3}
    result = run_schedule_from_json(r["Course"], r["Groups"], r["Instructors"], r["Rooms"],
                                    settings=settings)
    assert result["status"] == "invalid_input"
    assert result["diagnostics"]
    text = json.dumps(result["diagnostics"])
    expected = {"missing_field": "capacity", "unknown_course": "NOPE 1",
                "bad_weight": "no_such_constraint"}[breakage]
    assert expected in text


def test_solve_command_writes_an_itc_solution_that_scores_the_same(tmp_path, datasets_dir, capsys):
    problem = datasets_dir / "itc2007-cbctt" / "comp01.ctt"
    out = tmp_path / "comp01.sol"
    code = cli_main(["solve", str(problem), "-o", str(out), "--time-limit", "4", "--seed", "5",
                     "--quiet"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["status"] == "feasible"
    assert len(out.read_text().strip().splitlines()) == 160  # one line per lecture
    assert cli_main(["score", str(problem), str(out), "--json"]) == 0
    scored = json.loads(capsys.readouterr().out)
    assert (scored["hard"], scored["soft"]) == (summary["hard"], summary["soft"])


def test_solve_command_writes_an_engine_document(tmp_path, repo_root, capsys):
    out = tmp_path / "demo_solved.json"
    demo = repo_root / "resources" / "demo" / "demo_institution.json"
    assert cli_main(["solve", str(demo), "-o", str(out), "--time-limit", "3", "--seed", "2",
                     "--quiet"]) == 0
    from schedule_engine.io.engine_json import load_document

    problem, solution = load_document(out)
    assert solution is not None
    assert all(a.slot is not None for a in solution.assignments)
