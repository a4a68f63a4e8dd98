"""FET's time and space constraints as rules (docs/FORMATS.md, "FET files").

A constraint of weight 100 % is hard; one below is soft with weight
``ceil(percentage)`` (1 to 99); weight 0 % and inactive constraints are skipped
(and counted).  Not-available times at 100 % and break times become the
instructors', groups', rooms' and the grid's closed slots; everything else
becomes a :class:`Rule` with id ``fet-t<n>`` or ``fet-s<n>`` (n: the constraint's position in
the time or space list)
and the FET type in its comment.  Every other constraint type is reported
as one warning with its FET name and count.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import replace

from schedule_engine import limits
from schedule_engine.errors import Diagnostic
from schedule_engine.io.fet_data import FetData, text_of
from schedule_engine.model import Problem
from schedule_engine.rule_data import Rule

_PERCENT = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,12})?")
_HALF_DAY_BUILD = re.compile(r"-(ma|algeria|morocco)[0-9]*$")
"""FET 5's mornings-afternoons builds (``5.27.3-ma9``, ``5.27.3-algeria7``); FET 6 says ``<Mode>``."""

BUILT_IN = frozenset({"ConstraintBasicCompulsoryTime", "ConstraintBasicCompulsorySpace"})

# FET tag -> (rule type, whom: teacher | teachers | set | students, {param: (FET field, kind)}).
_C, _F = "count", "flag"
_MAX_DAYS = {"max_days": ("Max_Days_Per_Week", _C)}
_MIN_DAYS = {"min_days": ("Minimum_Days_Per_Week", _C)}
_MAX_DAILY = {"max_periods": ("Maximum_Hours_Daily", _C)}
_MIN_DAILY = {"min_periods": ("Minimum_Hours_Daily", _C), "allow_empty_days": ("Allow_Empty_Days", _F)}
_GAPS = {"max_gaps": ("Max_Gaps", _C)}
_ROW = {"max_periods": ("Maximum_Hours_Continuously", _C)}
PEOPLE: dict[str, tuple[str, str, dict]] = {}
for _suffix, _type, _params in (("MaxDaysPerWeek", "max_days_per_week", _MAX_DAYS),
                                ("MinDaysPerWeek", "min_days_per_week", _MIN_DAYS),
                                ("MaxHoursDaily", "max_periods_per_day", _MAX_DAILY),
                                ("MinHoursDaily", "min_periods_per_day", _MIN_DAILY),
                                ("MaxGapsPerWeek", "max_gaps_per_week", _GAPS),
                                ("MaxGapsPerDay", "max_gaps_per_day", _GAPS),
                                ("MaxHoursContinuously", "max_periods_in_a_row", _ROW)):
    for _who, _prefix in (("teacher", "Teacher"), ("teachers", "Teachers"), ("set", "StudentsSet"),
                          ("students", "Students")):
        PEOPLE[f"Constraint{_prefix}{_suffix}"] = (_type, _who, _params)
for _who in ("StudentsSet", "Students"):  # FET has min days per week for teachers only
    del PEOPLE[f"Constraint{_who}MinDaysPerWeek"]
HALF_DAYS: dict[str, tuple[str, str, dict]] = {}
"""Mornings-afternoons files only (each real day is two FET days: morning, afternoon)."""
for _half, _type, _param in (("Afternoons", "max_afternoons_per_week", "max_afternoons"),
                             ("Mornings", "max_mornings_per_week", "max_mornings")):
    for _who, _prefix in (("teacher", "Teacher"), ("teachers", "Teachers"), ("set", "StudentsSet"),
                          ("students", "Students")):
        HALF_DAYS[f"Constraint{_prefix}Max{_half}PerWeek"] = (_type, _who, {_param: (f"Max_{_half}_Per_Week", _C)})
PEOPLE.update(HALF_DAYS)
TAGGED = {f"Constraint{_prefix}ActivityTag{_suffix}": (_type, _who, _params)
          for _suffix, _type, _params in (("MaxHoursDaily", "max_periods_per_day", _MAX_DAILY),
                                          ("MaxHoursContinuously", "max_periods_in_a_row", _ROW))
          for _who, _prefix in (("teacher", "Teacher"), ("teachers", "Teachers"), ("set", "StudentsSet"),
                                ("students", "Students"))}
