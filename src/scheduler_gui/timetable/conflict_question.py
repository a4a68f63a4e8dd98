"""The question a drop on a red slot asks: place the session anyway (its
conflicts then show in the grid and the violations list), cancel, or, where
the engine finds them, the moves that make room for it with the total change
of the score."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from schedule_engine.model import Problem
from schedule_engine.placement_search import Resolution
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.formats import grid_slot_label

PLACE_ANYWAY = "place_anyway"
RESOLVE = "resolve"
CANCEL = "cancel"


def score_change_words(hard: int, soft: int) -> str:
    """'hard −2, soft +15' for a change of the timetable's totals."""
    return translate("ConflictQuestion", "hard {hard}, soft {soft}").format(
        hard=f"{hard:+d}".replace("-", "−"), soft=f"{soft:+d}".replace("-", "−"))


def resolution_words(problem: Problem, resolution: Resolution, titles: dict[str, str]) -> str:
    """The moves, one a line, and the total change of the score."""
    grid = problem.time_grid
    lines = []
    for move in resolution.moves:
        where = grid_slot_label(grid, move.to_slot)
        if move.room_id:
            where = translate("ConflictQuestion", "{when} in {room}").format(when=where, room=move.room_id)
        was = (grid_slot_label(grid, move.from_slot) if move.from_slot is not None
               else translate("ConflictQuestion", "unplaced"))
        lines.append(f"• {titles.get(move.session_id, move.session_id)}: {was} → {where}")
    lines.append(translate("ConflictQuestion", "Total change of the score: {change}.").format(
        change=score_change_words(resolution.hard_delta, resolution.soft_delta)))
    return "\n".join(lines)


class ConflictQuestion(QMessageBox):
    """Built by the grid view; ``choice()`` says which button was pressed."""

    def __init__(self, parent: QWidget | None, title: str, refusal: str,
                 resolution_text: str | None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("ConflictQuestion", "This place is not allowed"))
        self.setObjectName("conflict_question")
        text = translate("ConflictQuestion", "{session} cannot go there without breaking hard constraints:").format(
            session=title) + f"\n\n{refusal}"
        if resolution_text:
            text += "\n\n" + translate("ConflictQuestion", "Moving the sessions in the way makes room for it:") \
                + f"\n{resolution_text}"
        self.setText(text)
        self.buttons: dict[str, QPushButton] = {}
        if resolution_text:
            self.buttons[RESOLVE] = self.addButton(translate("ConflictQuestion", "Move the others"),
                                                   QMessageBox.ButtonRole.AcceptRole)
            self.buttons[RESOLVE].setToolTip(translate("ConflictQuestion", "Place it here and move the sessions "
                                                                           "in its way as listed"))
        self.buttons[PLACE_ANYWAY] = self.addButton(translate("ConflictQuestion", "Place anyway"),
                                                    QMessageBox.ButtonRole.DestructiveRole)
        self.buttons[PLACE_ANYWAY].setToolTip(translate("ConflictQuestion", "Place it here; its conflicts show in "
                                                                            "the grid and the list"))
        self.buttons[CANCEL] = self.addButton(translate("ConflictQuestion", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.buttons.get(RESOLVE, self.buttons[CANCEL]))
        self.setEscapeButton(self.buttons[CANCEL])

    def choice(self) -> str:
        clicked = self.clickedButton()
        return next((key for key, button in self.buttons.items() if button is clicked), CANCEL)
