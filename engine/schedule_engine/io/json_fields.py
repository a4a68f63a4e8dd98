"""Typed reading of decoded JSON with every problem collected as a diagnostic.

A :class:`FieldReader` checks values as it reads them and never stops at the
first problem: each wrong type, missing key or out-of-range number becomes one
:class:`~schedule_engine.errors.Diagnostic` with the field path
(``problem.rooms[3].capacity``), the entity and the source file, and a
placeholder value is returned so reading can go on.  The caller raises
:class:`~schedule_engine.errors.InvalidInputError` with all of them at the end.
"""

from __future__ import annotations

import math
from typing import Any, Iterable

from schedule_engine import limits
from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.io.numbers import shown as shown_number
from schedule_engine.limits import Limit

MISSING: Any = object()
"""Marks a required field (no default)."""


def describe(value: object) -> str:
    """A JSON value's kind in plain words, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"the integer {shown_number(value)}"
    if isinstance(value, float):
        return f"the number {shown_number(value)}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'the text "{shown}"'
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def slot_range_message(slot: int, n_slots: int | None) -> str:
    if n_slots is None or n_slots <= 0:
        return f"slot {slot} is not a valid slot (slots count from 0)"
    return f"slot {slot} is not on the grid (its slots are 0 to {n_slots - 1})"


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class FieldReader:
    """Reads fields of JSON objects, collecting diagnostics instead of raising."""

    def __init__(self, source: str = "document"):
        self.source = source
        self.diagnostics: list[Diagnostic] = []

    # -- reporting ---------------------------------------------------------
    def error(self, path: str, message: str, entity: str = "", code: str = "invalid_field") -> None:
        self.diagnostics.append(
            Diagnostic("error", message, entity=entity, field=path, location=self.source, code=code)
        )

    @property
    def failed(self) -> bool:
        return any(d.severity == "error" for d in self.diagnostics)

    def raise_if_failed(self) -> None:
        if self.failed:
            raise InvalidInputError(self.diagnostics)

    # -- objects and lists -------------------------------------------------
    def fields(
        self,
        value: object,
        path: str,
        required: Iterable[str],
        optional: Iterable[str] = (),
        entity: str = "",
    ) -> dict | None:
        """Check that ``value`` is an object with the required keys and no unknown ones."""
        if not isinstance(value, dict):
            self.error(path, f"expected an object, got {describe(value)}", entity, "wrong_type")
            return None
        required = tuple(required)
        known = set(required) | set(optional)
        for key in required:
            if key not in value:
                self.error(_join(path, key), "required field is missing", entity, "missing_field")
        for key in value:
            if key not in known:
                self.error(_join(path, key), "unknown field", entity, "unknown_field")
        return value

    def items(self, obj: dict | None, key: str, path: str, entity: str = "") -> list:
        """A list field (missing or wrong: an empty list)."""
        value = self._get(obj, key, [])
        if value is _ABSENT:
            return []
        if not isinstance(value, list):
            self.error(_join(path, key), f"expected a list, got {describe(value)}", entity, "wrong_type")
            return []
        return value

    # -- scalars -----------------------------------------------------------
    def string(self, obj: dict | None, key: str, path: str, default: Any = MISSING,
               entity: str = "", nullable: bool = False) -> Any:
        value = self._get(obj, key, default)
        if value is _ABSENT:
            return "" if default is MISSING else default
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            self.error(_join(path, key), f"expected text, got {describe(value)}", entity, "wrong_type")
            return "" if default is MISSING else default
        return value

    def integer(self, obj: dict | None, key: str, path: str, default: Any = MISSING,
                entity: str = "", nullable: bool = False, minimum: int | None = None,
                maximum: int | Limit | None = None) -> Any:
        value = self._get(obj, key, default)
        fallback = 0 if default is MISSING else default
        if value is _ABSENT:
            return fallback
        if value is None and nullable:
            return None
        if not is_int(value):
            self.error(_join(path, key), f"expected an integer, got {describe(value)}", entity, "wrong_type")
            return fallback
        if maximum is None:
            maximum = limits.WHOLE_NUMBER
        if not self.check_range(value, _join(path, key), minimum, maximum, entity):
            return fallback
        return value

    def number(self, obj: dict | None, key: str, path: str, default: Any = MISSING,
               entity: str = "") -> float:
        value = self._get(obj, key, default)
        if value is _ABSENT:
            return 0.0 if default is MISSING else default
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.error(_join(path, key), f"expected a finite number, got {describe(value)}", entity, "wrong_type")
            return 0.0
        return float(value)

    def boolean(self, obj: dict | None, key: str, path: str, default: Any = MISSING,
                entity: str = "") -> bool:
        value = self._get(obj, key, default)
        if value is _ABSENT:
            return False if default is MISSING else default
        if not isinstance(value, bool):
            self.error(_join(path, key), f"expected true or false, got {describe(value)}", entity, "wrong_type")
            return False if default is MISSING else default
        return value

    def check_range(self, value: int, path: str, minimum: int | None, maximum: int | Limit | None,
                    entity: str = "") -> bool:
        if minimum is not None and value < minimum:
            self.error(path, f"must be at least {minimum}, got {value}", entity, "out_of_range")
            return False
        if isinstance(maximum, Limit) and value > maximum.value:
            self.error(path, f"must be at most {maximum.describe()}, got {shown_number(value)}", entity, "over_limit")
            return False
        if isinstance(maximum, int) and value > maximum:
            self.error(path, f"must be at most {maximum}, got {value}", entity, "out_of_range")
            return False
        return True

    # -- lists of scalars --------------------------------------------------
    def strings(self, obj: dict | None, key: str, path: str, entity: str = "") -> tuple[str, ...]:
        out: list[str] = []
        for i, value in enumerate(self.items(obj, key, path, entity)):
            if isinstance(value, str):
                out.append(value)
            else:
                self.error(f"{_join(path, key)}[{i}]", f"expected text, got {describe(value)}", entity, "wrong_type")
        return tuple(out)

    def integers(self, obj: dict | None, key: str, path: str, entity: str = "",
                 minimum: int | None = None, maximum: int | Limit | None = None) -> tuple[int, ...]:
        out: list[int] = []
        for i, value in enumerate(self.items(obj, key, path, entity)):
            item_path = f"{_join(path, key)}[{i}]"
            if not is_int(value):
                self.error(item_path, f"expected an integer, got {describe(value)}", entity, "wrong_type")
            elif self.check_range(value, item_path, minimum,
                                  limits.WHOLE_NUMBER if maximum is None else maximum, entity):
                out.append(value)
        return tuple(out)

    def slots(self, obj: dict | None, key: str, path: str, n_slots: int | None,
              entity: str = "") -> frozenset[int]:
        """A set of slot indices; with a known grid, each must be on it."""
        out: set[int] = set()
        for i, value in enumerate(self.items(obj, key, path, entity)):
            item_path = f"{_join(path, key)}[{i}]"
            if not is_int(value):
                self.error(item_path, f"expected a slot number, got {describe(value)}", entity, "wrong_type")
            elif value < 0 or (n_slots is not None and value >= n_slots):
                self.error(item_path, slot_range_message(value, n_slots), entity, "out_of_range")
            else:
                out.add(value)
        return frozenset(out)

    # -- internals ---------------------------------------------------------
    def _get(self, obj: dict | None, key: str, default: Any) -> Any:
        if obj is None:
            return _ABSENT
        if key in obj:
            return obj[key]
        return _ABSENT if default is MISSING else default


_ABSENT: Any = object()


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
