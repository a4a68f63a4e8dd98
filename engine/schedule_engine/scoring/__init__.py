"""Scoring of timetables.

- :func:`evaluate`: the reference evaluation of a :class:`Solution`, with a
  breakdown by constraint id and violation records in plain words;
- :func:`score_arrays`: the same score on compiled arrays, vectorised (the
  ground truth of the incremental scorer);
- :func:`explain_session`: why one session is penalised.
"""

from schedule_engine.scoring.arrays import score_arrays
from schedule_engine.scoring.evaluation import Evaluation, Violation
from schedule_engine.scoring.reference import evaluate, explain_session

__all__ = ["Evaluation", "Violation", "evaluate", "explain_session", "score_arrays"]
