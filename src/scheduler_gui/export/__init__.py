"""Printed and exported timetables from the desktop application.

* :mod:`pages` plans the pages (week grids, overviews, reports);
* :mod:`page_painter`, :mod:`overview_painter`, :mod:`report_painter` draw them with QPainter;
* :mod:`pdf_export` writes them with QPdfWriter, :mod:`printing` sends them to a printer;
* :mod:`export_dialog` is File > Export timetable, :mod:`headless` the command-line path.

The formats that need no Qt (CSV, XLSX, HTML, iCalendar) come from
``schedule_engine.export``.
"""
