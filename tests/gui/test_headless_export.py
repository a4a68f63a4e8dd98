"""``scheduler-gui --export FORMAT --project PATH --out DIR [--solve-seconds N]``."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pypdf import PdfReader

from export_fixtures import PLACEMENT, full_solution, small_problem, small_solution
from schedule_engine.io.engine_json import save_document
from schedule_engine.project_store import Project, save_project
from schedule_engine.sessions import derive_sessions
from scheduler_gui import cli_export
from scheduler_gui.__main__ import dispatch_module
from scheduler_gui.export.pages import PrintOptions, plan_pages

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo" / "demo_institution.json"
TERM = ["--term-start", "2027-01-11", "--term-end", "2027-04-23"]


@pytest.fixture(scope="module")
def demo_timetable(tmp_path_factory) -> tuple[Path, object, object]:
    """The demo institution with a complete timetable, as an engine JSON document."""
    from schedule_engine.io.engine_json import load_document

    problem, _ = load_document(DEMO)
    solution = full_solution(problem, seed=7)
    path = tmp_path_factory.mktemp("demo") / "demo_timetable.json"
    save_document(path, problem, solution)
    return path, problem, solution


def _text(page) -> str:
    return " ".join((page.extract_text() or "").split())


def _export(*args: str) -> int:
    return cli_export.main(["--export", *args])


def test_main_hands_export_to_this_module():
    assert dispatch_module(["--export", "pdf", "--project", "x", "--out", "y"]) == "scheduler_gui.cli_export"


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv", "html", "ics"])
def test_each_format_from_the_demo(qapp, demo_timetable, tmp_path: Path, fmt: str, capsys):
    path, problem, solution = demo_timetable
    out = tmp_path / fmt
    assert _export(fmt, "--project", str(path), "--out", str(out), *TERM) == 0
    captured = capsys.readouterr()
    assert "All 248 sessions are placed." in captured.err
    assert captured.out.startswith("Wrote ")
    names = {p.name for p in out.iterdir()}
    if fmt == "pdf":
        expected = plan_pages(problem, solution, PrintOptions(overview="week", reports=True))
        assert len(PdfReader(str(out / "timetable.pdf")).pages) == len(expected)
    elif fmt == "xlsx":
        assert any(name.endswith(".xlsx") for name in names)
    elif fmt == "csv":
        with open(out / "timetable.csv", newline="", encoding="utf-8-sig") as handle:
            assert len(list(csv.reader(handle))) == 1 + len(derive_sessions(problem))
    elif fmt == "html":
        assert "index.html" in names and "style.css" in names
    else:
        calendars = [n for n in names if n.endswith(".ics")]
        assert len(calendars) == len(problem.groups) + len(problem.instructors)
    assert not [n for n in names if n.startswith(".")]  # no scratch files left behind


def test_pdf_pages_and_paper_can_be_chosen(qapp, tmp_path: Path):
    source = tmp_path / "small.json"
    save_document(source, small_problem(), small_solution())
    out = tmp_path / "rooms.pdf"
    assert _export("pdf", "--project", str(source), "--out", str(out), "--pages", "rooms",
                   "--overview", "none", "--no-reports", "--paper", "Letter") == 0
    reader = PdfReader(str(out))
    assert len(reader.pages) == 4
    assert round(float(reader.pages[0].mediabox.width)) == 792
    assert "Great Hall" in _text(reader.pages[0])


def test_project_file_gives_term_dates_and_institution(qapp, tmp_path: Path):
    project = tmp_path / "school.sched"
    meta = {"institution": "Hilltop Academy Trust", "term": "Spring", "term_start": "2027-01-11",
            "term_end": "2027-04-23"}
    save_project(project, Project(small_problem(), small_solution(), meta=meta))
    assert _export("ics", "--project", str(project), "--out", str(tmp_path / "ics"), "--combined") == 0
    assert "UNTIL=20270423" in (tmp_path / "ics" / "timetable.ics").read_text(encoding="utf-8")
    assert _export("pdf", "--project", str(project), "--out", str(tmp_path / "pdf"), "--pages", "group",
                   "--overview", "none", "--no-reports") == 0
    text = _text(PdfReader(str(tmp_path / "pdf" / "timetable.pdf")).pages[0])
    assert "HILLTOP ACADEMY TRUST" in text and "Spring, 11 Jan 2027 – 23 Apr 2027" in text


def test_without_a_timetable_it_exports_and_says_what_is_missing(qapp, tmp_path: Path, capsys):
    source = tmp_path / "unsolved.json"
    save_document(source, small_problem(), None)
    assert _export("csv", "--project", str(source), "--out", str(tmp_path / "csv")) == 0
    err = capsys.readouterr().err
    assert "holds no timetable" in err and "--solve-seconds" in err
    assert f"No timetable yet: none of the {len(PLACEMENT)} sessions is placed." in err
    assert err.count("warning: Not placed:") == len(PLACEMENT)


@pytest.mark.parametrize("path, message", [
    ("missing-folder/nothing.sched", "nothing.sched"),
    ("missing.json", "No such file or folder"),
    ("notes.txt", "Unknown input format"),
])
def test_bad_input_path_fails_clearly(qapp, tmp_path: Path, capsys, path: str, message: str):
    target = tmp_path / path
    if target.suffix == ".txt":
        target.write_text("hello")
    assert _export("pdf", "--project", str(target), "--out", str(tmp_path / "out")) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot export {target}") and message in err
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_bad_arguments_fail_clearly(qapp, tmp_path: Path, capsys):
    source = tmp_path / "small.json"
    save_document(source, small_problem(), small_solution())
    assert _export("docx", "--project", str(source), "--out", str(tmp_path)) == 2
    assert "invalid choice: 'docx'" in capsys.readouterr().err
    assert _export("ics", "--project", str(source), "--out", str(tmp_path / "ics")) == 2
    assert "needs the term's first and last day" in capsys.readouterr().err
    assert _export("csv", "--project", str(source), "--out", str(tmp_path), "--solve-seconds", "0") == 2
    assert "more than 0 seconds" in capsys.readouterr().err


def test_unwritable_output_fails_with_exit_1(qapp, tmp_path: Path, capsys):
    source = tmp_path / "small.json"
    save_document(source, small_problem(), small_solution())
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert _export("html", "--project", str(source), "--out", str(blocker / "site")) == 1
    assert capsys.readouterr().err.startswith(f"error: cannot write the export to {blocker / 'site'}")


def test_runs_as_a_program_without_a_display(tmp_path: Path):
    source = tmp_path / "small.json"
    save_document(source, small_problem(), small_solution())
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "scheduler_gui", "--export", "pdf", "--project", str(source),
                           "--out", str(tmp_path / "out"), "--overview", "none", "--no-reports"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote 1 file to {tmp_path / 'out'}"
    assert len(PdfReader(str(tmp_path / "out" / "timetable.pdf")).pages) == 9


@pytest.mark.slow
def test_solve_seconds_solves_an_unsolved_input_first(qapp, tmp_path: Path, capsys):
    source = tmp_path / "unsolved.json"
    save_document(source, small_problem(), None)
    assert _export("csv", "--project", str(source), "--out", str(tmp_path / "csv"), "--solve-seconds", "1") == 0
    err = capsys.readouterr().err
    assert "Solving for up to 1 s" in err and "Solver finished" in err
    assert f"All {len(PLACEMENT)} sessions are placed." in err


@pytest.mark.slow
def test_solve_seconds_completes_a_partial_timetable_and_ignores_a_complete_one(qapp, tmp_path: Path, capsys):
    partial = tmp_path / "partial.json"
    save_document(partial, small_problem(), small_solution(skip=("CHEM|lecture|Y2|0",)))
    assert _export("csv", "--project", str(partial), "--out", str(tmp_path / "a"), "--solve-seconds", "1") == 0
    err = capsys.readouterr().err
    assert "Solver finished" in err and f"All {len(PLACEMENT)} sessions are placed." in err
    complete = tmp_path / "complete.json"
    save_document(complete, small_problem(), small_solution())
    assert _export("csv", "--project", str(complete), "--out", str(tmp_path / "b"), "--solve-seconds", "1") == 0
    err = capsys.readouterr().err
    assert "already holds a complete timetable" in err and "Solver" not in err


@pytest.fixture
def back_to_english(qapp):
    """The application's language, locale and direction as they were before the test."""
    locale, direction = QLocale(), qapp.layoutDirection()
    yield
    for translator in getattr(qapp, "_export_translators", ()):
        qapp.removeTranslator(translator)
    qapp._export_translators = []
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