"""Rules on a person's lessons of one activity tag only."""
PEOPLE.update(TAGGED)
INTERVAL = {f"Constraint{_prefix}IntervalMaxDaysPerWeek": ("max_days_in_slots", _who, _MAX_DAYS)
            for _who, _prefix in (("teacher", "Teacher"), ("teachers", "Teachers"), ("set", "StudentsSet"),
                                  ("students", "Students"))}
"""Days with lessons between two hours (the end hour excluded; empty: the day's end)."""
PEOPLE.update(INTERVAL)
_EARLY = {"max_second_period_starts": ("Max_Beginnings_At_Second_Hour", _C)}
PEOPLE["ConstraintStudentsEarlyMaxBeginningsAtSecondHour"] = ("early_start", "students", _EARLY)
PEOPLE["ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour"] = ("early_start", "set", _EARLY)

NOT_AVAILABLE = {"ConstraintTeacherNotAvailableTimes": "Teacher", "ConstraintStudentsSetNotAvailableTimes": "Students",
                 "ConstraintRoomNotAvailableTimes": "Room"}
# FET tag -> (rule type, how the lessons are named: one | ids | pair | three | filter,
# times: (item, day, hour) or None).
_START = ("Preferred_Starting_Time", "Preferred_Starting_Day", "Preferred_Starting_Hour")
_SLOT = ("Preferred_Time_Slot", "Preferred_Day", "Preferred_Hour")
LESSONS: dict[str, tuple[str, str, tuple | None]] = {
    "ConstraintActivityPreferredStartingTime": ("preferred_starting_times", "one", None),
    "ConstraintActivityPreferredStartingTimes": ("preferred_starting_times", "one", _START),
    "ConstraintActivitiesPreferredStartingTimes": ("preferred_starting_times", "filter", _START),
    "ConstraintActivityPreferredTimeSlots": ("preferred_time_slots", "one", _SLOT),
    "ConstraintActivitiesPreferredTimeSlots": ("preferred_time_slots", "filter", _SLOT),
    "ConstraintActivitiesSameStartingTime": ("same_starting_time", "ids", None),
    "ConstraintActivitiesSameStartingDay": ("same_day", "ids", None),
    "ConstraintActivitiesNotOverlapping": ("not_overlapping", "ids", None),
    "ConstraintTwoActivitiesConsecutive": ("consecutive", "pair", None),
    "ConstraintTwoActivitiesOrdered": ("ordered", "pair", None),
    "ConstraintTwoActivitiesGrouped": ("grouped", "pair", None),
    "ConstraintThreeActivitiesGrouped": ("grouped", "three", None),
    "ConstraintMinDaysBetweenActivities": ("min_days_between", "ids", None),
    "ConstraintActivityEndsStudentsDay": ("ends_students_day", "one", None),
    "ConstraintActivitiesEndStudentsDay": ("ends_students_day", "filter", None),
    "ConstraintActivitiesOccupyMaxTimeSlotsFromSelection": (
        "max_slots_from_selection", "ids", ("Selected_Time_Slot", "Selected_Day", "Selected_Hour")),
    "ConstraintActivitiesOccupyMaxDifferentRooms": ("max_different_rooms", "ids", None),
}
# FET tag -> which activities: activity | subject | tag | subject_tag | set_home | teacher_home.
ROOMS: dict[str, str] = {}
for _stem, _whose in (("Activity", "activity"), ("Subject", "subject"), ("ActivityTag", "tag"),
                      ("SubjectActivityTag", "subject_tag")):
    ROOMS[f"Constraint{_stem}PreferredRoom"] = ROOMS[f"Constraint{_stem}PreferredRooms"] = _whose
ROOMS["ConstraintStudentsSetHomeRoom"] = ROOMS["ConstraintStudentsSetHomeRooms"] = "set_home"
ROOMS["ConstraintTeacherHomeRoom"] = ROOMS["ConstraintTeacherHomeRooms"] = "teacher_home"

