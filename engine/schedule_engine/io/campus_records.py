"""Parse the records of the four campus files into checked plain values.

Each ``parse_*`` function reads one file's list of records and returns what it
could read, appending a :class:`Diagnostic` for every problem it found.  Records
with errors are still returned where possible so cross-reference checks can run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from schedule_engine import limits
from schedule_engine.errors import Diagnostic
from schedule_engine.io.campus_time import Windows, parse_windows
from schedule_engine.io.numbers import NumberProblem, whole_from_json
from schedule_engine.io.records import RecordReader

COURSE_TYPES = {"theory": ("lecture", "tutorial"), "practical": ("practical",)}


@dataclass
class CourseRecord:
    code: str
    title: str
    department: str
    lecture_hours: float
    tutorial_hours: float
    practical_hours: float
    practical_features: tuple[str, ...]
    location: str


@dataclass
class GroupRecord:
    id: str
    name: str
    size: int
    courses: list[str]
    subgroups: list[tuple[str, int]]
    prefers_break: bool
    windows: Windows | None
    location: str
    course_fields: list[str] = field(default_factory=list)


@dataclass
class InstructorRecord:
    id: str
    name: str
    qualifications: list[tuple[str, str]]
    """(course code, session type)"""
    windows: Windows | None
    location: str
    course_fields: list[str] = field(default_factory=list)


@dataclass
class RoomRecord:
    id: str
    name: str
    capacity: int
    type: str
    features: tuple[str, ...]
    windows: Windows | None
    location: str


def _records(value: Any, file_name: str, kind: str, diagnostics: list[Diagnostic]) -> list:
    if isinstance(value, list):
        return value
    diagnostics.append(Diagnostic("error", f"The file must be a JSON array of {kind} records.",
                                  location=file_name, code="wrong_type"))
    return []


def _windows(reader: RecordReader) -> Windows | None:
    value = reader.record.get("availability")
    if value is None:
        return None
    windows, problems = parse_windows(value)
    for path, message in problems:
        reader.error(path, message, "bad_availability")
    return windows


def parse_courses(value: Any, file_name: str, diagnostics: list[Diagnostic]) -> list[CourseRecord]:
    out = []
    for index, record in enumerate(_records(value, file_name, "course", diagnostics)):
        r = RecordReader(record, file_name, index, "course", "CourseCode", diagnostics)
        code = r.text("CourseCode")
        features = r.get("PracticalRoomFeatures", str, required=False, default="")
        course = CourseRecord(
            code=code,
            title=r.text("CourseTitle", required=False) or code,
            department=r.text("Dept", required=False),
            lecture_hours=r.hours("L", limits.WEEKLY_PERIODS),
            tutorial_hours=r.hours("T", limits.WEEKLY_PERIODS, required=False),
            practical_hours=r.hours("P", limits.WEEKLY_PERIODS),
            practical_features=tuple(f.strip() for f in features.split(",") if f.strip()),
            location=r.location,
        )
        if code:
            out.append(course)
    return out


def parse_groups(value: Any, file_name: str, diagnostics: list[Diagnostic]) -> list[GroupRecord]:
    out = []
    for index, record in enumerate(_records(value, file_name, "group", diagnostics)):
        r = RecordReader(record, file_name, index, "group", "group_id", diagnostics)
        group_id = r.text("group_id")
        subgroups = []
        for k, sub in enumerate(r.get("subgroups", list, required=False, default=[])):
            path = f"subgroups[{k}]"
            if not isinstance(sub, dict):
                r.error(path, "A subgroup must be an object with 'id' and 'student_count'.", "wrong_type")
                continue
            sub_id, size = sub.get("id"), sub.get("student_count")
            if not isinstance(sub_id, str) or not sub_id.strip():
                r.error(f"{path}.id", "A subgroup needs a non-empty text 'id'.", "missing_field")
                continue
            try:
                count = whole_from_json(size, limits.STUDENTS)
            except NumberProblem as exc:
                r.error(f"{path}.student_count", f"A subgroup's 'student_count' {exc.message}.", exc.code)
                continue
            subgroups.append((sub_id.strip(), count))
        group = GroupRecord(
            id=group_id,
            name=r.text("name", required=False) or group_id,
            size=r.count("student_count", limits.STUDENTS),
            courses=r.text_list("courses"),
            subgroups=subgroups,
            prefers_break=bool(r.get("prefers_break", bool, required=False, default=False)),
            windows=_windows(r),
            location=r.location,
        )
        if group_id:
            out.append(group)
    return out


def parse_instructors(value: Any, file_name: str, diagnostics: list[Diagnostic]) -> list[InstructorRecord]:
    out = []
    for index, record in enumerate(_records(value, file_name, "instructor", diagnostics)):
        r = RecordReader(record, file_name, index, "instructor", "id", diagnostics)
        instructor_id = r.text("id")
        qualifications: list[tuple[str, str]] = []
        for k, entry in enumerate(r.get("courses", list, default=[])):
            path = f"courses[{k}]"
            code = entry.get("coursecode") if isinstance(entry, dict) else None
            kind = entry.get("coursetype") if isinstance(entry, dict) else None
            if not isinstance(code, str) or not code.strip():
                r.error(f"{path}.coursecode", "Each qualification needs a 'coursecode' text.", "missing_field")
                continue
            types = COURSE_TYPES.get(kind.strip().lower()) if isinstance(kind, str) else None
            if types is None:
                r.error(f"{path}.coursetype",
                        f"'coursetype' must be \"Theory\" or \"Practical\", not {kind!r}.", "bad_value")
                continue
            qualifications.extend((code.strip(), t) for t in types)
        out_rec = InstructorRecord(
            id=instructor_id,
            name=r.text("name", required=False) or instructor_id,
            qualifications=qualifications,
            windows=_windows(r),
            location=r.location,
        )
        if instructor_id:
            out.append(out_rec)
    return out


def parse_rooms(value: Any, file_name: str, diagnostics: list[Diagnostic]) -> list[RoomRecord]:
    out = []
    for index, record in enumerate(_records(value, file_name, "room", diagnostics)):
        r = RecordReader(record, file_name, index, "room", "room_id", diagnostics)
        room_id = r.text("room_id")
        room = RoomRecord(
            id=room_id,
            name=r.text("name", required=False) or room_id,
            capacity=r.count("capacity", limits.STUDENTS),
            type=r.text("type").lower(),
            features=tuple(r.text_list("features", required=False)),
            windows=_windows(r),
            location=r.location,
        )
        if room_id:
            out.append(room)
    return out
