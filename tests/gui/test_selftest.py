"""``scheduler-gui --selftest``: its steps, its report and its exit code."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from schedule_engine.model import Assignment, Solution
from scheduler_gui import selftest
from scheduler_gui.__main__ import dispatch_module

from shell_fixtures import isolated_settings  # noqa: F401


def test_the_selftest_option_is_dispatched_to_the_selftest_module() -> None:
    assert dispatch_module(["--selftest", "--seconds", "3"]) == "scheduler_gui.selftest"


def test_startup_only_shows_the_window_and_writes_the_report(isolated_settings, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    code = selftest.main(["--selftest", "--startup-only", "--report", str(report)])
    lines = report.read_text("utf-8").splitlines()
    assert code == selftest.EXIT_OK
    assert lines[1].startswith("ok   window") and "after the process started" in lines[1]
    assert lines[-1].startswith("PASSED")
    assert len(lines) == 3  # header, the window step, the verdict: nothing was solved


@pytest.fixture
def restored_language(qapp):
    """Translators, locale and direction a self-test run installs are removed again."""
    from PySide6.QtCore import QLocale, Qt, QTranslator

    yield qapp
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_startup_in_arabic_is_laid_out_right_to_left_and_says_its_language(isolated_settings, restored_language,
                                                                          tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    report = tmp_path / "report.txt"
    code = selftest.main(["--selftest", "--startup-only", "--language", "ar", "--report", str(report)])
    lines = report.read_text("utf-8").splitlines()
    assert code == selftest.EXIT_OK and lines[-1].startswith("PASSED")
    assert "language ar" in lines[0]
    assert restored_language.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_an_unknown_language_fails_the_selftest(isolated_settings, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    assert selftest.main(["--selftest", "--startup-only", "--language", "xx", "--report", str(report)]) == \
        selftest.EXIT_FAILED
    text = report.read_text("utf-8")
    assert "FAIL language" in text and "'xx' is not a shipped language" in text


def test_a_failed_step_fails_the_selftest_and_stops_it(isolated_settings, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "load_demo",
                        lambda window: selftest.Step("demo", False, 0.0, "the demo institution is missing"))

    def must_not_solve(*args):
        raise AssertionError("solved without data")

    monkeypatch.setattr(selftest, "solve_demo", must_not_solve)
    report = tmp_path / "report.txt"
    code = selftest.main(["--selftest", "--report", str(report)])
    text = report.read_text("utf-8")
    assert code == selftest.EXIT_FAILED
    assert "FAIL demo" in text and "the demo institution is missing" in text
    assert text.splitlines()[-1].startswith("FAILED")


def test_pdf_step_writes_one_page_per_group_and_the_week_overview(qapp, demo_problem,
                                                                   tmp_path: Path) -> None:
    step = selftest.export_pdf(demo_problem, Solution(), tmp_path)
    pdf = tmp_path / "selftest-timetable.pdf"
    assert step.ok, step.detail
    assert pdf.read_bytes().startswith(b"%PDF")
    pages = int(step.detail.split(" pages")[0])
    assert pages >= len(demo_problem.groups) + 1


def test_solve_step_fails_unless_the_timetable_came_from_another_process() -> None:
    solution = Solution((Assignment("C1|lecture|G1|0", slot=3, room="R1", instructor="I1"),))
    in_process, _ = selftest._solve_step("feasible", 0, 5, solution, os.getpid(), 1.0)
    in_worker, kept = selftest._solve_step("feasible", 0, 5, solution, os.getpid() + 1, 1.0)
    nothing_placed, _ = selftest._solve_step("infeasible", 3, 0, Solution(), os.getpid() + 1, 1.0)
    assert not in_process.ok and "NOT in a worker process" in in_process.detail
    assert in_worker.ok and kept is solution and "1 sessions placed" in in_worker.detail
    assert not nothing_placed.ok


@pytest.mark.slow
@pytest.mark.skipif(not (os.environ.get("CI") or os.environ.get("RUN_SLOW")),
                    reason="a full self-test with a solver process: set RUN_SLOW=1 (CI runs it)")
def test_full_selftest_from_source_passes(isolated_settings, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    code = selftest.main(["--selftest", "--seconds", "1", "--report", str(report),
                          "--keep", str(tmp_path / "pdf")])
    text = report.read_text("utf-8")
    assert code == selftest.EXIT_OK, text
    assert [line.split()[1] for line in text.splitlines()[1:-1]] == ["window", "demo", "solve", "pdf"]
    assert (tmp_path / "pdf" / "selftest-timetable.pdf").is_file()
