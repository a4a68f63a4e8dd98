"""The one numeric reader of every input format.

Whole numbers are whole numbers: ``12`` (and, where the format allows it,
``12.0``), never ``1_0``, ``²``, ``12.5``, ``1e30``, ``NaN`` or ``Infinity``;
every value is checked against its documented :class:`~schedule_engine.limits.Limit`.
A problem raises :class:`NumberProblem`, whose message starts with "must" so
that each importer can put the file, record or line and field in front of it
(``Rooms.json, record 3, capacity: 'capacity' must be at most 100,000 ...``).
"""

from __future__ import annotations

import math
import re

from schedule_engine.limits import NUMBER_DIGITS, Limit

_DIGITS = re.compile(r"[0-9]+")
_SIGNED_DIGITS = re.compile(r"-?[0-9]+")
_POINT_ZERO = re.compile(r"(-?[0-9]+)\.0*")


class NumberProblem(ValueError):
    """A value that is not an acceptable number; the message is for the user.

    ``code``: ``wrong_type`` (not a whole or finite number), ``negative_value``
    (below the minimum) or ``over_limit`` (above the documented limit).
    """

    def __init__(self, message: str, code: str = "wrong_type"):
        super().__init__(message)
        self.message, self.code = message, code


def shown(value: object) -> str:
    """A value as the message quotes it (long texts cut short)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN (not a number)"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return f"{value:g}"
    if isinstance(value, int):
        text = str(value)
        return text if len(text) <= 24 else f"a number of {len(text)} digits"
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else repr(value[:37] + "...")
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def check_range(value: int | float, limit: Limit, minimum: int | float = 0) -> None:
    if value < minimum:
        raise NumberProblem(f"must be at least {minimum}, not {shown(value)}", "negative_value")
    if value > limit.value:
        raise NumberProblem(f"must be at most {limit.describe()}, not {shown(value)}", "over_limit")


def whole_from_json(value: object, limit: Limit, minimum: int = 0, *, integral_floats: bool = True) -> int:
    """A whole number from a decoded JSON value.

    ``integral_floats``: whether ``12.0`` counts as 12 (the campus files write
    counts that way; the engine's own documents do not).
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise NumberProblem(f"must be a whole number, not {shown(value)}")
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise NumberProblem(f"must be a whole number, not {shown(value)}")
        if not integral_floats:
            raise NumberProblem(f"must be written as a whole number (12, not 12.0), not {shown(value)}")
        check_range(value, limit, minimum)
        return int(value)
    check_range(value, limit, minimum)
    return value


def number_from_json(value: object, limit: Limit, minimum: float = 0.0) -> float:
    """A finite number (whole or not) from a decoded JSON value."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise NumberProblem(f"must be a number, not {shown(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise NumberProblem(f"must be a finite number, not {shown(value)}")
    check_range(value, limit, minimum)
    return float(value)


def whole_from_text(text: str, limit: Limit, minimum: int = 0, *, point_zero: bool = False) -> int:
    """A whole number written as ASCII digits (a leading ``-`` only when ``minimum`` < 0).

    ``point_zero``: whether ``12.0`` counts as 12 (spreadsheet cells saved as text).
    """
    raw = text.strip()
    digits = raw
    if point_zero:
        match = _POINT_ZERO.fullmatch(raw)
        digits = match.group(1) if match else raw
    pattern = _SIGNED_DIGITS if minimum < 0 else _DIGITS
    if not pattern.fullmatch(digits):
        raise NumberProblem(f"must be a whole number written with the digits 0-9, not {shown(raw)}")
    if len(digits.lstrip("-")) > NUMBER_DIGITS:
        raise NumberProblem(f"must be at most {limit.describe()}, not a number of "
                            f"{len(digits.lstrip('-'))} digits", "over_limit")
    value = int(digits)
    check_range(value, limit, minimum)
    return value


def whole_from_cell(value: object, limit: Limit, minimum: int = 0) -> int:
    """A whole number from a spreadsheet or CSV cell: a number, or its text."""
    if isinstance(value, bool):
        raise NumberProblem(f"must be a whole number, not {shown(value)}")
    if isinstance(value, (int, float)):
        return whole_from_json(value, limit, minimum)
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars from pandas
        return whole_from_cell(value.item(), limit, minimum)
    return whole_from_text(str(value), limit, minimum, point_zero=True)
