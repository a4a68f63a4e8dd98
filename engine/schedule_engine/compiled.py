"""Compile a :class:`Problem` into integer numpy arrays for the hot loops.

The domain objects stay the readable source of truth; this module turns them
into dense arrays indexed by session, slot, room, instructor and *leaf* (the
student sets that clash: a group's subgroups, or the group itself when it has
none).  A timetable in compiled form is three int32 arrays of length
``n_sessions``: ``slot`` (start slot or -1), ``room`` and ``instructor``
(indices or -1), plus the pieces' current ``length`` when the timetable uses
other block patterns than the default cut (:meth:`CompiledProblem.lengths`;
0 marks a piece its section's pattern does not use), and in a two-week cycle
the sessions' ``week`` (:meth:`CompiledProblem.weeks`: 0 every week, 1 week A,
2 week B; a weekly session always has 0, a fortnightly one 1 or 2).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from schedule_engine.constraint_catalog import SOFT_IDS, effective_weights
from schedule_engine.model import EVERY_WEEK, Assignment, Problem, Solution
from schedule_engine.sessions import Session, current_lengths, derive_sessions, leaves_of


def _csr(rows: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    ptr = np.zeros(len(rows) + 1, dtype=np.int32)
    for i, row in enumerate(rows):
        ptr[i + 1] = ptr[i] + len(row)
    flat = np.fromiter((v for row in rows for v in row), dtype=np.int32, count=int(ptr[-1]))
    return ptr, flat


@dataclass
class CompiledProblem:
    problem: Problem
    sessions: list[Session]
    session_index: dict[str, int]
    n_days: int
    n_periods: int
    n_slots: int
    room_ids: list[str]
    instructor_ids: list[str]
    leaf_ids: list[str]
    leaf_group: np.ndarray  # leaf -> index in problem.groups
    section_ids: list[str]
    # per session
    length: np.ndarray  # length under the default cut (0: piece unused by it)
    size: np.ndarray
    section: np.ndarray
    is_practical: np.ndarray
    leaf_ptr: np.ndarray
    leaf_idx: np.ndarray
    start_ok: np.ndarray  # [S, T] bool: block fits the day, no break or closed slot
    start_ok_by_len: np.ndarray  # [max_len + 1, T] bool: the same for a block of each length
    room_suits: np.ndarray  # [S, R] bool: type and features
    room_ok: np.ndarray  # [S, R] bool: suits, and seats everyone when capacity is hard
    instr_ok: np.ndarray  # [S, I] bool: among the candidates
    cand_room_ptr: np.ndarray
    cand_room_idx: np.ndarray  # suitable rooms, smallest adequate first
    cand_instr_ptr: np.ndarray
    cand_instr_idx: np.ndarray
    # per section
    section_min_days: np.ndarray  # wanted days, at most the section's pieces (clamped to active ones)
    section_first: np.ndarray  # first piece (sessions of a section are consecutive)
    section_pieces: np.ndarray  # number of pieces
    pattern_ptr: np.ndarray  # [N + 1] CSR into pattern_len: the section's allowed patterns
    pattern_len: np.ndarray  # [n_patterns, max_pieces] int32: piece k's length under the pattern
    # resources
    leaf_unavail: np.ndarray  # [Lf, T] bool
    instr_unavail: np.ndarray  # [I, T] bool
    room_unavail: np.ndarray  # [R, T] bool
    session_unavail: np.ndarray  # [S, T] bool: the session's course is not taught then
    instr_pref_penalty: np.ndarray  # [I, T] int32: undesired, or outside preferred
    room_capacity: np.ndarray
    leaf_max_per_day: np.ndarray  # -1: no limit
    instr_max_per_day: np.ndarray
    leaf_wants_break: np.ndarray
    midday: np.ndarray  # [P] bool
    period_is_break: np.ndarray  # [P] bool
    slot_closed: np.ndarray  # [T] bool
    outside_hours: np.ndarray  # [P] bool
    block_penalty: np.ndarray  # [S] int32: 1 when a practical block has a non-preferred length
    block_bad_len: np.ndarray  # [max_len + 1] bool: a length that is not preferred
    weights: np.ndarray  # [len(SOFT_IDS)] int64, in SOFT_IDS order
    capacity_hard: bool
    n_weeks: int = 1  # weeks of the teaching cycle: 1, or 2 for an A/B cycle
    fortnightly: np.ndarray | None = None  # [S] bool: taught in one week of the cycle (A or B)
    needs_room: np.ndarray | None = None  # [S] bool; False: takes no room (suits none, no candidates)
    needs_instr: np.ndarray | None = None  # [S] bool; False: takes no instructor (no candidates)
    co_ptr: np.ndarray | None = None  # CSR into co_idx: each session's co-instructors
    co_idx: np.ndarray | None = None

    @property
    def n_sessions(self) -> int:
        return len(self.sessions)

    @property
    def n_rooms(self) -> int:
        return len(self.room_ids)

    @property
    def n_instructors(self) -> int:
        return len(self.instructor_ids)

    @property
    def n_leaves(self) -> int:
        return len(self.leaf_ids)

    def weight(self, constraint_id: str) -> int:
        return int(self.weights[SOFT_IDS.index(constraint_id)])

    def leaves(self, s: int) -> np.ndarray:
        return self.leaf_idx[self.leaf_ptr[s]:self.leaf_ptr[s + 1]]

    def candidate_rooms(self, s: int) -> np.ndarray:
        return self.cand_room_idx[self.cand_room_ptr[s]:self.cand_room_ptr[s + 1]]

    def candidate_instructors(self, s: int) -> np.ndarray:
        return self.cand_instr_idx[self.cand_instr_ptr[s]:self.cand_instr_ptr[s + 1]]

    def instructor_choices(self, s: int) -> np.ndarray:
        """The instructors a search may give s: its candidates, or only -1 (none)
        when it needs no instructor."""
        if self.needs_instr is not None and not self.needs_instr[s]:
            return np.full(1, -1, self.cand_instr_idx.dtype)
        return self.candidate_instructors(s)

    def co_instructors(self, s: int) -> np.ndarray:
        """Indices of the instructors who teach s besides its own (fixed)."""
        if self.co_idx is None:
            return np.zeros(0, np.int32)
        return self.co_idx[self.co_ptr[s]:self.co_ptr[s + 1]]

    # -- timetables ---------------------------------------------------------
    def lengths(self, solution: Solution | None) -> np.ndarray:
        """Each session's current length in ``solution`` (see :func:`current_lengths`)."""
        return np.array(current_lengths(self.sessions, solution), np.int32).reshape(self.n_sessions)

    def block_penalties(self, length: np.ndarray) -> np.ndarray:
        """[S] 1 where a practical block of the given length is not a preferred one."""
        return (self.is_practical & self.block_bad_len[np.asarray(length)]).astype(np.int32)

    def weeks(self, solution: Solution | None) -> np.ndarray:
        """Each session's week in ``solution`` (int32): 0 for a weekly session, 1 or
        2 for a fortnightly one (stored as 0 it is read as week 1)."""
        if solution is None or self.n_weeks == 1:
            return self.default_weeks()
        stored = {a.session_id: a.week for a in solution.assignments}
        return self.normal_weeks(np.array([stored.get(x.id, EVERY_WEEK) for x in self.sessions],
                                          np.int32))

    def default_weeks(self) -> np.ndarray:
        """The weeks of an empty timetable: week A (1) for fortnightly sessions, else 0."""
        return self.fortnightly.astype(np.int32) if self.fortnightly is not None \
            else np.zeros(self.n_sessions, np.int32)

    def normal_weeks(self, week: np.ndarray | None) -> np.ndarray:
        """``week`` read as :meth:`weeks` does: weekly sessions 0, fortnightly 1 or 2."""
        if week is None or self.n_weeks == 1 or self.fortnightly is None:
            return self.default_weeks()
        week = np.asarray(week, np.int32).reshape(self.n_sessions)
        return np.where(self.fortnightly, np.where(week == 2, 2, 1), EVERY_WEEK).astype(np.int32)

    @property
    def has_fortnightly(self) -> bool:
        """Whether any session is taught in one week of a two-week cycle."""
        return self.fortnightly is not None and bool(self.fortnightly.any())

    def n_patterns(self, n: int) -> int:
        return int(self.pattern_ptr[n + 1] - self.pattern_ptr[n])

    def empty_arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        n = self.n_sessions
        return (np.full(n, -1, np.int32), np.full(n, -1, np.int32), np.full(n, -1, np.int32))

    def encode(self, solution: Solution) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Solution -> (slot, room, instructor) arrays; unknown ids become -1,
        and so does the slot of a piece its section's current pattern does not use."""
        slot, room, instr = self.empty_arrays()
        room_of = {r: i for i, r in enumerate(self.room_ids)}
        instr_of = {r: i for i, r in enumerate(self.instructor_ids)}
        for a in solution.assignments:
            s = self.session_index.get(a.session_id)
            if s is None:
                continue
            if a.slot is not None and 0 <= a.slot < self.n_slots:
                slot[s] = a.slot
            room[s] = room_of.get(a.room, -1) if a.room is not None else -1
            instr[s] = instr_of.get(a.instructor, -1) if a.instructor is not None else -1
        slot[self.lengths(solution) == 0] = -1
        return slot, room, instr

    def pins(self, solution: Solution | None) -> tuple[np.ndarray, np.ndarray]:
        """(pin_slot, pin_room) arrays from a solution's pin flags; -1 = free."""
        pin_slot = np.full(self.n_sessions, -1, np.int32)
        pin_room = np.full(self.n_sessions, -1, np.int32)
        if solution is None:
            return pin_slot, pin_room
        room_of = {r: i for i, r in enumerate(self.room_ids)}
        for a in solution.assignments:
            s = self.session_index.get(a.session_id)
            if s is None:
                continue
            if a.pin_time and a.slot is not None:
                pin_slot[s] = a.slot
            if a.pin_room and a.room is not None:
                pin_room[s] = room_of.get(a.room, -1)
        unused = self.lengths(solution) == 0
        pin_slot[unused] = -1
        pin_room[unused] = -1
        return pin_slot, pin_room

    def decode_asg(self, asg: np.ndarray, pins: Solution | None = None,
                   meta: dict | None = None) -> Solution:
        """A search state's ``asg`` (slot, room, instructor[, length[, week]]) -> Solution."""
        length = asg[:, 3] if asg.shape[1] > 3 else None
        week = asg[:, 4] if asg.shape[1] > 4 else None
        return self.decode(asg[:, 0], asg[:, 1], asg[:, 2], pins=pins, meta=meta, length=length,
                           week=week)

    def decode(self, slot: np.ndarray, room: np.ndarray, instr: np.ndarray,
               pins: Solution | None = None, meta: dict | None = None,
               length: np.ndarray | None = None, week: np.ndarray | None = None) -> Solution:
        """Arrays -> Solution; a length equal to the default cut's is left None,
        weeks are read by :meth:`normal_weeks` (default: week A for fortnightly ones)."""
        pinned = pins.by_session() if pins is not None else {}
        weeks = self.normal_weeks(week)
        out = []
        for s, sess in enumerate(self.sessions):
            p = pinned.get(sess.id)
            n = int(length[s]) if length is not None else sess.length
            out.append(
                Assignment(
                    session_id=sess.id,
                    slot=int(slot[s]) if slot[s] >= 0 else None,
                    room=self.room_ids[room[s]] if room[s] >= 0 else None,
                    instructor=self.instructor_ids[instr[s]] if instr[s] >= 0 else None,
                    pin_time=bool(p and p.pin_time),
                    pin_room=bool(p and p.pin_room),
                    length=None if n == sess.length else n,
                    week=int(weeks[s]),
                )
            )
        return Solution(tuple(out), meta or {})


