"""Checked remedies for shortfalls: concrete changes of the data, each one an
engine edit, offered only once the capacity check has shown that it removes
its shortfall without creating another.

``suggest(problem)`` is ``validate`` with ``Diagnostic.remedies`` filled in;
``apply_remedy(problem, remedy)`` makes one through :mod:`schedule_engine.edits`.
"""

from schedule_engine.remedies.apply import apply_first, apply_picked, changes_text, first_remedies, pick
from schedule_engine.remedies.base import EntityEdit, Remedy, apply_edit, apply_remedy
from schedule_engine.remedies.suggest import remedies_for, suggest, with_remedies

__all__ = ["EntityEdit", "Remedy", "apply_edit", "apply_first", "apply_picked", "apply_remedy", "changes_text",
           "first_remedies", "pick", "remedies_for", "suggest", "with_remedies"]
