"""Overview pages: one day of every group side by side, or the whole week of
every group as a compact list (for noticeboards)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPen

from schedule_engine.export.presentation import course_colour

from scheduler_gui.export.page_frame import (
    CLOSED_FILL,
    FOOTER_HEIGHT,
    GRID_LINE,
    HEADER_FILL,
    INK,
    MUTED,
    PageCanvas,
    PageInfo,
    paint_footer,
    paint_header,
)
from scheduler_gui.export.page_painter import (
    DAY_HEADER,
    card_area,
    day_cards,
    paint_card,
    paint_grid_frame,
    row_heights,
)
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.formats import day_name
from scheduler_gui.export.pages import (
    OVERVIEW_LINE,
    OVERVIEW_ROW_PAD,
    DayOverviewPage,
    WeekOverviewPage,
    overview_line,
    week_overview_row_height,
    weeks_note,
)

NAME_COLUMN = 96.0


def paint_day_overview(canvas: PageCanvas, info: PageInfo, page: DayOverviewPage) -> None:
    """Periods as rows, one column per group, the day's sessions as cards."""
    area = canvas.content
    top = paint_header(canvas, info, page.title, page.subtitle)
    grid_area = QRectF(area.left(), top, area.width(), area.bottom() - FOOTER_HEIGHT - 6 - top)
    time_grid = page.time_grid
    heights = row_heights(time_grid, grid_area.height() - DAY_HEADER)
    xs = paint_grid_frame(canvas, time_grid, grid_area, heights, [g.entity.id for g in page.grids])
    starts = [grid_area.top() + DAY_HEADER + sum(heights[:p]) for p in range(time_grid.n_periods + 1)]
    for period in range(time_grid.n_periods):
        if time_grid.slot(page.day, period) in time_grid.unavailable and not time_grid.periods[period].is_break:
            rect = QRectF(xs[0], starts[period], xs[-1] - xs[0], heights[period]).adjusted(0.3, 0.3, -0.3, -0.3)
            canvas.painter.fillRect(rect, CLOSED_FILL)
            canvas.text(rect, "closed", canvas.font(6.5, italic=True), MUTED, Qt.AlignmentFlag.AlignCenter)
    for column, grid in enumerate(page.grids):
        for card in day_cards(grid, page.day):
            paint_card(canvas, card_area(card, xs[column], xs[column + 1], starts), card.entry,
                       "group", card.clash, heading_size=6.8, line_size=6.2)
    note = weeks_note(time_grid)
    paint_footer(canvas, info, "Columns are groups (ids); each card shows course, session type, "
                               "attendees, room and instructor." + (f" {note}." if note else ""))


def paint_week_overview(canvas: PageCanvas, info: PageInfo, page: WeekOverviewPage) -> None:
    """One row per group, one column per day, a line per session."""
    painter = canvas.painter
    area = canvas.content
    top = paint_header(canvas, info, page.title, page.subtitle)
    days = [day_name(d) for d in page.time_grid.days]
    col_w = (area.width() - NAME_COLUMN) / max(1, len(days))
    xs = [area.left() + NAME_COLUMN + i * col_w for i in range(len(days) + 1)]
    painter.fillRect(QRectF(area.left(), top, area.width(), DAY_HEADER), HEADER_FILL)
    canvas.text(QRectF(area.left() + 4, top, NAME_COLUMN - 8, DAY_HEADER), translate("PrintedPage", "Group"),
                canvas.font(8.6, bold=True))
    for i, day in enumerate(days):
        canvas.text(QRectF(xs[i] + 2, top, col_w - 4, DAY_HEADER), day, canvas.font(8.6, bold=True), INK,
                    Qt.AlignmentFlag.AlignCenter)
    y = top + DAY_HEADER
    line_font = canvas.font(6.5)
    for grid in page.grids:
        height = week_overview_row_height(grid)
        entity = grid.entity
        canvas.text(QRectF(area.left() + 4, y + 2, NAME_COLUMN - 8, OVERVIEW_LINE), entity.id,
                    canvas.font(7.8, bold=True))
        if entity.name and entity.name != entity.id:
            canvas.text(QRectF(area.left() + 4, y + 2 + OVERVIEW_LINE, NAME_COLUMN - 8, OVERVIEW_LINE),
                        entity.name, canvas.font(6.8), MUTED)
        for day in range(len(days)):
            entries = sorted({c.entry.session_id: c.entry for c in day_cards(grid, day)}.values(),
                             key=lambda e: (e.start_period, e.course_id))
            line_y = y + OVERVIEW_ROW_PAD / 2
            for entry in entries:
                colour = QColor(course_colour(entry.course_id))
                painter.setPen(QPen(colour.darker(140), 0.4))
                painter.setBrush(colour)
                painter.drawRect(QRectF(xs[day] + 3, line_y + 2.2, 4.5, OVERVIEW_LINE - 4.4))
                canvas.text(QRectF(xs[day] + 10, line_y, col_w - 13, OVERVIEW_LINE), overview_line(entry, entity.id),
                            line_font)
                line_y += OVERVIEW_LINE
        painter.setPen(QPen(GRID_LINE, 0.5))
        y += height
        painter.drawLine(area.left(), y, xs[-1], y)
    painter.setPen(QPen(GRID_LINE, 0.5))
    for x in xs[:-1]:
        painter.drawLine(x, top, x, y)
    painter.setPen(QPen(INK, 0.9))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(area.left(), top, area.width(), y - top))
    painter.drawLine(area.left(), top + DAY_HEADER, xs[-1], top + DAY_HEADER)
    weeks = page.time_grid.week_names
    if page.time_grid.n_weeks == 2:
        note = translate("PrintedPage", "Each line: start, course, lec / tut / prac, [{a}] or [{b}]: that week "
                         "only, the subgroup if only part of the group attends, room.").format(a=weeks[0], b=weeks[1])
    else:
        note = translate("PrintedPage", "Each line: start, course, lec(ture) / tut(orial) / prac(tical), "
                         "the subgroup when only part of the group attends, room.")
    paint_footer(canvas, info, note)
