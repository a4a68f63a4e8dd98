"""Rules in the engine JSON document and the project file: one JSON object per rule.

``{"id": "r1", "type": "max_days_per_week", "instructors": ["hart"], "params": {"max_days": 4},
"hard": false, "weight": 3, "active": true, "comment": ""}``; entity lists left
empty are omitted.  docs/FORMATS.md describes the fields.
"""

from __future__ import annotations

from schedule_engine import limits
from schedule_engine.io.json_fields import FieldReader, describe
from schedule_engine.rules.catalog import COUNT, FLAG, RULE_TYPES, SLOTS
from schedule_engine.rule_data import ALL_KINDS, Rule

_LISTS = ("instructors", "groups", "courses", "sessions", "tags", "rooms", "all_of")


def rule_to_dict(rule: Rule) -> dict:
    out: dict = {"id": rule.id, "type": rule.type}
    for name in _LISTS:
        if getattr(rule, name):
            out[name] = list(getattr(rule, name))
    if rule.components:
        out["components"] = [list(c) for c in rule.components]
    out["params"] = {k: list(v) if isinstance(v, tuple) else v for k, v in sorted(rule.params.items())}
    out.update({"hard": rule.hard, "weight": rule.weight, "active": rule.active})
    if rule.comment:
        out["comment"] = rule.comment
    return out


def _read_params(r: FieldReader, obj: dict | None, path: str, type_id: str, ent: str,
                 n_slots: int | None) -> dict:
    raw = obj.get("params", {}) if obj is not None else {}
    where = f"{path}.params"
    if not isinstance(raw, dict):
        r.error(where, f"expected an object, got {describe(raw)}", ent, "wrong_type")
        return {}
    spec = RULE_TYPES.get(type_id)
    if spec is None:
        return dict(raw)
    out: dict = {}
    for key in raw:
        if spec.param(key) is None:
            r.error(f"{where}.{key}", f"unknown parameter of a '{type_id}' rule", ent, "unknown_field")
    for p in spec.params:
        if p.name not in raw:
            if p.default is None:
                r.error(f"{where}.{p.name}", "required parameter is missing", ent, "missing_field")
            continue
        if p.kind == COUNT:
            out[p.name] = r.integer(raw, p.name, where, entity=ent, minimum=0, maximum=limits.WEEKLY_PERIODS)
        elif p.kind == FLAG:
            out[p.name] = r.boolean(raw, p.name, where, entity=ent)
        elif p.kind == SLOTS:
            out[p.name] = tuple(sorted(r.slots(raw, p.name, where, n_slots, ent)))
    return out


def read_rule(r: FieldReader, d: object, path: str, n_slots: int | None) -> Rule:
    rid = d.get("id") if isinstance(d, dict) else None
    ent = f"rule {rid}" if isinstance(rid, str) else "rule"
    obj = r.fields(d, path, ("id", "type"), (*_LISTS, "components", "params", "hard", "weight",
                                             "active", "comment"), ent)
    type_id = r.string(obj, "type", path, entity=ent)
    if obj is not None and isinstance(obj.get("type"), str) and type_id not in RULE_TYPES:
        r.error(f"{path}.type", f"unknown rule type '{type_id}' (known: {', '.join(RULE_TYPES)})",
                ent, "bad_value")
    components = []
    for i, item in enumerate(r.items(obj, "components", path, ent)):
        if isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item):
            components.append((item[0], item[1]))
        else:
            r.error(f"{path}.components[{i}]", f'expected [course id, session type], got {describe(item)}',
                    ent, "wrong_type")
    all_of = r.strings(obj, "all_of", path, ent)
    for i, kind in enumerate(all_of):
        if kind not in ALL_KINDS:
            r.error(f"{path}.all_of[{i}]", f"expected one of {', '.join(ALL_KINDS)}, got '{kind}'",
                    ent, "bad_value")
    return Rule(
        id=r.string(obj, "id", path, entity=ent),
        type=type_id,
        instructors=r.strings(obj, "instructors", path, ent),
        groups=r.strings(obj, "groups", path, ent),
        courses=r.strings(obj, "courses", path, ent),
        components=tuple(components),
        sessions=r.strings(obj, "sessions", path, ent),
        tags=r.strings(obj, "tags", path, ent),
        rooms=r.strings(obj, "rooms", path, ent),
        all_of=all_of,
        params=_read_params(r, obj, path, type_id, ent, n_slots),
        hard=r.boolean(obj, "hard", path, True, entity=ent),
        weight=r.integer(obj, "weight", path, 1, ent, minimum=0, maximum=limits.WEIGHT),
        active=r.boolean(obj, "active", path, True, entity=ent),
        comment=r.string(obj, "comment", path, "", entity=ent),
    )


def read_rules(r: FieldReader, obj: dict | None, path: str, n_slots: int | None) -> tuple[Rule, ...]:
    return tuple(read_rule(r, d, f"{path}.rules[{i}]", n_slots)
                 for i, d in enumerate(r.items(obj, "rules", path, "problem")))
