"""Reading input files and JSON text within limits that keep the stack and the memory safe.

* a file larger than its limit is refused from its size, before it is read;
* JSON nested deeper than :data:`~schedule_engine.limits.JSON_DEPTH` levels is
  refused before it is parsed (Python's parser would run out of stack);
* a number written with more than :data:`~schedule_engine.limits.NUMBER_DIGITS`
  digits is refused while parsing (Python refuses integers of 4,300 digits with
  an error of its own);
* ``NaN``, ``Infinity`` and ``1e400`` parse to floats that the field readers
  then refuse by name, as they refuse any number that is not finite.

Every refusal is an :class:`~schedule_engine.errors.InvalidInputError` naming the
file, the line and column and, where one precedes it, the JSON key.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from schedule_engine import limits
from schedule_engine.errors import Diagnostic, InvalidInputError

_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")
_LONG_NUMBER = re.compile(r"-?[0-9]{%d,}" % (limits.NUMBER_DIGITS + 1))
_KEY_BEFORE = re.compile(r'"([^"\\]{1,60})"\s*:\s*$')


class _LongNumber(ValueError):
    pass


def _fail(message: str, location: str, code: str, field: str = "") -> InvalidInputError:
    return InvalidInputError([Diagnostic("error", message, field=field, location=location, code=code)])


def size_error(path: Path, size: int, limit: int) -> InvalidInputError:
    return _fail(f"The file is {size:,} bytes; files larger than {limit:,} bytes "
                 f"({limit // (1024 * 1024)} MB) are not read.", path.name, "file_too_large")


def check_file_size(path: str | Path, limit: int | None = None) -> None:
    """Refuse a file larger than ``limit`` (default :data:`~schedule_engine.limits.INPUT_BYTES`)
    from its size alone (a missing file passes: the reader that opens it reports that)."""
    path = Path(path)
    limit = limits.INPUT_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
    except OSError:
        return
    if size > limit:
        raise size_error(path, size, limit)


def read_bytes(path: str | Path, limit: int | None = None) -> bytes:
    """The file's bytes, refused from its size when larger than ``limit`` (default
    :data:`~schedule_engine.limits.INPUT_BYTES`)."""
    path = Path(path)
    limit = limits.INPUT_BYTES if limit is None else limit
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise size_error(path, size, limit)
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise _fail(f"File not found: {path}.", path.name, "file_not_found") from None
    except IsADirectoryError:
        raise _fail(f"This is a folder, not a file: {path}.", path.name, "unreadable_file") from None
    except OSError as exc:
        raise _fail(f"Cannot read the file: {exc.strerror or exc}.", path.name, "unreadable_file") from None
    if len(data) > limit:  # a file that grew, or a device with no size
        raise size_error(path, len(data), limit)
    return data


def read_text(path: str | Path, limit: int | None = None) -> str:
    """The file as UTF-8 text (a byte-order mark is dropped), within ``limit`` bytes."""
    path = Path(path)
    data = read_bytes(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise _fail(f"The file is not UTF-8 text (byte {exc.start + 1} cannot be decoded).",
                    f"{path.name}, line {line}", "unreadable_file") from None


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _key_before(text: str, index: int) -> str:
    match = _KEY_BEFORE.search(text[max(0, index - 200):index])
    return match.group(1) if match else ""


def _masked(text: str) -> str:
    """The text with every JSON string blanked out (positions kept)."""
    return _STRING.sub(lambda m: " " * len(m.group(0)), text)


def check_depth(text: str, source: str) -> None:
    """Refuse JSON nested deeper than the limit, naming where the limit is passed."""
    if text.count("[") + text.count("{") <= limits.JSON_DEPTH:
        return
    depth = 0
    for match in _BRACKET.finditer(_masked(text)):
        depth += 1 if match.group(0) in "[{" else -1
        if depth > limits.JSON_DEPTH:
            line, column = _position(text, match.start())
            raise _fail(f"The JSON is nested more than {limits.JSON_DEPTH} levels deep (the limit); "
                        "no file of this format needs that.", f"{source}, line {line}, column {column}",
                        "too_deep")


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > limits.NUMBER_DIGITS:
        raise _LongNumber(text)
    return int(text)


def loads(text: str, source: str) -> Any:
    """Parse JSON text; :class:`InvalidInputError` names the file, line and column."""
    check_depth(text, source)
    try:
        return json.loads(text, parse_int=_parse_int)
    except _LongNumber as exc:
        found = _LONG_NUMBER.search(_masked(text))
        index = found.start() if found else 0
        line, column = _position(text, index)
        raise _fail(f"A number of {len(str(exc).lstrip('-'))} digits: numbers may have at most "
                    f"{limits.NUMBER_DIGITS} digits.", f"{source}, line {line}, column {column}",
                    "number_too_long", _key_before(text, index)) from None
    except json.JSONDecodeError as exc:
        raise _fail(f"Malformed JSON: {exc.msg}.", f"{source}, line {exc.lineno}, column {exc.colno}",
                    "malformed_json") from None
    except RecursionError:  # only past the depth check by a parser change; never a traceback
        raise _fail(f"The JSON is nested too deeply (more than {limits.JSON_DEPTH} levels).", source,
                    "too_deep") from None


def load_file(path: str | Path, limit: int | None = None) -> Any:
    """Read and parse a JSON file within the size, depth and digit limits."""
    path = Path(path)
    return loads(read_text(path, limit), path.name)
