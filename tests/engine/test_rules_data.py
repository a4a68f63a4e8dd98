"""Rules as data: the JSON document, the project file (and its migration) and validation."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from schedule_engine.diagnostics import validate
from schedule_engine.errors import InvalidInputError
from schedule_engine.io.engine_json import document_from_dict, document_to_dict, load_document, save_document
from schedule_engine.project import load_project, save_project
from schedule_engine.project.records import Project
from schedule_engine.rules import Rule

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rules_world import M, problem, solution  # noqa: E402

RULES = (
    Rule("hart", "max_days_per_week", instructors=("I1",), params={"max_days": 2}, hard=False, weight=7,
         comment="part time"),
    Rule("y9", "same_starting_time", sessions=(M[0], M[1]), active=False),
    Rule("lab", "preferred_rooms", tags=("lang",), components=(("P", "practical"),), rooms=("R2",)),
    Rule("early", "preferred_starting_times", all_of=("sessions",), params={"slots": [0, 5, 10]}),
    Rule("mdb", "min_days_between", courses=("M",), params={"min_days": 1, "consecutive_if_same_day": True}),
)


def test_rules_and_tags_round_trip_through_the_document(tmp_path):
    p = problem(RULES)
    path = tmp_path / "doc.json"
    save_document(path, p, solution())
    loaded, sol = load_document(path)
    assert loaded == p and loaded.rules == RULES
    assert loaded.courses[1].components[0].tags == ("lang",)
    assert document_to_dict(loaded)["problem"]["rules"][0] == {
        "id": "hart", "type": "max_days_per_week", "instructors": ["I1"], "params": {"max_days": 2},
        "hard": False, "weight": 7, "active": True, "comment": "part time"}


def test_a_problem_without_rules_writes_no_rules_key():
    assert "rules" not in document_to_dict(problem())["problem"]


def test_rules_round_trip_through_the_project_file(tmp_path):
    project = Project(problem=problem(RULES), solution=solution())
    path = tmp_path / "p.sched"
    save_project(path, project)
    assert load_project(path).problem.rules == RULES
    conn = sqlite3.connect(path)
    try:
        assert [r[0] for r in conn.execute("SELECT id FROM rules ORDER BY position")] == [r.id for r in RULES]
    finally:
        conn.close()


def test_a_version_3_project_opens_with_no_rules(tmp_path):
    path = tmp_path / "old.sched"
    save_project(path, Project(problem=problem()))
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE rules")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    assert load_project(path).problem.rules == ()


def _messages(d: dict) -> list[str]:
    with pytest.raises(InvalidInputError) as info:
        document_from_dict(d, "doc.json")
    return [f"{x.field}: {x.message}" for x in info.value.diagnostics]


def test_bad_rules_in_a_document_are_named():
    d = document_to_dict(problem(RULES))
    d["problem"]["rules"][0]["params"] = {"max_days": -1}
    d["problem"]["rules"][2]["type"] = "fly"
    d["problem"]["rules"][3]["params"] = {"slots": [99]}
    msgs = _messages(d)
    assert "problem.rules[0].params.max_days: must be at least 0, got -1" in msgs
    assert any(m.startswith("problem.rules[2].type: unknown rule type 'fly'") for m in msgs)
    assert any(m.startswith("problem.rules[3].params.slots[0]") for m in msgs)


def test_validate_names_the_rule_for_unknown_entities_and_bad_parameters():
    bad = (
        Rule("a", "max_days_per_week", instructors=("nobody",), params={"max_days": 2}),
        Rule("b", "max_gaps_per_week", groups=("G1",), params={}),
        Rule("c", "consecutive", sessions=("M|lecture|G9|0",)),
        Rule("d", "max_days_per_week", courses=("M",), params={"max_days": 1}),
        Rule("a", "same_day", tags=("nosuchtag",)),
    )
    found = {(d.entity, d.code, d.message) for d in validate(problem(bad))}
    assert ("rule a", "rule_unknown_entity", "Rule a (max_days_per_week): unknown instructor 'nobody'") in found
    assert ("rule b", "rule_bad_param",
            "Rule b (max_gaps_per_week): the parameter 'max_gaps' (most free periods between lessons in the week) "
            "is missing") in found
    assert ("rule c", "rule_unknown_entity", "Rule c (consecutive): unknown session 'M|lecture|G9|0'") in found
    assert ("rule d", "rule_bad_entity", "Rule d (max_days_per_week): a 'Max days per week' rule does not apply "
            "to courses") in found
    assert ("rule a", "rule_unknown_tag", "Rule a (same_day): no component carries the tag 'nosuchtag'") in found
    assert any(d.code == "rule_duplicate_id" and d.entity == "rule a" for d in validate(problem(bad)))


def test_valid_rules_warn_only_where_the_search_does_not_aim_at_them():
    from dataclasses import replace

    from schedule_engine.i18n import translate_text

    assert [d.code for d in validate(problem(RULES)) if d.code.startswith("rule")] == []  # one week: optimised
    one_week = problem(RULES)
    cycle = replace(one_week, time_grid=replace(one_week.time_grid, week_names=("A", "B")))
    [d] = [d for d in validate(cycle) if d.code == "rules_not_optimised"]
    assert "4 active rule(s) on a two-week cycle: the solver's search aims at rules on one-week grids only" \
        in d.message
    assert translate_text(d.message, "es").startswith("El problema tiene 4 reglas activas en un ciclo de dos semanas")