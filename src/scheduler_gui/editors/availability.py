"""Paint when an instructor, group, room or course is available, on a days x periods grid.

Click or drag with a brush (available, unavailable, and for instructors also
preferred and undesired); each drag is one undo step.  Breaks are shaded and
cannot be painted; the institution's closed slots are shown darker.  On the
time grid tab the same editor paints the closed slots themselves.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from schedule_engine import edits
from schedule_engine.errors import InvalidInputError
from schedule_engine.model import Problem, TimeGrid
from scheduler_gui.editors.commands import EditProblemCommand
from scheduler_gui.editors.nouns import noun
from scheduler_gui.editors.table_model import error_text
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.formats import day_name

AVAILABLE, UNAVAILABLE, PREFERRED, UNDESIRED = "available", "unavailable", "preferred", "undesired"
BRUSH_NAMES = {AVAILABLE: QT_TRANSLATE_NOOP("AvailabilityEditor", "Available"),
               UNAVAILABLE: QT_TRANSLATE_NOOP("AvailabilityEditor", "Unavailable"),
               PREFERRED: QT_TRANSLATE_NOOP("AvailabilityEditor", "Preferred"),
               UNDESIRED: QT_TRANSLATE_NOOP("AvailabilityEditor", "Undesired")}
BRUSH_COLORS = {
    AVAILABLE: QColor("#ffffff"),
    UNAVAILABLE: QColor("#e57373"),
    PREFERRED: QColor("#81c784"),
    UNDESIRED: QColor("#ffcc80"),
}
_BREAK = QColor("#d9d9d9")
_CLOSED = QColor("#9e9e9e")
_HEADER = QColor("#f0f0f0")
_LINE = QColor("#b0b0b0")
_SLOT_SETS = (UNAVAILABLE, PREFERRED, UNDESIRED)
TARGET_KINDS = ("room", "instructor", "group", "course", "time_grid")


def painted(entity, brush: str, slots: set[int]) -> dict[str, frozenset[int]]:
    """The entity's slot sets after painting ``slots`` with ``brush``."""
    sets = {name: set(getattr(entity, name, frozenset())) for name in _SLOT_SETS if hasattr(entity, name)}
    for name in sets:
        if name == brush:
            sets[name] |= slots
        else:
            sets[name] -= slots
    return {name: frozenset(values) for name, values in sets.items()}


