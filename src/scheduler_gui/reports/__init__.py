"""The Reports dock: room use, instructor load and group load of the timetable."""

from scheduler_gui.reports.reports_panel import ReportsPanel

__all__ = ["ReportsPanel"]
