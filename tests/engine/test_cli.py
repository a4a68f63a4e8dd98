"""The schedule-engine command line, run in-process through main([...])."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from schedule_engine import cli
from schedule_engine.io.ctt import load_ctt, write_ctt_solution
from schedule_engine.model import Assignment, Solution
from schedule_engine.scoring import evaluate
from schedule_engine.sessions import derive_sessions

FIXTURES = Path(__file__).parent / "fixtures"
SMALL = FIXTURES / "campus_small"
TINY = FIXTURES / "tiny.ctt"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv: str) -> tuple[int, dict]:
    code, out, _ = run(capsys, *argv, "--json")
    return code, json.loads(out)


def spread_solution(problem) -> Solution:
    grid, rooms = problem.time_grid, problem.rooms
    return Solution(tuple(Assignment(s.id, k % grid.n_slots, rooms[k % len(rooms)].id, s.candidate_instructors[0])
                          for k, s in enumerate(derive_sessions(problem))))


# -- validate ----------------------------------------------------------------------
def test_validate_clean_campus_folder(capsys):
    code, data = run_json(capsys, "validate", str(SMALL), "--fractional-hours", "round-up")
    assert code == 0
    assert data["errors"] == []
    assert data["counts"] == {"courses": 4, "groups": 1, "subgroups": 2, "instructors": 3, "rooms": 2, "sessions": 7}
    assert {w["code"] for w in data["warnings"]} == {"inferred_time_grid", "hours_rounded_up", "course_without_hours"}
    # the importer's located warning is kept, the validator's repeat of it dropped
    [empty] = [w for w in data["warnings"] if w["code"] == "course_without_hours"]
    assert empty["location"] == "Groups.json, record 1"


def test_validate_text_output(capsys):
    code, out, _ = run(capsys, "validate", str(TINY))
    assert code == 0
    # c3 is in no curriculum: it belongs to no group
    assert out.splitlines()[0] == "Tiny: 3 courses, 1 groups, 0 subgroups, 2 instructors, 2 rooms, 5 sessions"
    assert out.splitlines()[-1] == "0 error(s), 0 warning(s)"


def test_validate_real_campus_reports_errors_with_exit_1(capsys, datasets_dir):
    code, data = run_json(capsys, "validate", str(datasets_dir / "seed-campus"))
    assert code == 1
    assert data["counts"]["courses"] == 444 and data["counts"]["subgroups"] == 74
    # read with fortnightly hours (the default) room A102 holds its practicals (issue 18)
    assert {e["code"] for e in data["errors"]} == {"instructor_overload", "room_instructor_shortage"}
    assert not any("A102" in e["entity"] or "A102" in e["message"] for e in data["errors"])


def test_validate_data_errors_in_files_exit_1(capsys, tmp_path):
    folder = tmp_path / "campus"
    shutil.copytree(SMALL, folder)
    rooms = json.loads((folder / "Rooms.json").read_text())
    del rooms[0]["capacity"]
    (folder / "Rooms.json").write_text(json.dumps(rooms))
    code, data = run_json(capsys, "validate", str(folder))
    assert code == 1
    [error] = data["errors"]
    assert (error["location"], error["entity"], error["field"]) == ("Rooms.json, record 1", "room R1", "capacity")


def test_validate_malformed_json_exits_2(capsys, tmp_path):
    folder = tmp_path / "campus"
    shutil.copytree(SMALL, folder)
    (folder / "Course.json").write_text("[{\"CourseCode\": }]")
    code, out, err = run(capsys, "validate", str(folder))
    assert code == 2 and out == ""
    assert "Course.json, line 1, column" in err


@pytest.mark.parametrize("name", ["missing-folder", "notes.txt"])
def test_validate_unreadable_input_exits_2(capsys, tmp_path, name):
    path = tmp_path / name
    if name.endswith(".txt"):
        path.write_text("hello")
    code, data = run_json(capsys, "validate", str(path))
    assert code == 2
    assert data["errors"] and data["errors"][0]["code"] in {"file_not_found", "unknown_format"}


def test_validate_engine_document(capsys, tmp_path):
    from schedule_engine.io.engine_json import save_document

    path = tmp_path / "tiny.json"
    save_document(path, load_ctt(TINY))
    code, data = run_json(capsys, "validate", str(path))
    assert code == 0 and data["counts"]["sessions"] == 5


# -- score -------------------------------------------------------------------------
def test_score_itc_solution(capsys, tmp_path, datasets_dir):
    problem_path = datasets_dir / "itc2007-cbctt" / "comp01.ctt"
    problem = load_ctt(problem_path)
    solution = spread_solution(problem)
    sol_path = tmp_path / "comp01.sol"
    sol_path.write_text(write_ctt_solution(problem, solution))
    expected = evaluate(problem, solution)
    code, data = run_json(capsys, "score", str(problem_path), str(sol_path))
    assert code == 0
    assert (data["hard"], data["soft"]) == (expected.hard, expected.soft)
    assert data["breakdown"] == dict(expected.breakdown)
    assert len(data["violations"]) == len(expected.violations)
    assert data["hard"] > 0


def test_score_text_table(capsys, tmp_path):
    problem = load_ctt(TINY)
    sol_path = tmp_path / "tiny.sol"
    sol_path.write_text("c1 rA 0 1\nc1 rA 1 1\nc2 rB 0 2\nc3 rB 0 0\nc3 rB 1 0\n")
    code, out, _ = run(capsys, "score", str(TINY), str(sol_path))
    assert code == 0
    result = evaluate(problem, load_solution(problem, sol_path))
    assert out.splitlines()[0] == f"Tiny: hard {result.hard}, soft {result.soft}"
    rows = {line.split()[0]: line.split()[-1] for line in out.splitlines()[2:-1]}
    assert rows == {k: str(v) for k, v in result.breakdown.items()}


def load_solution(problem, path: Path) -> Solution:
    from schedule_engine.io.ctt import read_ctt_solution

    return read_ctt_solution(path.read_text(), problem)


def test_score_engine_document_with_its_own_or_a_separate_solution(capsys, tmp_path):
    from schedule_engine.io.engine_json import save_document

    problem = load_ctt(TINY)
    solution = spread_solution(problem)
    doc = tmp_path / "doc.json"
    save_document(doc, problem, solution)
    expected = evaluate(problem, solution)
    code, data = run_json(capsys, "score", str(doc))
    assert code == 0 and (data["hard"], data["soft"]) == (expected.hard, expected.soft)
    bare = tmp_path / "bare.json"
    save_document(bare, problem)
    code, data = run_json(capsys, "score", str(bare), str(doc))
    assert code == 0 and (data["hard"], data["soft"]) == (expected.hard, expected.soft)
    code, data = run_json(capsys, "score", str(bare))
    assert code == 2 and data["errors"][0]["code"] == "no_solution"


def test_score_bad_solution_line_exits_with_location(capsys, tmp_path):
    sol_path = tmp_path / "tiny.sol"
    sol_path.write_text("c1 rA 0 1\nc1 rQ 0 2\n")
    code, _out, err = run(capsys, "score", str(TINY), str(sol_path))
    assert code == 1
    assert "tiny.sol, line 2, room" in err


# -- the parser ----------------------------------------------------------------------
def test_help_and_usage_errors(capsys):
    assert cli.main(["--help"]) == 0
    assert "validate" in capsys.readouterr().out
    assert cli.main(["frobnicate"]) == 2
    assert cli.main([]) == 2


def test_optional_subcommand_modules_register_themselves(monkeypatch, tmp_path, capsys):
    (tmp_path / "extra_cli_hello.py").write_text(
        "def register(subparsers):\n"
        "    p = subparsers.add_parser('hello')\n"
        "    p.set_defaults(handler=lambda args: print('hi') or 7)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(cli, "OPTIONAL_SUBCOMMANDS", ("extra_cli_hello", "extra_cli_absent"))
    code, out, _ = run(capsys, "hello")
    assert (code, out) == (7, "hi\n")
