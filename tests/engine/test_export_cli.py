"""The ``export`` subcommand, run in-process."""

from __future__ import annotations

import csv
import json

import pytest
from export_samples import PLACEMENT, sample_problem, sample_solution
from icalendar import Calendar

from schedule_engine.cli_export import EXIT_BAD_INPUT, EXIT_OK, main
from schedule_engine.io.engine_json import save_document, solution_to_dict


@pytest.fixture()
def document(tmp_path):
    path = tmp_path / "timetable.json"
    save_document(path, sample_problem(), sample_solution(skip=("C3|lecture|G2|0",)))
    return path


def test_csv_from_a_document_holding_the_solution(document, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", str(document), "--format", "csv", "--out", str(out)]) == EXIT_OK
    with (out / "timetable.csv").open(encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == len(PLACEMENT) - 1
    captured = capsys.readouterr()
    assert "Wrote 2 files" in captured.out
    assert "Not placed: C3 lecture, G2" in captured.err


def test_separate_solution_file_overrides(tmp_path, capsys):
    problem_path = tmp_path / "problem.json"
    save_document(problem_path, sample_problem())
    solution_path = tmp_path / "solution.json"
    solution_path.write_text(json.dumps(solution_to_dict(sample_solution())), encoding="utf-8")
    out = tmp_path / "site"
    assert main(["export", str(problem_path), str(solution_path), "-f", "html", "-o", str(out)]) == EXIT_OK
    assert "6 of 6 sessions placed" in (out / "index.html").read_text(encoding="utf-8")
    assert "warning" not in capsys.readouterr().err


def test_problem_without_solution_exports_everything_unplaced(tmp_path, capsys):
    problem_path = tmp_path / "problem.json"
    save_document(problem_path, sample_problem())
    assert main(["export", str(problem_path), "-f", "xlsx", "-o", str(tmp_path / "x")]) == EXIT_OK
    assert (tmp_path / "x" / "timetable.xlsx").is_file()
    err = capsys.readouterr().err
    assert "no solution given" in err and err.count("Not placed:") == len(PLACEMENT)


def test_ics_needs_the_term(document, tmp_path, capsys):
    assert main(["export", str(document), "-f", "ics", "-o", str(tmp_path / "c")]) == EXIT_BAD_INPUT
    assert "--term-start and --term-end" in capsys.readouterr().err
    assert main(["export", str(document), "-f", "ics", "-o", str(tmp_path / "c"),
                 "--term-start", "2026-12-01", "--term-end", "2026-09-01"]) == EXIT_BAD_INPUT
    assert "before" in capsys.readouterr().err
    assert main(["export", str(document), "-f", "ics", "-o", str(tmp_path / "c"), "--combined",
                 "--term-start", "2026-09-01", "--term-end", "2026-12-18"]) == EXIT_OK
    cal = Calendar.from_ical((tmp_path / "c" / "timetable.ics").read_bytes())
    assert len(list(cal.walk("VEVENT"))) == len(PLACEMENT) - 1


def test_bad_date_is_an_argument_error(document, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(document), "-f", "ics", "-o", str(tmp_path), "--term-start", "1 Sept"])
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_unreadable_input_names_the_file(tmp_path, capsys):
    assert main(["export", str(tmp_path / "missing.json"), "-f", "csv", "-o", str(tmp_path)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "missing.json" in err and "Traceback" not in err
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["export", str(broken), "-f", "csv", "-o", str(tmp_path)]) == EXIT_BAD_INPUT
    assert "broken.json" in capsys.readouterr().err


def test_unwritable_output_fails_cleanly(document, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["export", str(document), "-f", "csv", "-o", str(blocker / "sub")]) == 1
    assert "cannot write the export" in capsys.readouterr().err


def test_registered_in_the_schedule_engine_command(document, tmp_path):
    from schedule_engine.cli import main as engine_main

    out = tmp_path / "site"
    assert engine_main(["export", str(document), "--format", "html", "--out", str(out)]) == EXIT_OK
    assert (out / "index.html").is_file()
    assert engine_main(["export", str(document), "--format", "pdf", "--out", str(out)]) == 2


def test_invalid_document_lists_its_errors(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": 1, "kind": "schedule-engine",
                               "problem": {"name": "x", "time_grid": {"days": "Mon"}}}), encoding="utf-8")
    code = main(["export", str(bad), "-f", "csv", "-o", str(tmp_path / "o")])
    assert code in (1, 2)
    err = capsys.readouterr().err
    assert "bad.json" in err and "time_grid" in err


def test_export_timetable_dispatch(tmp_path):
    from schedule_engine.errors import InvalidInputError
    from schedule_engine.export import export_timetable

    result = export_timetable(sample_problem(), sample_solution(), "xlsx", tmp_path)
    assert [p.name for p in result.files] == ["timetable.xlsx"]
    with pytest.raises(ValueError, match="unknown export format"):
        export_timetable(sample_problem(), sample_solution(), "pdf", tmp_path)
    with pytest.raises(InvalidInputError, match="term start and end"):
        export_timetable(sample_problem(), sample_solution(), "ics", tmp_path)


def test_ics_takes_the_institutions_time_zone_unless_one_is_given(tmp_path):
    from dataclasses import replace

    problem = sample_problem()
    problem = replace(problem, settings=replace(problem.settings, time_zone="Asia/Kathmandu"))
    path = tmp_path / "zoned.json"
    save_document(path, problem, sample_solution())
    term = ["--combined", "--term-start", "2026-09-01", "--term-end", "2026-12-18"]

    def zones(out):
        cal = Calendar.from_ical((out / "timetable.ics").read_bytes())
        return ({str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")},
                {ev["DTSTART"].params.get("TZID") for ev in cal.walk("VEVENT")})

    assert main(["export", str(path), "-f", "ics", "-o", str(tmp_path / "a"), *term]) == EXIT_OK
    assert zones(tmp_path / "a") == ({"Asia/Kathmandu"}, {"Asia/Kathmandu"})
    assert main(["export", str(path), "-f", "ics", "-o", str(tmp_path / "b"), *term,
                 "--timezone", "Europe/Berlin"]) == EXIT_OK
    assert zones(tmp_path / "b") == ({"Europe/Berlin"}, {"Europe/Berlin"})