class AvailabilityGrid(QWidget):
    """The painted grid: columns are days, rows are periods."""

    stroke_finished = Signal(object)
    """The set of slots one click or drag went over."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._grid: TimeGrid | None = None
        self._states: dict[int, str] = {}
        self._closed: frozenset[int] = frozenset()
        self._pending: set[int] = set()
        self._brush = UNAVAILABLE
        self._dragging = False
        self._cursor = (0, 0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 160)

    # -- content -----------------------------------------------------------------
    def set_content(self, grid: TimeGrid | None, states: dict[int, str], closed: frozenset[int]) -> None:
        self._grid, self._states, self._closed = grid, dict(states), frozenset(closed)
        self.update()

    def set_brush(self, brush: str) -> None:
        self._brush = brush

    def state(self, slot: int) -> str:
        return self._states.get(slot, AVAILABLE)

    # -- geometry ----------------------------------------------------------------
    def _header_sizes(self) -> tuple[int, int]:
        metrics = self.fontMetrics()
        label_width = max((metrics.horizontalAdvance(self._period_label(i)) for i in
                           range(self._grid.n_periods)), default=40) if self._grid else 40
        return label_width + 12, metrics.height() + 10

    def _period_label(self, index: int) -> str:
        period = self._grid.periods[index]
        return period.name if period.start in period.name else f"{period.name}  {period.start}"

    def cell_rect(self, day: int, period: int) -> QRect:
        left, top = self._header_sizes()
        grid = self._grid
        width = max(1, (self.width() - left - 1) // max(1, grid.n_days))
        height = max(1, (self.height() - top - 1) // max(1, grid.n_periods))
        return QRect(left + day * width, top + period * height, width, height)

    def slot_at(self, pos: QPoint) -> int | None:
        if self._grid is None or not self._grid.n_slots:
            return None
        for day in range(self._grid.n_days):
            for period in range(self._grid.n_periods):
                if self.cell_rect(day, period).contains(pos):
                    return None if self._grid.periods[period].is_break else self._grid.slot(day, period)
        return None

    def sizeHint(self) -> QSize:
        if self._grid is None:
            return QSize(320, 240)
        left, top = self._header_sizes()
        return QSize(left + 64 * self._grid.n_days, top + 26 * self._grid.n_periods)

    # -- painting ----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        grid = self._grid
        if grid is None or not grid.n_slots:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, translate("AvailabilityEditor", "Nothing selected"))
            return
        left, top = self._header_sizes()
        painter.setPen(QPen(_LINE))
        cell_width = self.cell_rect(0, 0).width() - 4
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        # the longest form that fits every column: the locale's long and short day names,
        # the short ones cut (a script written left to right), then the narrow ones; the
        # data's own day names are cut
        short = [day_name(d, short=True) for d in grid.days]
        cut = QLocale().textDirection() == Qt.LayoutDirection.LeftToRight
        forms = [[day_name(d) for d in grid.days], short]
        forms += [[s[:length] if cut or s == d else day_name(d, narrow=True) for s, d in zip(short, grid.days)]
                  for length in (3, 2)]
        forms.append([day_name(d, narrow=True) if day_name(d) != d else d[:1] for d in grid.days])
        labels = next((f for f in forms if all(painter.fontMetrics().horizontalAdvance(d) <= cell_width
                                                for d in f)), forms[-1])
        for day, name in enumerate(grid.days):
            rect = self.cell_rect(day, 0)
            header = QRect(rect.left(), 0, rect.width(), top)
            painter.fillRect(header, _HEADER)
            painter.drawRect(header)
            painter.setPen(self.palette().text().color())
            painter.drawText(header, Qt.AlignmentFlag.AlignCenter, labels[day])
            painter.setPen(QPen(_LINE))
        painter.setFont(self.font())
        for period in range(grid.n_periods):
            rect = self.cell_rect(0, period)
            header = QRect(0, rect.top(), left, rect.height())
            painter.fillRect(header, _HEADER)
            painter.drawRect(header)
            painter.setPen(self.palette().text().color())
            painter.drawText(header.adjusted(6, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             self._period_label(period))
            painter.setPen(QPen(_LINE))
            for day in range(grid.n_days):
                self._paint_cell(painter, day, period)
        if self.hasFocus():
            day, period = self._cursor
            if day < grid.n_days and period < grid.n_periods:
                painter.setPen(QPen(self.palette().highlight().color(), 2))
                painter.drawRect(self.cell_rect(day, period).adjusted(1, 1, -1, -1))

    def _paint_cell(self, painter: QPainter, day: int, period: int) -> None:
        grid = self._grid
        rect = self.cell_rect(day, period)
        slot = grid.slot(day, period)
        if grid.periods[period].is_break:
            painter.fillRect(rect, QBrush(_BREAK, Qt.BrushStyle.BDiagPattern))
            painter.fillRect(rect, QColor(0, 0, 0, 18))
        else:
            state = self._brush if slot in self._pending else self.state(slot)
            painter.fillRect(rect, BRUSH_COLORS.get(state, BRUSH_COLORS[AVAILABLE]))
            if slot in self._closed:
                painter.fillRect(rect, QBrush(_CLOSED, Qt.BrushStyle.Dense6Pattern))
        painter.drawRect(rect)

    # -- mouse -------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._dragging = True
        self._pending = set()
        self._add_at(event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging and event.buttons() & Qt.MouseButton.LeftButton:
            self._add_at(event.position().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._dragging:
            return super().mouseReleaseEvent(event)
        self._add_at(event.position().toPoint())
        self._dragging = False
        slots, self._pending = self._pending, set()
        self.update()
        if slots:
            self.stroke_finished.emit(slots)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys move the cursor cell; Space or Enter paints it."""
        grid = self._grid
        if grid is None or not grid.n_slots:
            return super().keyPressEvent(event)
        day, period = self._cursor
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if event.key() in moves:
            dx, dy = moves[event.key()]
            self._cursor = (min(max(day + dx, 0), grid.n_days - 1), min(max(period + dy, 0), grid.n_periods - 1))
            self.update()
        elif event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if day < grid.n_days and period < grid.n_periods and not grid.periods[period].is_break:
                self.stroke_finished.emit({grid.slot(day, period)})
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def _add_at(self, pos: QPoint) -> None:
        slot = self.slot_at(pos)
        if slot is not None:
            self._cursor = self._grid.day_period(slot)
        if slot is not None and slot not in self._pending:
            self._pending.add(slot)
            self.update()


def _swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(color)
    painter = QPainter(pixmap)
    painter.setPen(QPen(_LINE))
    painter.drawRect(0, 0, 13, 13)
    painter.end()
    return QIcon(pixmap)


