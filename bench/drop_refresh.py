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


def legal_move(widget, n_periods: int) -> tuple[str, int] | None:
    """The first shown session with a legal start other than its own (read
    from the drag colouring, which is what a drop checks)."""
    for card in widget.grid_model.cards():
        session_id = card.entry.session_id
        now = card.entry.day * n_periods + card.entry.start_period
        options = widget.grid_model.inspector.options_for(session_id)
        if options is None:
            continue
        for slot in map(int, options.legal.nonzero()[0]):
            if slot != now:
                return session_id, slot
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--drops", type=int, default=9)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fractional-hours", choices=("fortnightly", "round-up"), default="fortnightly",
                        help="how the campus reader takes 1.5 hours a week")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])

    from scheduler_gui.document import ProjectDocument
    from scheduler_gui.timetable.timetable_widget import TimetableWidget

    problem, _ = load_campus_folder(args.dataset, fractional_hours=args.fractional_hours)
    _, solution = greedy_timetable(problem, args.seed)
    widget = TimetableWidget(ProjectDocument(Project(problem, solution)))
    widget.resize(1200, 800)
    widget.show()
    times = []
    # The busiest group's week that has a session free to move (a greedy
    # timetable of a tight campus leaves some groups with none).
    for group in sorted(problem.groups, key=lambda g: -len(g.courses)):
        widget.show_entity("group", group.id)
        for _ in range(5):
            app.processEvents()
        if legal_move(widget, problem.time_grid.n_periods) is not None:
            break
    for _ in range(args.drops):
        move = legal_move(widget, problem.time_grid.n_periods)
        if move is None:
            break
        start = time.perf_counter()
        assert widget.grid_model.move_session(*move)
        for _ in range(3):
            app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{problem.name}: {len(problem.courses)} courses; group {group.id}; drops: "
          + " ".join(f"{t:.0f}" for t in times))
    if not times:
        print("no session of any group has a legal move")
        return 1
    p95 = sorted(times)[max(0, round(0.95 * len(times)) - 1)]
    print(f"median_ms={statistics.median(times):.0f} p95_ms={p95:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
