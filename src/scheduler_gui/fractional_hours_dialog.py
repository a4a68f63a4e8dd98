"""The campus import's question: how to read fractional weekly hours (1.5 h).

*Fortnightly* (the default) teaches such a component every other week in a
two-week cycle (weeks A and B), with twice the hours as its periods per
fortnight (1.5 h: one 3-period block in week A or B); *round up* teaches whole
periods every week (1.5 h: 2 periods), overstating the teaching time.  The
choice is passed to the engine's campus reader and stored in the project.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from scheduler_gui.i18n import translate

FORTNIGHTLY = "fortnightly"
ROUND_UP = "round-up"
READINGS: tuple[str, ...] = (FORTNIGHTLY, ROUND_UP)


class FractionalHoursDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, reading: str = FORTNIGHTLY):
        super().__init__(parent)
        self.setObjectName("fractional_hours_dialog")
        self.setWindowTitle(translate("FractionalHoursDialog", "Fractional weekly hours"))
        intro = QLabel(translate(
            "FractionalHoursDialog", "Some courses may have weekly hours that are not whole (1.5 hours a week). "
            "How should they be taught?"))
        intro.setWordWrap(True)
        self.buttons = {
            FORTNIGHTLY: QRadioButton(translate(
                "FractionalHoursDialog", "Fortnightly: twice the hours every other week, in a two-week cycle "
                "(1.5 hours: 3 periods in week A or B)")),
            ROUND_UP: QRadioButton(translate(
                "FractionalHoursDialog", "Round up: whole periods every week (1.5 hours: 2 periods)")),
        }
        self.buttons.get(reading, self.buttons[FORTNIGHTLY]).setChecked(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in self.buttons.values():
            layout.addWidget(button)
        layout.addWidget(box)

    def reading(self) -> str:
        """The reading chosen: ``fortnightly`` or ``round-up``."""
        return next(key for key, button in self.buttons.items() if button.isChecked())


def ask_reading(parent: QWidget | None) -> str | None:
    """Ask how to read fractional hours; None when cancelled."""
    dialog = FractionalHoursDialog(parent)
    try:
        return dialog.reading() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
