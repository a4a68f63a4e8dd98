"""Plain dicts back to model objects, with every problem collected.

Each ``read_*`` function checks types, required keys, unknown keys and ranges
(slots against the grid when its slot count is known) into a
:class:`~schedule_engine.io.json_fields.FieldReader` and returns an object
built with placeholders where a value was wrong; the caller raises once with
all diagnostics.  Field paths look like ``problem.rooms[3].capacity``.
"""

from __future__ import annotations

from schedule_engine import limits
from schedule_engine.io.json_fields import FieldReader, describe, is_int, slot_range_message
from schedule_engine.io.problem_size import grid_size_problems, problem_size_problems
from schedule_engine.model import (SESSION_TYPES, Assignment, Course, CourseComponent, Group, Instructor,
                                   Period, Problem, Room, Settings, Solution, Subgroup, TimeGrid,
                                   session_type_name_ok)
from schedule_engine.io.rule_dicts import read_rules
from schedule_engine.weeks_check import week_names_problem

PROFILES: tuple[str, ...] = ("general", "itc2007")
FRACTIONAL_READINGS: tuple[str, ...] = ("", "round-up", "fortnightly")


def _entity(kind: str, d: object) -> str:
    ident = d.get("id") if isinstance(d, dict) else None
    return f"{kind} {ident}" if isinstance(ident, str) else kind


def read_period(r: FieldReader, d: object, path: str) -> Period:
    obj = r.fields(d, path, ("name", "start", "end"), ("is_break",), "period")
    return Period(
        name=r.string(obj, "name", path, entity="period"),
        start=r.string(obj, "start", path, entity="period"),
        end=r.string(obj, "end", path, entity="period"),
        is_break=r.boolean(obj, "is_break", path, False, entity="period"),
    )


def read_time_grid(r: FieldReader, d: object, path: str) -> TimeGrid:
    ent = "time grid"
    obj = r.fields(d, path, ("days", "periods"), ("n_periods", "unavailable", "midday_periods", "week_names"),
                   ent)
    if obj is not None and not _grid_within_limits(r, obj, path):
        return TimeGrid(days=(), periods=())
    days = r.strings(obj, "days", path, ent)
    periods = tuple(
        read_period(r, p, f"{path}.periods[{i}]") for i, p in enumerate(r.items(obj, "periods", path, ent))
    )
    if obj is not None and "n_periods" in obj:
        stated = obj["n_periods"]
        if not is_int(stated):
            r.error(f"{path}.n_periods", f"expected an integer, got {describe(stated)}", ent, "wrong_type")
        elif stated != len(periods):
            r.error(f"{path}.n_periods", f"says {stated} periods but {len(periods)} are listed",
                    ent, "inconsistent")
    n_slots = len(days) * len(periods)
    return TimeGrid(
        days=days,
        periods=periods,
        unavailable=r.slots(obj, "unavailable", path, n_slots, ent),
        midday_periods=r.integers(obj, "midday_periods", path, ent, minimum=0, maximum=len(periods) - 1),
        week_names=_read_week_names(r, obj, path, ent),
    )


def _read_week_names(r: FieldReader, obj: dict | None, path: str, ent: str) -> tuple[str, ...]:
    """``week_names``: none (one week that repeats) or two distinct non-empty names."""
    names = r.strings(obj, "week_names", path, ent)
    problem = week_names_problem(names)
    if problem:
        r.error(f"{path}.week_names", problem, ent, "bad_week_names")
        return ()
    return names


def _grid_within_limits(r: FieldReader, obj: dict, path: str) -> bool:
    """False (after reporting) for a grid with more days or periods than the limits allow."""
    sizes = [len(obj.get(key)) if isinstance(obj.get(key), list) else 0 for key in ("days", "periods")]
    too_large = grid_size_problems(*sizes, r.source, path)
    r.diagnostics.extend(too_large)
    return not too_large


def read_room(r: FieldReader, d: object, path: str, n_slots: int | None) -> Room:
    ent = _entity("room", d)
    obj = r.fields(d, path, ("id", "name", "capacity"), ("type", "features", "building", "unavailable"), ent)
    return Room(
        id=r.string(obj, "id", path, entity=ent),
        name=r.string(obj, "name", path, entity=ent),
        capacity=r.integer(obj, "capacity", path, entity=ent, minimum=0, maximum=limits.STUDENTS),
        type=r.string(obj, "type", path, "lecture", entity=ent),
        features=frozenset(r.strings(obj, "features", path, ent)),
        building=r.string(obj, "building", path, "", entity=ent),
        unavailable=r.slots(obj, "unavailable", path, n_slots, ent),
    )


