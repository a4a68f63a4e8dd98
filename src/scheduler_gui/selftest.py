"""``scheduler-gui --selftest``: check, end to end, that this installation works.

Opens the main window (offscreen unless ``QT_QPA_PLATFORM`` says otherwise),
loads the bundled demo institution, solves it in the solver's worker process
for a few seconds, exports a PDF timetable to a temporary folder, prints a
short report and exits 0 only when every step worked (1 otherwise).

    scheduler-gui --selftest [--seconds 10] [--workers 1] [--report FILE] [--keep DIR] [--startup-only]
                             [--language CODE]

``--startup-only`` stops once the window is shown (to measure start-up time).
``--language es`` (or ar, fr, pt_BR, en) runs the window, the solve and the PDF in that
shipped language instead of the system's; the report's first line names the language.
Settings and recovery copies go to a temporary folder: the user's are left alone.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

IMPORTED_AT = time.perf_counter()
DEFAULT_SOLVE_SECONDS = 10.0
SOLVE_GRACE_S = 600.0
"""Extra wait for a run: a first start compiles the solver's kernels (a minute or more)."""
WINDOW_TIMEOUT_S = 30.0
EXIT_OK, EXIT_FAILED = 0, 1
PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


@dataclass
class Step:
    name: str
    ok: bool
    seconds: float
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name:<8} {self.seconds:6.2f} s  {self.detail}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scheduler-gui --selftest",
                                     description="Check that this installation works.")
    parser.add_argument("--selftest", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, default=DEFAULT_SOLVE_SECONDS,
                        help="solve time in seconds (default %(default)s)")
    parser.add_argument("--workers", type=int, default=1,
                        help="solver processes (islands) for the run (default %(default)s)")
    parser.add_argument("--report", type=Path, help="also write the report to this file")
    parser.add_argument("--keep", type=Path, help="write the PDF into this folder and keep it")
    parser.add_argument("--startup-only", action="store_true",
                        help="stop once the main window is shown")
    parser.add_argument("--language", default="",
                        help="a shipped language to run in (es, ar, fr, pt_BR, en; default: the system's)")
    return parser


def seconds_since_process_start() -> float:
    """Seconds since this process was started (Linux), else since this module was imported."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - IMPORTED_AT


def wait_for(signals: list, timeout_s: float) -> tuple | None:
    """Run the event loop until one of ``signals`` is emitted; its arguments, or None."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    received: list[tuple] = []

    def on_emitted(*args) -> None:
        received.append(args)
        loop.quit()

    for signal in signals:
        signal.connect(on_emitted)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    for signal in signals:
        signal.disconnect(on_emitted)
    return received[0] if received else None


def wait_until(condition: Callable[[], bool], timeout_s: float) -> bool:
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents,
                                       QDeadlineTimer(50))
    return True


