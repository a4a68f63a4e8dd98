"""Headless export of data that still has shortfalls: ``--allow-shortfalls``
and ``--leave-unplaced`` with ``--solve-seconds``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from export_fixtures import small_problem
from schedule_engine.io.engine_json import save_document
from scheduler_gui import cli_export


def _short_of_time(tmp_path: Path) -> Path:
    """The small school with NOETHER, the only MATH teacher (2 periods), free for one slot."""
    problem = small_problem()
    away = frozenset(range(problem.time_grid.n_slots)) - {0}
    instructors = tuple(replace(i, unavailable=away) if i.id == "NOETHER" else i for i in problem.instructors)
    path = tmp_path / "short.json"
    save_document(path, replace(problem, instructors=instructors))
    return path


def test_shortfalls_refuse_without_the_option(qapp, tmp_path: Path, capsys):
    source = _short_of_time(tmp_path)
    code = cli_export.main(["--export", "csv", "--project", str(source), "--out", str(tmp_path / "a"),
                            "--solve-seconds", "1"])
    err = capsys.readouterr().err
    assert code == 1 and "--allow-shortfalls" in err and "NOETHER" in err


def test_leave_unplaced_exports_a_clean_timetable_and_says_what_is_missing(qapp, tmp_path: Path, capsys):
    source = _short_of_time(tmp_path)
    code = cli_export.main(["--export", "csv", "--project", str(source), "--out", str(tmp_path / "b"),
                            "--solve-seconds", "1", "--allow-shortfalls", "--leave-unplaced"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "instructor NOETHER: 1 of 2 session(s) that cannot fit left unplaced." in err
    assert "warning: Not placed: MATH lecture, Y1 + Y2" in err
    assert "1 of 7 sessions are not placed; the pages list them." in err