def compile_problem(problem: Problem) -> CompiledProblem:
    grid = problem.time_grid
    D, P, T = grid.n_days, grid.n_periods, grid.n_slots
    sessions = derive_sessions(problem)
    S = len(sessions)
    rooms, instructors, groups = problem.rooms, problem.instructors, problem.groups
    R, I = len(rooms), len(instructors)

    leaf_ids: list[str] = []
    leaf_group: list[int] = []
    for gi, g in enumerate(groups):
        for leaf in leaves_of(g):
            leaf_ids.append(leaf)
            leaf_group.append(gi)
    leaf_of = {leaf: i for i, leaf in enumerate(leaf_ids)}
    group_leaves = {g.id: [leaf_of[x] for x in leaves_of(g)] for g in groups}
    room_of = {r.id: i for i, r in enumerate(rooms)}
    instr_of = {x.id: i for i, x in enumerate(instructors)}

    section_ids: list[str] = []
    section_of: dict[str, int] = {}
    section_min_days: list[int] = []
    courses = {c.id: c for c in problem.courses}

    period_is_break = np.array([p.is_break for p in grid.periods], dtype=bool)
    slot_closed = np.zeros(T, dtype=bool)
    for t in grid.unavailable:
        if 0 <= t < T:
            slot_closed[t] = True

    length = np.zeros(S, np.int32)
    size = np.zeros(S, np.int32)
    section = np.zeros(S, np.int32)
    is_practical = np.zeros(S, bool)
    leaf_rows: list[list[int]] = []
    start_ok = np.zeros((S, T), bool)
    room_suits = np.zeros((S, R), bool)
    room_ok = np.zeros((S, R), bool)
    instr_ok = np.zeros((S, I), bool)
    cand_rooms: list[list[int]] = []
    cand_instr: list[list[int]] = []
    co_rows: list[list[int]] = []
    settings = problem.settings
    block_penalty = np.zeros(S, np.int32)
    session_unavail = np.zeros((S, T), bool)

    blocked = period_is_break[None, :] | slot_closed.reshape(D, P)  # [D, P]
    max_len = max([P] + [b for x in sessions for p in x.patterns for b in p])
    start_ok_by_len = np.zeros((max_len + 1, T), bool)
    for L in range(1, max_len + 1):
        ok_starts = np.zeros((D, P), bool)
        for p in range(P - L + 1):
            ok_starts[:, p] = ~blocked[:, p:p + L].any(axis=1)
        start_ok_by_len[L] = ok_starts.reshape(T)
    preferred = settings.preferred_block_lengths
    block_bad_len = np.array([bool(preferred) and L not in preferred for L in range(max_len + 1)], bool)
    pattern_rows: list[list[int]] = []
    section_first: list[int] = []
    pattern_ptr = [0]
    for s, sess in enumerate(sessions):
        length[s] = sess.length
        size[s] = sess.size
        is_practical[s] = sess.session_type == "practical"
        if sess.section not in section_of:
            section_of[sess.section] = len(section_ids)
            section_ids.append(sess.section)
            course = courses.get(sess.course_id)
            section_min_days.append(course.min_days if course else 0)
            section_first.append(s)
            pattern_rows.extend(list(p) for p in sess.patterns)
            pattern_ptr.append(len(pattern_rows))
        section[s] = section_of[sess.section]
        leaves: list[int] = []
        for a in sess.attendees:
            if a in group_leaves:
                leaves.extend(group_leaves[a])
            elif a in leaf_of:
                leaves.append(leaf_of[a])
        leaf_rows.append(sorted(set(leaves)))
        course = courses.get(sess.course_id)
        if course is not None:
            for t in course.unavailable:
                if 0 <= t < T:
                    session_unavail[s, t] = True
        L = sess.length
        start_ok[s] = start_ok_by_len[L]
        for r, room in enumerate(rooms):
            ok = sess.needs_room and (not sess.room_type or room.type == sess.room_type) \
                and sess.room_features <= room.features
            room_suits[s, r] = ok
            if ok and settings.room_capacity_hard and room.capacity < sess.size:
                ok = False
            room_ok[s, r] = ok
        fits = [r for r in range(R) if room_ok[s, r]]
        fits.sort(key=lambda r: (rooms[r].capacity < sess.size, abs(rooms[r].capacity - sess.size), r))
        cand_rooms.append(fits)
        cands = [instr_of[x] for x in sess.candidate_instructors if x in instr_of]
        for i in cands:
            instr_ok[s, i] = True
        cand_instr.append(cands)
        co_rows.append([instr_of[x] for x in sess.co_instructors if x in instr_of])
        if is_practical[s] and block_bad_len[L]:
            block_penalty[s] = 1

    def slot_mask(slots) -> np.ndarray:
        m = np.zeros(T, bool)
        for t in slots:
            if 0 <= t < T:
                m[t] = True
        return m

    leaf_unavail = np.zeros((len(leaf_ids), T), bool)
    leaf_max = np.full(len(leaf_ids), -1, np.int32)
    leaf_break = np.zeros(len(leaf_ids), bool)
    for li, gi in enumerate(leaf_group):
        g = groups[gi]
        leaf_unavail[li] = slot_mask(g.unavailable)
        leaf_max[li] = g.max_periods_per_day if g.max_periods_per_day is not None else -1
        leaf_break[li] = g.prefers_break
    instr_unavail = np.array([slot_mask(x.unavailable) for x in instructors], bool).reshape(I, T)
    instr_pref = np.zeros((I, T), np.int32)
    for i, x in enumerate(instructors):
        undesired = slot_mask(x.undesired)
        outside = ~slot_mask(x.preferred) if x.preferred else np.zeros(T, bool)
        instr_pref[i] = (undesired | outside).astype(np.int32)
    room_unavail = np.array([slot_mask(r.unavailable) for r in rooms], bool).reshape(R, T)
    midday = np.zeros(P, bool)
    for p in grid.midday_periods:
        if 0 <= p < P:
            midday[p] = True
    outside_hours = np.zeros(P, bool)
    last = settings.preferred_last_period if settings.preferred_last_period is not None else P - 1
    for p in range(P):
        outside_hours[p] = p < settings.preferred_first_period or p > last
    weights_map = effective_weights(settings)
    weights = np.array([weights_map[c] for c in SOFT_IDS], dtype=np.int64)

    # A section cannot spread over more days than it has pieces (the kernels and
    # the reference clamp further to the pieces its current pattern uses).
    section_sizes = np.bincount(section, minlength=len(section_ids))
    max_pieces = int(section_sizes.max()) if S else 0
    pattern_len = np.zeros((len(pattern_rows), max_pieces), np.int32)
    for k, row in enumerate(pattern_rows):
        pattern_len[k, :len(row)] = row
    section_min_days = [min(md, int(n)) for md, n in zip(section_min_days, section_sizes)]
    leaf_ptr, leaf_idx = _csr(leaf_rows)
    cr_ptr, cr_idx = _csr(cand_rooms)
    ci_ptr, ci_idx = _csr(cand_instr)
    co_ptr, co_idx = _csr(co_rows)
    return CompiledProblem(
        problem=problem, sessions=sessions, session_index={x.id: i for i, x in enumerate(sessions)},
        n_days=D, n_periods=P, n_slots=T,
        room_ids=[r.id for r in rooms], instructor_ids=[x.id for x in instructors],
        leaf_ids=leaf_ids, leaf_group=np.array(leaf_group, np.int32), section_ids=section_ids,
        length=length, size=size, section=section, is_practical=is_practical,
        leaf_ptr=leaf_ptr, leaf_idx=leaf_idx, start_ok=start_ok, room_suits=room_suits, room_ok=room_ok, instr_ok=instr_ok,
        cand_room_ptr=cr_ptr, cand_room_idx=cr_idx, cand_instr_ptr=ci_ptr, cand_instr_idx=ci_idx,
        section_min_days=np.array(section_min_days, np.int32),
        section_first=np.array(section_first, np.int32), section_pieces=section_sizes.astype(np.int32),
        pattern_ptr=np.array(pattern_ptr, np.int32), pattern_len=pattern_len,
        start_ok_by_len=start_ok_by_len, block_bad_len=block_bad_len,
        leaf_unavail=leaf_unavail, instr_unavail=instr_unavail, room_unavail=room_unavail,
        session_unavail=session_unavail,
        instr_pref_penalty=instr_pref, room_capacity=np.array([r.capacity for r in rooms], np.int32),
        leaf_max_per_day=leaf_max,
        instr_max_per_day=np.array([x.max_periods_per_day if x.max_periods_per_day is not None else -1
                                    for x in instructors], np.int32),
        leaf_wants_break=leaf_break, midday=midday, period_is_break=period_is_break,
        slot_closed=slot_closed, outside_hours=outside_hours, block_penalty=block_penalty,
        weights=weights, capacity_hard=settings.room_capacity_hard,
        n_weeks=grid.n_weeks,
        fortnightly=np.array([x.fortnightly for x in sessions], bool).reshape(S),
        needs_room=np.array([x.needs_room for x in sessions], bool).reshape(S),
        needs_instr=np.array([x.needs_instructor for x in sessions], bool).reshape(S),
        co_ptr=co_ptr, co_idx=co_idx,
    )
