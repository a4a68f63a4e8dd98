"""The text forms of a rule's cells: whom it applies to, and its parameters.

- applies to: labels such as ``instructor I1``, ``group BCT1``, ``course MATH``,
  ``component MATH/lecture``, ``tag lab``, ``room R1``, ``session <id>``, ``all instructors``,
  separated by commas (the check list editor hands them as a list);
- parameters: ``name=value`` separated by ``;`` -- a count is a whole number, a flag yes or no,
  slots are ``Day Period`` labels (or slot numbers) separated by commas.

Parsing raises ``ValueError`` in plain words; what the values mean is checked by the engine
(:func:`schedule_engine.rules.validate.validate_rules`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from schedule_engine import RULE_ALL_KINDS as ALL_KINDS
from schedule_engine import RULE_PARAM_COUNT as COUNT
from schedule_engine import RULE_PARAM_FLAG as FLAG
from schedule_engine import RULE_PARAM_SLOTS as SLOTS
from schedule_engine import RULE_TYPES, Rule, derive_sessions
from schedule_engine.model import Problem
from scheduler_gui.editors.columns import as_bool, as_int, as_list, as_text, yes_no
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import engine_rule_type_name

_SINGULAR = {"instructors": "instructor", "groups": "group", "courses": "course", "components": "component",
             "tags": "tag", "rooms": "room", "sessions": "session"}
_FIELD = {word: field for field, word in _SINGULAR.items()}


def target_labels(rule: Rule) -> list[str]:
    labels = [f"all {kind}" for kind in rule.all_of]
    for field, word in _SINGULAR.items():
        for value in getattr(rule, field):
            labels.append(f"{word} {'/'.join(value) if field == 'components' else value}")
    return labels


def target_choices(problem: Problem) -> list[str]:
    """Every label the applies-to cell offers: the problem's entities and the "all" kinds."""
    rule = Rule(
        "", "", all_of=ALL_KINDS, instructors=[i.id for i in problem.instructors],
        groups=[g.id for g in problem.groups] + [s.id for g in problem.groups for s in g.subgroups],
        courses=[c.id for c in problem.courses],
        components=[(c.id, comp.session_type) for c in problem.courses for comp in c.components],
        tags=list(dict.fromkeys(t for c in problem.courses for comp in c.components for t in comp.tags)),
        rooms=[r.id for r in problem.rooms], sessions=[s.id for s in derive_sessions(problem)])
    return target_labels(rule)


def with_targets(rule: Rule, value: Any) -> Rule:
    fields: dict[str, list] = {field: [] for field in _SINGULAR}
    all_of: list[str] = []
    for label in as_list(value):
        word, _, rest = label.partition(" ")
        rest = rest.strip()
        if word == "all" and rest in ALL_KINDS:
            all_of.append(rest)
        elif word in _FIELD and rest:
            if word == "component":
                course, _, session_type = rest.rpartition("/")
                if not course:
                    raise ValueError(translate("RuleEditor", "{label}: write a component as course/session type, "
                                               "e.g. MATH/lecture.").format(label=repr(label)))
                fields["components"].append((course, session_type))
            else:
                fields[_FIELD[word]].append(rest)
        else:
            raise ValueError(translate("RuleEditor", "{label} is not something a rule applies to: write e.g. "
                                       "'instructor I1', 'group G1', 'course C1', 'room R1' or 'all "
                                       "instructors'.").format(label=repr(label)))
    return replace(rule, all_of=tuple(all_of), **{k: tuple(v) for k, v in fields.items()})


def slot_label(problem: Problem, slot: int) -> str:
    grid = problem.time_grid
    n = len(grid.periods)
    if not 0 <= slot < grid.n_slots:
        return str(slot)
    return f"{grid.days[slot // n]} {grid.periods[slot % n].name}"


def parse_slots(problem: Problem, text: str, name: str) -> tuple[int, ...]:
    grid = problem.time_grid
    labels = {slot_label(problem, t).lower(): t for t in range(grid.n_slots)}
    out = []
    for item in as_list(text):
        if item.lower() in labels:
            out.append(labels[item.lower()])
        elif item.lstrip("-").isdigit():
            out.append(int(item))
        else:
            raise ValueError(translate("RuleEditor", "'{name}': {item} is not a slot; write a day and a period, "
                                       "e.g. '{example}'.").format(name=name, item=repr(item),
                                                                   example=slot_label(problem, 0)))
    return tuple(sorted(set(out)))


def slots_text(problem: Problem, slots) -> str:
    """Slots as the parameters cell writes them: ``Mon P1, Tue P2``."""
    return ", ".join(slot_label(problem, int(t)) for t in slots)


def params_text(problem: Problem, rule: Rule) -> str:
    spec = RULE_TYPES.get(rule.type)
    parts = []
    for name, value in rule.params.items():
        kind = spec.param(name).kind if spec is not None and spec.param(name) is not None else ""
        if kind == SLOTS:
            shown = slots_text(problem, value)
        elif kind == FLAG:
            shown = yes_no(value)
        else:
            shown = str(value)
        parts.append(f"{name}={shown}")
    return "; ".join(parts)


def parse_params(problem: Problem, type_id: str, value: Any) -> dict[str, object]:
    spec = RULE_TYPES[type_id]
    out: dict[str, object] = {}
    for part in (p.strip() for p in as_text(value).split(";")):
        if not part:
            continue
        name, eq, text = (s.strip() for s in part.partition("="))
        p = spec.param(name)
        if not eq or p is None:
            known = ", ".join(q.name for q in spec.params) or "none"
            raise ValueError(translate("RuleEditor", "{part}: a '{type}' rule takes the parameters {known}, as "
                                       "name=value.").format(part=repr(part), type=engine_rule_type_name(type_id),
                                                             known=known))
        if p.kind == COUNT:
            out[name] = as_int(text, f"'{name}'", minimum=0)
        elif p.kind == FLAG:
            out[name] = as_bool(text, f"'{name}'")
        else:
            out[name] = parse_slots(problem, text, name)
    return out


def default_params(type_id: str, keep: dict | None = None) -> dict[str, object]:
    """The parameters of a new rule of ``type_id``: kept where the type has them, else defaults."""
    keep = keep or {}
    out: dict[str, object] = {}
    for p in RULE_TYPES[type_id].params:
        if p.name in keep:
            out[p.name] = keep[p.name]
        elif p.default is not None:
            out[p.name] = p.default
        else:
            out[p.name] = () if p.kind == SLOTS else (False if p.kind == FLAG else 0)
    return out
