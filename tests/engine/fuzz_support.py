"""Shared parts of the importer fuzz tests: hostile values, mutations of decoded JSON,
and the property every importer must keep.

The property (:func:`check`): the loader returns a result or raises the engine's
:class:`InvalidInputError` whose every error has a message and a place, never
anything else, and within a second (of processor time) for inputs under 1 MB.  An input the test knows to be wrong
(a hostile number in a numeric field) must be refused.

``pytest --fuzz N`` runs N examples per test instead of the few the suite runs;
with ``SCHEDULE_FUZZ_REPORT=path`` every outcome is appended to ``path`` (one
``importer<TAB>outcome<TAB>seconds<TAB>known bad`` line) for the table in
docs/INPUT_HARDENING.md.
"""

from __future__ import annotations

import math
import os
import time
from typing import Any, Callable

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from schedule_engine.errors import InvalidInputError

SUITE_EXAMPLES = 40
"""Examples per fuzz test in the ordinary suite: a few seconds per importer."""
TIME_LIMIT_S = 1.0
"""Processor time one load may take (the machine may be shared: its wall-clock time
is allowed :data:`WALL_LIMIT_S`, which still catches a load that blocks)."""
WALL_LIMIT_S = 5.0
REPORT_ENV = "SCHEDULE_FUZZ_REPORT"

BAD_NUMBER_TEXTS = ("1_0", "²", "٣", "1e5", "1e400", "-1", "+5", "0x10", "1.5", "NaN", "Infinity", "inf",
                    "9" * 5000, "10000000", "100000000000000000000", "", "½", "1 0")
"""Texts that are not an acceptable whole number anywhere (or beyond every limit)."""
ODD_TEXTS = ("", " ", "NOPE", "\u202eevil", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "名前", "a\u0000b", "<script>", "=1+1", "x" * 300,
             "Monday", "08:00", "25:99", "null")


def fuzz_settings(share: float = 1.0):
    """Hypothesis settings of the fuzz tests: ``share`` of the examples (``--fuzz N``
    raises the count; the suite's own runs are derandomized, so CI is repeatable)."""
    examples = int(os.environ.get("SCHEDULE_FUZZ_EXAMPLES") or SUITE_EXAMPLES)
    return settings(max_examples=max(1, round(examples * share)), deadline=None, database=None,
                    derandomize=examples <= SUITE_EXAMPLES,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def json_values() -> st.SearchStrategy:
    """Any JSON value a hostile file might hold where another was expected."""
    return st.one_of(
        st.none(), st.booleans(),
        st.integers(min_value=-(10**40), max_value=10**40),
        st.sampled_from([0, 1, -1, 10**6, 10**7, 2**63, 1e30, 1e-30, 0.5, 12.0]),
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from(ODD_TEXTS), st.text(max_size=20),
        st.lists(st.integers(min_value=-5, max_value=50), max_size=4),
        st.dictionaries(st.sampled_from(["id", "start", "end", "x"]), st.integers(), max_size=2),
    )


def is_bad_count(value: object, limit: int) -> bool:
    """A value no whole-number field accepts (``12.0`` aside)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return True
    if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
        return True
    return value < 0 or value > limit


def locations(value: Any, path: tuple = ()) -> list[tuple]:
    """Every path to a value inside decoded JSON (the root excluded)."""
    out = []
    if isinstance(value, dict):
        for key, item in value.items():
            out.append(path + (key,))
            out.extend(locations(item, path + (key,)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out.append(path + (index,))
            out.extend(locations(item, path + (index,)))
    return out


def still_there(doc: Any, path: tuple, value: object) -> bool:
    """Whether ``value`` (the very object a mutation put there) is still at ``path``."""
    for key in path:
        try:
            doc = doc[key]
        except (KeyError, IndexError, TypeError):
            return False
    return doc is value


def mutate(data: st.DataObject, doc: Any) -> tuple[Any, list[tuple[str, tuple, Any]]]:
    """The document with one to three structured mutations, and what they were:
    (operation, path, new value) with operations replace, delete, duplicate, unknown key."""
    import copy

    doc = copy.deepcopy(doc)
    done = []
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        places = locations(doc)
        if not places:
            break
        path = data.draw(st.sampled_from(places), label="path")
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        operation = data.draw(st.sampled_from(["replace", "replace", "delete", "duplicate", "unknown key"]),
                              label="operation")
        if operation == "replace":
            value = data.draw(json_values(), label="value")
            parent[key] = value
        elif operation == "delete":
            value = None
            del parent[key]
        elif operation == "duplicate":
            value = copy.deepcopy(parent[key])
            if isinstance(parent, list):
                parent.insert(key, value)
            else:
                parent[f"{key}"] = value
        else:
            value = data.draw(json_values(), label="value")
            target = parent[key] if isinstance(parent[key], dict) else parent
            if isinstance(target, dict):
                target["unknown_" + data.draw(st.sampled_from(["a", "é", "𝔘"]), label="suffix")] = value
        done.append((operation, path, value))
    return doc, done


def text_mutation(data: st.DataObject, text: str) -> str:
    """The text as written, truncated, with a key written twice, or with raw bytes spliced in."""
    kind = data.draw(st.sampled_from(["none", "none", "truncate", "duplicate key", "splice"]), label="text")
    if kind == "truncate" and text:
        return text[:data.draw(st.integers(0, len(text) - 1), label="cut")]
    if kind == "duplicate key":
        index = text.find('": ')
        if index > 0:
            start = text.rfind('"', 0, index) + 1
            key = text[start:index]
            return text[:start - 1] + f'"{key}": 1, ' + text[start - 1:]
    if kind == "splice" and text:
        at = data.draw(st.integers(0, len(text)), label="at")
        junk = data.draw(st.sampled_from(["\x00", "\ufeff", "}", "]]]]", "[" * 200, '"\\u', "\\", "NaN",
                                          "-" + "9" * 5000, "\ud800"]), label="junk")
        return text[:at] + junk + text[at:]
    return text


def check(importer: str, load: Callable[[], object], must_reject: bool = False) -> str:
    """Run ``load`` and check the property; returns ``accepted`` or ``clear error``."""
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        load()
        outcome = "accepted"
    except InvalidInputError as error:
        errors = [d for d in error.diagnostics if d.severity == "error"] or error.diagnostics
        assert str(error) and all(d.message.strip() for d in errors), error.diagnostics
        assert all(d.location or d.field or d.entity for d in errors), [str(d) for d in errors]
        outcome = "clear error"
    except Exception:
        _report(importer, "traceback", time.perf_counter() - started, must_reject)
        raise
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    hung = cpu >= TIME_LIMIT_S or elapsed >= WALL_LIMIT_S
    _report(importer, "hang" if hung else outcome, elapsed, must_reject)
    assert not hung, f"{importer}: took {cpu:.2f} s of processor time ({elapsed:.2f} s in all)"
    if must_reject:
        assert outcome != "accepted", f"{importer}: accepted garbage"
    return outcome


def _report(importer: str, outcome: str, elapsed: float, must_reject: bool) -> None:
    path = os.environ.get(REPORT_ENV)
    if not path:
        return
    if must_reject and outcome == "accepted":
        outcome = "accepted garbage"
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(f"{importer}\t{outcome}\t{elapsed:.4f}\t{'known bad' if must_reject else ''}\n")
