"""``validate --suggest`` and ``apply-remedies`` on the command line, and the
remedies in the JSON API's answer."""

from __future__ import annotations

import json

from schedule_engine.cli import main
from schedule_engine.diagnostics import validate
from schedule_engine.io.engine_json import document_to_dict
from schedule_engine.io.loader import load_any
from schedule_engine.model import Instructor
from test_remedies import problem

OPEN_ONE = "Open 1 period of instructor I1's time, next to the times already open: Tue 11:00-12:00."


def short_document(tmp_path):
    busy = (Instructor("I1", "Ada", frozenset({("C1", "lecture"), ("C1", "practical")}), frozenset({5})),)
    path = tmp_path / "short.json"
    path.write_text(json.dumps(document_to_dict(problem(instructors=busy))), encoding="utf-8")
    return path


def test_validate_suggest_prints_the_remedies_under_the_shortfall(tmp_path, capsys):
    path = short_document(tmp_path)
    assert main(["validate", str(path), "--suggest"]) == 1
    lines = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("error: instructor I1"))
    assert lines[at + 1].startswith("    remedy i1-open-time-") and lines[at + 1].endswith(": " + OPEN_ONE)
    assert main(["validate", str(path)]) == 1
    assert "remedy" not in capsys.readouterr().out  # only with --suggest


def test_validate_suggest_json_gives_each_error_its_remedies(tmp_path, capsys):
    assert main(["validate", str(short_document(tmp_path)), "--suggest", "--json"]) == 1
    [error] = json.loads(capsys.readouterr().out)["errors"]
    assert error["code"] == "instructor_overload"
    assert error["remedies"][0]["text"] == OPEN_ONE
    assert all(set(r) >= {"id", "text"} for r in error["remedies"])


def test_apply_remedies_writes_data_without_the_shortfall(tmp_path, capsys):
    out = tmp_path / "fixed.json"
    assert main(["apply-remedies", str(short_document(tmp_path)), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "applied i1-open-time-" in printed and OPEN_ONE in printed
    assert "    Instructor I1: available at Tue 11:00-12:00" in printed
    assert "0 error(s) left" in printed
    fixed, _solution, _warnings = load_any(str(out))
    assert fixed.instructors[0].unavailable == frozenset()
    assert validate(fixed) == []


def test_apply_remedies_pick_applies_the_chosen_one(tmp_path, capsys):
    path = short_document(tmp_path)
    main(["validate", str(path), "--suggest", "--json"])
    remedies = json.loads(capsys.readouterr().out)["errors"][0]["remedies"]
    last = remedies[-1]
    assert last["kind"] == "fewer_periods"
    out = tmp_path / "picked.json"
    assert main(["apply-remedies", str(path), "-o", str(out), "--pick", last["id"]]) == 0
    assert last["text"] in capsys.readouterr().out
    picked, _solution, _warnings = load_any(str(out))
    assert picked.instructors[0].unavailable == frozenset({5})  # the other remedy was not applied
    assert validate(picked) == []


def test_apply_remedies_with_an_unknown_id_names_it(tmp_path, capsys):
    out = tmp_path / "never.json"
    assert main(["apply-remedies", str(short_document(tmp_path)), "-o", str(out), "--pick", "nope"]) == 2
    assert "No remedy has the id 'nope'" in capsys.readouterr().err
    assert not out.exists()


def test_the_json_api_answer_carries_the_remedies():
    from schedule_engine.api import _with_remedies

    busy = (Instructor("I1", "Ada", frozenset({("C1", "lecture"), ("C1", "practical")}), frozenset({5})),)
    p = problem(instructors=busy)
    [d] = _with_remedies(p, validate(p))
    assert d.to_dict()["remedies"][0]["text"] == OPEN_ONE
    assert _with_remedies(problem(), []) == []
