"""Fuzzing the campus four-file importer: structured mutations of the small fixture and
of the real campus data (when present), text mutations, and random bytes."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzz_support import check, fuzz_settings, is_bad_count, mutate, still_there, text_mutation
from schedule_engine import limits
from schedule_engine.io import load_any

FIXTURE = Path(__file__).parent / "fixtures" / "campus_small"
REAL = Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "seed-campus"
FILES = ("Course.json", "Groups.json", "Instructors.json", "Rooms.json")
COUNT_KEYS = {"capacity": limits.STUDENTS.value, "student_count": limits.STUDENTS.value}
HOUR_KEYS = {"L", "P"}


def _read(folder: Path) -> dict[str, object]:
    return {name: json.loads((folder / name).read_text(encoding="utf-8")) for name in FILES}


SMALL = _read(FIXTURE)


def must_reject(doc: object, changes: list[tuple[str, tuple, object]]) -> bool:
    """A count or weekly-hours field replaced by a value no reader may accept."""
    for operation, path, value in changes:
        if operation != "replace" or len(path) != 2 or not isinstance(path[0], int) \
                or not still_there(doc, path, value):
            continue
        key = path[1]
        if key in COUNT_KEYS and value is not None and is_bad_count(value, COUNT_KEYS[key]):
            return True
        if key in HOUR_KEYS and value is not None and (
                isinstance(value, (bool, str, list, dict)) or
                (isinstance(value, float) and value != value) or
                (isinstance(value, (int, float)) and not -1e308 < value < 1e308) or
                (isinstance(value, (int, float)) and (value < 0 or value > limits.WEEKLY_PERIODS.value))):
            return True
    return False


def _load_with(files: dict[str, object], texts: dict[str, str], importer: str, rejected: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name in FILES:
            text = texts.get(name)
            if text is None:
                text = json.dumps(files[name], ensure_ascii=False)
            (Path(folder) / name).write_text(text, encoding="utf-8", errors="surrogatepass")
        check(importer, lambda: load_any(folder), must_reject=rejected)


def _fuzz_folder(data: st.DataObject, original: dict[str, object], importer: str) -> None:
    name = data.draw(st.sampled_from(FILES), label="file")
    doc, changes = mutate(data, original[name])
    text = text_mutation(data, json.dumps(doc, ensure_ascii=False))
    unchanged_text = text == json.dumps(doc, ensure_ascii=False)
    _load_with({**original, name: doc}, {name: text}, importer, must_reject(doc, changes) and unchanged_text)


@fuzz_settings()
@given(st.data())
def test_campus_fixture_mutations_load_or_give_a_clear_error(data):
    _fuzz_folder(data, SMALL, "campus JSON (fixture)")


@fuzz_settings(share=0.4)
@given(st.data())
def test_real_campus_mutations_load_or_give_a_clear_error(data):
    if not REAL.is_dir():
        pytest.skip(f"the real campus data is not at {REAL}")
    _fuzz_folder(data, _real(), "campus JSON (real data)")


_REAL_CACHE: list[dict] = []


def _real() -> dict[str, object]:
    if not _REAL_CACHE:
        _REAL_CACHE.append(_read(REAL))
    return _REAL_CACHE[0]


@fuzz_settings()
@given(st.sampled_from(FILES), st.binary(max_size=3000))
def test_random_bytes_in_a_campus_file_give_a_clear_error(name, junk):
    with tempfile.TemporaryDirectory() as folder:
        for other in FILES:
            shutil.copy(FIXTURE / other, Path(folder) / other)
        (Path(folder) / name).write_bytes(junk)
        check("campus JSON (random bytes)", lambda: load_any(folder), must_reject=True)
