"""Screenshots of a two-week (A/B) cycle for ``tools/screenshots.py``: the demo
institution with its practicals taught fortnightly (twice the periods every
other week), solved, shown in the combined view of both weeks and in week A.

The shots use a document of their own, so the window's demo (one week) is
left as it is for the other shots."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from PySide6.QtWidgets import QWidget

from schedule_engine.model import Problem
from schedule_engine.project_store import Project
from scheduler_gui.document import ProjectDocument
from scheduler_gui.timetable.timetable_widget import TimetableWidget

SHOT_SEED = 1
SHOT_SIZE = (1360, 860)
_views: dict[int, TimetableWidget] = {}


def two_week_problem(problem: Problem) -> Problem:
    """``problem`` on an A/B cycle, each practical taught fortnightly with twice
    its weekly periods per fortnight (its default cut)."""
    courses = []
    for course in problem.courses:
        components = tuple(
            replace(c, fortnightly=True, periods_per_week=2 * c.periods_per_week, blocks=(), patterns=())
            if c.session_type == "practical" else c
            for c in course.components)
        courses.append(replace(course, components=components))
    return replace(problem, courses=tuple(courses), time_grid=replace(problem.time_grid, week_names=("A", "B")))


def _ab_widget(window) -> TimetableWidget:
    widget = _views.get(id(window))
    if widget is None:
        from schedule_engine import SolveOptions, solve

        problem = two_week_problem(window.document.problem)
        result = solve(problem, SolveOptions(time_limit=8, effort="quick", seed=SHOT_SEED))
        widget = _views[id(window)] = TimetableWidget(ProjectDocument(Project(problem, result.solution)))
        widget.setWindowTitle("Timetable")
        widget.resize(*SHOT_SIZE)
        widget.show()
    return widget


def _busiest_fortnightly_group(widget: TimetableWidget) -> str | None:
    """The group with the most periods taught in one week only (subgroups count for their group)."""
    parents = {s.id: g.id for g in widget.state.problem.groups for s in g.subgroups}
    counts: dict[str, int] = {}
    for entry in widget.state.entries:
        if entry.week:
            for attendee in entry.groups:
                group = parents.get(attendee, attendee)
                counts[group] = counts.get(group, 0) + entry.length
    return max(counts, key=counts.get) if counts else None


def _ab_week(week: int) -> Callable:
    def prepare(window) -> QWidget | None:
        widget = _ab_widget(window)
        group = _busiest_fortnightly_group(widget)
        if group is not None:
            widget.show_entity("group", group)
        widget.week_switch.set_week(week)
        return widget
    return prepare


def ab_shots() -> list[tuple[str, Callable]]:
    return [("timetable_ab_both", _ab_week(0)), ("timetable_ab_week_a", _ab_week(1))]
