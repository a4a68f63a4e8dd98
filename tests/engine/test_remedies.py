"""Remedies for shortfalls: one tiny hand-made problem per kind of remedy, with
the exact change and words offered; every remedy offered removes its shortfall."""

from __future__ import annotations

from dataclasses import replace

from schedule_engine.diagnostics import SHORTFALL_CODES, validate
from schedule_engine.model import Course, CourseComponent, Group, Instructor, Problem, Room
from schedule_engine.remedies import apply_remedy, changes_text, suggest
from schedule_engine.remedies.block_pattern import cuts
from schedule_engine.remedies.verify import clears
from tiny_problem import ALL_SLOTS, LECTURE, PRACTICAL, problem


def shortfalls(problem_: Problem):
    return [d for d in suggest(problem_) if d.code in SHORTFALL_CODES]


def kinds(d) -> list[str]:
    return [r.kind for r in d.remedies]


def each_remedy_removes_its_shortfall(problem_: Problem) -> int:
    before = validate(problem_)
    found = shortfalls(problem_)
    for d in found:
        assert d.remedies, d
        for remedy in d.remedies:
            target = next(b for b in before if (b.code, b.entity) == (d.code, d.entity))
            assert clears(target, before, validate(apply_remedy(problem_, remedy))), remedy.text
    return sum(len(d.remedies) for d in found)


def test_a_clean_problem_gets_no_remedies():
    assert suggest(problem()) == []


def test_open_the_one_period_an_instructor_lacks():
    busy = (Instructor("I1", "Ada", frozenset({("C1", "lecture"), ("C1", "practical")}), frozenset({5})),)
    p = problem(instructors=busy)
    [d] = shortfalls(p)
    first = d.remedies[0]
    assert (first.kind, first.fixes) == ("open_time", "instructor_overload: instructor I1")
    assert first.text == "Open 1 period of instructor I1's time, next to the times already open: Tue 11:00-12:00."
    assert changes_text(first) == ["Instructor I1: available at Tue 11:00-12:00"]
    fixed = apply_remedy(p, first)
    assert fixed.instructors[0].unavailable == frozenset()
    assert p.instructors[0].unavailable == frozenset({5})  # the edit is a new problem
    assert kinds(d)[-1] == "fewer_periods"
    assert each_remedy_removes_its_shortfall(p) == len(d.remedies)


def test_hand_over_to_a_teacher_of_the_same_subject_adds_the_qualification():
    busy = (Instructor("I1", "Ada", frozenset({("C1", "lecture"), ("C1", "practical")}), ALL_SLOTS - {0, 1, 2}),
            Instructor("I2", "Bo", frozenset({("C2", "lecture")})))
    sibling = Course("C2", "Course One", (LECTURE,))  # same title, no group takes it
    p = problem(instructors=busy, courses=problem().courses + (sibling,))
    [d] = shortfalls(p)
    [hand] = [r for r in d.remedies if r.kind == "hand_over"]
    assert hand.text == ("Let instructor I2, who teaches C2, the same subject, take some of this teaching: "
                         "add the qualifications C1 lecture and C1 practical to I2.")
    fixed = apply_remedy(p, hand)
    assert fixed.instructors[1].qualifications == frozenset({("C2", "lecture"), ("C1", "lecture"),
                                                             ("C1", "practical")})
    assert [x.code for x in validate(fixed) if x.severity == "error"] == []
    each_remedy_removes_its_shortfall(p)


def test_hand_over_also_extends_a_fixed_instructor_list():
    lecture = replace(LECTURE, instructors=("I1",))
    busy = (Instructor("I1", "Ada", frozenset({("C1", "lecture")}), ALL_SLOTS - {0}),
            Instructor("I2", "Bo", frozenset({("C1", "practical")})))
    p = problem(instructors=busy, courses=(Course("C1", "Course one", (lecture, PRACTICAL)),))
    [d] = shortfalls(p)
    [hand] = [r for r in d.remedies if r.kind == "hand_over"]
    assert "who teaches the practical of C1" in hand.text
    fixed = apply_remedy(p, hand)
    assert fixed.course("C1").component("lecture").instructors == ("I1", "I2")
    assert ("C1", "lecture") in fixed.instructors[1].qualifications


def test_hand_over_to_a_qualified_teacher_the_course_does_not_list_yet():
    lecture = replace(LECTURE, instructors=("I1",))
    busy = (Instructor("I1", "Ada", frozenset({("C1", "lecture"), ("C1", "practical")}), ALL_SLOTS - {0, 1, 2}),
            Instructor("I2", "Bo", frozenset({("C1", "lecture")})))
    p = problem(instructors=busy, courses=(Course("C1", "Course one", (lecture, PRACTICAL)),))
    [d] = shortfalls(p)
    [hand] = [r for r in d.remedies if r.kind == "hand_over"]
    assert hand.text == ("Let instructor I2, who is qualified for the lecture of C1, take some of this teaching: "
                         "add the qualification C1 practical to I2 and add I2 to the instructors of the lecture "
                         "of C1.")
    assert [(e.kind, e.entity_id, e.op) for e in hand.edits] == [("instructor", "I2", "add_qualifications"),
                                                                 ("course", "C1", "add_instructors")]
    fixed = apply_remedy(p, hand)
    assert fixed.course("C1").component("lecture").instructors == ("I1", "I2")
    assert fixed.instructors[1].qualifications == frozenset({("C1", "lecture"), ("C1", "practical")})
    each_remedy_removes_its_shortfall(p)


