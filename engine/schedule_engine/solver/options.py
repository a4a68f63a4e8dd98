"""``SolveOptions``: what a run may be told, and its one conversion from and to
plain dicts (the JSON API's ``settings``, the command line, the window's worker
process and the stored run parameters all go through :meth:`SolveOptions.from_dict`
and :meth:`SolveOptions.to_dict`).

A wrong value never reaches the solver: :meth:`SolveOptions.from_dict` raises
:class:`InvalidInputError` with one diagnostic per bad setting, naming it.
"""

from __future__ import annotations

import math
from dataclasses import MISSING, asdict, dataclass, fields
from typing import Any, Callable, Mapping

from schedule_engine.errors import Diagnostic, InvalidInputError

EFFORT_LEVELS = ("quick", "balanced", "thorough")


@dataclass(frozen=True)
class SolveOptions:
    time_limit: float | None = 60.0
    """Seconds; None for no time limit."""
    generations: int | None = None
    target: tuple[int, int] | None = None
    """Stop as soon as the best (hard, soft) is at or below this pair."""
    stagnation: float | None = None
    """Stop after this many seconds without an improvement."""
    seed: int | None = None
    workers: int = 0
    """Islands in separate processes; 0 means all cores but one.  Only one
    island (``workers=1``) makes a seeded, generation-limited run reproducible."""
    effort: str = "balanced"
    ignore_errors: bool = False
    """Older name of ``allow_shortfalls`` (same meaning)."""
    allow_shortfalls: bool = False
    """Solve data whose only errors are shortfalls (demand that cannot fit); any
    other error still refuses.  The search keeps the overflow inside the
    shortfalls: the hard violations of the result touch a session of the demand
    validation names wherever the rest fits around it (``stats`` counts the
    sessions for which it does not: ``hard_outside_shortfalls``)."""
    leave_unplaced: bool = False
    """With ``allow_shortfalls``: leave the sessions of a shortfall that cannot
    fit unplaced instead of clashing, so the placed timetable is clean."""
    warm_start: bool = False
    """The run starts from a given timetable (``solve(..., initial=...)``): its
    legally placed sessions are kept and its pinned sessions never move.  The
    flag is recorded with the run; the pins travel with that timetable."""
    started: float | None = None
    """When the user asked for the run (``time.time()``, seconds since the
    epoch): the time limit counts from it, so that loading the data, building
    the model and starting a worker process are inside it.  None: from the
    call of ``solve``."""

    @classmethod
    def keys(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, path: str = "settings") -> SolveOptions:
        """Options from a plain dict; keys that are not options are ignored (see
        :meth:`unknown_keys`).  Raises :class:`InvalidInputError` naming every
        setting of the wrong type or out of range."""
        values: dict[str, Any] = {}
        problems: list[Diagnostic] = []
        for f in fields(cls):
            if f.name not in data:
                continue
            check = _CHECKS.get(f.name) or _check_for_default(f.default)
            try:
                values[f.name] = check(data[f.name])
            except ValueError as exc:
                problems.append(Diagnostic("error", f"Setting {f.name!r}: {exc} (got {data[f.name]!r}).",
                                           field=f"{path}.{f.name}", code="invalid_setting"))
        if problems:
            raise InvalidInputError(problems)
        return cls(**values)

    @classmethod
    def unknown_keys(cls, data: Mapping[str, Any], also_known: tuple[str, ...] = ()) -> list[str]:
        known = set(cls.keys()) | set(also_known)
        return [k for k in data if k not in known]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON values (the target as a list); ``from_dict`` reads it back."""
        out = asdict(self)
        if out.get("target") is not None:
            out["target"] = list(out["target"])
        return out


# -- value checks: each returns the clean value or raises ValueError -------------------
def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError("must be a number")
    return float(value)


def _whole(value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("must be a whole number")
    return value


def _at_least(check: Callable[[Any], Any], low: float, optional: bool) -> Callable[[Any], Any]:
    def checked(value: Any) -> Any:
        if value is None and optional:
            return None
        clean = check(value)
        if clean < low:
            raise ValueError(f"must be at least {low:g}")
        return clean
    return checked


def _target(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    if isinstance(value, (str, bytes)) or not hasattr(value, "__len__") or len(value) != 2:
        raise ValueError("must be a pair [hard, soft]")
    hard, soft = (_at_least(_whole, 0, False)(v) for v in value)
    return (hard, soft)


def _effort(value: Any) -> str:
    if value not in EFFORT_LEVELS:
        raise ValueError("must be one of " + ", ".join(EFFORT_LEVELS))
    return str(value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _check_for_default(default: Any) -> Callable[[Any], Any]:
    """The check of an option without its own entry: by the type of its default."""
    if isinstance(default, bool):
        return _flag
    if default is MISSING or default is None:
        return lambda value: value
    kind = type(default)

    def coerce(value: Any) -> Any:
        try:
            return kind(value)
        except (TypeError, ValueError):
            raise ValueError(f"must be a {kind.__name__}") from None
    return coerce


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "time_limit": _at_least(_number, 0, True),
    "generations": _at_least(_whole, 0, True),
    "target": _target,
    "stagnation": _at_least(_number, 0, True),
    "seed": _at_least(_whole, 0, True),
    "workers": _at_least(_whole, 0, False),
    "effort": _effort,
    "started": _at_least(_number, 0, True),
}
