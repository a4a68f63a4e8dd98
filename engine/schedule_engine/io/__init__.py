"""Importers and exporters: campus four-file JSON, ITC-2007 ``.ctt`` instances and
solutions, and the engine JSON document (``engine_json``).  ``load_any`` picks the
format from the path."""

from schedule_engine.io.campus import load_campus_folder, read_campus
from schedule_engine.io.ctt import load_ctt, parse_ctt, read_ctt_solution, write_ctt_solution
from schedule_engine.io.loader import load_any

__all__ = [
    "load_any",
    "load_campus_folder",
    "load_ctt",
    "parse_ctt",
    "read_campus",
    "read_ctt_solution",
    "write_ctt_solution",
]
