"""The solver: a memetic genetic algorithm (DEAP loop, simulated-annealing
local search on the incremental scorer), with islands on several cores."""

from schedule_engine.solver.api import SolveOptions, SolveResult, solve

__all__ = ["SolveOptions", "SolveResult", "solve"]
