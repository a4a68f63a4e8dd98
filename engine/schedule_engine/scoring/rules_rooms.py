"""Rules on rooms, one small function each.  Exact semantics: docs/ARCHITECTURE.md, "Rules"."""

from __future__ import annotations

from schedule_engine.scoring.rules_context import RuleContext
from schedule_engine.rule_data import Rule
from schedule_engine.scoring.evaluation import Violation
from schedule_engine.scoring.explain import capitalised, session_label


def _outside(rc: RuleContext, rule: Rule, sessions: list[int], words: str) -> list[Violation]:
    rooms = set(rule.rooms)
    out = []
    for s in sessions:
        if rc.ctx.slot[s] < 0:
            continue
        room = rc.ctx.room_of(s)
        if room is not None and room.id in rooms:
            continue
        where = f"room {room.name or room.id}" if room is not None else "no room"
        out.append(rc.violation(
            rule, 1, [s], rc.ctx.slot[s], f"section {rc.ctx.sessions[s].section}",
            f"{capitalised(session_label(rc.ctx, s))} is in {where}, not in {words} "
            f"({', '.join(rule.rooms)})"))
    return out


def preferred_rooms(rc: RuleContext, rule: Rule) -> list[Violation]:
    return _outside(rc, rule, rc.lessons(rule), "its preferred rooms")


def home_rooms(rc: RuleContext, rule: Rule) -> list[Violation]:
    """The sessions of the rule's instructors, and those attended only by its groups' leaves."""
    teachers = set(rc.instructor_indices(rule))
    leaves = set(rc.leaves(rule))
    chosen = [s for s in range(len(rc.ctx.sessions)) if rc.ctx.used(s) and (
        rc.ctx.instr[s] in teachers
        or (leaves and rc.ctx.session_leaves[s] and set(rc.ctx.session_leaves[s]) <= leaves))]
    return _outside(rc, rule, chosen, "the home rooms")


def max_different_rooms(rc: RuleContext, rule: Rule) -> list[Violation]:
    most = int(rule.param("max_rooms"))
    placed = [s for s in rc.lessons(rule) if rc.ctx.slot[s] >= 0 and rc.ctx.room[s] >= 0]
    rooms = sorted({rc.ctx.room_of(s).id for s in placed})
    if len(rooms) <= most:
        return []
    return [rc.violation(rule, len(rooms) - most, placed, None, f"section {rc.ctx.sessions[placed[0]].section}",
                         f"The set of {len(placed)} session(s) uses {len(rooms)} rooms ({', '.join(rooms)}), "
                         f"{len(rooms) - most} more than the maximum of {most}")]


ROOM_RULES = {"preferred_rooms": preferred_rooms, "home_rooms": home_rooms,
              "max_different_rooms": max_different_rooms}
