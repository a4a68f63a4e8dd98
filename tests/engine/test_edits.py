"""Pure data edits: renames follow references, deletions report their consequences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from schedule_engine import edits
from schedule_engine.errors import InvalidInputError
from schedule_engine.model import (
    Course,
    CourseComponent,
    Group,
    Instructor,
    Period,
    Problem,
    Room,
    Settings,
    Subgroup,
    TimeGrid,
)


@pytest.fixture()
def problem() -> Problem:
    grid = TimeGrid(
        days=("Mon", "Tue"),
        periods=(Period("P1", "08:00", "08:50"), Period("P2", "09:00", "09:50"), Period("P3", "10:00", "10:50")),
        unavailable=frozenset({5}),
        midday_periods=(2,),
    )
    return Problem(
        name="t",
        time_grid=grid,
        rooms=(Room("R1", "Hall", 60), Room("L1", "Lab", 24, type="practical", features={"pc"})),
        instructors=(
            Instructor("I1", "Ada", qualifications={("ENCT 101", "lecture")}, unavailable={0}, preferred={1}),
            Instructor("I2", "Bob", qualifications={("ENCT 101", "practical"), ("MATH", "lecture")}),
        ),
        groups=(
            Group("BCT1", "Computing 1", 48, courses=("ENCT 101", "MATH"),
                  subgroups=(Subgroup("BCT1-A", 24), Subgroup("BCT1-B", 24)), unavailable={4}),
            Group("BEI1", "Electronics 1", 40, courses=("MATH",)),
        ),
        courses=(
            Course("ENCT 101", "Programming", components=(
                CourseComponent("lecture", 2, instructors=("I1", "I2")),
                CourseComponent("practical", 3, blocks=(3,), room_type="practical", instructors=("I2",)),
            )),
            Course("MATH", "Maths", components=(CourseComponent("lecture", 3),), unavailable={3}),
        ),
    )


def test_renaming_a_course_updates_enrolments_and_qualifications(problem):
    course = problem.course("ENCT 101")
    result = edits.replace_entity(problem, "course", "ENCT 101", replace(course, id="ENCT 111"))
    assert result.course("ENCT 101") is None
    assert result.course("ENCT 111").title == "Programming"
    assert result.group("BCT1").courses == ("ENCT 111", "MATH")
    assert result.instructor("I1").qualifications == frozenset({("ENCT 111", "lecture")})
    assert result.instructor("I2").qualifications == frozenset({("ENCT 111", "practical"), ("MATH", "lecture")})
    assert problem.group("BCT1").courses == ("ENCT 101", "MATH")  # the original is untouched


def test_renaming_an_instructor_updates_component_candidates(problem):
    result = edits.replace_entity(problem, "instructor", "I2", replace(problem.instructor("I2"), id="I9"))
    comps = result.course("ENCT 101").components
    assert comps[0].instructors == ("I1", "I9")
    assert comps[1].instructors == ("I9",)


def test_renaming_a_group_renames_subgroups_named_after_it(problem):
    result = edits.replace_entity(problem, "group", "BCT1", replace(problem.group("BCT1"), id="BCT2"))
    assert [s.id for s in result.group("BCT2").subgroups] == ["BCT2-A", "BCT2-B"]


@pytest.mark.parametrize(
    "kind, entity_id, change, field",
    [
        ("room", "R1", {"capacity": 0}, "capacity"),
        ("room", "R1", {"id": "L1"}, "id"),
        ("room", "R1", {"id": ""}, "id"),
        ("room", "R1", {"id": "R|1"}, "id"),
        ("group", "BEI1", {"size": -3}, "size"),
        ("group", "BEI1", {"courses": ("MATH", "NOPE")}, "courses"),
        ("group", "BEI1", {"subgroups": (Subgroup("BCT1-A", 10),)}, "subgroups"),
        ("instructor", "I1", {"qualifications": {("GHOST", "lecture")}}, "qualifications"),
        ("instructor", "I1", {"max_periods_per_day": 0}, "max_periods_per_day"),
        ("course", "MATH", {"min_days": 3}, "min_days"),
        ("course", "MATH", {"components": (CourseComponent("lecture", 3, instructors=("I7",)),)},
         "lecture.instructors"),
        ("course", "MATH", {"components": (CourseComponent("lecture", 3, blocks=(2, 2)),)}, "lecture.blocks"),
    ],
)
def test_invalid_edits_are_refused_with_the_field_named(problem, kind, entity_id, change, field):
    old = edits.find_entity(problem, kind, entity_id)
    with pytest.raises(InvalidInputError) as caught:
        edits.replace_entity(problem, kind, entity_id, replace(old, **change))
    assert [d.field for d in caught.value.diagnostics] == [field]
    assert caught.value.diagnostics[0].entity.startswith(kind)


def test_unknown_references_already_in_the_data_do_not_block_other_edits(problem):
    legacy = replace(problem, groups=(replace(problem.group("BEI1"), courses=("MATH", "OLD")),) + problem.groups[:1])
    result = edits.replace_entity(legacy, "group", "BEI1", replace(legacy.group("BEI1"), name="Renamed"))
    assert result.group("BEI1").name == "Renamed"


def test_delete_instructor_removes_it_from_candidates_and_says_so(problem):
    result, consequences = edits.delete_entities(problem, "instructor", ["I2"])
    assert result.instructor("I2") is None
    assert result.course("ENCT 101").components[0].instructors == ("I1",)
    assert result.course("ENCT 101").components[1].instructors == ()
    assert consequences == [
        "Course ENCT 101: instructor I2 removed from its lecture candidates",
        "Course ENCT 101: instructor I2 removed from its practical candidates",
        "Course ENCT 101: practical has no fixed instructors left, so any qualified instructor may teach it",
    ]


def test_delete_course_drops_enrolments_and_qualifications(problem):
    result, consequences = edits.delete_entities(problem, "course", ["ENCT 101"])
    assert result.group("BCT1").courses == ("MATH",)
    assert result.instructor("I1").qualifications == frozenset()
    assert consequences == [
        "Group BCT1 no longer takes ENCT 101",
        "Instructor I1 loses qualification ENCT 101 (lecture)",
        "Instructor I2 loses qualification ENCT 101 (practical)",
    ]


def test_delete_unreferenced_room_has_no_consequences(problem):
    result, consequences = edits.delete_entities(problem, "room", ["R1", "L1"])
    assert result.rooms == ()
    assert consequences == []


def test_delete_unknown_id_is_refused(problem):
    with pytest.raises(InvalidInputError):
        edits.delete_entities(problem, "room", ["R404"])


def test_references_to(problem):
    assert edits.references_to(problem, "instructor", "I1") == ["Course ENCT 101 lists I1 as a lecture instructor"]
    assert edits.references_to(problem, "course", "MATH") == [
        "Group BCT1 takes MATH",
        "Group BEI1 takes MATH",
        "Instructor I2 is qualified for MATH (lecture)",
    ]
    assert edits.references_to(problem, "room", "R1") == []


def test_duplicate_makes_unique_ids(problem):
    once, first = edits.duplicate_entity(problem, "room", "R1")
    twice, second = edits.duplicate_entity(once, "room", "R1")
    assert (first, second) == ("R1-2", "R1-3")
    assert [r.id for r in twice.rooms] == ["R1", "L1", "R1-2", "R1-3"]
    assert twice.room("R1-3").capacity == 60
    thrice, third = edits.duplicate_entity(twice, "room", "R1-2")  # a copy of a copy
    assert third == "R1-4"
    hyphened = edits.add_entities(problem, "room", [Room("ENCT-101", "Lab", 20)])
    assert edits.duplicate_entity(hyphened, "room", "ENCT-101")[1] == "ENCT-101-2"


def test_duplicate_group_gives_its_subgroups_new_ids(problem):
    result, new_id = edits.duplicate_entity(problem, "group", "BCT1")
    assert new_id == "BCT1-2"
    assert [s.id for s in result.group(new_id).subgroups] == ["BCT1-2-A", "BCT1-2-B"]
    assert result.group(new_id).courses == ("ENCT 101", "MATH")


def test_add_entities_refuses_a_taken_id(problem):
    with pytest.raises(InvalidInputError):
        edits.add_entities(problem, "room", [Room("R1", "again", 10)])
    result = edits.add_entities(problem, "room", [Room("R2", "new", 10)])
    assert result.room("R2").name == "new"


def test_set_course_groups_edits_the_groups(problem):
    result = edits.set_course_groups(problem, "ENCT 101", ["BEI1"])
    assert result.group("BCT1").courses == ("MATH",)
    assert result.group("BEI1").courses == ("MATH", "ENCT 101")
    with pytest.raises(InvalidInputError):
        edits.set_course_groups(problem, "ENCT 101", ["GHOST"])


def test_inserting_a_period_keeps_slots_at_their_day_and_period(problem):
    # slots on a 3-period grid: I1 unavailable Mon P1 (0), preferred Mon P2 (1);
    # group BCT1 unavailable Tue P2 (4); MATH unavailable Tue P1 (3); closed Tue P3 (5).
    result = edits.insert_period(problem, 1, Period("X", "08:50", "09:00", is_break=True))
    grid = result.time_grid
    assert [p.name for p in grid.periods] == ["P1", "X", "P2", "P3"]
    assert result.instructor("I1").unavailable == {0}
    assert result.instructor("I1").preferred == {2}
    assert result.group("BCT1").unavailable == {4 + 2}
    assert result.course("MATH").unavailable == {4}
    assert grid.unavailable == {7}
    assert grid.midday_periods == (3,)


def test_removing_a_day_drops_its_slots_and_moves_the_rest(problem):
    result = edits.remove_days(problem, [0])
    assert result.time_grid.days == ("Tue",)
    assert result.instructor("I1").unavailable == frozenset()
    assert result.group("BCT1").unavailable == {1}
    assert result.time_grid.unavailable == {2}


def test_removing_a_period(problem):
    result = edits.remove_periods(problem, [0])
    assert result.instructor("I1").preferred == {0}
    assert result.group("BCT1").unavailable == {2}  # Tue P2 -> day 1 * 2 periods + 0
    assert result.time_grid.midday_periods == (1,)


def test_set_time_grid_by_position_drops_out_of_range_slots(problem):
    grid = TimeGrid(days=("Mon", "Tue"), periods=problem.time_grid.periods[:2])
    result = edits.set_time_grid(problem, grid)
    assert result.group("BCT1").unavailable == {3}  # Tue P2 at (1, 1) -> 1*2+1
    assert result.course("MATH").unavailable == {2}


def test_set_time_grid_refuses_an_empty_grid(problem):
    with pytest.raises(InvalidInputError):
        edits.set_time_grid(problem, TimeGrid(days=(), periods=problem.time_grid.periods))


def test_set_settings(problem):
    result = edits.set_settings(problem, Settings(weights={"room_capacity": 4}, room_capacity_hard=True))
    assert result.settings.room_capacity_hard is True
    with pytest.raises(InvalidInputError):
        edits.set_settings(problem, Settings(weights={"room_capacity": -1}))


def test_lost_slots_says_what_a_smaller_grid_dropped(problem):
    result = edits.remove_days(problem, [0])
    assert edits.lost_slots(problem, result) == [
        "Instructor I1 loses 1 unavailable, 1 preferred slots",
    ]
    result = edits.remove_days(problem, [1])
    assert edits.lost_slots(problem, result) == [
        "The institution loses 1 closed slot",
        "Group BCT1 loses 1 unavailable slot",
        "Course MATH loses 1 unavailable slot",
    ]
