"""The engine's error types, all under :class:`ScheduleEngineError`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Diagnostic:
    """One input problem: where it is and, in plain words, what is wrong.

    ``location`` names the file and row/line when the problem came from a file
    (``"Rooms.json, record 12"``, ``"comp01.ctt, line 40"``); ``entity`` is the
    kind and id of the object (``"room A997"``), ``field`` the field path.
    """

    severity: str  # "error" or "warning"
    message: str
    entity: str = ""
    field: str = ""
    location: str = ""
    code: str = ""
    sessions: tuple[str, ...] = ()
    """Ids of the sessions concerned (a shortfall's demand that cannot fit)."""
    remedies: tuple = ()
    """Checked changes that remove this shortfall, cheapest first
    (:class:`schedule_engine.remedies.Remedy`; see ``remedies.suggest``)."""

    def to_dict(self) -> dict:
        out = {
            "severity": self.severity,
            "message": self.message,
            "entity": self.entity,
            "field": self.field,
            "location": self.location,
            "code": self.code,
        }
        if self.sessions:
            out["sessions"] = list(self.sessions)
        if self.remedies:
            out["remedies"] = [r.to_dict() for r in self.remedies]
        return out

    def __str__(self) -> str:
        where = ", ".join(p for p in (self.location, self.entity, self.field) if p)
        return f"{self.severity}: {where + ': ' if where else ''}{self.message}"


class ScheduleEngineError(Exception):
    """Base of every error the engine raises on purpose."""


class InvalidInputError(ScheduleEngineError):
    """Input that cannot be read or used; carries every problem found."""

    def __init__(self, diagnostics: list[Diagnostic] | str):
        if isinstance(diagnostics, str):
            diagnostics = [Diagnostic("error", diagnostics)]
        self.diagnostics = list(diagnostics)
        errors = [d for d in self.diagnostics if d.severity == "error"] or self.diagnostics
        head = str(errors[0]) if errors else "invalid input"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(head + more)


class InfeasibleModelError(ScheduleEngineError):
    """The data cannot possibly be timetabled (e.g. more demand than time)."""


class CancelledError(ScheduleEngineError):
    """A run was cancelled before it produced anything."""
