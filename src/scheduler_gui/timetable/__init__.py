"""The weekly timetable view: week grids per group, instructor or room, an
overview, the unplaced tray, drag-to-inspect, moves, swaps and pins as undo
steps, and the violations panel.  :class:`TimetableWidget` composes them."""

from scheduler_gui.timetable.timetable_widget import TimetableWidget

__all__ = ["TimetableWidget", "install_timetable"]


def install_timetable(window) -> TimetableWidget:
    """Create the timetable view for ``window``'s document and show it in the
    window's Timetable tab (``MainWindow.set_timetable_widget``)."""
    widget = TimetableWidget(window.document)
    window.set_timetable_widget(widget)
    return widget