def read_qualifications(r: FieldReader, obj: dict | None, path: str, ent: str) -> frozenset:
    pairs = set()
    for i, q in enumerate(r.items(obj, "qualifications", path, ent)):
        q_path = f"{path}.qualifications[{i}]"
        q_obj = r.fields(q, q_path, ("course", "session_type"), (), ent)
        course = r.string(q_obj, "course", q_path, entity=ent)
        session_type = _session_type(r, q_obj, q_path, ent)
        if q_obj is not None:
            pairs.add((course, session_type))
    return frozenset(pairs)


def _session_type(r: FieldReader, obj: dict | None, path: str, ent: str) -> str:
    value = r.string(obj, "session_type", path, entity=ent)
    if obj is not None and isinstance(obj.get("session_type"), str) and not session_type_name_ok(value):
        r.error(f"{path}.session_type", f'"{value}" is not a usable session type name (not empty, '
                f'no "|" or "+"; usually one of {", ".join(SESSION_TYPES)})', ent, "bad_value")
    return value


def read_instructor(r: FieldReader, d: object, path: str, n_slots: int | None) -> Instructor:
    ent = _entity("instructor", d)
    obj = r.fields(d, path, ("id", "name"),
                   ("qualifications", "unavailable", "preferred", "undesired", "max_periods_per_day"), ent)
    return Instructor(
        id=r.string(obj, "id", path, entity=ent),
        name=r.string(obj, "name", path, entity=ent),
        qualifications=read_qualifications(r, obj, path, ent),
        unavailable=r.slots(obj, "unavailable", path, n_slots, ent),
        preferred=r.slots(obj, "preferred", path, n_slots, ent),
        undesired=r.slots(obj, "undesired", path, n_slots, ent),
        max_periods_per_day=r.integer(obj, "max_periods_per_day", path, None, ent, nullable=True, minimum=0,
                                      maximum=limits.PERIODS_PER_DAY),
    )


def read_subgroup(r: FieldReader, d: object, path: str, ent: str = "subgroup") -> Subgroup:
    obj = r.fields(d, path, ("id", "size"), (), ent)
    return Subgroup(id=r.string(obj, "id", path, entity=ent),
                    size=r.integer(obj, "size", path, entity=ent, minimum=0, maximum=limits.STUDENTS))


def read_group(r: FieldReader, d: object, path: str, n_slots: int | None) -> Group:
    ent = _entity("group", d)
    obj = r.fields(d, path, ("id", "name", "size"),
                   ("courses", "subgroups", "unavailable", "prefers_break", "max_periods_per_day"), ent)
    subgroups = [read_subgroup(r, s, f"{path}.subgroups[{i}]", ent)
                 for i, s in enumerate(r.items(obj, "subgroups", path, ent))]
    return Group(
        id=r.string(obj, "id", path, entity=ent),
        name=r.string(obj, "name", path, entity=ent),
        size=r.integer(obj, "size", path, entity=ent, minimum=0, maximum=limits.STUDENTS),
        courses=r.strings(obj, "courses", path, ent),
        subgroups=tuple(subgroups),
        unavailable=r.slots(obj, "unavailable", path, n_slots, ent),
        prefers_break=r.boolean(obj, "prefers_break", path, False, entity=ent),
        max_periods_per_day=r.integer(obj, "max_periods_per_day", path, None, ent, nullable=True, minimum=0,
                                      maximum=limits.PERIODS_PER_DAY),
    )


