"""The convergence plot: best hard violations (left axis) and best soft
penalty (right axis) against elapsed seconds.

The two curves are created once and updated with ``setData``, at most a few
times a second however often points arrive (drawing the plot is the costliest
part of following a run); each curve has its own axis so that a handful of
clashes and a penalty in the thousands both read well.
"""

from __future__ import annotations

import PySide6  # noqa: F401  (bind pyqtgraph to PySide6)
import pyqtgraph as pg
from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QWidget
from scheduler_gui.i18n import translate

HARD_COLOUR = "#d62728"
SOFT_COLOUR = "#1f77b4"
REDRAW_INTERVAL_MS = 500


class ProgressPlot(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, background=None)
        self.setMinimumHeight(140)
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.setLabel("bottom", translate("SolvePanel", "seconds"))
        plot.setLabel("left", translate("SolvePanel", "hard violations"), color=HARD_COLOUR)
        plot.showAxis("right")
        plot.setLabel("right", translate("SolvePanel", "soft penalty"), color=SOFT_COLOUR)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.getViewBox().setLimits(yMin=0)
        plot.getViewBox().enableAutoRange(axis="y", enable=True)

        self.soft_view = pg.ViewBox(enableMenu=False)
        self.soft_view.setMouseEnabled(x=False, y=False)
        self.soft_view.setLimits(yMin=0)
        plot.scene().addItem(self.soft_view)
        plot.getAxis("right").linkToView(self.soft_view)
        self.soft_view.setXLink(plot)
        plot.getViewBox().sigResized.connect(self._update_soft_view_geometry)

        self.hard_curve = plot.plot([], [], pen=pg.mkPen(HARD_COLOUR, width=2), stepMode=None,
                                    name="hard")
        self.soft_curve = pg.PlotDataItem([], [], pen=pg.mkPen(SOFT_COLOUR, width=2), name="soft")
        self.soft_view.addItem(self.soft_curve)
        self._times: list[float] = []
        self._hard: list[int] = []
        self._soft: list[int] = []
        self._y_limits: tuple[float, float] | None = None
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_INTERVAL_MS)
        self._redraw.timeout.connect(self.flush)

    def sizeHint(self) -> QSize:
        # pyqtgraph's hint follows the scene's current size; in a scroll area
        # that feeds back into an ever taller panel.  A fixed hint breaks the loop.
        return QSize(360, 240)

    def clear_points(self) -> None:
        self._times.clear()
        self._hard.clear()
        self._soft.clear()
        self._y_limits = None
        self.flush()

    def add_point(self, elapsed: float, hard: int, soft: int) -> None:
        """Record the best (hard, soft) at ``elapsed`` seconds."""
        if self._times and elapsed < self._times[-1]:
            elapsed = self._times[-1]
        if (len(self._times) >= 2 and self._hard[-1] == self._hard[-2] == hard
                and self._soft[-1] == self._soft[-2] == soft):
            self._times[-1] = float(elapsed)  # a flat stretch: extend it, add no point
        else:
            self._times.append(float(elapsed))
            self._hard.append(int(hard))
            self._soft.append(int(soft))
        if not self._redraw.isActive():
            self._redraw.start()

    @property
    def point_count(self) -> int:
        return len(self._times)

    def flush(self) -> None:
        """Draw the points recorded so far (done by itself a few times a second)."""
        self._redraw.stop()
        self.hard_curve.setData(self._times, self._hard)
        self.soft_curve.setData(self._times, self._soft)
        if self._soft:
            limits = (max(self._hard) * 1.05 + 1, max(self._soft) * 1.05 + 1)
            if limits != self._y_limits:  # a new range re-lays the axes: only when needed
                self._y_limits = limits
                self.getPlotItem().getViewBox().setYRange(0, limits[0], padding=0)
                hard_axis = self.getPlotItem().getAxis("left")
                if limits[0] <= 12:  # whole violations only: no 0.2, 0.4 … ticks
                    hard_axis.setTickSpacing(major=1, minor=1)
                else:
                    hard_axis.setTickSpacing()
                self.soft_view.setYRange(0, limits[1], padding=0)

    def _update_soft_view_geometry(self) -> None:
        main_view = self.getPlotItem().getViewBox()
        self.soft_view.setGeometry(main_view.sceneBoundingRect())
        self.soft_view.linkedViewChanged(main_view, self.soft_view.XAxis)