SUPPORTED = frozenset(BUILT_IN | {"ConstraintBreakTimes"} | set(PEOPLE) | set(NOT_AVAILABLE) | set(LESSONS) | set(ROOMS))
"""Every FET constraint type the import maps (the coverage table counts these)."""


def _is_home(rule: Rule) -> bool:
    return rule.comment.endswith(("HomeRoom", "HomeRooms"))


class _Import:
    def __init__(self, data: FetData, problem: Problem):
        self.data, self.problem = data, problem
        self.rules: list[Rule] = []
        self.closed: dict[tuple[str, str], set[int]] = {}
        self.unsupported: Counter = Counter()
        self.skipped = Counter()
        self.half_days = False
        """A mornings-afternoons file: FET days alternate morning, afternoon."""

    # -- reading fields -------------------------------------------------------------
    def weight(self, e: ET.Element, where: str) -> tuple[bool, int] | None:
        text = text_of(e, "Weight_Percentage") or "100"
        if not _PERCENT.fullmatch(text) or float(text) > 100:
            self.data.error(where, f"'Weight_Percentage' must be a number from 0 to 100, not {text!r}")
            return None
        value = float(text)
        if value == 0:
            self.skipped["weight 0 %"] += 1
            return None
        return (True, 1) if value == 100 else (False, max(1, math.ceil(value)))

    def slots(self, e: ET.Element, where: str, item: str, day: str, hour: str) -> list[int]:
        out = []
        for t in e.findall(item):
            slot = self.data.slot(text_of(t, day), text_of(t, hour))
            if slot is None:
                self.data.error(where, f"'{item}' names day {text_of(t, day)!r} and hour {text_of(t, hour)!r}, "
                                "which are not in the file's days and hours", "unknown_reference")
            else:
                out.append(slot)
        return out

    def sessions(self, ids) -> tuple[str, ...]:
        return tuple(self.data.session_of[a] for a in ids if a in self.data.session_of)

    def filtered(self, e: ET.Element, teacher="Teacher_Name", students="Students_Name",
                 subject="Subject_Name", tag="Activity_Tag_Name") -> tuple[str, ...]:
        t, st, su, tg = (text_of(e, k) for k in (teacher, students, subject, tag))
        duration = text_of(e, "Duration")
        return self.sessions(a.id for a in self.data.activities.values()
                             if (not t or t in a.teachers) and (not st or st in a.students)
                             and (not su or su == a.subject) and (not tg or tg in a.tags)
                             and (not duration or duration == str(a.duration)))

    def add(self, tag: str, where: str, e: ET.Element, kind: str, **fields) -> None:
        level = self.weight(e, where)
        if level is None:
            return
        if fields.pop("_empty", False):
            self.skipped["naming no active activity"] += 1
            return
        self.rules.append(Rule(f"fet-{where.split()[-1]}", kind, hard=level[0], weight=level[1],
                               comment=f"FET {tag.removeprefix('Constraint')}", **fields))

    # -- the constraint kinds ------------------------------------------------------------
    def people(self, tag: str, where: str, e: ET.Element) -> None:
        kind, who, spec = PEOPLE[tag]
        params: dict = {}
        if tag in HALF_DAYS:
            if not self.half_days:
                self.unsupported[tag] += 1  # only meaningful in a mornings-afternoons file
                return
            P, odd = len(self.data.hours), kind == "max_afternoons_per_week"
            params["slots"] = [d * P + h for d in range(len(self.data.days)) if d % 2 == odd for h in range(P)]
        for name, (fet_field, form) in spec.items():
            text = text_of(e, fet_field)
            if form == _F:
                params[name] = text.lower() != "false"
            else:
                params[name] = self.data.whole(text, limits.WEEKLY_PERIODS, where, fet_field)
        whom: dict = {"teachers": {"all_of": ("instructors",)}, "students": {"all_of": ("groups",)},
                      "teacher": {"instructors": (text_of(e, "Teacher_Name"),)},
                      "set": {"groups": self.data.atoms.get(text_of(e, "Students"), ())}}[who]
        if tag in INTERVAL:
            start, end = text_of(e, "Interval_Start_Hour"), text_of(e, "Interval_End_Hour")
            hours = self.data.hours
            if start not in hours or (end and end not in hours):
                self.data.error(where, f"'Interval_Start_Hour' {start!r} or 'Interval_End_Hour' {end!r} is not "
                                "one of the file's hours", "unknown_reference")
                return
            last = hours.index(end) if end else len(hours)
            params["slots"] = [d * len(hours) + h for d in range(len(self.data.days))
                               for h in range(hours.index(start), last)]
        if tag in TAGGED:
            whom["tags"] = (text_of(e, "Activity_Tag_Name") or text_of(e, "Activity_Tag"),)
        self.add(tag, where, e, kind, params=params, **whom)

    def not_available(self, tag: str, where: str, e: ET.Element) -> None:
        field = NOT_AVAILABLE[tag]
        slots = self.slots(e, where, "Not_Available_Time", "Day", "Hour")
        name = text_of(e, field)
        level = self.weight(e, where)
        if level is None:
            return
        if level[0]:
            targets = self.data.atoms.get(name, ()) if field == "Students" else (name,)
            for target in targets:
                self.closed.setdefault((field, target), set()).update(slots)
            return
        who = {"Teacher": "instructors", "Students": "groups", "Room": "rooms"}[field]
        names = self.data.atoms.get(name, ()) if field == "Students" else (name,)
        self.rules.append(Rule(f"fet-{where.split()[-1]}", "not_available", hard=False, weight=level[1],
                               params={"slots": slots}, comment=f"FET {tag.removeprefix('Constraint')}",
                               **{who: names}))

    def lessons(self, tag: str, where: str, e: ET.Element) -> None:
        kind, naming, times = LESSONS[tag]
        if naming == "one":
            sessions = self.sessions([text_of(e, "Activity_Id")])
        elif naming in ("pair", "three"):
            sessions = self.sessions([text_of(e, f"{nth}_Activity_Id") for nth in ("First", "Second", "Third")
                                      if nth != "Third" or naming == "three"])
        elif naming == "ids":
            sessions = self.sessions((x.text or "").strip() for x in e.findall("Activity_Id"))
        else:
            sessions = self.filtered(e)
        params: dict = {}
        if times is not None:
            params["slots"] = self.slots(e, where, *times)
        elif tag == "ConstraintActivityPreferredStartingTime":
            slot = self.data.slot(text_of(e, "Preferred_Day"), text_of(e, "Preferred_Hour"))
            params["slots"] = [] if slot is None else [slot]
        for fet_field, name in (("Max_Number_of_Occupied_Time_Slots", "max_slots"),
                                ("Max_Number_of_Different_Rooms", "max_rooms")):
            if kind == {"max_slots": "max_slots_from_selection", "max_rooms": "max_different_rooms"}[name]:
                params[name] = self.data.whole(text_of(e, fet_field), limits.WEEKLY_PERIODS, where, fet_field)
        if kind == "min_days_between":
            params["min_days"] = self.data.whole(text_of(e, "MinDays"), limits.DAYS, where, "MinDays")
            params["consecutive_if_same_day"] = text_of(e, "Consecutive_If_Same_Day").lower() == "true"
        wanted = 2 if naming in ("pair", "three", "ids") else 1
        self.add(tag, where, e, kind, sessions=sessions, params=params, _empty=len(sessions) < wanted)

    def rooms(self, tag: str, where: str, e: ET.Element) -> None:
        whose = ROOMS[tag]
        rooms = tuple((x.text or "").strip() for x in e.findall("Preferred_Room")) or (text_of(e, "Room"),)
        acts = self.data.activities.values()
        subject, atag = text_of(e, "Subject"), text_of(e, "Activity_Tag")
        chosen = {
            "activity": lambda: self.sessions([text_of(e, "Activity_Id")]),
            "subject": lambda: self.sessions(a.id for a in acts if a.subject == subject),
            "tag": lambda: self.sessions(a.id for a in acts if atag in a.tags),
            "subject_tag": lambda: self.sessions(a.id for a in acts if a.subject == subject and atag in a.tags),
            "set_home": lambda: self.sessions(a.id for a in acts if a.students == (text_of(e, "Students"),)),
            "teacher_home": lambda: self.sessions(a.id for a in acts if a.teachers == (text_of(e, "Teacher"),)),
        }[whose]()
        self.add(tag, where, e, "preferred_rooms", sessions=chosen, rooms=rooms, _empty=not chosen)

    def breaks(self, where: str, e: ET.Element) -> None:
        self.closed.setdefault(("grid", ""), set()).update(self.slots(e, where, "Break_Time", "Day", "Hour"))

    def home_rooms_yield(self) -> None:
        """FET gives an activity its home room only when no preferred-room constraint names it
        (its room search takes the preferred rooms first): home-room rules leave those sessions out."""
        preferred = {s for r in self.rules if r.type == "preferred_rooms" and not _is_home(r) for s in r.sessions}
        kept = []
        for rule in self.rules:
            if rule.type == "preferred_rooms" and _is_home(rule) and preferred.intersection(rule.sessions):
                rule = replace(rule, sessions=tuple(s for s in rule.sessions if s not in preferred))
                if not rule.sessions:
                    self.skipped["a home room overridden by preferred rooms for every activity"] += 1
                    continue
            kept.append(rule)
        self.rules = kept