def read_component(r: FieldReader, d: object, path: str, ent: str = "component") -> CourseComponent:
    obj = r.fields(d, path, ("session_type", "periods_per_week"),
                   ("blocks", "room_type", "room_features", "instructors", "per_subgroup",
                    "min_block", "max_block", "patterns", "tags", "fortnightly", "needs_room",
                    "needs_instructor", "co_instructors"), ent)
    return CourseComponent(
        session_type=_session_type(r, obj, path, ent),
        periods_per_week=r.integer(obj, "periods_per_week", path, entity=ent, minimum=0,
                                   maximum=limits.WEEKLY_PERIODS),
        blocks=r.integers(obj, "blocks", path, ent, minimum=1, maximum=limits.WEEKLY_PERIODS),
        room_type=r.string(obj, "room_type", path, "", entity=ent),
        room_features=frozenset(r.strings(obj, "room_features", path, ent)),
        instructors=r.strings(obj, "instructors", path, ent),
        per_subgroup=r.boolean(obj, "per_subgroup", path, False, entity=ent),
        min_block=r.integer(obj, "min_block", path, None, ent, nullable=True, minimum=1,
                            maximum=limits.WEEKLY_PERIODS),
        max_block=r.integer(obj, "max_block", path, None, ent, nullable=True, minimum=1,
                            maximum=limits.WEEKLY_PERIODS),
        patterns=_read_patterns(r, obj, path, ent),
        tags=r.strings(obj, "tags", path, ent),
        fortnightly=r.boolean(obj, "fortnightly", path, False, entity=ent),
        needs_room=r.boolean(obj, "needs_room", path, True, entity=ent),
        needs_instructor=r.boolean(obj, "needs_instructor", path, True, entity=ent),
        co_instructors=r.strings(obj, "co_instructors", path, ent),
    )


def _read_patterns(r: FieldReader, obj: dict | None, path: str, ent: str) -> tuple[tuple[int, ...], ...]:
    """``patterns``: a list of block-length lists such as ``[[3, 3], [2, 2, 2]]``."""
    out = []
    for i, item in enumerate(r.items(obj, "patterns", path, ent)):
        item_path = f"{path}.patterns[{i}]" if path else f"patterns[{i}]"
        if not isinstance(item, list) or not item or not all(is_int(b) and b >= 1 for b in item):
            r.error(item_path, f"expected a list of block lengths of at least 1 such as [3, 3], got "
                    f"{describe(item)}", ent, "wrong_type")
            continue
        out.append(tuple(int(b) for b in item))
    return tuple(out)


def read_course(r: FieldReader, d: object, path: str, n_slots: int | None) -> Course:
    ent = _entity("course", d)
    obj = r.fields(d, path, ("id", "title"),
                   ("components", "min_days", "joint", "students", "department", "unavailable"), ent)
    components = tuple(
        read_component(r, c, f"{path}.components[{i}]", ent)
        for i, c in enumerate(r.items(obj, "components", path, ent))
    )
    return Course(
        id=r.string(obj, "id", path, entity=ent),
        title=r.string(obj, "title", path, entity=ent),
        components=components,
        min_days=r.integer(obj, "min_days", path, 0, ent, minimum=0, maximum=limits.DAYS),
        joint=r.boolean(obj, "joint", path, False, entity=ent),
        students=r.integer(obj, "students", path, None, ent, nullable=True, minimum=0, maximum=limits.STUDENTS),
        department=r.string(obj, "department", path, "", entity=ent),
        unavailable=r.slots(obj, "unavailable", path, n_slots, ent),
    )


def read_settings(r: FieldReader, d: object, path: str) -> Settings:
    ent = "settings"
    obj = r.fields(d, path, (), ("weights", "room_capacity_hard", "profile", "preferred_first_period",
                                 "preferred_last_period", "preferred_block_lengths", "time_zone",
                                 "fractional_hours"), ent)
    weights: dict[str, int] = {}
    raw = obj.get("weights", {}) if obj is not None else {}
    if not isinstance(raw, dict):
        r.error(f"{path}.weights", f"expected an object, got {describe(raw)}", ent, "wrong_type")
    else:
        for key, value in raw.items():
            if not is_int(value):
                r.error(f"{path}.weights.{key}", f"expected an integer, got {describe(value)}", ent, "wrong_type")
            elif r.check_range(value, f"{path}.weights.{key}", 0, limits.WEIGHT, ent):
                weights[key] = value
    profile = r.string(obj, "profile", path, "general", entity=ent)
    if profile not in PROFILES:
        r.error(f"{path}.profile", f'"{profile}" is not a profile (one of {", ".join(PROFILES)})', ent, "bad_value")
    fractional = r.string(obj, "fractional_hours", path, "", entity=ent)
    if fractional not in FRACTIONAL_READINGS:
        r.error(f"{path}.fractional_hours", f'"{fractional}" is not a reading of fractional hours '
                f'(one of {", ".join(x for x in FRACTIONAL_READINGS if x)})', ent, "bad_value")
        fractional = ""
    return Settings(
        weights=weights,
        room_capacity_hard=r.boolean(obj, "room_capacity_hard", path, False, entity=ent),
        profile=profile,
        preferred_first_period=r.integer(obj, "preferred_first_period", path, 0, ent, minimum=0,
                                         maximum=limits.PERIODS_PER_DAY),
        preferred_last_period=r.integer(obj, "preferred_last_period", path, None, ent, nullable=True, minimum=0,
                                        maximum=limits.PERIODS_PER_DAY),
        preferred_block_lengths=r.integers(obj, "preferred_block_lengths", path, ent, minimum=1,
                                           maximum=limits.WEEKLY_PERIODS),
        time_zone=r.string(obj, "time_zone", path, "", entity=ent).strip(),
        fractional_hours=fractional,
    )


