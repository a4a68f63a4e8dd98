"""Build the bundled demo institution, Riverside Technical College.

The college is fictional: three programmes (Computing, Electrical and Electronic
Engineering, Applied Chemistry) with ten year groups, 26 instructors, 19 rooms in
four buildings and 45 courses on a Monday-to-Friday grid of eight teaching
periods around a lunch break.  The load is kept comfortably solvable: every
group is taught for about two thirds of the week, every instructor well below
their free periods, and every lab feature well below the labs' time.

Run from the repository root::

    uv run python tools/make_demo.py            # writes resources/demo/demo_institution.json
    uv run python tools/make_demo.py --check    # prints the load summary only

The output is deterministic (fixed seed, sorted sets).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

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

SEED = 20260901
REPO_ROOT = Path(__file__).resolve().parents[1]
DEMO_PATH = REPO_ROOT / "resources" / "demo" / "demo_institution.json"

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
PERIODS = (
    Period("P1", "08:30", "09:20"),
    Period("P2", "09:25", "10:15"),
    Period("P3", "10:20", "11:10"),
    Period("P4", "11:15", "12:05"),
    Period("Lunch", "12:05", "13:00", is_break=True),
    Period("P5", "13:00", "13:50"),
    Period("P6", "13:55", "14:45"),
    Period("P7", "14:50", "15:40"),
    Period("P8", "15:45", "16:35"),
)
N_PERIODS = len(PERIODS)
MORNING = (0, 1, 2, 3)
AFTERNOON = (5, 6, 7, 8)
MON, TUE, WED, THU, FRI = range(5)


def slots(days: tuple[int, ...] | range, periods: tuple[int, ...]) -> frozenset[int]:
    return frozenset(d * N_PERIODS + p for d in days for p in periods)


ALL_DAYS = range(len(DAYS))
# Wednesday from 14:50 is sports and societies time: the college teaches nothing.
CLOSED = slots((WED,), (7, 8))

# -- rooms ------------------------------------------------------------------
# (id, name, capacity, type, features, building)
ROOMS = (
    ("MB-LT1", "Main Lecture Theatre", 150, "lecture", (), "Main Building"),
    ("MB-LT2", "Lecture Hall 2", 90, "lecture", (), "Main Building"),
    ("MB-101", "Room 101", 60, "lecture", (), "Main Building"),
    ("MB-102", "Room 102", 50, "lecture", (), "Main Building"),
    ("MB-S1", "Seminar Room 1", 32, "seminar", (), "Main Building"),
    ("MB-S2", "Seminar Room 2", 28, "seminar", (), "Main Building"),
    ("SC-LT", "Science Lecture Hall", 70, "lecture", (), "Science Building"),
    ("SC-S1", "Science Seminar Room", 30, "seminar", (), "Science Building"),
    ("SC-CL1", "Chemistry Lab 1", 30, "lab", ("Chemistry Lab", "Fume Hoods"), "Science Building"),
    ("SC-CL2", "Chemistry Lab 2", 26, "lab", ("Chemistry Lab", "Spectrometer"), "Science Building"),
    ("SC-PL", "Physics Lab", 30, "lab", ("Physics Lab",), "Science Building"),
    ("TB-LT", "Technology Lecture Room", 60, "lecture", (), "Technology Building"),
    ("TB-S1", "Technology Seminar Room", 30, "seminar", (), "Technology Building"),
    ("TB-CL1", "Computer Lab 1", 32, "lab", ("Computer Lab",), "Technology Building"),
    ("TB-CL2", "Computer Lab 2", 30, "lab", ("Computer Lab", "CAD Software"), "Technology Building"),
    ("TB-CL3", "Computer Lab 3", 24, "lab", ("Computer Lab",), "Technology Building"),
    ("TB-EL1", "Electronics Lab 1", 30, "lab", ("Electronics Lab",), "Technology Building"),
    ("TB-EL2", "Electronics Lab 2", 24, "lab", ("Electronics Lab", "Oscilloscopes"), "Technology Building"),
    ("LB-IT", "Library IT Suite", 28, "lab", ("Computer Lab",), "Library"),
)

# -- instructors --------------------------------------------------------------
# (id, name, max periods per day or None)
INSTRUCTORS = (
    # Computing
    ("HART", "Dr. Amelia Hart", None),
    ("MENON", "Prof. Rajesh Menon", 5),
    ("MARCHETTI", "Dr. Sofia Marchetti", None),
    ("OKOYE", "Daniel Okoye", 6),
    ("LINDGREN", "Hannah Lindgren", None),
    ("NOWAK", "Dr. Tomasz Nowak", None),
    ("RAMAN", "Priya Raman", 4),
    ("FERREIRA", "Lucas Ferreira", 4),
    # Electrical and Electronic Engineering
    ("CARTER", "Prof. Helen Carter", 5),
    ("MENSAH", "Dr. Kwame Mensah", None),
    ("TANAKA", "Dr. Yuki Tanaka", None),
    ("BROOKS", "Samuel Brooks", 6),
    ("HADDAD", "Dr. Leila Haddad", None),
    ("WHITFIELD", "Grace Whitfield", 4),
    ("GRANT", "Oliver Grant", None),
    # Applied Chemistry
    ("DOYLE", "Dr. Margaret Doyle", None),
    ("PATEL", "Dr. Arjun Patel", 6),
    ("PETROVA", "Dr. Elena Petrova", None),
    ("EZE", "Chinedu Eze", None),
    ("MCALLISTER", "Fiona McAllister", 4),
    ("LARSEN", "Dr. Henrik Larsen", None),
    # Mathematics, physics and general studies
    ("OKAFOR", "Dr. Ruth Okafor", None),
    ("LINDQVIST", "Dr. Erik Lindqvist", 6),
    ("BRENNAN", "Claire Brennan", 4),
    ("WEBB", "Dr. Marcus Webb", None),
    ("RAHMAN", "Nadia Rahman", 5),
)

# Part-timers and fixed commitments: slots an instructor cannot teach.
UNAVAILABLE = {
    "RAMAN": slots((THU, FRI), MORNING + AFTERNOON),  # works Monday to Wednesday
    "FERREIRA": slots(ALL_DAYS, MORNING),  # afternoons only (works in industry)
    "WHITFIELD": slots((MON, FRI), MORNING + AFTERNOON),
    "MCALLISTER": slots((MON, WED), MORNING + AFTERNOON) | slots(ALL_DAYS, (7, 8)),
    "BRENNAN": slots((TUE, THU), MORNING + AFTERNOON),
    "MENON": slots((FRI,), MORNING + AFTERNOON),  # research day
    "CARTER": slots((WED,), MORNING),  # faculty board
    "DOYLE": slots((MON,), MORNING),  # safety committee
}
PREFERRED = {
    "LINDQVIST": slots(ALL_DAYS, MORNING),  # prefers mornings
    "GRANT": slots(ALL_DAYS, AFTERNOON),
}
UNDESIRED = {
    "OKAFOR": slots(ALL_DAYS, (0,)),  # avoids the 08:30 start
    "PETROVA": slots((FRI,), AFTERNOON),
    "HART": slots(ALL_DAYS, (8,)),
}

# -- groups -------------------------------------------------------------------
# (id, name, size, prefers a midday break, max periods per day, unavailable slots)
GROUPS = (
    ("CS1", "Computing, Year 1", 56, True, 7, frozenset()),
    ("CS2", "Computing, Year 2", 48, True, None, frozenset()),
    ("CS3", "Computing, Year 3", 40, False, None, frozenset()),
    ("CS4", "Computing, Year 4", 26, False, None, slots((FRI,), AFTERNOON)),  # placement
    ("EE1", "Electrical Engineering, Year 1", 50, True, 7, frozenset()),
    ("EE2", "Electrical Engineering, Year 2", 42, False, None, frozenset()),
    ("EE3", "Electrical Engineering, Year 3", 32, False, None, frozenset()),
    ("AC1", "Applied Chemistry, Year 1", 44, True, 7, frozenset()),
    ("AC2", "Applied Chemistry, Year 2", 36, False, None, frozenset()),
    ("AC3", "Applied Chemistry, Year 3", 22, False, None, frozenset()),
)


# -- courses ------------------------------------------------------------------
@dataclass(frozen=True)
class CourseSpec:
    """One course in shorthand: weekly periods per component and who may teach it."""

    id: str
    title: str
    department: str
    groups: tuple[str, ...]
    lecture: int = 0
    tutorial: int = 0
    practical: int = 0
    blocks: tuple[int, ...] = ()
    lab: tuple[str, ...] = ()
    lecturers: tuple[str, ...] = ()
    tutors: tuple[str, ...] = ()
    demonstrators: tuple[str, ...] = ()
    fixed: bool = False
    """The lecture has exactly one fixed instructor (the first lecturer)."""
    whole_group_practical: bool = False
    min_days: int = 0
    joint: bool = False


MATHS, COMP, ENG, CHEM = "Mathematics and Sciences", "Computing", "Engineering", "Chemistry"
C = CourseSpec
COURSES = (
    # Shared first- and second-year courses
    C("MATH101", "Calculus I", MATHS, ("CS1", "EE1"), 3, 1, lecturers=("OKAFOR", "LINDQVIST"),
      tutors=("OKAFOR", "LINDQVIST", "BRENNAN"), min_days=3, joint=True),
    C("MATH102", "Mathematics for Chemists", MATHS, ("AC1",), 2, 1, lecturers=("LINDQVIST",),
      tutors=("BRENNAN", "LINDQVIST")),
    C("MATH201", "Linear Algebra", MATHS, ("CS2", "EE2"), 3, 1, lecturers=("OKAFOR",), fixed=True,
      tutors=("OKAFOR", "BRENNAN"), min_days=3, joint=True),
    C("STAT201", "Statistics and Data Analysis", MATHS, ("CS3", "AC2", "AC3"), 2, 1,
      lecturers=("LINDQVIST", "OKAFOR"), tutors=("BRENNAN", "LINDQVIST", "OKAFOR")),
    C("COMM101", "Communication Skills", MATHS, ("CS1", "AC1"), 2, lecturers=("RAHMAN",), fixed=True,
      joint=True),
    C("PHYS101", "Physics I", MATHS, ("EE1", "AC1"), 3, 0, 2, lab=("Physics Lab",),
      lecturers=("WEBB",), demonstrators=("WEBB", "GRANT"), min_days=2),
    # Computing
    C("CS101", "Programming Fundamentals", COMP, ("CS1",), 3, 1, 3, lab=("Computer Lab",),
      lecturers=("HART", "NOWAK"), tutors=("LINDGREN", "OKOYE"), demonstrators=("LINDGREN", "OKOYE", "FERREIRA"),
      min_days=3),
    C("CS102", "Computer Systems", COMP, ("CS1",), 2, 1, lecturers=("NOWAK",), tutors=("NOWAK", "OKOYE")),
    C("CS103", "Discrete Mathematics", COMP, ("CS1",), 2, 1, lecturers=("MARCHETTI", "OKAFOR"),
      tutors=("MARCHETTI", "BRENNAN")),
    C("CS104", "Web Foundations", COMP, ("CS1",), 2, 0, 3, lab=("Computer Lab",), lecturers=("LINDGREN",),
      fixed=True, demonstrators=("LINDGREN", "RAMAN")),
    C("CS201", "Data Structures and Algorithms", COMP, ("CS2",), 3, 1, 2, lab=("Computer Lab",),
      lecturers=("MARCHETTI",), fixed=True, tutors=("MARCHETTI", "OKOYE"), demonstrators=("OKOYE", "LINDGREN"),
      min_days=3),
    C("CS202", "Databases", COMP, ("CS2",), 2, 0, 2, lab=("Computer Lab",), lecturers=("HART",),
      demonstrators=("HART", "NOWAK")),
    C("CS203", "Object-Oriented Programming", COMP, ("CS2",), 2, 0, 3, lab=("Computer Lab",),
      lecturers=("NOWAK", "HART"), demonstrators=("LINDGREN", "FERREIRA", "NOWAK")),
    C("CS204", "Networking Fundamentals", COMP, ("CS2", "EE2"), 2, 1, lecturers=("MENON",),
      tutors=("MENON", "OKOYE")),
    C("CS205", "Operating System Principles", COMP, ("CS2",), 2, 1, lecturers=("NOWAK",), tutors=("NOWAK", "OKOYE")),
    C("CS301", "Software Engineering Practice", COMP, ("CS3",), 3, 1, 2, lab=("Computer Lab",),
      lecturers=("LINDGREN", "HART"), tutors=("LINDGREN",), demonstrators=("LINDGREN", "RAMAN")),
    C("CS302", "Introduction to Artificial Intelligence", COMP, ("CS3",), 3, 1, 2, lab=("Computer Lab",),
      lecturers=("MENON",), fixed=True, tutors=("MARCHETTI", "HART"), demonstrators=("MARCHETTI", "MENON"), min_days=2),
    C("CS303", "Web Application Development", COMP, ("CS3",), 2, 0, 3, lab=("Computer Lab",),
      lecturers=("RAMAN", "LINDGREN"), demonstrators=("RAMAN", "FERREIRA")),
    C("CS304", "Information Security", COMP, ("CS3", "EE3"), 2, 1, lecturers=("MENON", "OKOYE"),
      tutors=("OKOYE",)),
    C("CS401", "Final Year Project", COMP, ("CS4",), 1, 3, lecturers=("HART",),
      tutors=("HART", "MENON", "MARCHETTI", "NOWAK")),
    C("CS402", "Distributed and Parallel Systems", COMP, ("CS4",), 3, 0, 2, lab=("Computer Lab",),
      lecturers=("NOWAK", "HART"), demonstrators=("NOWAK", "HART"), whole_group_practical=True),
    C("CS403", "Machine Learning", COMP, ("CS4",), 3, 0, 3, lab=("Computer Lab",),
      lecturers=("MARCHETTI",), demonstrators=("MARCHETTI",), whole_group_practical=True,
      min_days=2),
    C("CS404", "Professional Practice and Ethics", COMP, ("CS4", "EE3"), 3, lecturers=("RAHMAN",), joint=True),
    C("CS405", "Cloud Computing", COMP, ("CS4",), 3, 0, 2, lab=("Computer Lab",), lecturers=("OKOYE",),
      demonstrators=("OKOYE", "FERREIRA"), whole_group_practical=True),
    # Electrical and Electronic Engineering
    C("EE101", "Circuit Analysis", ENG, ("EE1",), 3, 1, 2, lab=("Electronics Lab",),
      lecturers=("CARTER", "MENSAH"), tutors=("MENSAH", "BROOKS"), demonstrators=("BROOKS", "GRANT"),
      min_days=3),
    C("EE102", "Engineering Drawing and CAD", ENG, ("EE1",), 2, 0, 2, lab=("Computer Lab", "CAD Software"),
      lecturers=("WHITFIELD",), fixed=True, demonstrators=("WHITFIELD", "GRANT")),
    C("EE110", "Programming for Engineers", ENG, ("EE1",), 2, 0, 2, lab=("Computer Lab",),
      lecturers=("HADDAD", "OKOYE"), demonstrators=("HADDAD", "FERREIRA")),
    C("EE201", "Analogue Electronics", ENG, ("EE2",), 3, 1, 3, lab=("Electronics Lab",),
      lecturers=("MENSAH",), fixed=True, tutors=("MENSAH", "BROOKS"), demonstrators=("BROOKS", "GRANT"),
      min_days=3),
    C("EE202", "Signals and Linear Systems", ENG, ("EE2",), 3, 1, lecturers=("TANAKA",),
      tutors=("TANAKA", "HADDAD")),
    C("EE203", "Electrical Machines and Drives", ENG, ("EE2",), 2, 0, 2, lab=("Electronics Lab",),
      lecturers=("CARTER",), demonstrators=("GRANT", "CARTER")),
    C("EE204", "Digital Logic Design", ENG, ("EE2",), 2, 0, 2, lab=("Electronics Lab", "Oscilloscopes"),
      lecturers=("HADDAD",), demonstrators=("HADDAD", "BROOKS")),
    C("EE301", "Control Systems", ENG, ("EE3",), 3, 1, 2, lab=("Electronics Lab",),
      lecturers=("TANAKA",), fixed=True, tutors=("TANAKA",), demonstrators=("TANAKA", "GRANT"),
      min_days=2),
    C("EE302", "Power Systems", ENG, ("EE3",), 3, 1, lecturers=("CARTER", "WHITFIELD"),
      tutors=("WHITFIELD", "BROOKS")),
    C("EE303", "Embedded Systems Design", ENG, ("EE3",), 2, 0, 3, lab=("Electronics Lab",),
      lecturers=("HADDAD", "MENSAH"), demonstrators=("HADDAD", "BROOKS")),
    C("EE304", "Renewable Energy Systems", ENG, ("EE3", "AC3"), 2, 1, lecturers=("WHITFIELD", "CARTER"),
      tutors=("WHITFIELD", "CARTER")),
    # Applied Chemistry
    C("CH100", "Computing for Scientists", CHEM, ("AC1",), 1, 0, 2, lab=("Computer Lab",),
      lecturers=("LARSEN",), demonstrators=("LARSEN", "RAMAN")),
    C("CH101", "General Chemistry", CHEM, ("AC1",), 3, 1, 3, lab=("Chemistry Lab", "Fume Hoods"),
      lecturers=("DOYLE", "PATEL"), tutors=("EZE", "PATEL"), demonstrators=("EZE", "MCALLISTER"),
      min_days=3),
    C("CH102", "Laboratory Safety and Techniques", CHEM, ("AC1",), 1, 0, 2, lab=("Chemistry Lab",),
      lecturers=("DOYLE",), fixed=True, demonstrators=("MCALLISTER", "EZE")),
    C("CH201", "Organic Chemistry", CHEM, ("AC2",), 3, 1, 3, lab=("Chemistry Lab", "Fume Hoods"),
      lecturers=("PETROVA",), fixed=True, tutors=("PETROVA", "EZE"), demonstrators=("EZE", "PETROVA"),
      min_days=3),
    C("CH202", "Physical Chemistry", CHEM, ("AC2",), 3, 1, 2, lab=("Chemistry Lab",),
      lecturers=("PATEL",), tutors=("PATEL", "LARSEN"), demonstrators=("PATEL", "MCALLISTER")),
    C("CH203", "Analytical Chemistry", CHEM, ("AC2",), 2, 0, 2, lab=("Chemistry Lab", "Spectrometer"),
      lecturers=("LARSEN", "DOYLE"), demonstrators=("LARSEN", "EZE")),
    C("CH204", "Environmental Chemistry", CHEM, ("AC2", "AC3"), 2, 1, lecturers=("EZE", "LARSEN"),
      tutors=("EZE", "MCALLISTER")),
    C("CH301", "Polymer Chemistry", CHEM, ("AC3",), 3, 1, 2, lab=("Chemistry Lab", "Fume Hoods"),
      lecturers=("PETROVA", "DOYLE"), tutors=("PETROVA",), demonstrators=("PETROVA", "EZE"),
      whole_group_practical=True, min_days=2),
    C("CH302", "Industrial Chemistry", CHEM, ("AC3",), 3, 1, lecturers=("DOYLE",),
      tutors=("DOYLE", "LARSEN")),
    C("CH303", "Instrumental Analysis", CHEM, ("AC3",), 2, 0, 3, lab=("Chemistry Lab", "Spectrometer"),
      lecturers=("LARSEN",), fixed=True, demonstrators=("LARSEN", "PATEL"), whole_group_practical=True),
)


def _subgroups(group_id: str, size: int) -> tuple[Subgroup, ...]:
    half = size // 2
    return (Subgroup(f"{group_id}-A", size - half), Subgroup(f"{group_id}-B", half))


def _components(spec: CourseSpec) -> tuple[CourseComponent, ...]:
    comps = []
    if spec.lecture:
        comps.append(CourseComponent(
            "lecture", spec.lecture, room_type="lecture",
            instructors=spec.lecturers[:1] if spec.fixed else ()))
    if spec.tutorial:
        comps.append(CourseComponent("tutorial", spec.tutorial, room_type="seminar", per_subgroup=True))
    if spec.practical:
        blocks = spec.blocks or (spec.practical,)
        comps.append(CourseComponent(
            "practical", spec.practical, blocks=blocks, room_type="lab", room_features=frozenset(spec.lab),
            per_subgroup=not spec.whole_group_practical))
    return tuple(comps)


def _qualifications() -> dict[str, set[tuple[str, str]]]:
    quals: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for spec in COURSES:
        for session_type, people in (("lecture", spec.lecturers), ("tutorial", spec.tutors),
                                     ("practical", spec.demonstrators)):
            for person in people:
                quals[person].add((spec.id, session_type))
    return quals


def _random_gaps(rng: random.Random, instructor_id: str) -> frozenset[int]:
    """Occasional fixed commitments of full-time staff: a random half day, or none."""
    if instructor_id in UNAVAILABLE or rng.random() < 0.6:
        return frozenset()
    return slots((rng.randrange(len(DAYS)),), rng.choice((MORNING, AFTERNOON)))


def build_demo_problem() -> Problem:
    rng = random.Random(SEED)
    grid = TimeGrid(days=DAYS, periods=PERIODS, unavailable=CLOSED, midday_periods=(3, 5))
    rooms = tuple(Room(rid, name, cap, rtype, frozenset(feats), building)
                  for rid, name, cap, rtype, feats, building in ROOMS)
    quals = _qualifications()
    instructors = tuple(
        Instructor(
            iid, name, qualifications=frozenset(quals[iid]),
            unavailable=UNAVAILABLE.get(iid, frozenset()) | _random_gaps(rng, iid),
            preferred=PREFERRED.get(iid, frozenset()), undesired=UNDESIRED.get(iid, frozenset()),
            max_periods_per_day=max_per_day,
        )
        for iid, name, max_per_day in INSTRUCTORS
    )
    enrolment: dict[str, list[str]] = defaultdict(list)
    for spec in COURSES:
        for gid in spec.groups:
            enrolment[gid].append(spec.id)
    groups = tuple(
        Group(gid, name, size, courses=tuple(enrolment[gid]), subgroups=_subgroups(gid, size),
              unavailable=unavailable, prefers_break=prefers_break, max_periods_per_day=max_per_day)
        for gid, name, size, prefers_break, max_per_day, unavailable in GROUPS
    )
    courses = tuple(
        Course(spec.id, spec.title, _components(spec), min_days=spec.min_days, joint=spec.joint,
               department=spec.department)
        for spec in COURSES
    )
    settings = Settings(preferred_block_lengths=(2, 3))
    return Problem("Riverside Technical College", grid, rooms, instructors, groups, courses, settings)


# -- load summary ---------------------------------------------------------------
def load_summary(problem: Problem) -> list[str]:
    """Plain-language load figures: group, instructor, room-kind and lab-feature use."""
    from schedule_engine.compiled import compile_problem

    cp = compile_problem(problem)
    teach = int(cp.start_ok.shape[1] - cp.slot_closed.sum() - len(DAYS) * cp.period_is_break.sum())
    lines = [f"{cp.n_sessions} sessions, {teach} teaching slots a week"]
    leaf_load = defaultdict(int)
    for s, sess in enumerate(cp.sessions):
        for leaf in cp.leaves(s):
            leaf_load[cp.leaf_ids[leaf]] += sess.length
    for leaf, load in sorted(leaf_load.items()):
        lines.append(f"  leaf {leaf:6} {load:3} periods ({load / teach:.0%})")
    by_kind = defaultdict(int)
    for sess in cp.sessions:
        by_kind[(sess.room_type, tuple(sorted(sess.room_features)))] += sess.length
    for (rtype, feats), load in sorted(by_kind.items()):
        n = sum(1 for r in problem.rooms if r.type == rtype and set(feats) <= r.features)
        lines.append(f"  rooms {rtype}{list(feats) or ''}: {load} / {n * teach} ({load / (n * teach):.0%})")
    share = defaultdict(float)
    for s, sess in enumerate(cp.sessions):
        cands = cp.candidate_instructors(s)
        for i in cands:
            share[cp.instructor_ids[i]] += sess.length / len(cands)
    for x in problem.instructors:
        free = teach - len(x.unavailable - grid_closed(problem))
        lines.append(f"  {x.id:10} share {share[x.id]:5.1f} of {free} free")
    return lines


def grid_closed(problem: Problem) -> frozenset[int]:
    grid = problem.time_grid
    return grid.unavailable | frozenset(grid.slot(d, p) for d in range(grid.n_days) for p in grid.break_periods)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print the load summary, write nothing")
    parser.add_argument("--output", type=Path, default=DEMO_PATH, help="where to write the JSON document")
    args = parser.parse_args(argv)
    problem = build_demo_problem()
    if args.check:
        print("\n".join(load_summary(problem)))
        return 0
    from schedule_engine.io.engine_json import save_document

    args.output.parent.mkdir(parents=True, exist_ok=True)
    save_document(args.output, problem)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
