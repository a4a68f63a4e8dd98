"""The Reports dock: one sortable table per engine report (room use, room
type use, instructor load, group load), recomputed off the GUI thread ~300 ms
after the data or the timetable changes; results of an overtaken run are
dropped."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QHeaderView, QLabel, QTabWidget, QTableView, QVBoxLayout, QWidget

from schedule_engine.export.reports import ReportTable, report_tables
from scheduler_gui.background import start_task
from scheduler_gui.document import ProjectDocument
from scheduler_gui.reports.report_model import ReportTableModel
from scheduler_gui.roles import SORT_ROLE
from scheduler_gui.i18n import translate


class ReportsPanel(QDockWidget):
    reports_updated = Signal()

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None, delay_ms: int = 300):
        super().__init__(translate("ReportsPanel", "Reports"), parent)
        self.setObjectName("reports_dock")
        self.document = document
        self._generation = 0
        self.models: list[ReportTableModel] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.status = QLabel(translate("ReportsPanel", "No timetable yet."), body)
        self.tabs = QTabWidget(body)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs)
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._update_reports)
        document.solution_changed.connect(self._timer.start)
        document.problem_changed.connect(self._timer.start)
        self._timer.start()

    def _update_reports(self) -> None:
        self._generation += 1
        generation = self._generation
        problem, solution = self.document.problem, self.document.solution
        start_task(lambda: report_tables(problem, solution),
                   lambda tables: self._on_tables_ready(generation, tables),
                   receiver=self)

    def _on_tables_ready(self, generation: int, tables: list[ReportTable]) -> None:
        if generation != self._generation:
            return  # a newer change is being reported
        if len(self.models) != len(tables):
            self.tabs.clear()
            self.models = []
            for table in tables:
                model = ReportTableModel(table, self)
                proxy = QSortFilterProxyModel(self)
                proxy.setSourceModel(model)
                proxy.setSortRole(SORT_ROLE)
                view = QTableView(self.tabs)
                view.setModel(proxy)
                view.setSortingEnabled(True)
                view.verticalHeader().hide()
                view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
                self.tabs.addTab(view, table.title)
                self.models.append(model)
        else:
            for model, table in zip(self.models, tables):
                model.set_table(table)
        placed = sum(1 for a in (self.document.solution.assignments if self.document.solution else ())
                     if a.slot is not None)
        self.status.setText(translate("ReportsPanel", "Loads of the current timetable (%n sessions placed).",
                                      "", placed)
                            if placed else translate(
                                "ReportsPanel", "No sessions placed yet: every load is zero."))
        self.reports_updated.emit()
