"""Generated cases: problems built around a planted timetable, with every resource
free exactly when the timetable uses it, then one period taken away.  The planted
problem never gets a shortfall (soundness); the short one gets remedies, and each
remedy, applied alone, removes its shortfall without creating another."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from schedule_engine.diagnostics import SHORTFALL_CODES, validate
from schedule_engine.model import Course, CourseComponent, Group, Instructor, Period, Problem, Room, TimeGrid
from schedule_engine.remedies import apply_first, apply_remedy, suggest
from schedule_engine.remedies.verify import clears

GRID = TimeGrid(days=("Mon", "Tue", "Wed"),
                periods=tuple(Period(str(i + 1), f"{9 + i:02d}:00", f"{10 + i:02d}:00") for i in range(4)))


def planted(seed: int) -> tuple[Problem, dict[str, set[int]]]:
    """A problem, and the slots each resource is busy in a timetable without clashes."""
    rng = random.Random(seed)
    T = GRID.n_slots
    busy: dict[str, set[int]] = {}
    groups = [f"G{g}" for g in range(rng.randint(2, 3))]
    teachers = [f"I{i}" for i in range(3)]
    rooms = ["R0", "R1"]
    courses, takes, quals = [], {g: [] for g in groups}, {i: set() for i in teachers}
    for k in range(rng.randint(3, 5)):
        cid = f"C{k}"
        attendees = rng.sample(groups, rng.randint(1, 2))
        teacher = rng.choice(teachers)
        joint = len(attendees) > 1
        placed = 0
        for _ in range(rng.randint(1, 3)):
            sections = [attendees] if joint else [[g] for g in attendees]
            slots = []
            for section in sections:
                free = [t for t in range(T) if t not in busy.get(teacher, set())
                        and all(t not in busy.get(g, set()) for g in section)
                        and any(t not in busy.get(r, set()) for r in rooms)]
                if not free:
                    break
                slots.append((section, rng.choice(free)))
            if len(slots) < len(sections):
                break
            for section, t in slots:
                room = next(r for r in rooms if t not in busy.get(r, set()))
                for name in (teacher, room, *section):
                    busy.setdefault(name, set()).add(t)
            placed += 1
        if not placed:
            continue
        courses.append(Course(cid, f"Course {k}", (CourseComponent("lecture", placed, room_type="lecture"),),
                              joint=joint))
        quals[teacher].add((cid, "lecture"))
        for g in attendees:
            takes[g].append(cid)
    everything = frozenset(range(T))
    problem = Problem(
        name=f"planted-{seed}", time_grid=GRID,
        rooms=tuple(Room(r, r, 40, "lecture", unavailable=everything - busy.get(r, set())) for r in rooms),
        instructors=tuple(Instructor(i, i, frozenset(quals[i]), everything - busy.get(i, set()))
                          for i in teachers),
        groups=tuple(Group(g, g, 15, tuple(takes[g]), unavailable=everything - busy.get(g, set()))
                     for g in groups if takes[g]),
        courses=tuple(courses))
    return problem, busy


def short_of_one_period(problem: Problem, busy: dict[str, set[int]], seed: int) -> Problem:
    """The planted problem with one busy period of a teacher, room or group closed."""
    rng = random.Random(seed * 7 + 1)
    kind = rng.choice(["instructors", "rooms", "groups"])
    items = [x for x in getattr(problem, kind) if busy.get(x.id)]
    victim = rng.choice(items)
    slot = rng.choice(sorted(busy[victim.id]))
    return replace(problem, **{kind: tuple(replace(x, unavailable=x.unavailable | {slot}) if x is victim else x
                                           for x in getattr(problem, kind))})


SEEDS = range(24)


@pytest.mark.parametrize("seed", SEEDS)
def test_planted_problems_have_no_shortfall(seed):
    problem, _busy = planted(seed)
    assert [d for d in validate(problem) if d.severity == "error"] == []


def test_every_remedy_alone_removes_its_shortfall_on_generated_cases():
    checked = cases = 0
    kinds: set[str] = set()
    for seed in SEEDS:
        problem, busy = planted(seed)
        short = short_of_one_period(problem, busy, seed)
        before = validate(short)
        if not any(d.code in SHORTFALL_CODES for d in before):
            continue  # the closed period happened to be spare for the capacity check
        cases += 1
        for d in suggest(short):
            if d.code not in SHORTFALL_CODES:
                continue
            assert d.remedies, (seed, d)
            target = next(b for b in before if (b.code, b.entity) == (d.code, d.entity))
            for remedy in d.remedies:
                assert clears(target, before, validate(apply_remedy(short, remedy))), (seed, remedy.text)
                kinds.add(remedy.kind)
                checked += 1
        fixed, applied, left = apply_first(short)
        assert applied and not [x for x in left if x.severity == "error"], seed
    assert cases >= 10 and checked >= 2 * cases
    assert {"open_time", "fewer_periods"} <= kinds
