"""The empty "new row" line under a data table: click it and paste rows copied
from a spreadsheet to add them at the end (nothing already there is touched);
double-click it to add one row."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from scheduler_gui.i18n import translate


class NewRowLine(QLabel):
    clicked = Signal()
    paste_requested = Signal()
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("new_row_line")
        self.setText(translate("TableEditor", "+ New row: click here, then paste rows (Ctrl+V) — or double-click "
                                              "to add one"))
        self.setWordWrap(True)  # a narrow table shows the whole hint on two lines
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QLabel#new_row_line { color: palette(mid); padding: 3px 6px; }"
                           "QLabel#new_row_line:focus { color: palette(text); border: 1px solid palette(highlight); }")
        self.setToolTip(translate("TableEditor", "Rows pasted here are added at the end of the table."))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.clicked.emit()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.add_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        super().keyPressEvent(event)
