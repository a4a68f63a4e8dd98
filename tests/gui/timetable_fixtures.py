"""A tiny school with a conflict-free timetable, in a document and a timetable
widget, for the timetable view's tests (the school of the engine's scoring tests)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "engine"))

from scoring_world import G1_LEC0, G1A_LAB, G1B_LAB, G2_LEC0, G2_LEC1, G2_MATHS, timetable, world  # noqa: E402,F401

from schedule_engine.compiled import compile_problem  # noqa: E402
from schedule_engine.project_store import Project  # noqa: E402
from schedule_engine.scoring import score_arrays  # noqa: E402
from scheduler_gui.document import ProjectDocument  # noqa: E402
from scheduler_gui.timetable import TimetableWidget  # noqa: E402

# Slots of the tiny grid: Monday 0 1 [2] 3, Tuesday 4 5 [6] 7 (brackets: lunch break).
MONDAY_P1, MONDAY_P2, TUESDAY_P1 = 0, 1, 4


@pytest.fixture
def document(qapp) -> ProjectDocument:
    return ProjectDocument(Project(world(), timetable()))


@pytest.fixture
def widget(qtbot, document) -> TimetableWidget:
    w = TimetableWidget(document)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.show_entity("group", "G2")
    return w


def full_score(problem, solution, cp=None) -> tuple[int, int]:
    """(hard, soft) by the vectorised full scorer, pins ignored."""
    cp = cp if cp is not None else compile_problem(problem)
    slot, room, instr = cp.encode(solution)
    free = np.full(cp.n_sessions, -1, np.int32)
    hard, soft, _ = score_arrays(cp, slot, room, instr, free, free)
    return hard, soft