def read_problem(r: FieldReader, d: object, path: str) -> tuple[Problem, int | None]:
    """The problem and, when its grid was read cleanly, the grid's slot count."""
    obj = r.fields(d, path, ("name", "time_grid"),
                   ("rooms", "instructors", "groups", "courses", "settings", "rules"), "problem")
    n_slots: int | None = None
    grid = TimeGrid(days=(), periods=())
    if obj is not None and "time_grid" in obj:
        errors_before = len(r.diagnostics)
        grid = read_time_grid(r, obj["time_grid"], f"{path}.time_grid")
        # Slot ranges are checked only against a grid that was read without problems.
        n_slots = grid.n_slots if len(r.diagnostics) == errors_before else None

    def each(key: str, read) -> tuple:
        return tuple(read(r, e, f"{path}.{key}[{i}]", n_slots) for i, e in enumerate(r.items(obj, key, path)))

    settings = Settings()
    if obj is not None and "settings" in obj:
        settings = read_settings(r, obj["settings"], f"{path}.settings")
    problem = Problem(
        name=r.string(obj, "name", path, entity="problem"),
        time_grid=grid,
        rooms=each("rooms", read_room),
        instructors=each("instructors", read_instructor),
        groups=each("groups", read_group),
        courses=each("courses", read_course),
        settings=settings,
        rules=read_rules(r, obj, path, n_slots),
    )
    if not r.failed:
        r.diagnostics.extend(problem_size_problems(problem, r.source))
    return problem, n_slots


def read_assignment(r: FieldReader, d: object, path: str, n_slots: int | None) -> Assignment:
    sid = d.get("session_id") if isinstance(d, dict) else None
    ent = f"session {sid}" if isinstance(sid, str) else "assignment"
    obj = r.fields(d, path, ("session_id",), ("slot", "room", "instructor", "pin_time", "pin_room",
                                              "length", "week"), ent)
    slot = r.integer(obj, "slot", path, None, ent, nullable=True)
    if slot is not None and (slot < 0 or (n_slots is not None and slot >= n_slots)):
        r.error(f"{path}.slot", slot_range_message(slot, n_slots), ent, "out_of_range")
        slot = None
    return Assignment(
        session_id=r.string(obj, "session_id", path, entity=ent),
        slot=slot,
        room=r.string(obj, "room", path, None, entity=ent, nullable=True),
        instructor=r.string(obj, "instructor", path, None, entity=ent, nullable=True),
        pin_time=r.boolean(obj, "pin_time", path, False, entity=ent),
        pin_room=r.boolean(obj, "pin_room", path, False, entity=ent),
        length=r.integer(obj, "length", path, None, ent, nullable=True, minimum=0,
                         maximum=limits.PERIODS_PER_DAY),
        week=_read_week(r, obj, path, ent),
    )


def _read_week(r: FieldReader, obj: dict | None, path: str, ent: str) -> int:
    """``week``: 0 every week, 1 the first week (A), 2 the second (B)."""
    week = r.integer(obj, "week", path, 0, ent)
    if week not in (0, 1, 2):
        r.error(f"{path}.week", f"week {week} is not a week of the cycle (0 every week, 1 the first "
                f"week, 2 the second)", ent, "bad_week")
        return 0
    return week


def read_solution(r: FieldReader, d: object, path: str, n_slots: int | None) -> Solution:
    obj = r.fields(d, path, ("assignments",), ("meta",), "solution")
    meta = obj.get("meta", {}) if obj is not None else {}
    if not isinstance(meta, dict):
        r.error(f"{path}.meta", f"expected an object, got {describe(meta)}", "solution", "wrong_type")
        meta = {}
    assignments = tuple(
        read_assignment(r, a, f"{path}.assignments[{i}]", n_slots)
        for i, a in enumerate(r.items(obj, "assignments", path, "solution"))
    )
    return Solution(assignments=assignments, meta=meta)


