"""A finished job's timetable in one of the engine's export formats, as bytes.

CSV, XLSX, the HTML site and iCalendar come from :mod:`schedule_engine.export`.
PDF is not offered: the engine has no PDF writer (the desktop app prints PDF
through Qt, which a headless server does not load)."""

from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

MEDIA_TYPES = {
    ".csv": "text/csv", ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".html": "text/html", ".ics": "text/calendar",
}
NO_PDF = ("PDF is not available from the service: the engine has no PDF writer (the desktop "
          "application prints PDF through Qt). Ask for format=html and print it, or use csv, xlsx or ics.")


@dataclass(frozen=True)
class ExportFile:
    name: str
    media_type: str
    content: bytes


def export_bytes(document: dict, fmt: str, job_id: str, *, term_start: date | None = None,
                 term_end: date | None = None, combined: bool = False,
                 tz_name: str | None = None) -> ExportFile:
    """The export as one file: itself when the format writes one file, else a ZIP of them."""
    from schedule_engine.export import export_timetable
    from schedule_engine.io.engine_json import document_from_dict

    problem, solution = document_from_dict(document, source="job result")
    with tempfile.TemporaryDirectory(prefix="schedule-export-") as tmp:
        out = Path(tmp)
        export_timetable(problem, solution, fmt, out, term_start=term_start, term_end=term_end,
                         combined=combined, tz_name=tz_name)
        files = sorted(p for p in out.rglob("*") if p.is_file())
        if len(files) == 1:
            path = files[0]
            return ExportFile(f"{job_id}-{path.name}", MEDIA_TYPES.get(path.suffix, "application/octet-stream"),
                              path.read_bytes())
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in files:
                archive.write(path, path.relative_to(out).as_posix())
        return ExportFile(f"{job_id}-{fmt}.zip", "application/zip", buffer.getvalue())
