"""The solver: a memetic genetic algorithm (DEAP loop, simulated-annealing
local search on the incremental scorer), with islands on several cores.

``solve`` and ``SolveResult`` load the search (and its compiled kernels) on
first use, so that the light modules of this package (``options``, ``events``,
``rate_limit``) can be imported on their own."""

from __future__ import annotations

from typing import Any

from schedule_engine.solver.options import SolveOptions

__all__ = ["SolveOptions", "SolveResult", "solve"]


def __getattr__(name: str) -> Any:
    if name in ("SolveResult", "solve"):
        from schedule_engine.solver import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
