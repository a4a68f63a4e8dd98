"""Check a problem's rules: unknown types, entities and parameters, each named by its rule."""

from __future__ import annotations

from collections import Counter

from schedule_engine.errors import Diagnostic
from schedule_engine.model import Problem
from schedule_engine.rules.catalog import COUNT, FLAG, RULE_TYPES, SLOTS, RuleType
from schedule_engine.rules.active import SOLVER_WARNING, active_rules
from schedule_engine.rule_data import ALL_KINDS, Rule
from schedule_engine.sessions import derive_sessions

ERROR = "error"
WARNING = "warning"

_ENTITY_KIND = {"instructors": "instructors", "groups": "groups", "rooms": "rooms",
                "sessions": "sessions", "courses": "sessions", "components": "sessions", "tags": "sessions"}
"""Rule field -> the entity kind of the catalogue it belongs to."""


def _d(severity: str, rule: Rule, field: str, message: str, code: str) -> Diagnostic:
    return Diagnostic(severity, f"Rule {rule.id} ({rule.type}): {message}", entity=f"rule {rule.id}",
                      field=field, code=code)


def _check_params(rule: Rule, spec: RuleType, n_slots: int, out: list[Diagnostic]) -> None:
    for key in rule.params:
        if spec.param(key) is None:
            out.append(_d(ERROR, rule, f"params.{key}", f"unknown parameter '{key}'", "rule_bad_param"))
    for p in spec.params:
        value = rule.params.get(p.name, p.default)
        where = f"params.{p.name}"
        if value is None:
            out.append(_d(ERROR, rule, where, f"the parameter '{p.name}' ({p.description}) is missing",
                          "rule_bad_param"))
        elif p.kind == COUNT and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            out.append(_d(ERROR, rule, where, f"'{p.name}' must be a whole number of at least 0, "
                          f"not {value!r}", "rule_bad_param"))
        elif p.kind == FLAG and not isinstance(value, bool):
            out.append(_d(ERROR, rule, where, f"'{p.name}' must be true or false, not {value!r}",
                          "rule_bad_param"))
        elif p.kind == SLOTS:
            bad = [t for t in value if isinstance(t, bool) or not isinstance(t, int) or not 0 <= t < n_slots]
            if bad:
                out.append(_d(ERROR, rule, where, f"slot {bad[0]!r} is not on the time grid "
                              f"(slots 0 to {n_slots - 1})", "rule_bad_param"))


def _check_entities(rule: Rule, spec: RuleType, problem: Problem, session_ids: set[str],
                    out: list[Diagnostic]) -> None:
    known = {
        "instructors": {i.id for i in problem.instructors},
        "groups": {g.id for g in problem.groups} | {s.id for g in problem.groups for s in g.subgroups},
        "courses": {c.id for c in problem.courses},
        "rooms": {r.id for r in problem.rooms},
        "sessions": session_ids,
    }
    for field, ids in (("instructors", rule.instructors), ("groups", rule.groups), ("courses", rule.courses),
                       ("rooms", rule.rooms), ("sessions", rule.sessions)):
        if ids and _ENTITY_KIND[field] not in spec.kinds:
            out.append(_d(ERROR, rule, field, f"a '{spec.name}' rule does not apply to {field}",
                          "rule_bad_entity"))
            continue
        for eid in ids:
            if eid not in known[field]:
                out.append(_d(ERROR, rule, field, f"unknown {field[:-1]} '{eid}'", "rule_unknown_entity"))
    components = {(c.id, comp.session_type) for c in problem.courses for comp in c.components}
    for pair in rule.components:
        if pair not in components:
            out.append(_d(ERROR, rule, "components", f"unknown component {pair[1]} of course '{pair[0]}'",
                          "rule_unknown_entity"))
    tags = {t for c in problem.courses for comp in c.components for t in comp.tags}
    for tag in rule.tags:
        if tag not in tags:
            out.append(_d(WARNING, rule, "tags", f"no component carries the tag '{tag}'", "rule_unknown_tag"))
    for kind in rule.all_of:
        if kind not in ALL_KINDS or kind not in spec.kinds:
            out.append(_d(ERROR, rule, "all_of", f"a '{spec.name}' rule cannot apply to all {kind}",
                          "rule_bad_entity"))
    rooms_are_targets = rule.type == "not_available" and rule.rooms
    if not (rule.instructors or rule.groups or rule.all_of or rule.selects_lessons() or rooms_are_targets):
        out.append(_d(WARNING, rule, "", "the rule applies to nothing", "rule_applies_to_nothing"))


def rules_warning(problem: Problem) -> list[Diagnostic]:
    """The warning that the solver's search does not aim at the rules of a two-week
    cycle (its rule phase works on one-week grids); empty otherwise."""
    n = len(active_rules(problem))
    if not n or len(problem.time_grid.week_names) < 2:
        return []
    return [Diagnostic(WARNING, f"The problem has {n} active rule(s) on a two-week cycle: {SOLVER_WARNING}, "
                       "so here the score and the violations count them but the search does not aim at them.",
                       entity="rules", code="rules_not_optimised")]


def validate_rules(problem: Problem) -> list[Diagnostic]:
    """Every problem found in the problem's rules (active or not)."""
    out: list[Diagnostic] = []
    if not problem.rules:
        return out
    session_ids = {s.id for s in derive_sessions(problem)} if any(r.sessions for r in problem.rules) else set()
    for rid, n in Counter(r.id for r in problem.rules).items():
        if n > 1:
            out.append(Diagnostic(ERROR, f"{n} rules share the id '{rid}'", entity=f"rule {rid}", field="id",
                                  code="rule_duplicate_id"))
    for rule in problem.rules:
        spec = RULE_TYPES.get(rule.type)
        if spec is None:
            out.append(_d(ERROR, rule, "type", f"unknown rule type (known: {', '.join(RULE_TYPES)})",
                          "rule_unknown_type"))
            continue
        if isinstance(rule.weight, bool) or not isinstance(rule.weight, int) or rule.weight < 0:
            out.append(_d(ERROR, rule, "weight", f"the weight must be a whole number of at least 0, "
                          f"not {rule.weight!r}", "rule_bad_weight"))
        _check_params(rule, spec, problem.time_grid.n_slots, out)
        _check_entities(rule, spec, problem, session_ids, out)
    return out + rules_warning(problem)
