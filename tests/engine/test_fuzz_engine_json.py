"""Fuzzing the engine JSON document reader and the project file (.sched) reader:
structured mutations, text mutations, random bytes, damaged database bytes."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from fuzz_support import check, fuzz_settings, is_bad_count, mutate, still_there, text_mutation
from schedule_engine import limits
from schedule_engine.io.ctt import parse_ctt
from schedule_engine.io.engine_json import document_to_dict, load_document
from schedule_engine.project_store import Project, load_project, save_project
from schedule_engine.sessions import derive_sessions
from schedule_engine.model import Assignment, Solution

FIXTURE = Path(__file__).parent / "fixtures" / "tiny.ctt"
DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo_institution.json"
TINY = parse_ctt(FIXTURE.read_text(), "tiny.ctt")
TINY_SOLUTION = Solution(tuple(Assignment(s.id, k % TINY.time_grid.n_slots, "rA") for k, s in
                               enumerate(derive_sessions(TINY))))
DOCUMENTS = [document_to_dict(TINY, TINY_SOLUTION)]
if DEMO.is_file():
    DOCUMENTS.append(json.loads(DEMO.read_text(encoding="utf-8")))
WHOLE_KEYS = {"capacity": limits.STUDENTS.value, "size": limits.STUDENTS.value,
              "periods_per_week": limits.WEEKLY_PERIODS.value, "min_days": limits.DAYS.value}
"""Required whole-number fields: any other value must be refused (engine JSON takes no 12.0)."""


def must_reject(doc, changes) -> bool:
    for operation, path, value in changes:
        key = path[-1]
        if operation == "replace" and key in WHOLE_KEYS and path[0] == "problem" and still_there(doc, path, value) \
                and (is_bad_count(value, WHOLE_KEYS[key]) or isinstance(value, float)):
            return True
    return False


@fuzz_settings()
@given(st.data())
def test_engine_json_mutations_load_or_give_a_clear_error(data):
    original = data.draw(st.sampled_from(DOCUMENTS), label="document")
    doc, changes = mutate(data, original)
    plain = json.dumps(doc, ensure_ascii=False)
    text = text_mutation(data, plain)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        check("engine JSON", lambda: load_document(path), must_reject=must_reject(doc, changes) and text == plain)


@fuzz_settings()
@given(st.binary(max_size=3000))
def test_random_bytes_as_an_engine_json_document_give_a_clear_error(junk):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "junk.json"
        path.write_bytes(junk)
        check("engine JSON (random bytes)", lambda: load_document(path), must_reject=True)


def _saved_project(folder: str) -> Path:
    path = Path(folder) / "tiny.sched"
    save_project(path, Project(problem=TINY, solution=TINY_SOLUTION, meta={"institution": "Tiny"}))
    return path


@fuzz_settings(share=0.5)
@given(st.data())
def test_damaged_project_bytes_open_or_give_a_clear_error(data):
    with tempfile.TemporaryDirectory() as folder:
        path = _saved_project(folder)
        raw = bytearray(path.read_bytes())
        operation = data.draw(st.sampled_from(["flip", "flip", "truncate", "zero page"]), label="operation")
        if operation == "flip":
            for _ in range(data.draw(st.integers(1, 8), label="flips")):
                at = data.draw(st.integers(0, len(raw) - 1), label="at")
                raw[at] = data.draw(st.integers(0, 255), label="byte")
        elif operation == "truncate":
            raw = raw[:data.draw(st.integers(0, len(raw) - 1), label="cut")]
        else:
            page = data.draw(st.integers(0, len(raw) // 4096 - 1), label="page")
            raw[page * 4096:(page + 1) * 4096] = bytes(4096)
        path.write_bytes(bytes(raw))
        check(".sched (damaged bytes)", lambda: load_project(path), must_reject=operation == "truncate")


TABLES = ("rooms", "instructors", "groups", "courses", "time_grid", "settings")


@fuzz_settings()
@given(st.data())
def test_hostile_stored_rows_open_or_give_a_clear_error(data):
    with tempfile.TemporaryDirectory() as folder:
        path = _saved_project(folder)
        conn = sqlite3.connect(path)
        table = data.draw(st.sampled_from(TABLES), label="table")
        rows = conn.execute(f"SELECT rowid, data FROM {table}").fetchall()
        rowid, text = data.draw(st.sampled_from(rows), label="row")
        doc, _changes = mutate(data, {"row": json.loads(text)})
        new_text = text_mutation(data, json.dumps(doc.get("row"), ensure_ascii=False))
        try:
            new_text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: SQLite stores the bytes as a blob
            new_text = new_text.encode("utf-8", errors="surrogatepass")
        conn.execute(f"UPDATE {table} SET data = ? WHERE rowid = ?", (new_text, rowid))
        if data.draw(st.booleans(), label="working solution"):
            conn.execute("UPDATE working_solution SET slot = ? WHERE position = 0",
                         (data.draw(st.one_of(st.integers(-(2**63), 2**63 - 1), st.floats(), st.text(max_size=5)),
                                    label="slot"),))
        conn.commit()
        conn.close()
        check(".sched (hostile rows)", lambda: load_project(path))
