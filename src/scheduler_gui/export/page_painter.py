"""The week grid page of one group, instructor or room, drawn with QPainter.

The one drawing code for a printed week: the PDF export and the printer both
call :func:`paint_week_page`.  The page is landscape: the header (institution,
entity, term, date), a grid with the days as columns and the periods as rows
(clock times on the left, breaks shaded, closed periods greyed), one card per
session spanning its block, a legend of the courses shown, the sessions of
the entity that are not placed, and the page number.

With a two-week cycle a cell is cut in halves, as in the window's combined
view: sessions of week A on the left, of week B on the right, a session taught
every week across the cell; the headings name the week ("· week A").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPen

from schedule_engine.export.presentation import course_colour, entry_details
from schedule_engine.export.views import Entry, Grid
from schedule_engine.model import TimeGrid

from scheduler_gui.export.page_frame import (
    BREAK_FILL,
    CLASH,
    CLOSED_FILL,
    FOOTER_HEIGHT,
    GRID_LINE,
    HEADER_FILL,
    INK,
    MUTED,
    WARNING,
    PageCanvas,
    PageInfo,
    paint_footer,
    paint_header,
)
from scheduler_gui.export.pages import WeekPage, short_type
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.formats import day_name
from scheduler_gui.timetable.card_text import session_type_word
from scheduler_gui.timetable.week_lanes import WHOLE, assign_week_lanes

TIME_COLUMN = 64.0
DAY_HEADER = 17.0
BREAK_ROW = 13.0
MAX_ROW = 72.0
CARD_INSET = 1.6
CARD_PAD = 3.0
HEADING_SIZE = 7.6
LINE_SIZE = 6.9
LEGEND_SIZE = 7.2
LEGEND_ROW = 10.5
NOT_PLACED_LINES = 2


@dataclass(frozen=True)
class PlacedCard:
    """An entry and the lane it takes in its day column."""

    entry: Entry
    lane: int
    lanes: int
    clash: bool
    half: int = WHOLE
    """Both weeks of a two-week cycle: the whole cell, or the half of week A (1) or B (2)."""


def combined_weeks(grid: Grid) -> bool:
    """Whether the grid shows both weeks of a two-week cycle (cells in halves)."""
    return len(grid.week_names) == 2 and not grid.week


def day_cards(grid: Grid, day: int) -> list[PlacedCard]:
    """The entries of a day, laid out in lanes: entries that overlap in time sit
    side by side (parallel subgroups, or a clash); with both weeks of a cycle,
    in the halves of the cell."""
    entries = sorted({e.session_id: e for cell in grid.cells[day] for e in cell}.values(),
                     key=lambda e: (e.start_period, -e.length, e.course_id, e.session_id))
    if combined_weeks(grid):
        placed = []
        for entry, lane, lanes, half in assign_week_lanes(entries, combined=True):
            others = [o for o in entries if o is not entry and set(o.periods) & set(entry.periods)]
            placed.append(PlacedCard(entry, lane, lanes, any(grid.is_clash([entry, o]) for o in others), half))
        return placed
    cards: list[PlacedCard] = []
    cluster: list[tuple[Entry, int]] = []
    cluster_end = -1

    def close_cluster() -> None:
        lanes = 1 + max((lane for _, lane in cluster), default=0)
        for entry, lane in cluster:
            others = [o for o, _ in cluster if o is not entry and set(o.periods) & set(entry.periods)]
            clash = any(grid.is_clash([entry, o]) for o in others)
            cards.append(PlacedCard(entry, lane, lanes, clash))

    lane_ends: list[int] = []
    for entry in entries:
        if entry.start_period > cluster_end and cluster:
            close_cluster()
            cluster, lane_ends = [], []
        lane = next((i for i, end in enumerate(lane_ends) if end < entry.start_period), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(entry.end_period)
        else:
            lane_ends[lane] = entry.end_period
        cluster.append((entry, lane))
        cluster_end = max(cluster_end, entry.end_period)
    if cluster:
        close_cluster()
    return cards


def printed_heading(entry: Entry) -> str:
    """A card's first line in the window's language: "CS101 lecture", "CS101 practical · week A"."""
    week = (" · " + translate("PrintedPage", "week {name}").format(name=entry.week_name)
            if entry.week and entry.week_name else "")
    return f"{entry.course_id} {session_type_word(entry.session_type)}{week}"


def fitting_heading(canvas: PageCanvas, entry: Entry, size: float, width: float) -> tuple[str, QFont]:
    """The card heading and its font, shortened for narrow cards: "CS101 practical",
    "CS101 prac", then the course code alone in a smaller size if need be."""
    font = canvas.font(size, bold=True)
    metrics = canvas.metrics(font)
    week = f" · {entry.week_name}" if entry.week and entry.week_name else ""
    for text in (printed_heading(entry),
                 f"{entry.course_id} {short_type(entry.session_type)}{week}",
                 f"{entry.course_id}{week}"):
        if metrics.horizontalAdvance(text) <= width:
            return text, font
    natural = metrics.horizontalAdvance(entry.course_id)
    smaller = max(4.8, size * 0.95 * width / natural) if natural > width else size
    return entry.course_id, canvas.font(smaller, bold=True)


def card_lines(entry: Entry, view_kind: str) -> tuple[str, list[str], str]:
    """The heading, the detail lines (what the view does not already say) and
    the course title (shown when there is room; the legend always has it)."""
    details = entry_details(entry, view_kind)
    title = ""
    if details and entry.course_title and details[0] == entry.course_title:
        title = details.pop(0)
    return printed_heading(entry), details, title


def paint_card(canvas: PageCanvas, rect: QRectF, entry: Entry, view_kind: str, clash: bool = False,
               heading_size: float = HEADING_SIZE, line_size: float = LINE_SIZE) -> None:
    """One session as a coloured card; lines that do not fit are left out, from the last."""
    painter = canvas.painter
    fill = QColor(course_colour(entry.course_id))
    accent = fill.darker(165)
    painter.setPen(QPen(CLASH, 1.4) if clash else QPen(fill.darker(125), 0.5))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 2.5, 2.5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(accent)
    painter.drawRect(QRectF(rect.left() + (1.0 if clash else 0.4), rect.top() + 2.5, 2.2, rect.height() - 5.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)

    heading, details, title = card_lines(entry, view_kind)
    line_font = canvas.font(line_size)
    head_h = heading_size * 1.28
    line_h = line_size * 1.25
    inner = rect.adjusted(CARD_PAD + 2.0, CARD_PAD - 0.8, -CARD_PAD, -CARD_PAD + 0.8)
    if inner.height() < head_h * 0.8 or inner.width() < 8:
        return
    room_for = int((inner.height() - head_h) // line_h)
    lines = list(details)
    if title and room_for > len(lines):
        lines.insert(0, title)
    lines = lines[:max(0, room_for)]
    if clash and room_for > len(lines):
        lines.append("clash")
    heading, head_font = fitting_heading(canvas, entry, heading_size, inner.width())
    canvas.text(QRectF(inner.left(), inner.top(), inner.width(), head_h), heading, head_font, INK)
    y = inner.top() + head_h
    for line in lines:
        colour = CLASH if clash and line == "clash" else INK
        font = canvas.font(line_size, bold=True) if colour is CLASH else line_font
        canvas.text(QRectF(inner.left(), y, inner.width(), line_h), line, font, colour)
        y += line_h


def row_heights(time_grid: TimeGrid, available: float) -> list[float]:
    """Height of each period row: breaks thin, teaching periods share the rest (capped)."""
    n_breaks = sum(1 for p in time_grid.periods if p.is_break)
    n_teaching = time_grid.n_periods - n_breaks
    teaching = min(MAX_ROW, (available - n_breaks * BREAK_ROW) / max(1, n_teaching))
    return [BREAK_ROW if p.is_break else teaching for p in time_grid.periods]


def paint_time_column(canvas: PageCanvas, time_grid: TimeGrid, left: float, top: float,
                      heights: list[float]) -> None:
    y = top
    for period, height in zip(time_grid.periods, heights, strict=True):
        cell = QRectF(left + 4, y, TIME_COLUMN - 8, height)
        if period.is_break:
            canvas.painter.fillRect(QRectF(left, y, TIME_COLUMN, height), BREAK_FILL)
            canvas.text(cell, f"{period.start}–{period.end}", canvas.font(6.6, italic=True), MUTED)
        else:
            canvas.text(QRectF(cell.left(), y + 3, cell.width(), 10), period.name, canvas.font(7.8, bold=True))
            canvas.text(QRectF(cell.left(), y + 13, cell.width(), 9), f"{period.start}–{period.end}",
                        canvas.font(6.8), MUTED)
        y += height


def paint_grid_frame(canvas: PageCanvas, time_grid: TimeGrid, area: QRectF, heights: list[float],
                     column_titles: list[str]) -> list[float]:
    """Header row, period rows, breaks, closed cells and lines; returns the x of each column."""
    painter = canvas.painter
    n_cols = len(column_titles)
    col_w = (area.width() - TIME_COLUMN) / max(1, n_cols)
    xs = [area.left() + TIME_COLUMN + i * col_w for i in range(n_cols + 1)]
    top = area.top() + DAY_HEADER
    bottom = top + sum(heights)
    painter.fillRect(QRectF(area.left(), area.top(), area.width(), DAY_HEADER), HEADER_FILL)
    for i, title in enumerate(column_titles):
        canvas.text(QRectF(xs[i] + 2, area.top(), col_w - 4, DAY_HEADER), title, canvas.font(8.6, bold=True),
                    INK, Qt.AlignmentFlag.AlignCenter)
    y = top
    for period, height in zip(time_grid.periods, heights, strict=True):
        if period.is_break:
            painter.fillRect(QRectF(xs[0], y, xs[-1] - xs[0], height), BREAK_FILL)
            canvas.text(QRectF(xs[0], y, xs[-1] - xs[0], height), period.name, canvas.font(6.8, italic=True),
                        MUTED, Qt.AlignmentFlag.AlignCenter)
        y += height
    paint_time_column(canvas, time_grid, area.left(), top, heights)
    painter.setPen(QPen(GRID_LINE, 0.5))
    y = top
    for height in heights:
        painter.drawLine(area.left(), y, xs[-1], y)
        y += height
    for x in xs[:-1]:
        painter.drawLine(x, area.top(), x, bottom)
    painter.setPen(QPen(INK, 0.9))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(area.left(), area.top(), xs[-1] - area.left(), bottom - area.top()))
    painter.drawLine(area.left(), top, xs[-1], top)
    return xs


def paint_closed_cells(canvas: PageCanvas, time_grid: TimeGrid, xs: list[float], top: float,
                       heights: list[float]) -> None:
    """Grey the periods the whole institution is closed."""
    starts = [top + sum(heights[:p]) for p in range(time_grid.n_periods)]
    for slot in sorted(time_grid.unavailable):
        day, period = time_grid.day_period(slot)
        if day >= len(xs) - 1 or time_grid.periods[period].is_break:
            continue
        rect = QRectF(xs[day], starts[period], xs[day + 1] - xs[day], heights[period]).adjusted(0.3, 0.3, -0.3, -0.3)
        canvas.painter.fillRect(rect, CLOSED_FILL)
        canvas.text(rect, translate("PrintedPage", "closed"), canvas.font(6.5, italic=True), MUTED,
                    Qt.AlignmentFlag.AlignCenter)


def paint_week_grid(canvas: PageCanvas, grid: Grid, time_grid: TimeGrid, area: QRectF) -> float:
    """The grid with its cards inside ``area``; returns the y of its bottom edge."""
    heights = row_heights(time_grid, area.height() - DAY_HEADER)
    xs = paint_grid_frame(canvas, time_grid, area, heights, [day_name(d) for d in time_grid.days])
    top = area.top() + DAY_HEADER
    paint_closed_cells(canvas, time_grid, xs, top, heights)
    starts = [top + sum(heights[:p]) for p in range(time_grid.n_periods + 1)]
    if combined_weeks(grid):
        paint_week_halves(canvas, grid.week_names, xs, area.top(), starts[-1])
    for day in range(time_grid.n_days):
        for card in day_cards(grid, day):
            paint_card(canvas, card_area(card, xs[day], xs[day + 1], starts), card.entry, grid.entity.kind,
                       card.clash)
    return starts[-1]


def card_area(card: PlacedCard, left: float, right: float, starts: list[float]) -> QRectF:
    """Where a card goes in its column (its lane, in its week's half if any)."""
    if card.half:
        middle = (left + right) / 2
        left, right = (left, middle) if card.half == 1 else (middle, right)
    lane_w = (right - left) / card.lanes
    entry = card.entry
    rect = QRectF(left + card.lane * lane_w, starts[entry.start_period],
                  lane_w, starts[entry.start_period + entry.length] - starts[entry.start_period])
    return rect.adjusted(CARD_INSET, CARD_INSET, -CARD_INSET, -CARD_INSET)


def paint_week_halves(canvas: PageCanvas, names: tuple[str, ...], xs: list[float], top: float,
                      bottom: float) -> None:
    """Both weeks on one page: a dotted line down each column and the week
    names in the corners of the day headers."""
    painter = canvas.painter
    painter.setPen(QPen(GRID_LINE, 0.6, Qt.PenStyle.DashLine))
    for left, right in zip(xs[:-1], xs[1:]):
        middle = (left + right) / 2
        painter.drawLine(middle, top + DAY_HEADER, middle, bottom)
    font = canvas.font(6.2, bold=True)
    for left, right in zip(xs[:-1], xs[1:]):
        canvas.text(QRectF(left + 3, top, 20, DAY_HEADER), names[0], font, MUTED,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        canvas.text(QRectF(right - 23, top, 20, DAY_HEADER), names[1], font, MUTED,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def legend_items(grid: Grid, titles: dict[str, str]) -> list[tuple[str, str]]:
    courses = sorted({e.course_id for e in grid.entries()})
    return [(c, titles.get(c, c)) for c in courses]


def legend_height(canvas: PageCanvas, items: list[tuple[str, str]], width: float) -> tuple[float, int, float]:
    """Height, number of columns and column width of the legend."""
    if not items:
        return 0.0, 1, width
    font = canvas.font(LEGEND_SIZE)
    metrics = canvas.metrics(font)
    natural = max(metrics.horizontalAdvance(f"{code}  {title}") for code, title in items) + 18
    col_w = min(max(natural, 120.0), width / 2)
    columns = max(1, int(width // col_w))
    col_w = width / columns
    rows = -(-len(items) // columns)
    return 6 + rows * LEGEND_ROW, columns, col_w


def paint_legend(canvas: PageCanvas, items: list[tuple[str, str]], left: float, top: float, width: float) -> None:
    height, columns, col_w = legend_height(canvas, items, width)
    rows = -(-len(items) // columns) if items else 0
    bold, plain = canvas.font(LEGEND_SIZE, bold=True), canvas.font(LEGEND_SIZE)
    for i, (code, title) in enumerate(items):
        col, row = divmod(i, rows)
        x, y = left + col * col_w, top + 6 + row * LEGEND_ROW
        colour = QColor(course_colour(code))
        canvas.painter.setPen(QPen(colour.darker(140), 0.5))
        canvas.painter.setBrush(colour)
        canvas.painter.drawRoundedRect(QRectF(x, y + 1.8, 9, 7), 1.2, 1.2)
        code_w = canvas.metrics(bold).horizontalAdvance(code) + 4
        canvas.text(QRectF(x + 13, y, code_w, LEGEND_ROW), code, bold)
        if title != code:
            canvas.text(QRectF(x + 13 + code_w, y, col_w - code_w - 18, LEGEND_ROW), title, plain, MUTED)
    canvas.painter.setBrush(Qt.BrushStyle.NoBrush)


def not_placed_lines(canvas: PageCanvas, items: list[str], width: float, max_lines: int) -> list[str]:
    """Fill at most ``max_lines`` lines with "Not placed: a; b; c", ending "… and N more"."""
    if not items:
        return []
    metrics = canvas.metrics(canvas.font(7.2))
    lines, current = [], translate("PrintedPage", "Not placed ({n}): ").format(n=len(items))
    for i, item in enumerate(items):
        piece = item + ("; " if i < len(items) - 1 else "")
        if metrics.horizontalAdvance(current + piece) <= width or not current.strip():
            current += piece
            continue
        if len(lines) == max_lines - 1:
            current += translate("PrintedPage", "… and {n} more").format(n=len(items) - i)
            break
        lines.append(current)
        current = piece
    lines.append(current)
    return lines[:max_lines]


def paint_week_page(canvas: PageCanvas, info: PageInfo, page: WeekPage) -> None:
    """A whole week page: header, grid, legend, what is not placed, footer."""
    area = canvas.content
    top = paint_header(canvas, info, page.title, page.subtitle)
    bottom = area.bottom() - FOOTER_HEIGHT
    missing = not_placed_lines(canvas, page.not_placed, area.width(), NOT_PLACED_LINES)
    missing_h = (4 + 10 * len(missing)) if missing else 0
    items = legend_items(page.grid, page.course_titles)
    legend_h, _, _ = legend_height(canvas, items, area.width())
    if not page.grid.entries():
        note = (translate("PrintedPage", "No sessions placed in this week.") if missing
                else translate("PrintedPage", "No sessions in this week."))
        canvas.text(QRectF(area.left(), top - 4, area.width(), 12), note, canvas.font(8, italic=True), MUTED)
        top += 10
    grid_area = QRectF(area.left(), top, area.width(), bottom - top - legend_h - missing_h - 4)
    y = paint_week_grid(canvas, page.grid, page.time_grid, grid_area)
    paint_legend(canvas, items, area.left(), y + 2, area.width())
    y += 2 + legend_h + 4
    for line in missing:
        canvas.text(QRectF(area.left(), y, area.width(), 10), line, canvas.font(7.2), WARNING)
        y += 10
    paint_footer(canvas, info)
