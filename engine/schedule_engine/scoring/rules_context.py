"""What the rule functions look at: the timetable's :class:`ScoringContext`, and
for one rule the sessions and people it applies to, with their busy periods."""

from __future__ import annotations

from dataclasses import dataclass, field

from schedule_engine.rule_data import Rule
from schedule_engine.scoring.context import ScoringContext
from schedule_engine.scoring.evaluation import Violation
from schedule_engine.scoring.weeks import cell_slot, cell_week
from schedule_engine.sessions import leaves_of


@dataclass
class RuleContext:
    ctx: ScoringContext
    _tags: dict[tuple[str, str], tuple[str, ...]] = field(init=False)
    _by_id: dict[str, list[int]] = field(init=False)
    _instructor_busy: dict[int, set[int]] = field(init=False)
    _leaf_busy: dict[str, set[int]] = field(init=False)
    _owned: dict[str, list[int]] = field(init=False)
    """Resource ("instructor X", "group X", "subgroup X") -> its placed sessions."""

    def __post_init__(self) -> None:
        problem = self.ctx.problem
        self._tags = {(c.id, comp.session_type): comp.tags for c in problem.courses for comp in c.components}
        self._by_id = {}
        for s, sess in enumerate(self.ctx.sessions):
            self._by_id.setdefault(sess.id, []).append(s)
        self._instructor_busy, self._leaf_busy, self._owned = {}, {}, {}
        for s, periods in enumerate(self.ctx.session_periods):
            if not periods:
                continue
            for i in ((self.ctx.instr[s],) if self.ctx.instr[s] >= 0 else ()) + self.ctx.session_co[s]:
                self._instructor_busy.setdefault(i, set()).update(periods)  # co-instructors too
                self._owned.setdefault(f"instructor {problem.instructors[i].id}", []).append(s)
            for leaf in self.ctx.session_leaves[s]:
                self._leaf_busy.setdefault(leaf, set()).update(periods)
                kind = "group" if self.ctx.leaf_group.get(leaf) is None or \
                    self.ctx.leaf_group[leaf].id == leaf else "subgroup"
                self._owned.setdefault(f"{kind} {leaf}", []).append(s)

    @property
    def n_periods(self) -> int:
        return self.ctx.grid.n_periods

    # -- whom and what a rule applies to ----------------------------------------
    def lessons(self, rule: Rule) -> list[int]:
        """The used pieces the rule selects: its sessions in the rule's order, then
        those of its courses, components and tags (or all sessions) in session order."""
        out: list[int] = []
        for sid in rule.sessions:
            out.extend(self._by_id.get(sid, ()))
        courses, components, tags = set(rule.courses), set(rule.components), set(rule.tags)
        every = "sessions" in rule.all_of
        for s, sess in enumerate(self.ctx.sessions):
            key = (sess.course_id, sess.session_type)
            if every or sess.course_id in courses or key in components or tags & set(self._tags.get(key, ())):
                out.append(s)
        return [s for s in dict.fromkeys(out) if self.ctx.used(s)]

    def instructor_indices(self, rule: Rule) -> list[int]:
        instructors = self.ctx.problem.instructors
        if "instructors" in rule.all_of:
            return list(range(len(instructors)))
        index = {p.id: i for i, p in enumerate(instructors)}
        return [index[i] for i in rule.instructors if i in index]

    def leaves(self, rule: Rule) -> list[str]:
        """Group rules apply to each leaf (subgroup, or group without subgroups) separately."""
        if "groups" in rule.all_of:
            return self.ctx.leaves()
        groups = {g.id: g for g in self.ctx.problem.groups}
        out: list[str] = []
        for gid in rule.groups:
            out.extend(leaves_of(groups[gid]) if gid in groups else (gid,) if gid in self.ctx.leaf_group else ())
        return list(dict.fromkeys(out))

    # -- busy periods ---------------------------------------------------------------
    def instructor_busy(self, i: int) -> set[int]:
        return self._instructor_busy.get(i, set())

    def leaf_busy(self, leaf: str) -> set[int]:
        return self._leaf_busy.get(leaf, set())

    def owned(self, resource: str, day: int | None = None) -> list[int]:
        """The placed sessions of a person or leaf (on one row -- a day of one
        week of the cycle, ``week index * n_days + day`` -- when given)."""
        sessions = self._owned.get(resource, [])
        if day is None:
            return sessions
        P = self.n_periods
        return [s for s in sessions if any(c // P == day for c in self.ctx.session_periods[s])]

    def weeks(self) -> range:
        """The 0-based weeks of the cycle."""
        return range(self.ctx.grid.n_weeks)

    def rows(self, week: int | None = None) -> range:
        """The rows (days of one week) of the cycle, or of one 0-based week."""
        D = self.ctx.grid.n_days
        return range(self.ctx.n_rows) if week is None else range(week * D, (week + 1) * D)

    def in_week(self, busy: set[int], week: int) -> set[int]:
        """The busy cells of one 0-based week."""
        T = self.ctx.grid.n_slots
        return {c for c in busy if c // T == week} if self.ctx.grid.n_weeks > 1 else busy

    def slot_of(self, cell: int) -> int:
        return cell_slot(self.ctx.grid, cell)

    def people(self, rule: Rule) -> list[tuple[str, str, set[int]]]:
        """(resource, plain name, busy slots) of each person or leaf the rule applies to; a rule
        with ``tags`` counts only the lessons that carry one of them."""
        out = []
        for i in self.instructor_indices(rule):
            person = self.ctx.problem.instructors[i]
            out.append((f"instructor {person.id}", person.name or person.id, self.instructor_busy(i)))
        for leaf in self.leaves(rule):
            group = self.ctx.leaf_group[leaf]
            name = f"group {leaf}" if group.id == leaf else f"subgroup {leaf} of {group.id}"
            out.append((f"group {leaf}" if group.id == leaf else f"subgroup {leaf}", name,
                        self.leaf_busy(leaf)))
        if rule.tags:
            out = [(resource, name, self._tagged_busy(resource, set(rule.tags))) for resource, name, _b in out]
        return out

    def _tagged_busy(self, resource: str, tags: set[str]) -> set[int]:
        busy: set[int] = set()
        for s in self.owned(resource):
            sess = self.ctx.sessions[s]
            if tags & set(self._tags.get((sess.course_id, sess.session_type), ())):
                busy.update(self.ctx.session_periods[s])
        return busy

    def day_periods(self, busy: set[int], day: int) -> list[int]:
        """The busy periods of one day, as period numbers in order."""
        P = self.n_periods
        return sorted(t - day * P for t in busy if t // P == day)

    def teaching(self, day: int, period: int) -> bool:
        """A period in which teaching can happen (not a break, not closed)."""
        return not self.ctx.blocked(day * self.n_periods + period)

    def sessions_at(self, busy_slot: int, sessions: list[int]) -> list[int]:
        return [s for s in sessions if busy_slot in self.ctx.session_periods[s]]

    # -- records --------------------------------------------------------------------
    def violation(self, rule: Rule, units: int, sessions, slot: int | None, resource: str,
                  reason: str, *, cell: int | None = None, week: int = 0) -> Violation:
        """A record; ``cell`` (instead of ``slot``) gives both the slot and the week."""
        penalty = int(units) if rule.hard else int(units) * int(rule.weight)
        comment = f" ({rule.comment})" if rule.comment else ""
        if cell is not None:
            slot, week = cell_slot(self.ctx.grid, cell), cell_week(self.ctx.grid, cell)
        return Violation(constraint=f"rule.{rule.type}", level=rule.level, penalty=penalty,
                         sessions=tuple(self.ctx.sessions[s].id for s in sessions), slot=slot,
                         resource=resource, reason=reason + comment, rule=rule.id, week=week)