def test_language_chooses_the_words_dates_and_direction_of_the_export(qapp, tmp_path: Path, back_to_english):
    project = tmp_path / "school.sched"
    meta = {"institution": "Hilltop Academy Trust", "term": "Spring", "term_start": "2027-01-11",
            "term_end": "2027-04-23"}
    save_project(project, Project(small_problem(), small_solution(), meta=meta))
    assert _export("pdf", "--project", str(project), "--out", str(tmp_path / "es"), "--pages", "group",
                   "--overview", "none", "--no-reports", "--language", "es") == 0
    text = _text(PdfReader(str(tmp_path / "es" / "timetable.pdf")).pages[0])
    assert "Spring, 11 ene 2027 – 23 abr 2027" in text
    assert "Impreso el " in text and " de 20" in text  # "Impreso el 3 de diciembre de 2026"
    assert "Lunes" in text or "Lun" in text
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert _export("pdf", "--project", str(project), "--out", str(tmp_path / "ar"), "--pages", "group",
                   "--overview", "none", "--no-reports", "--language", "ar") == 0
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    arabic = _text(PdfReader(str(tmp_path / "ar" / "timetable.pdf")).pages[0])
    assert "١١" in arabic and "Jan" not in arabic and "Spring, 11" not in arabic  # Arabic-Indic digits, months


def test_an_unknown_language_is_refused_by_name(qapp, tmp_path: Path, capsys, back_to_english):
    source = tmp_path / "small.json"
    save_document(source, small_problem(), small_solution())
    assert _export("csv", "--project", str(source), "--out", str(tmp_path / "csv"), "--language", "xx") == 2
    assert "--language xx: not a shipped language (choose one of ar, en, es, fr, pt_BR)" in capsys.readouterr().err
    assert not (tmp_path / "csv").exists()