def isolate_user_state(folder: Path) -> None:
    """Keep settings and recovery copies of this run under ``folder``."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    os.environ["SCHEDULER_GUI_RECOVERY_DIR"] = str(folder / "recovery")


def choose_language(code: str) -> bool:
    """Make ``code`` the language of this run (in the run's own settings); False when
    no such language ships."""
    from scheduler_gui import settings
    from scheduler_gui.app import configure_application_identity
    from scheduler_gui.i18n.languages import shipped_languages

    if code not in {language.code for language in shipped_languages()}:
        return False
    configure_application_identity()  # the settings file the application will read
    settings.set_setting("view/language", code)
    return True


def show_window(argv0: str, language_chosen: bool = False):
    from PySide6.QtWidgets import QApplication

    from scheduler_gui.app import create_application
    from scheduler_gui.i18n.install import install_language
    from scheduler_gui.main_window import MainWindow

    running = QApplication.instance() is not None
    app = create_application([argv0])
    if running and language_chosen:  # the application was started before the choice
        install_language(app)
    window = MainWindow()
    window.show()
    handle = window.windowHandle()
    shown = wait_until(lambda: handle is not None and handle.isExposed(), WINDOW_TIMEOUT_S)
    return app, window, shown


def load_demo(window) -> Step:
    from schedule_engine import derive_sessions
    from scheduler_gui.startup import open_demo

    started = time.perf_counter()
    if not open_demo(window):
        return Step("demo", False, time.perf_counter() - started, "the demo institution is missing")
    problem = window.document.problem
    sessions = sum(1 for s in derive_sessions(problem) if s.length > 0)  # under the default cuts
    ok = sessions > 0
    return Step("demo", ok, time.perf_counter() - started,
                f"{problem.name}: {len(problem.groups)} groups, {len(problem.courses)} courses, "
                f"{sessions} sessions")


def solve_demo(problem, seconds: float, workers: int = 1):
    """Solve in the worker process; (step, solution or None)."""
    started = time.perf_counter()
    options = {"time_limit": seconds, "seed": 1, "workers": workers}
    try:
        from scheduler_gui.solving.runner import SolverRunner
    except ImportError:
        return _solve_in_spawned_process(problem, options, started)
    runner = SolverRunner()
    runner.start(problem, options)
    outcome = wait_for([runner.run_finished, runner.run_failed], seconds + SOLVE_GRACE_S)
    pid = runner.worker_pid
    runner.shutdown()
    elapsed = time.perf_counter() - started
    if outcome is None:
        return Step("solve", False, elapsed, "no result in time"), None
    if len(outcome) == 2:  # run_failed(message, details)
        return Step("solve", False, elapsed, f"{outcome[0]} {outcome[1][-400:]}"), None
    record = outcome[0]
    return _solve_step(record.status, record.hard, record.soft, record.solution, pid, elapsed)


def _solve_in_spawned_process(problem, options: dict, started: float):
    """Without the application's solver runner: solve in a spawned process directly."""
    import multiprocessing

    from schedule_engine import problem_to_dict, solution_from_dict

    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        pending = pool.apply_async(_solve_worker, (problem_to_dict(problem), options))
        deadline = time.monotonic() + options["time_limit"] + SOLVE_GRACE_S
        if not wait_until(pending.ready, max(0.0, deadline - time.monotonic())):
            return Step("solve", False, time.perf_counter() - started, "no result in time"), None
        status, hard, soft, solution_dict, pid = pending.get()
    solution = solution_from_dict(solution_dict, n_slots=problem.time_grid.n_slots)
    return _solve_step(status, hard, soft, solution, pid, time.perf_counter() - started)


def _solve_worker(problem_dict: dict, options: dict) -> tuple:
    from schedule_engine import SolveOptions, problem_from_dict, solution_to_dict, solve

    result = solve(problem_from_dict(problem_dict), SolveOptions(**options))
    return result.status, result.hard, result.soft, solution_to_dict(result.solution), os.getpid()


def _solve_step(status: str, hard: int, soft: int, solution, pid: int | None, elapsed: float):
    placed = sum(1 for a in solution.assignments if a.slot is not None) if solution else 0
    in_worker = pid is not None and pid != os.getpid()
    ok = solution is not None and placed > 0 and in_worker
    where = f"worker process {pid}" if in_worker else "NOT in a worker process"
    detail = f"{status}, hard {hard}, soft {soft}, {placed} sessions placed, in {where}"
    return Step("solve", ok, elapsed, detail), solution if ok else None


def export_pdf(problem, solution, folder: Path) -> Step:
    started = time.perf_counter()
    path = folder / "selftest-timetable.pdf"
    try:
        _write_pdf(problem, solution, path)
        data = path.read_bytes()
    except Exception as error:  # noqa: BLE001 - reported as the step's failure
        return Step("pdf", False, time.perf_counter() - started, f"{type(error).__name__}: {error}")
    pages = len(PDF_PAGE.findall(data))
    ok = data.startswith(b"%PDF") and pages > 0
    return Step("pdf", ok, time.perf_counter() - started, f"{pages} pages, {len(data)} bytes: {path}")


def _write_pdf(problem, solution, path: Path) -> None:
    try:
        from scheduler_gui.export.pages import PrintOptions
        from scheduler_gui.export.pdf_export import export_pdf as export_timetable_pdf
    except ImportError:
        _write_plain_pdf(problem, path)
        return
    export_timetable_pdf(problem, solution, path, PrintOptions(kinds=("group",), overview="week"))


def _write_plain_pdf(problem, path: Path) -> None:
    from PySide6.QtGui import QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawText(200, 400, f"{problem.name}: self-test page")
    painter.end()


def format_report(steps: list[Step], total_s: float) -> str:
    from PySide6.QtCore import QLocale

    from scheduler_gui.help_actions import app_version

    ok = all(step.ok for step in steps)
    lines = [f"Schedule Engine {app_version()} self-test ({'frozen' if getattr(sys, 'frozen', False) else 'source'}, "
             f"{sys.platform}, Qt platform {os.environ.get('QT_QPA_PLATFORM', 'default')}, "
             f"language {QLocale().name()})"]
    lines += [step.line() for step in steps]
    lines.append(f"{'PASSED' if ok else 'FAILED'} in {total_s:.1f} s")
    return "\n".join(lines)


def run(args: argparse.Namespace, folder: Path) -> list[Step]:
    isolate_user_state(folder)
    started = time.perf_counter()
    if args.language and not choose_language(args.language):
        return [Step("language", False, 0.0, f"{args.language!r} is not a shipped language")]
    app, window, shown = show_window(sys.argv[0] if sys.argv else "scheduler-gui", bool(args.language))
    steps = [Step("window", shown, time.perf_counter() - started,
                  f"shown {seconds_since_process_start():.2f} s after the process started"
                  if shown else "the main window was not shown")]
    if shown and not args.startup_only:
        steps.append(load_demo(window))
        if steps[-1].ok:
            problem = window.document.problem
            step, solution = solve_demo(problem, args.seconds, args.workers)
            steps.append(step)
            if solution is not None:
                pdf_folder = args.keep if args.keep is not None else folder
                pdf_folder.mkdir(parents=True, exist_ok=True)
                steps.append(export_pdf(problem, solution, pdf_folder))
    window.close()
    window.deleteLater()
    app.processEvents()
    return steps


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="schedule-engine-selftest-") as temp:
        steps = run(args, Path(temp))
    report = format_report(steps, time.perf_counter() - started)
    print(report, flush=True)
    if args.report is not None:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(report + "\n", "utf-8")
    expected = 1 if args.startup_only else 4
    return EXIT_OK if len(steps) == expected and all(s.ok for s in steps) else EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