class AvailabilityEditor(QWidget):
    """The grid plus its brushes, for the entity chosen with :meth:`set_target`."""

    message = Signal(str)

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._kind: str | None = None
        self._entity_id: str | None = None
        self._brush = UNAVAILABLE

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.grid = AvailabilityGrid(self)
        self.grid.stroke_finished.connect(self._on_grid_stroke_finished)
        self.hint = QLabel(translate("AvailabilityEditor", "Click or drag over the grid to paint (or use the arrow "
                                                           "keys and Space). Breaks are hatched; dotted cells are "
                                                           "closed for everyone."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")

        self.brush_buttons: dict[str, QToolButton] = {}
        self._brush_group = QButtonGroup(self)
        self._brush_group.setExclusive(True)
        brushes = QGridLayout()
        brushes.setContentsMargins(0, 0, 0, 0)
        brushes.setHorizontalSpacing(2)
        brushes.setVerticalSpacing(0)
        for position, name in enumerate((AVAILABLE, UNAVAILABLE, PREFERRED, UNDESIRED)):
            button = QToolButton(self)
            button.setText(translate("AvailabilityEditor", BRUSH_NAMES[name]))
            button.setIcon(_swatch(BRUSH_COLORS[name]))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, n=name: self.set_brush(n))
            self._brush_group.addButton(button)
            self.brush_buttons[name] = button
            brushes.addWidget(button, position // 2, position % 2)
        brushes.setColumnStretch(2, 1)
        self.brush_buttons[UNAVAILABLE].setChecked(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(brushes)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.hint)
        document.problem_changed.connect(self._update_grid)
        self._update_grid()

    # -- target and brush --------------------------------------------------------
    @property
    def target(self) -> tuple[str | None, str | None]:
        return self._kind, self._entity_id

    @property
    def brush(self) -> str:
        return self._brush

    def set_target(self, kind: str | None, entity_id: str | None) -> None:
        if kind is not None and kind not in TARGET_KINDS:
            raise ValueError(f"unknown kind of availability: {kind!r}")
        self._kind, self._entity_id = kind, entity_id or None
        with_preferences = kind == "instructor"
        for name in (PREFERRED, UNDESIRED):
            self.brush_buttons[name].setVisible(with_preferences)
        if not with_preferences and self._brush in (PREFERRED, UNDESIRED):
            self.set_brush(UNAVAILABLE)
        closed_words = kind == "time_grid"
        self.brush_buttons[AVAILABLE].setText(translate("AvailabilityEditor", "Open") if closed_words
                                              else translate("AvailabilityEditor", BRUSH_NAMES[AVAILABLE]))
        self.brush_buttons[UNAVAILABLE].setText(translate("AvailabilityEditor", "Closed") if closed_words
                                                else translate("AvailabilityEditor", BRUSH_NAMES[UNAVAILABLE]))
        self._update_grid()

    def set_brush(self, brush: str) -> None:
        self._brush = brush
        self.grid.set_brush(brush)
        self.brush_buttons[brush].setChecked(True)

    # -- model -------------------------------------------------------------------
    def _entity(self, problem: Problem):
        if self._kind is None or self._kind == "time_grid":
            return problem.time_grid if self._kind == "time_grid" else None
        if self._entity_id is None:
            return None
        return edits.find_entity(problem, self._kind, self._entity_id)

    def _update_grid(self) -> None:
        problem = self._document.problem
        entity = self._entity(problem)
        if entity is None:
            self.title.setText("<i>" + translate("AvailabilityEditor", "Select a row to see its availability.")
                               + "</i>")
            self.grid.set_content(None, {}, frozenset())
            self.grid.setEnabled(False)
            return
        states: dict[int, str] = {}
        for name in _SLOT_SETS:
            for slot in getattr(entity, name, frozenset()):
                states[slot] = name
        closed = frozenset() if self._kind == "time_grid" else problem.time_grid.unavailable
        if self._kind == "time_grid":
            self.title.setText(translate("AvailabilityEditor", "<b>Closed slots</b> of the whole institution"))
        else:
            name = getattr(entity, "name", "") or getattr(entity, "title", "")
            self.title.setText(translate("AvailabilityEditor", "<b>Availability of {what}</b>").format(
                what=f"{noun(self._kind)} {entity.id}") + (f" \u2014 {name}" if name else ""))
        self.grid.setEnabled(True)
        self.grid.set_content(problem.time_grid, states, closed)

    def paint_slots(self, slots: set[int], brush: str | None = None) -> bool:
        """Paint ``slots`` with a brush as ONE undo step; False when nothing changed."""
        brush = brush or self._brush
        before = self._document.problem
        entity = self._entity(before)
        if entity is None:
            return False
        sets = painted(entity, brush, set(slots))
        try:
            if self._kind == "time_grid":
                after = edits.set_time_grid(before, replace(entity, unavailable=sets[UNAVAILABLE]))
                text = translate("AvailabilityEditor", "Paint closed slots")
            else:
                after = edits.replace_entity(before, self._kind, entity.id, replace(entity, **sets))
                text = translate("AvailabilityEditor", "Paint availability of {what}").format(
                    what=f"{noun(self._kind)} {entity.id}")
        except InvalidInputError as error:
            self.message.emit(error_text(error))
            return False
        if after == before:
            return False
        self._document.push(EditProblemCommand(self._document, before, after, text))
        return True

    def _on_grid_stroke_finished(self, slots: set[int]) -> None:
        self.paint_slots(slots)
