"""Column descriptions for the table models, and the parsing of cell values.

A column knows how to show a domain object's field as text and how to make a new
object (or a whole new problem) from an edited value.  Values arrive either
from an editor (an ``int``, a list of strings, a bool) or as pasted text; the
``as_*`` helpers accept both and raise ``ValueError`` with a plain message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from schedule_engine.model import Problem
from scheduler_gui.i18n import translate

Apply = Callable[[Problem, Any, Any], Any]
"""(problem, row object, value) -> new row object."""
ApplyProblem = Callable[[Problem, Any, Any], Problem]
"""(problem, row object, value) -> new problem, for columns that edit other entities."""


@dataclass(frozen=True)
class Column:
    key: str
    """The domain field this column shows (also the ``field`` of diagnostics)."""
    header: str
    display: Callable[[Any], str]
    apply: Apply | None = None
    edit: Callable[[Any], Any] | None = None
    """The value handed to an editor; defaults to the display text."""
    editor: str = "text"
    choices: Callable[[Problem], list[str]] | None = None
    tooltip: str = ""
    minimum: int = 0
    maximum: int = 9999
    apply_problem: ApplyProblem | None = None
    numeric: bool = False

    @property
    def title(self) -> str:
        """The header in the window's language (headers are collected as context "Column")."""
        return translate("Column", self.header)

    @property
    def tip(self) -> str:
        return translate("Column", self.tooltip) if self.tooltip else ""

    @property
    def editable(self) -> bool:
        return self.apply is not None or self.apply_problem is not None

    @property
    def is_check(self) -> bool:
        return self.editor == "check"

    def edit_value(self, obj: Any) -> Any:
        return self.edit(obj) if self.edit is not None else self.display(obj)


# -- formatting -----------------------------------------------------------------

def join(values: Iterable[Any]) -> str:
    return ", ".join(str(v) for v in values)


def yes_no(value: bool) -> str:
    return translate("Column", "yes") if value else translate("Column", "no")


def count_summary(n: int, word: str) -> str:
    return "" if n == 0 else f"{n} {word}{'' if n == 1 else 's'}"


# -- parsing --------------------------------------------------------------------

# Names of values that are not column headers, for the refusals below.
VALUE_NAMES = (QT_TRANSLATE_NOOP("Column", "A block length"), QT_TRANSLATE_NOOP("Column", "Periods per week"),
               QT_TRANSLATE_NOOP("Column", "Enabled"))
# The courses table has one column per session type (its header and tooltip are
# made from the type's name).
SESSION_TYPE_COLUMNS = (
    QT_TRANSLATE_NOOP("Column", "Lecture"), QT_TRANSLATE_NOOP("Column", "Lecture periods per week"),
    QT_TRANSLATE_NOOP("Column", "Lecture periods"),
    QT_TRANSLATE_NOOP("Column", "Tutorial"), QT_TRANSLATE_NOOP("Column", "Tutorial periods per week"),
    QT_TRANSLATE_NOOP("Column", "Tutorial periods"),
    QT_TRANSLATE_NOOP("Column", "Practical"), QT_TRANSLATE_NOOP("Column", "Practical periods per week"),
    QT_TRANSLATE_NOOP("Column", "Practical periods"),
)


def _what(what: str) -> str:
    """The name of the refused value (a column header) in the window's language."""
    return translate("Column", what)


def as_text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def as_int(value: Any, what: str, minimum: int | None = None) -> int:
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, (int, float)) and int(value) == value:
        number = int(value)
    else:
        text = as_text(value)
        try:
            number = int(float(text)) if re.fullmatch(r"-?\d+(\.0*)?", text) else int(text)
        except ValueError:
            raise ValueError(translate("Column", "{what} must be a whole number, not {text}.").format(
                what=_what(what), text=repr(text))) from None
    if minimum is not None and number < minimum:
        raise ValueError(translate("Column", "{what} must be at least {minimum}, not {number}.").format(
            what=_what(what), minimum=minimum, number=number))
    return number


def as_optional_int(value: Any, what: str) -> int | None:
    """Empty text or 0 means no limit."""
    if value is None or as_text(value) in ("", "0", "-"):
        return None
    return as_int(value, what, minimum=1)


def as_list(value: Any) -> list[str]:
    """A list from an editor, or comma/semicolon-separated text."""
    if value is None:
        return []
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [as_text(v) for v in value]
    else:
        items = [as_text(v) for v in re.split(r"[,;\n]", str(value))]
    return list(dict.fromkeys(v for v in items if v))


_TRUE = {"yes", "y", "true", "1", "x", "on", "checked", "\u2713"}
_FALSE = {"no", "n", "false", "0", "", "off", "unchecked", "-"}


def as_bool(value: Any, what: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value != 0
    text = as_text(value).lower()
    if text in _TRUE or text == yes_no(True).lower():
        return True
    if text in _FALSE or text == yes_no(False).lower():
        return False
    raise ValueError(translate("Column", "{what} must be yes or no, not {value}.").format(
        what=_what(what), value=repr(value)))


def as_clock(value: Any, what: str) -> str:
    """``"8:05"`` -> ``"08:05"``; anything else is refused."""
    text = as_text(value)
    match = re.fullmatch(r"(\d{1,2})[:.h](\d{2})", text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError(translate("Column", "{what} must be a clock time like 08:30, not {text}.").format(
            what=_what(what), text=repr(text)))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def as_blocks(value: Any, what: str) -> tuple[int, ...]:
    """``"2+2"`` (or ``"2, 2"``) -> (2, 2); empty -> ()."""
    if isinstance(value, (list, tuple)):
        parts = [str(v) for v in value]
    else:
        parts = [p for p in re.split(r"[+,\s]+", as_text(value)) if p]
    return tuple(as_int(p, what, minimum=1) for p in parts)


def plus(values: Iterable[int]) -> str:
    return "+".join(str(v) for v in values)
