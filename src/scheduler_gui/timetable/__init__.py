"""The weekly timetable view: week grids per group, instructor or room, an
overview, the unplaced tray, drag-to-inspect, moves, swaps and pins as undo
steps, and the violations panel.  :class:`TimetableWidget` composes them."""

from scheduler_gui.timetable.timetable_widget import TimetableWidget

__all__ = ["TimetableWidget"]
