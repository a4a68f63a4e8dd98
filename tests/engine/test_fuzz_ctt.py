"""Fuzzing the ITC-2007 importers: token and line mutations of the small fixture and of
the real instances (when present), random bytes, and hostile solution lines."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzz_support import BAD_NUMBER_TEXTS, ODD_TEXTS, check, fuzz_settings
from schedule_engine.io.ctt import load_ctt, parse_ctt, read_ctt_solution

FIXTURE = Path(__file__).parent / "fixtures" / "tiny.ctt"
REAL = Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "itc2007-cbctt"
NUMERIC_FIELDS = {"COURSES": {2, 3, 4}, "ROOMS": {1}, "CURRICULA": {1}, "UNAVAILABILITY_CONSTRAINTS": {1, 2}}
HEADER_NUMBERS = ("Courses", "Rooms", "Days", "Periods_per_day", "Curricula", "Constraints")


def numeric_tokens(lines: list[str]) -> set[tuple[int, int]]:
    """(line index, token index) of every number of an instance."""
    out, section = set(), None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.endswith(":") and stripped[:-1] in NUMERIC_FIELDS:
            section = stripped[:-1]
            continue
        key = stripped.partition(":")[0]
        if section is None and key in HEADER_NUMBERS:
            out.add((i, 1))
        elif section is not None and stripped and stripped != "END.":
            out.update((i, k) for k in NUMERIC_FIELDS[section] if k < len(stripped.split()))
    return out


def mutate_ctt(data: st.DataObject, text: str) -> tuple[str, bool]:
    """The text with up to three line or token mutations and, perhaps, one number then
    replaced by a text that is not an acceptable whole number (True: it was)."""
    lines = text.splitlines()
    for _ in range(data.draw(st.integers(0, 3), label="mutations")):
        i = data.draw(st.integers(0, len(lines) - 1), label="line")
        operation = data.draw(st.sampled_from(["token", "token", "delete", "duplicate", "insert", "truncate"]),
                              label="operation")
        tokens = lines[i].split()
        if operation == "token" and tokens:
            k = data.draw(st.integers(0, len(tokens) - 1), label="token")
            tokens[k] = data.draw(st.one_of(st.sampled_from(ODD_TEXTS + BAD_NUMBER_TEXTS),
                                            st.integers(-5, 100).map(str)), label="value")
            lines[i] = " ".join(tokens)
        elif operation == "delete":
            del lines[i]
        elif operation == "duplicate":
            lines.insert(i, lines[i])
        elif operation == "insert":
            lines.insert(i, data.draw(st.text(max_size=40), label="line text"))
        elif operation == "truncate":
            lines = lines[:i]
        lines = lines or [""]
    numbers = sorted((i, k) for i, k in numeric_tokens(lines) if k < len(lines[i].split()))
    bad_number = bool(numbers) and data.draw(st.booleans(), label="bad number")
    if bad_number:
        i, k = data.draw(st.sampled_from(numbers), label="number")
        tokens = lines[i].split()
        tokens[k] = data.draw(st.sampled_from(BAD_NUMBER_TEXTS[:-3]), label="bad")
        lines[i] = " ".join(tokens)
    return "\n".join(lines) + "\n", bad_number


@fuzz_settings()
@given(st.data())
def test_ctt_fixture_mutations_load_or_give_a_clear_error(data):
    text, bad = mutate_ctt(data, FIXTURE.read_text())
    check(".ctt (fixture)", lambda: parse_ctt(text, "tiny.ctt"), must_reject=bad)


@fuzz_settings(share=0.4)
@given(st.data())
def test_real_ctt_mutations_load_or_give_a_clear_error(data):
    if not REAL.is_dir():
        pytest.skip(f"the ITC-2007 instances are not at {REAL}")
    path = data.draw(st.sampled_from(sorted(REAL.glob("*.ctt"))), label="instance")
    text, bad = mutate_ctt(data, path.read_text())
    check(".ctt (real instances)", lambda: parse_ctt(text, path.name), must_reject=bad)


@fuzz_settings()
@given(st.binary(max_size=3000))
def test_random_bytes_as_a_ctt_file_give_a_clear_error(junk):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "junk.ctt"
        path.write_bytes(junk)
        check(".ctt (random bytes)", lambda: load_ctt(path), must_reject=True)


TINY = parse_ctt(FIXTURE.read_text(), "tiny.ctt")
COURSES = [c.id for c in TINY.courses] + ["c9", "NOPE"]
ROOMS = [r.id for r in TINY.rooms] + ["A", "r"]


def solution_lines() -> st.SearchStrategy:
    good = st.tuples(st.sampled_from(COURSES), st.sampled_from(ROOMS), st.integers(0, 2).map(str),
                     st.integers(0, 3).map(str))
    bad = st.tuples(st.sampled_from(COURSES), st.sampled_from(ROOMS), st.sampled_from(BAD_NUMBER_TEXTS[:-3]),
                    st.sampled_from(BAD_NUMBER_TEXTS[:-3]))
    return st.lists(st.one_of(good.map(lambda t: (t, False)), bad.map(lambda t: (t, True)),
                              st.text(max_size=30).map(lambda t: ((t,), False))), max_size=8)


@fuzz_settings()
@given(solution_lines())
def test_ctt_solution_lines_load_or_give_a_clear_error(lines):
    text = "\n".join(" ".join(fields) for fields, _bad in lines)
    bad = any(is_bad for _fields, is_bad in lines)
    check(".ctt solution", lambda: read_ctt_solution(text, TINY, "tiny.sol"), must_reject=bad)
