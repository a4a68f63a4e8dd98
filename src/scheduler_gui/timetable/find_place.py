""""Find a place": the best legal starts and rooms of one session, best first,
with the change of the soft score; choosing one moves (and pins) it there."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from schedule_engine.model import Problem
from schedule_engine.placement_search import PlaceOption
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.formats import grid_slot_label
from scheduler_gui.roles import OBJECT_ROLE as PLACE_ROLE



def place_label(problem: Problem, option: PlaceOption) -> str:
    room = problem.room(option.room_id) if option.room_id else None
    when = grid_slot_label(problem.time_grid, option.slot)
    if room is not None:
        when = translate("FindPlace", "{when} in {room}").format(when=when, room=room.name or room.id)
    soft = f"{option.soft_delta:+d}" if option.soft_delta else "±0"
    return translate("FindPlace", "{when} — soft {change}").format(when=when, change=soft)


class FindPlaceDialog(QDialog):
    def __init__(self, problem: Problem, title: str, options: list[PlaceOption],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("find_place_dialog")
        self.setWindowTitle(translate("FindPlace", "Find a place for {session}").format(session=title))
        self.list = QListWidget()
        for option in options:
            item = QListWidgetItem(place_label(problem, option))
            item.setData(PLACE_ROLE, option)
            self.list.addItem(item)
        if options:
            self.list.setCurrentRow(0)
            intro = translate("FindPlace", "Legal places for {session}, the best first (the change of the soft "
                                           "score):").format(session=title)
        else:
            intro = translate("FindPlace", "{session} has no legal place in this timetable. Drop it on a red slot "
                                           "to see what is in the way and the moves that make room.").format(
                session=title)
        label = QLabel(intro)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.place_button = buttons.addButton(translate("FindPlace", "Place here"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.place_button.setEnabled(bool(options))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(420, 320)

    def chosen(self) -> PlaceOption | None:
        item = self.list.currentItem()
        return item.data(PLACE_ROLE) if item is not None else None
