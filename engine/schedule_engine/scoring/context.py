"""What the explained constraint functions look at: one timetable in plain
Python terms, with occupancy tables and the names used in reasons.

The occupancy here is built straight from the domain objects (sessions,
groups, rooms, instructors) rather than from the compiled arrays, so that the
explained evaluation is an independent check of :func:`score_arrays`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from schedule_engine.compiled import CompiledProblem
from schedule_engine.constraint_catalog import CATALOG, SOFT, effective_weights
from schedule_engine.model import Course, Group, Instructor, Problem, Room
from schedule_engine.scoring.evaluation import Violation
from schedule_engine.scoring.weeks import cell_slot, cell_week, session_cells
from schedule_engine.sessions import Session, leaves_of


@dataclass
class ScoringContext:
    problem: Problem
    cp: CompiledProblem
    slot: list[int]
    room: list[int]
    instr: list[int]
    pin_slot: list[int]
    pin_room: list[int]
    length: list[int] | None = None
    """The pieces' current lengths (default: the default cut); 0: unused piece."""
    week: list[int] | None = None
    """Per session its week of the cycle (0 every week, 1 A, 2 B); default: all 0."""
    weights: dict[str, int] = field(init=False)
    leaf_group: dict[str, Group] = field(init=False)
    """Leaf id -> its group (a group without subgroups is its own leaf)."""
    session_leaves: list[tuple[str, ...]] = field(init=False)
    session_periods: list[list[int]] = field(init=False)
    """Per session, the cells its block occupies inside its day, in each of its
    weeks ([] when unplaced); a cell is ``w * n_slots + slot`` (the slot itself
    in a one-week grid), see :mod:`schedule_engine.scoring.weeks`."""
    leaf_at: dict[tuple[str, int], list[int]] = field(init=False)
    instructor_at: dict[tuple[int, int], list[int]] = field(init=False)
    room_at: dict[tuple[int, int], list[int]] = field(init=False)
    session_co: list[tuple[int, ...]] = field(init=False)
    """Per session, the indices of its co-instructors (who teach it besides its own)."""
    courses: dict[str, Course] = field(init=False)
    _sessions: list[Session] = field(init=False)
    _sections: dict[str, list[int]] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        problem = self.problem
        if self.length is None:
            self.length = [s.length for s in self.cp.sessions]
        if self.week is None:
            self.week = [0] * len(self.cp.sessions)
        self._sessions = [s if s.length == n else replace(s, length=n)
                          for s, n in zip(self.cp.sessions, self.length)]
        self.courses = {c.id: c for c in problem.courses}
        self.weights = effective_weights(problem.settings)
        self.leaf_group = {leaf: g for g in problem.groups for leaf in leaves_of(g)}
        groups = {g.id: g for g in problem.groups}
        self.session_leaves = []
        for sess in self.sessions:
            leaves: list[str] = []
            for a in sess.attendees:
                leaves.extend(leaves_of(groups[a]) if a in groups else (a,))
            self.session_leaves.append(tuple(dict.fromkeys(leaves)))
        self.session_periods = [session_cells(self.grid, self.slot[s], sess.length, self.week[s])
                                for s, sess in enumerate(self.sessions)]
        instr_of = {x.id: i for i, x in enumerate(problem.instructors)}
        self.session_co = [tuple(instr_of[x] for x in sess.co_instructors if x in instr_of)
                           for sess in self.sessions]
        self.leaf_at = defaultdict(list)
        self.instructor_at = defaultdict(list)
        self.room_at = defaultdict(list)
        for s, periods in enumerate(self.session_periods):
            for t in periods:
                for leaf in self.session_leaves[s]:
                    self.leaf_at[leaf, t].append(s)
                if self.instr[s] >= 0:
                    self.instructor_at[self.instr[s], t].append(s)
                for i in self.session_co[s]:
                    self.instructor_at[i, t].append(s)
                if self.room[s] >= 0:
                    self.room_at[self.room[s], t].append(s)

    # -- the problem's objects ------------------------------------------------
    @property
    def sessions(self) -> list[Session]:
        """All pieces, each with its current length (0: unused by its section's pattern)."""
        return self._sessions

    def used(self, s: int) -> bool:
        """Piece s is used by its section's current pattern."""
        return self._sessions[s].length > 0

    @property
    def grid(self):
        return self.problem.time_grid

    def room_of(self, s: int) -> Room | None:
        return self.problem.rooms[self.room[s]] if self.room[s] >= 0 else None

    def instructor_of(self, s: int) -> Instructor | None:
        return self.problem.instructors[self.instr[s]] if self.instr[s] >= 0 else None

    def placed(self) -> list[int]:
        return [s for s in range(len(self.sessions)) if self.slot[s] >= 0]

    def sections(self) -> dict[str, list[int]]:
        """Section id -> its used pieces, in session order (built once: the
        context describes one timetable)."""
        if self._sections is None:
            out: dict[str, list[int]] = {}
            for s, sess in enumerate(self.sessions):
                if sess.length > 0:
                    out.setdefault(sess.section, []).append(s)
            self._sections = out
        return {section: list(pieces) for section, pieces in self._sections.items()}

    def leaves(self) -> list[str]:
        return list(self.leaf_group)

    @property
    def n_rows(self) -> int:
        """Days of the whole cycle: a row is ``week index * n_days + day``."""
        return self.grid.n_weeks * self.grid.n_days

    def leaf_day(self, leaf: str, row: int) -> list[list[int]]:
        """Per period of the row (a day of one week), the sessions occupying the leaf."""
        P = self.grid.n_periods
        return [self.leaf_at.get((leaf, row * P + p), []) for p in range(P)]

    def instructor_day(self, i: int, row: int) -> list[list[int]]:
        P = self.grid.n_periods
        return [self.instructor_at.get((i, row * P + p), []) for p in range(P)]

    def blocked(self, t: int) -> bool:
        """A break or a closed slot (``t`` a slot or a cell): nothing is taught then."""
        return self.grid.periods[t % self.grid.n_periods].is_break or \
            cell_slot(self.grid, t) in self.grid.unavailable

    def slot_of(self, cell: int) -> int:
        """The slot of the week a cell lies in."""
        return cell_slot(self.grid, cell)

    def session_week(self, s: int) -> int:
        """Session s's week as a record names it: 1 or 2 in a two-week cycle, else 0."""
        return self.week[s] if self.grid.n_weeks > 1 else 0

    # -- records ----------------------------------------------------------------
    def weight(self, constraint_id: str) -> int:
        return self.weights.get(constraint_id, 1) if CATALOG[constraint_id].level == SOFT else 1

    def violation(self, constraint_id: str, units: int, sessions, slot: int | None,
                  resource: str, reason: str, *, cell: int | None = None,
                  week: int = 0) -> Violation:
        """A record; ``cell`` (instead of ``slot``) gives both the slot and the week."""
        info = CATALOG[constraint_id]
        if cell is not None:
            slot, week = cell_slot(self.grid, cell), cell_week(self.grid, cell)
        return Violation(
            constraint=constraint_id,
            level=info.level,
            penalty=int(units) * self.weight(constraint_id),
            sessions=tuple(self.sessions[s].id for s in sessions),
            slot=slot,
            resource=resource,
            reason=reason,
            week=week,
        )
