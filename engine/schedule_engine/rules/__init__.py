"""Rules as data: per-person, per-lesson and per-room rules of a problem.

- :class:`Rule` (``schedule_engine.rule_data``, re-exported here): one rule instance,
  stored on ``Problem.rules``;
- ``catalog.py``: the rule types, their parameters and the entity kinds they take;
- ``active.py``: which rules count, and the warning that the solver does not optimise them yet;
- ``validate.py``: diagnostics naming the rule.

The scoring functions (one per type) are ``schedule_engine.scoring.rules_*``; the JSON form is
``schedule_engine.io.rule_dicts``; FET's constraints as rules ``schedule_engine.io.fet_constraints``
(so that the engine's packages import one another without cycles).
"""

from schedule_engine.rule_data import ALL_KINDS, Rule

__all__ = ["ALL_KINDS", "Rule"]
