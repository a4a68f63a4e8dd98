"""Time from dropping a session on the timetable grid to the refreshed views.

    uv run python bench/drop_refresh.py [DATASET_FOLDER] [--drops N] [--seed S]

Opens the timetable widget offscreen on a greedy timetable of the campus
dataset (or another campus folder), shows one group's week, then moves N of
its sessions in turn to a legal free start (each move pinned and pushed on the
undo stack, exactly as a drop does) and times each until the event loop has
painted the result.  Prints the times and ``median_ms=… p95_ms=…``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from drag_inspect import DEFAULT_DATASET, greedy_timetable  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from schedule_engine.io import load_campus_folder  # noqa: E402
from schedule_engine.project_store import Project  # noqa: E402


def legal_move(widget, n_periods: int, n_slots: int) -> tuple[str, int] | None:
    for card in widget.grid_model.cards():
        session_id = card.entry.session_id
        now = card.entry.day * n_periods + card.entry.start_period
        for slot in range(n_slots):
            if slot != now and widget.grid_model.inspector.refusal(session_id, slot) is None:
                return session_id, slot
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--drops", type=int, default=9)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])

    from scheduler_gui.document import ProjectDocument
    from scheduler_gui.timetable.timetable_widget import TimetableWidget

    problem, _ = load_campus_folder(args.dataset)
    _, solution = greedy_timetable(problem, args.seed)
    widget = TimetableWidget(ProjectDocument(Project(problem, solution)))
    widget.resize(1200, 800)
    widget.show()
    widget.show_entity("group", max(problem.groups, key=lambda g: len(g.courses)).id)
    for _ in range(5):
        app.processEvents()
    times = []
    for _ in range(args.drops):
        move = legal_move(widget, problem.time_grid.n_periods, problem.time_grid.n_slots)
        if move is None:
            break
        start = time.perf_counter()
        assert widget.grid_model.move_session(*move)
        for _ in range(3):
            app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{problem.name}: {len(problem.courses)} courses; drops: " + " ".join(f"{t:.0f}" for t in times))
    p95 = sorted(times)[max(0, round(0.95 * len(times)) - 1)]
    print(f"median_ms={statistics.median(times):.0f} p95_ms={p95:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
