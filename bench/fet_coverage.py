"""FET coverage: which of FET's example files the importer reads completely.

    python bench/fet_coverage.py [--examples DIR] [--validate]

Reads every ``.fet`` file under DIR (default: where Debian's ``fet-data`` package puts
them, /usr/share/doc/fet-data/examples) with :func:`schedule_engine.io.fet.load_fet` and
prints, as Markdown (docs/BENCHMARKS.md, "FET coverage"):

- the supported FET constraint types;
- how many files import, how many are refused (with the reason) and how many are
  *covered*: every active constraint of a supported type;
- the most frequent unsupported types, by the number of files they keep from coverage;
- with ``--validate``, how many covered files also pass ``validate`` without errors, and
  the most frequent error codes (what the model cannot hold yet);
- how many imported files have activities that need no room (no space constraint names them),
  have no teacher, or have several teachers (co-instructors), and how many sessions of each.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from common import REPO

sys.path.insert(0, str(REPO / "engine"))

from schedule_engine.errors import InvalidInputError  # noqa: E402
from schedule_engine.io.fet import load_fet  # noqa: E402
from schedule_engine.io.fet_constraints import SUPPORTED  # noqa: E402

EXAMPLES = Path("/usr/share/doc/fet-data/examples")


def _markdown(headers: list[str], rows: list[list]) -> None:
    print("| " + " | ".join(headers) + " |")
    print("|" + "---|" * len(headers))
    for row in rows:
        print("| " + " | ".join(str(x) for x in row) + " |")


def _count_kinds(problem, files: Counter, sessions: Counter) -> None:
    from schedule_engine.sessions import derive_sessions

    found: Counter = Counter()
    for sess in derive_sessions(problem):
        found["need no room"] += not sess.needs_room
        found["need no instructor"] += not sess.needs_instructor
        found["have co-instructors"] += bool(sess.co_instructors)
    for kind, n in found.items():
        files[kind] += n > 0
        sessions[kind] += n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=Path, default=EXAMPLES)
    parser.add_argument("--validate", action="store_true")
    args = parser.parse_args(argv)
    files = sorted(args.examples.rglob("*.fet"))
    if not files:
        print(f"No .fet files under {args.examples} (apt-get install fet-data).")
        return 1
    started = time.perf_counter()
    refused: Counter = Counter()
    missing_files: Counter = Counter()
    missing_count: Counter = Counter()
    covered, imported, valid = [], 0, 0
    errors: Counter = Counter()
    crashed = []
    kinds: Counter = Counter()  # files with room-less / teacher-less / co-taught components
    kind_sessions: Counter = Counter()
    for path in files:
        try:
            problem, warnings = load_fet(path)
        except InvalidInputError as exc:
            refused[exc.diagnostics[0].code or "invalid"] += 1
            continue
        except Exception as exc:  # the benchmark reports it; the test suite forbids it
            crashed.append(f"{path}: {exc!r}")
            continue
        imported += 1
        _count_kinds(problem, kinds, kind_sessions)
        unsupported = [d for d in warnings if d.code == "fet_unsupported"]
        for d in unsupported:
            missing_files[d.entity] += 1
            missing_count[d.entity] += int(d.message.split(": ")[1].split()[0])
        if unsupported:
            continue
        covered.append(path)
        if args.validate:
            from schedule_engine.diagnostics import validate

            codes = {d.code for d in validate(problem) if d.severity == "error"}
            errors.update(codes)
            valid += not codes
    elapsed = time.perf_counter() - started
    print(f"{len(files)} example files under `{args.examples}`, {elapsed:.0f} s.\n")
    rows = [["files", len(files)], ["imported", imported],
            *[[f"refused ({code})", n] for code, n in refused.most_common()],
            ["crashed (traceback)", len(crashed)],
            ["covered (every active constraint supported)", len(covered)]]
    if args.validate:
        rows.append(["covered and valid (no validation error)", valid])
    _markdown(["", "files"], rows)
    print("\nImported files with sessions that need no room, no instructor, or have co-instructors:\n")
    _markdown(["sessions that", "files", "sessions"],
              [[k, kinds[k], kind_sessions[k]] for k in ("need no room", "need no instructor", "have co-instructors")])
    names = sorted(t.removeprefix("Constraint") for t in SUPPORTED)
    print(f"\nSupported FET types ({len(names)}): {', '.join(names)}.\n")
    print("Most frequent unsupported types (files they keep from coverage, active constraints):\n")
    _markdown(["FET type", "files", "constraints"],
              [[t.removeprefix("Constraint"), n, missing_count[t]] for t, n in missing_files.most_common(15)])
    if args.validate:
        print("\nValidation errors of the covered files (files with each error code):\n")
        _markdown(["code", "files"], [[c, n] for c, n in errors.most_common()])
    for line in crashed:
        print("CRASH", line)
    return 1 if crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
