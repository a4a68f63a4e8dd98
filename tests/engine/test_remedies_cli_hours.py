"""``apply-remedies --fractional-hours``: a campus folder's fractional weekly
hours are read as ``validate`` and ``solve`` read them, and the document
written keeps that reading (one week rounded up, or a two-week cycle)."""

from __future__ import annotations

from pathlib import Path

import pytest

from schedule_engine.cli import main
from schedule_engine.io.loader import load_any

SMALL = Path(__file__).parent / "fixtures" / "campus_small"


def fortnightly_components(problem) -> set[tuple[str, str]]:
    return {(c.id, x.session_type) for c in problem.courses for x in c.components if x.fortnightly}


@pytest.mark.parametrize("reading", ["round-up", "fortnightly"])
def test_apply_remedies_reads_fractional_hours_as_asked(tmp_path, capsys, reading):
    out = tmp_path / f"{reading}.json"
    main(["apply-remedies", str(SMALL), "-o", str(out), "--fractional-hours", reading])
    assert f"wrote {out}" in capsys.readouterr().out
    written, _solution, _warnings = load_any(str(out))
    read, _solution, _warnings = load_any(str(SMALL), fractional_hours=reading)
    assert written.settings.fractional_hours == reading
    assert written.time_grid.n_weeks == read.time_grid.n_weeks == (2 if reading == "fortnightly" else 1)
    assert fortnightly_components(written) == fortnightly_components(read)
    assert bool(fortnightly_components(written)) == (reading == "fortnightly")


def test_apply_remedies_default_reading_is_fortnightly_as_in_validate(tmp_path, capsys):
    out = tmp_path / "default.json"
    main(["apply-remedies", str(SMALL), "-o", str(out)])
    capsys.readouterr()
    written, _solution, _warnings = load_any(str(out))
    assert written.time_grid.n_weeks == 2 and fortnightly_components(written)


def test_apply_remedies_refuses_an_unknown_reading(tmp_path, capsys):
    code = main(["apply-remedies", str(SMALL), "-o", str(tmp_path / "x.json"), "--fractional-hours", "halve"])
    assert code == 2
    assert "round-up" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()
