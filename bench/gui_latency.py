"""GUI responsiveness while the solver runs: event-loop lateness, time to the
first progress signal, and time from Stop to the finished run.

Starts the application offscreen with the demo institution, presses Solve
twice (the first run with an empty numba cache, so its figures include the
one-time compile; the second warm), lets each run go on for ``--seconds`` and
then presses Stop.  A 20 ms timer measures how late the event loop serves it
during each run.

    uv run python bench/gui_latency.py [--seconds 10] [--workers 1]

The last line reads ``p50_ms=… p99_ms=… first_progress_s=… stop_s=…`` (the
warm run).  Targets: p50 and p99 under 50 ms, first progress under 2 s, stop
under 1 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field

TICK_MS = 20
GIVE_UP_AFTER_S = 300.0


@dataclass
class RunFigures:
    label: str
    lateness_ms: list[float] = field(default_factory=list)
    first_progress_s: float | None = None
    first_score_s: float | None = None
    first_evolve_s: float | None = None
    stop_s: float | None = None
    status: str = ""
    progress_events: int = 0
    late_ticks: list[tuple[float, float]] = field(default_factory=list)

    def percentile(self, q: float) -> float:
        if not self.lateness_ms:
            return float("nan")
        ordered = sorted(self.lateness_ms)
        return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def measure_run(app, window, label: str, seconds: float) -> RunFigures:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer

    figures = RunFigures(label)
    runner = window.solving.runner
    clock = QElapsedTimer()
    tick = QTimer()
    tick.setTimerType(Qt.TimerType.PreciseTimer)
    tick.setInterval(TICK_MS)
    last = [0.0]

    def on_tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        lateness = max(0.0, now - last[0] - TICK_MS)
        figures.lateness_ms.append(lateness)
        figures.late_ticks.append((now / 1000, lateness))
        last[0] = now

    def on_progress(event: dict) -> None:
        figures.progress_events += 1
        now = clock.nsecsElapsed() / 1e9
        if figures.first_progress_s is None:
            figures.first_progress_s = now
        if figures.first_score_s is None and "hard" in event:
            figures.first_score_s = now
        if figures.first_evolve_s is None and event.get("phase") == "evolve":
            figures.first_evolve_s = now

    stop_pressed = [0.0]
    loop = QEventLoop()

    def on_finished(record) -> None:
        figures.stop_s = clock.nsecsElapsed() / 1e9 - stop_pressed[0] if stop_pressed[0] else None
        figures.status = f"{record.status} {figures.status}".strip()
        loop.quit()

    def on_failed(message: str, _details: str) -> None:
        figures.stop_s = clock.nsecsElapsed() / 1e9 - stop_pressed[0] if stop_pressed[0] else None
        figures.status = f"failed: {message}"
        loop.quit()

    def press_stop() -> None:
        stop_pressed[0] = clock.nsecsElapsed() / 1e9
        window.stop_action.trigger()

    tick.timeout.connect(on_tick)
    runner.progress_changed.connect(on_progress)
    runner.run_finished.connect(on_finished)
    runner.run_failed.connect(on_failed)
    window.solving.solve_panel.time_limit.setValue(3600.0)
    clock.start()
    window.solve_action.trigger()
    tick.start()
    def maybe_stop() -> None:
        # Stop after ``seconds``, but not before the search proper has begun
        # (a cold numba compile cannot be interrupted).
        now = clock.nsecsElapsed() / 1e9
        if not stop_pressed[0] and figures.first_evolve_s is not None \
                and now >= max(seconds, figures.first_evolve_s + 1.0):
            press_stop()

    check = QTimer()
    check.setInterval(50)
    check.timeout.connect(maybe_stop)
    check.start()
    def give_up() -> None:  # a safety net: the search never began
        figures.status = "gave up waiting for the search"
        press_stop()

    QTimer.singleShot(int((seconds + GIVE_UP_AFTER_S) * 1000), give_up)
    loop.exec()
    check.stop()
    tick.stop()
    while runner.is_running:  # never start the next run on top of this one
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    for signal, slot in ((runner.progress_changed, on_progress), (runner.run_finished, on_finished),
                         (runner.run_failed, on_failed)):
        signal.disconnect(slot)
    return figures


def print_table(runs: list[RunFigures]) -> None:
    header = f"{'run':<28}{'ticks':>7}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}" \
             f"{'1st progress s':>16}{'1st score s':>13}{'1st evolve s':>14}{'stop s':>9}{'events':>8}  status"
    print(header)
    print("-" * len(header))
    for r in runs:
        def fmt(value: float | None, width: int, digits: int = 2) -> str:
            return f"{'—' if value is None else f'{value:.{digits}f}':>{width}}"
        print(f"{r.label:<28}{len(r.lateness_ms):>7}{fmt(r.percentile(50), 9, 1)}"
              f"{fmt(r.percentile(99), 9, 1)}{fmt(max(r.lateness_ms, default=0.0), 9, 1)}"
              f"{fmt(r.first_progress_s, 16)}{fmt(r.first_score_s, 13)}{fmt(r.first_evolve_s, 14)}"
              f"{fmt(r.stop_s, 9)}"
              f"{r.progress_events:>8}  {r.status}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="run length before Stop")
    parser.add_argument("--workers", type=int, default=1, help="islands (cores) per run")
    parser.add_argument("--skip-cold", action="store_true",
                        help="keep the usual numba cache and measure warm runs only")
    parser.add_argument("--late-ms", type=float, default=0.0,
                        help="also list the ticks later than this (seconds since Solve)")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not args.skip_cold:
        cold_cache = tempfile.mkdtemp(prefix="numba-cold-")
        os.environ["NUMBA_CACHE_DIR"] = cold_cache  # inherited by the spawned workers

    from PySide6.QtCore import QCoreApplication, QSettings

    from schedule_engine.io.engine_json import load_document
    from schedule_engine.project_store import Project
    from scheduler_gui.app import create_application
    from scheduler_gui.main_window import MainWindow
    from scheduler_gui.resources import demo_project_path

    QCoreApplication.setOrganizationName("ScheduleEngineBench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="gui-bench-settings-"))
    app = create_application([sys.argv[0]])
    window = MainWindow()
    problem, _solution = load_document(demo_project_path())
    window.document.replace_project(Project(problem=problem), None)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    panel = window.solving.solve_panel
    panel.cores.setMaximum(max(panel.cores.maximum(), args.workers))
    panel.cores.setValue(args.workers)

    started = time.monotonic()
    labels = ["warm cache", "warm cache, again"] if args.skip_cold else ["cold numba cache", "warm cache"]
    runs = [measure_run(app, window, label, args.seconds) for label in labels]
    window.solving.runner.shutdown()
    print(f"demo: {len(problem.courses)} courses, {len(problem.groups)} groups; "
          f"{args.workers} worker(s) on {os.cpu_count()} cores; "
          f"{args.seconds:.0f} s per run; {TICK_MS} ms timer; total {time.monotonic() - started:.1f} s")
    print_table(runs)
    if args.late_ms:
        for r in runs:
            late = [f"{t:.2f}s:{ms:.0f}ms" for t, ms in r.late_ticks if ms > args.late_ms]
            print(f"{r.label}: late ticks {' '.join(late) or 'none'}")
    warm = runs[-1]
    print(f"p50_ms={warm.percentile(50):.1f} p99_ms={warm.percentile(99):.1f} "
          f"first_progress_s={warm.first_progress_s or float('nan'):.2f} "
          f"stop_s={warm.stop_s if warm.stop_s is not None else float('nan'):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
