"""Summarise an importer fuzz run as the Markdown table of docs/INPUT_HARDENING.md.

    SCHEDULE_FUZZ_REPORT=/tmp/fuzz.tsv uv run pytest tests/engine/test_fuzz_*.py --fuzz 1000
    uv run python tools/fuzz_table.py /tmp/fuzz.tsv
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

COLUMNS = ("inputs tried", "read", "clear errors", "known-bad inputs (all refused?)", "tracebacks", "hangs (≥ 1 s)",
           "accepted garbage", "slowest")


def summarise(lines: list[str]) -> list[tuple]:
    rows: dict[str, dict] = defaultdict(lambda: defaultdict(float))
    order: list[str] = []
    for line in lines:
        importer, outcome, seconds, *rest = line.rstrip("\n").split("\t")
        if importer not in rows:
            order.append(importer)
        row = rows[importer]
        row["tried"] += 1
        row[outcome] += 1
        row["known bad"] += bool(rest and rest[0])
        row["slowest"] = max(row["slowest"], float(seconds))
    out = []
    for importer in order:
        r = rows[importer]
        bad = int(r["known bad"])
        refused = "yes" if not r["accepted garbage"] else "no"
        out.append((importer, int(r["tried"]), int(r["accepted"]), int(r["clear error"]), f"{bad} ({refused})",
                    int(r["traceback"]), int(r["hang"]), int(r["accepted garbage"]), f"{r['slowest']:.2f} s"))
    return out


def main(path: str) -> None:
    rows = summarise(Path(path).read_text(encoding="utf-8").splitlines())
    print("| importer | " + " | ".join(COLUMNS) + " |")
    print("|---|" + "---:|" * len(COLUMNS))
    for row in rows:
        print("| " + " | ".join(str(v) for v in row) + " |")


if __name__ == "__main__":
    main(sys.argv[1])