def apply_constraints(root: ET.Element, data: FetData, problem: Problem) -> tuple[Problem, list[Diagnostic]]:
    job = _Import(data, problem)
    version = root.get("version", "")
    job.half_days = text_of(root, "Mode") == "Mornings_Afternoons" or bool(_HALF_DAY_BUILD.search(version))
    inactive = 0
    for list_tag, letter in (("Time_Constraints_List", "t"), ("Space_Constraints_List", "s")):
        lst = root.find(list_tag)
        for n, e in enumerate(lst if lst is not None else (), start=1):
            where = f"{e.tag} {letter}{n}"
            if text_of(e, "Active").lower() == "false":
                inactive += 1
            elif e.tag in BUILT_IN:
                continue
            elif e.tag == "ConstraintBreakTimes":
                job.breaks(where, e)
            elif e.tag in PEOPLE:
                job.people(e.tag, where, e)
            elif e.tag in NOT_AVAILABLE:
                job.not_available(e.tag, where, e)
            elif e.tag in LESSONS:
                job.lessons(e.tag, where, e)
            elif e.tag in ROOMS:
                job.rooms(e.tag, where, e)
            else:
                job.unsupported[e.tag] += 1
    job.home_rooms_yield()
    notes = [Diagnostic("warning", f"FET constraint type {tag} is not supported: {n} constraint(s) not imported.",
                        location=data.source, code="fet_unsupported", entity=tag)
             for tag, n in sorted(job.unsupported.items(), key=lambda kv: (-kv[1], kv[0]))]
    notes += [Diagnostic("warning", f"{n} constraint(s) with {why} have no effect and were skipped.",
                         location=data.source, code="fet_skipped") for why, n in job.skipped.items()]
    if inactive:
        notes.append(Diagnostic("warning", f"{inactive} inactive constraint(s) were skipped.",
                                location=data.source, code="fet_inactive_constraint"))
    return _closed(problem, job), notes


def _closed(problem: Problem, job: _Import) -> Problem:
    closed = job.closed
    grid = replace(problem.time_grid, unavailable=frozenset(closed.get(("grid", ""), ())))
    return replace(
        problem, time_grid=grid, rules=tuple(job.rules),
        instructors=tuple(replace(i, unavailable=frozenset(closed.get(("Teacher", i.id), ())))
                          for i in problem.instructors),
        groups=tuple(replace(g, unavailable=frozenset(closed.get(("Students", g.id), ()))) for g in problem.groups),
        rooms=tuple(replace(r, unavailable=frozenset(closed.get(("Room", r.id), ()))) for r in problem.rooms),
    )
