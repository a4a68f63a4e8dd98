"""Checked access to the fields of flat JSON records.

Importers read records through a :class:`RecordReader`, which collects one
:class:`Diagnostic` per problem (naming file, record number, entity and field)
instead of stopping at the first, so a user sees every problem at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.io import bounded_input
from schedule_engine.io.numbers import NumberProblem, number_from_json, shown, whole_from_json
from schedule_engine.limits import Limit

MISSING = object()

_TYPE_NAMES = {str: "a text", int: "a whole number", float: "a number", bool: "true or false",
               list: "a list", dict: "an object"}


def parse_json_text(text: str, file_name: str, diagnostics: list[Diagnostic]) -> Any:
    """The parsed document, or ``MISSING`` after recording why it cannot be parsed
    (malformed, nested too deeply, a number with too many digits)."""
    try:
        return bounded_input.loads(text, file_name)
    except InvalidInputError as exc:
        diagnostics.extend(exc.diagnostics)
        return MISSING


def read_json_file(path: Path, diagnostics: list[Diagnostic]) -> Any:
    """Read and parse one JSON file within the size limit; problems are recorded, ``MISSING`` returned."""
    try:
        text = bounded_input.read_text(path)
    except InvalidInputError as exc:
        diagnostics.extend(exc.diagnostics)
        return MISSING
    return parse_json_text(text, path.name, diagnostics)


class RecordReader:
    """Reads the fields of one record, recording a diagnostic for each bad field."""

    def __init__(self, record: Any, file_name: str, index: int, kind: str, id_field: str,
                 diagnostics: list[Diagnostic]):
        self.record = record if isinstance(record, dict) else {}
        self.location = f"{file_name}, record {index + 1}"
        self.kind = kind
        self.diagnostics = diagnostics
        self.ok = True
        raw_id = self.record.get(id_field)
        self.entity = f"{kind} {raw_id}" if isinstance(raw_id, (str, int)) and raw_id != "" else kind
        if not isinstance(record, dict):
            self.error("", f"Each {kind} must be a JSON object, not {_describe(record)}.", "wrong_type")

    def error(self, field: str, message: str, code: str) -> None:
        self.ok = False
        self.diagnostics.append(Diagnostic("error", message, self.entity, field, self.location, code))

    def warning(self, field: str, message: str, code: str) -> None:
        self.diagnostics.append(Diagnostic("warning", message, self.entity, field, self.location, code))

    def get(self, field: str, kind: type, *, required: bool = True, default: Any = None) -> Any:
        """The field's value when it has the expected type; ``default`` otherwise."""
        value = self.record.get(field, MISSING)
        if value is MISSING or value is None:
            if required:
                self.error(field, f"The required field '{field}' is missing.", "missing_field")
            return default
        if not _is_a(value, kind):
            self.error(field, f"'{field}' must be {_TYPE_NAMES[kind]}, not {_describe(value)}.",
                       "wrong_type")
            return default
        if kind is float:
            return float(value)
        if kind is int:
            return int(value)
        return value

    def text(self, field: str, *, required: bool = True, default: str = "") -> str:
        value = self.get(field, str, required=required, default=default)
        if required and isinstance(value, str) and not value.strip():
            self.error(field, f"'{field}' must not be empty.", "empty_field")
        return value.strip() if isinstance(value, str) else default

    def count(self, field: str, limit: Limit, *, required: bool = True, default: int = 0) -> int:
        """A whole number from 0 to the limit (``12.0`` counts as 12)."""
        value = self.record.get(field, MISSING)
        if value is MISSING or value is None:
            if required:
                self.error(field, f"The required field '{field}' is missing.", "missing_field")
            return default
        try:
            return whole_from_json(value, limit)
        except NumberProblem as exc:
            self.error(field, f"'{field}' {exc.message}.", exc.code)
            return default

    def hours(self, field: str, limit: Limit, *, required: bool = True) -> float:
        """A finite number of weekly hours from 0 to the limit."""
        value = self.record.get(field, MISSING)
        if value is MISSING or value is None:
            if required:
                self.error(field, f"The required field '{field}' is missing.", "missing_field")
            return 0.0
        try:
            return number_from_json(value, limit)
        except NumberProblem as exc:
            self.error(field, f"'{field}' {exc.message}.", exc.code)
            return 0.0

    def text_list(self, field: str, *, required: bool = True) -> list[str]:
        values = self.get(field, list, required=required, default=[])
        out = []
        for k, value in enumerate(values):
            if isinstance(value, str) and value.strip():
                out.append(value.strip())
            else:
                self.error(f"{field}[{k}]", f"Each entry of '{field}' must be a non-empty text, "
                           f"not {_describe(value)}.", "wrong_type")
        return out


def _is_a(value: Any, kind: type) -> bool:
    if kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind is int:
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    return isinstance(value, kind)


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return f"the text {value!r}" if len(value) < 40 else "a text"
    if isinstance(value, (int, float)):
        return f"the number {shown(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