def test_teach_two_groups_jointly_where_a_room_seats_them():
    groups = (Group("G1", "One", 15, ("C1",)), Group("G2", "Two", 15, ("C1",)))
    course = Course("C1", "Course one", (LECTURE,))
    only_three = (Instructor("I1", "Ada", frozenset({("C1", "lecture")}), ALL_SLOTS - {0, 1, 2}),)
    p = problem(groups=groups, courses=(course,), instructors=only_three)
    [d] = shortfalls(p)
    [joint] = [r for r in d.remedies if r.kind == "joint"]
    assert joint.text == ("Teach C1 to G1 and G2 together: one lecture section of 30 students instead of 2; "
                          "room R1 seats 30.")
    assert apply_remedy(p, joint).course("C1").joint is True
    each_remedy_removes_its_shortfall(p)


def test_other_blocks_that_fit_the_free_stretches():
    practical = CourseComponent("practical", 4, (2, 2), room_type="practical", room_features=frozenset({"Lab"}))
    course = Course("C1", "Course one", (practical,))
    instructors = (Instructor("I2", "Bo", frozenset({("C1", "practical")}), frozenset({4, 5})),)
    p = problem(courses=(course,), instructors=instructors, groups=(Group("G", "Group", 10, ("C1",)),))
    [d] = shortfalls(p)
    [blocks] = [r for r in d.remedies if r.kind == "block_pattern"]
    assert blocks.text == "Teach the practical of C1 in blocks of 3+1 periods instead of 2+2."
    assert apply_remedy(p, blocks).course("C1").component("practical").blocks == (3, 1)
    each_remedy_removes_its_shortfall(p)


def test_cuts_fewest_and_most_even_blocks_first():
    assert cuts(4, 3) == [(2, 2), (3, 1), (2, 1, 1), (1, 1, 1, 1)]
    assert cuts(12, 8, parts=3)[:4] == [(6, 6), (7, 5), (8, 4), (4, 4, 4)]


def test_a_room_short_of_time_opens_or_another_kind_of_room_is_used():
    rooms = (Room("R1", "Hall", 30, "lecture", unavailable=ALL_SLOTS - {0}),
             Room("S1", "Seminar", 30, "seminar")) + problem().rooms[1:]
    p = problem(rooms=rooms)
    [d] = shortfalls(p)
    # opening Mon 10:00 alone would not do: with the lecture at 9:00 and 10:00, I1 could not give both
    # two-period practicals as well (the joint check of rooms and instructors sees that)
    assert d.remedies[0].text == "Open 3 periods of room R1's opening hours: Mon 10:00-12:00, Tue 09:00-10:00."
    [other] = [r for r in d.remedies if r.kind == "room_type"]
    assert other.text == ("Teach the lecture of C1 in a seminar room instead of a lecture room: "
                          "for example S1 (seats 30).")
    assert apply_remedy(p, other).course("C1").component("lecture").room_type == "seminar"
    each_remedy_removes_its_shortfall(p)


def test_a_group_short_of_free_time():
    groups = (replace(problem().groups[0], unavailable=frozenset({3, 4, 5})),)
    p = problem(groups=groups)
    found = shortfalls(p)
    assert [d.entity for d in found] == ["subgroup GA (of group G)", "subgroup GB (of group G)"]
    # one more period would let the group fit, but I1 teaches all six periods (two of the lecture,
    # two of each practical) and can only do so while the group is free: the check before offering
    # (the joint check of rooms and instructors) asks for all three
    assert found[0].remedies[0].text == "Open 3 periods of group G's free time: Tue 09:00-12:00."
    # fewer lecture or practical periods would fit the group but overload I1: not offered
    assert kinds(found[0]) == ["open_time"]
    each_remedy_removes_its_shortfall(p)


def test_remedy_ids_are_stable_and_unique():
    busy = (Instructor("I1", "Ada", frozenset({("C1", "lecture"), ("C1", "practical")}), frozenset({5})),)
    first = [r.id for d in shortfalls(problem(instructors=busy)) for r in d.remedies]
    again = [r.id for d in shortfalls(problem(instructors=busy)) for r in d.remedies]
    assert first == again and len(set(first)) == len(first)
    assert first[0].startswith("i1-open-time-")


def test_remedies_in_the_diagnostic_dict():
    busy = (Instructor("I1", "Ada", frozenset({("C1", "lecture"), ("C1", "practical")}), frozenset({5})),)
    [d] = shortfalls(problem(instructors=busy))
    out = d.to_dict()
    assert [r["id"] for r in out["remedies"]] == [r.id for r in d.remedies]
    assert out["remedies"][0]["text"] == d.remedies[0].text
    assert out["remedies"][0]["edits"] == [{"kind": "instructor", "id": "I1", "field": "unavailable",
                                            "change": "available at Tue 11:00-12:00"}]
    assert "remedies" not in validate(problem(instructors=busy))[0].to_dict()
