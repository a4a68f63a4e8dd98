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
                                    fractional_hours="round-up", settings={"time_limit": 5, "seed": 4, "target": [0, 0]})
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
                                    fractional_hours="round-up",
                                    settings={"time_limit": 5, "seed": 1, "weights": off, "target": [0, 0]})
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
                                    fractional_hours="round-up", settings=settings)
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


# -- the seed's contract ----------------------------------------------------------
QUICK = {"time_limit": None, "generations": 3, "seed": 2, "workers": 1, "effort": "quick"}


def _run(settings: dict, **kwargs) -> dict:
    r = _records()
    return run_schedule_from_json(r["Course"], r["Groups"], r["Instructors"], r["Rooms"],
                                  fractional_hours="round-up", settings=settings, **kwargs)


def test_a_seed_style_callback_gets_generation_total_and_metrics():
    calls: list[tuple[int, int, dict]] = []

    def callback(gen, total, metrics):
        calls.append((gen, total, metrics))

    result = _run(QUICK, progress=callback)
    assert result["status"] in ("feasible", "infeasible")
    assert calls and all(total == 3 for _gen, total, _m in calls)
    assert [m["phase"] for _g, _t, m in calls][:2] == ["validate", "compile"]
    gen, total, last = calls[-1]
    assert last["phase"] == "done" and gen == 3 and last["fraction"] == 1.0
    assert (last["hard"], last["soft"]) == (result["score"]["hard"], result["score"]["soft"])
    assert all(g == m["generation"] for g, _t, m in calls)


def test_a_one_argument_callback_gets_plain_event_dicts():
    from schedule_engine import ProgressEvent

    events: list[dict] = []
    _run(QUICK, progress=events.append)
    assert events[0]["phase"] == "validate" and events[-1]["phase"] == "done"
    json.dumps(events)
    assert all(ProgressEvent.from_dict(e).to_dict() == e for e in events)


def test_a_raising_callback_is_reported_once_and_dropped(caplog):
    calls = []

    def callback(event):
        calls.append(event)
        raise RuntimeError("display went away")

    result = _run(QUICK, progress=callback)
    assert len(calls) == 1
    assert result["status"] in ("feasible", "infeasible") and result["stats"]["generations"] == 3
    failed = [d for d in result["diagnostics"] if d["code"] == "progress_callback_failed"]
    assert len(failed) == 1 and failed[0]["severity"] == "warning"
    assert "display went away" in failed[0]["message"]
    assert len([r for r in caplog.records if "progress callback raised" in r.getMessage()]) == 1


@pytest.mark.parametrize(("key", "value"), [
    ("time_limit", "abc"), ("time_limit", -5), ("workers", "x"), ("workers", -1), ("seed", "one"),
    ("seed", 1.5), ("generations", True), ("target", [1]), ("effort", "maximal"),
    ("stagnation", "long"), ("allow_shortfalls", "yes"), ("room_capacity_hard", 1),
    ("weights", [1, 2]),
])
def test_a_bad_setting_is_invalid_input_naming_it(key, value):
    result = _run({"time_limit": 2, key: value})
    assert result["status"] == "invalid_input"
    assert [d["field"] for d in result["diagnostics"]] == [f"settings.{key}"]
    assert result["diagnostics"][0]["severity"] == "error" and key in result["diagnostics"][0]["message"]


def test_settings_that_are_not_an_object_are_invalid_input():
    result = _run(["time_limit", 2])  # type: ignore[arg-type]
    assert result["status"] == "invalid_input"
    assert result["diagnostics"][0]["field"] == "settings"


def test_an_unknown_setting_is_a_warning_and_the_run_goes_on():
    result = _run({**QUICK, "time_limt": 5})
    assert result["status"] in ("feasible", "infeasible")
    unknown = [d for d in result["diagnostics"] if d["code"] == "unknown_setting"]
    assert [(d["severity"], d["field"]) for d in unknown] == [("warning", "settings.time_limt")]


@pytest.mark.parametrize("emptied", ["Groups", "Course"])
def test_an_empty_problem_answers_that_there_is_nothing_to_schedule(emptied):
    r = _records()
    r[emptied] = []
    if emptied == "Course":
        for record in r["Groups"] + r["Instructors"]:
            record["courses"] = []
    result = run_schedule_from_json(r["Course"], r["Groups"], r["Instructors"], r["Rooms"],
                                    fractional_hours="round-up", settings=QUICK)
    assert result["status"] == "feasible" and result["schedule"] == []
    nothing = [d for d in result["diagnostics"] if d["code"] == "nothing_to_schedule"]
    assert len(nothing) == 1 and nothing[0]["severity"] == "warning"
    assert {"Groups": "groups", "Course": "courses"}[emptied] in nothing[0]["message"]


def test_the_seed_format_holds_every_placed_session_in_the_seed_shape():
    engine = _run(QUICK)
    seed = _run(QUICK, format="seed")
    assert seed["format"] == "seed" and seed["score"] == engine["score"]
    records = seed["schedule"]
    assert records and all(set(r) == {"course_id", "instructor_id", "group_ids", "room_id", "time"}
                           for r in records)
    covered = 0
    for row in engine["schedule"]:
        match = [r for r in records if (r["course_id"], r["group_ids"], r["instructor_id"], r["room_id"])
                 == (row["course"], row["groups"], row["instructor"], row["room"])]
        assert any(m["start"] <= row["start"] and row["end"] <= m["end"]
                   for r in match for m in r["time"].get(row["day"], []))
        covered += 1
    assert covered == len(engine["schedule"])
    for r in records:
        for meetings in r["time"].values():
            assert all(a["end"] < b["start"] for a, b in zip(meetings, meetings[1:]))


def test_an_unknown_answer_format_is_invalid_input():
    result = _run(QUICK, format="xml")
    assert result["status"] == "invalid_input" and result["diagnostics"][0]["field"] == "format"


def test_export_seed_json_writes_the_seed_schedule_file(tmp_path, capsys):
    document = tmp_path / "campus.json"
    assert cli_main(["solve", str(FIXTURE), "--fractional-hours", "round-up", "--output", str(document),
                     "--generations", "2", "--seed", "3", "--workers", "1", "--quiet"]) == 0
    assert cli_main(["export", str(document), "--format", "seed-json", "--out", str(tmp_path / "seed")]) == 0
    records = json.loads((tmp_path / "seed" / "schedule.json").read_text(encoding="utf-8"))
    assert records and set(records[0]) == {"course_id", "instructor_id", "group_ids", "room_id", "time"}
