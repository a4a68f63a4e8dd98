"""The data editors: one tab per kind of institution data.

The window composes this widget, puts :meth:`DataEditors.actions` in its Edit
menu and toolbar, and calls :meth:`DataEditors.select_entity` to show where a
diagnostic points.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from scheduler_gui.editors.availability import AvailabilityEditor
from scheduler_gui.editors.course_model import ComponentTableModel, CourseTableModel
from scheduler_gui.editors.group_model import GroupTableModel, SubgroupTableModel
from scheduler_gui.editors.instructor_model import InstructorTableModel
from scheduler_gui.editors.room_model import RoomTableModel
from scheduler_gui.editors.rule_model import RuleTableModel
from scheduler_gui.editors.rules_page import RulesPage
from scheduler_gui.editors.settings_form import SettingsForm
from scheduler_gui.editors.settings_model import ConstraintSettingsModel
from scheduler_gui.editors.table_section import TableSection
from scheduler_gui.editors.time_grid_model import DaysTableModel, TimeGridModel
from scheduler_gui.editors.week_cycle import WeekCycleEditor
from scheduler_gui.resources import icon
from scheduler_gui.i18n import translate

_MIN_TAB_WIDTH = 360
KINDS = ("time_grid", "room", "instructor", "group", "course", "settings", "rule")


class EditorTab(QWidget):
    """A tab's sections; the one last focused is the target of the Edit actions."""

    def __init__(self, kind: str, sections: list[TableSection], parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.sections = sections
        self.active = sections[0]
        for section in sections:
            section.activated.connect(lambda s=section: self._on_section_activated(s))

    def _on_section_activated(self, section: TableSection) -> None:
        self.active = section


def _splitter(orientation: Qt.Orientation, widgets: list[QWidget], sizes: list[int]) -> QSplitter:
    splitter = QSplitter(orientation)
    for widget in widgets:
        splitter.addWidget(widget)
    splitter.setSizes(sizes)
    # side by side, a panel may be folded away so the window can get narrow
    splitter.setChildrenCollapsible(orientation == Qt.Orientation.Horizontal)
    if orientation == Qt.Orientation.Horizontal:
        splitter.setMinimumWidth(_MIN_TAB_WIDTH)
    return splitter


class DataEditors(QTabWidget):
    """Tabs for the time grid, rooms, instructors, groups, courses and constraint settings."""

    status_message = Signal(str)
    """Something for the status bar: a refused edit and why, what a paste did."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self.models: dict[str, object] = {}
        self.sections: dict[str, TableSection] = {}
        self.availability: dict[str, AvailabilityEditor] = {}
        self._tabs: dict[str, EditorTab] = {}

        self._add_time_grid_tab()
        self._add_entity_tab("room", translate("DataEditors", "Rooms"), RoomTableModel)
        self._add_entity_tab("instructor", translate("DataEditors", "Instructors"), InstructorTableModel)
        self._add_entity_tab("group", translate("DataEditors", "Groups"), GroupTableModel, SubgroupTableModel,
                             translate("DataEditors", "Subgroups"))
        self._add_entity_tab("course", translate("DataEditors", "Courses"), CourseTableModel, ComponentTableModel,
                             translate("DataEditors", "Components"))
        self._add_settings_tab()
        self._add_rules_tab()
        self._make_actions()
        self.status_message.connect(self._on_status_message)
        self.currentChanged.connect(self._update_actions)
        self._update_actions()

    # -- tabs --------------------------------------------------------------------
    def _section(self, key: str, model, title: str = "", **options) -> TableSection:
        section = TableSection(model, title, **options)
        section.message.connect(self.status_message)
        self.models[key] = model
        self.sections[key] = section
        return section

    def _availability(self, key: str) -> AvailabilityEditor:
        editor = AvailabilityEditor(self._document)
        editor.message.connect(self.status_message)
        self.availability[key] = editor
        return editor

    def _add_tab(self, tab: EditorTab, content: QWidget, title: str) -> None:
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(content)
        self._tabs[tab.kind] = tab
        self.addTab(tab, title)

    def _add_time_grid_tab(self) -> None:
        days = self._section("day", DaysTableModel(self._document), translate("DataEditors", "Days"),
                             searchable=False)
        periods = self._section("time_grid", TimeGridModel(self._document), translate("DataEditors", "Periods"),
                                searchable=False)
        closed = self._availability("time_grid")
        closed.set_target("time_grid", None)
        self.week_cycle = WeekCycleEditor(self._document)
        self.week_cycle.message.connect(self.status_message)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.week_cycle)
        column.addWidget(_splitter(Qt.Orientation.Horizontal, [days, periods, closed], [160, 480, 420]), 1)
        self._add_tab(EditorTab("time_grid", [periods, days]), content, translate("DataEditors", "Time grid"))

    def _add_entity_tab(self, kind: str, title: str, model_class, child_class=None, child_title: str = "") -> None:
        main = self._section(kind, model_class(self._document))
        availability = self._availability(kind)
        sections = [main]
        left: QWidget = main
        if child_class is not None:
            child = self._section(f"{kind}_detail", child_class(self._document), child_title, searchable=False)
            sections.append(child)
            left = _splitter(Qt.Orientation.Vertical, [main, child], [420, 180])
            main.current_id_changed.connect(child.model.set_parent_id)
            child.model.set_parent_id(main.current_id() or None)
        main.current_id_changed.connect(lambda entity_id, k=kind, a=availability: a.set_target(k, entity_id))
        availability.set_target(kind, main.current_id() or None)
        content = _splitter(Qt.Orientation.Horizontal, [left, availability], [840, 340])
        self._add_tab(EditorTab(kind, sections), content, title)

    def _add_settings_tab(self) -> None:
        model = ConstraintSettingsModel(self._document)
        section = self._section("settings", model, translate("DataEditors", "Soft constraints"), row_buttons=False)
        self.settings_form = SettingsForm(self._document)
        self.capacity_hard = self.settings_form.capacity_hard
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.settings_form)
        layout.addWidget(section, 1)
        self._add_tab(EditorTab("settings", [section]), content, translate("DataEditors", "Constraints"))

    def _add_rules_tab(self) -> None:
        section = self._section("rule", RuleTableModel(self._document))
        self.rules_page = RulesPage(section)
        self._add_tab(EditorTab("rule", [section]), self.rules_page, translate("DataEditors", "Rules"))

    # -- actions -------------------------------------------------------------------
    def _action(self, text: str, icon_name: str, shortcut, slot, tip: str) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.add_action = self._action(translate("DataEditors", "&Add Row"), "add-row", "Ctrl+Shift+N",
                                       lambda: self.active_section().add(),
                                       translate("DataEditors", "Add a row to the table"))
        self.duplicate_action = self._action(translate("DataEditors", "Dup&licate Rows"),
                                             "duplicate-row", "Ctrl+D",
                                             lambda: self.active_section().duplicate(),
                                             translate("DataEditors", "Duplicate the selected rows under new ids"))
        self.delete_action = self._action(translate("DataEditors", "&Delete Rows"), "delete-row", "Ctrl+Del",
                                          lambda: self.active_section().delete(),
                                          translate("DataEditors", "Delete the selected rows"))
        self.copy_action = self._action(translate("DataEditors", "&Copy Cells"), "", QKeySequence.StandardKey.Copy,
                                        lambda: self.active_section().copy(),
                                        translate("DataEditors", "Copy the selected cells as tab-separated text"))
        self.paste_action = self._action(translate("DataEditors", "&Paste Cells"), "", QKeySequence.StandardKey.Paste,
                                         lambda: self.active_section().paste(),
                                         translate("DataEditors", "Paste tab-separated text (from a spreadsheet) "
                                                                  "at the current cell"))

    def actions(self) -> list[QAction]:  # noqa: D401 - Qt name kept on purpose
        """Add, duplicate and delete rows, copy and paste cells (for the Edit menu and toolbar)."""
        return [self.add_action, self.duplicate_action, self.delete_action, self.copy_action, self.paste_action]

    def active_section(self) -> TableSection:
        tab = self.currentWidget()
        return tab.active if isinstance(tab, EditorTab) else self.sections["room"]

    def _update_actions(self, *_args) -> None:
        editable_rows = self.currentWidget() is not self._tabs.get("settings")
        for action in (self.add_action, self.duplicate_action, self.delete_action):
            action.setEnabled(editable_rows)

    def _on_status_message(self, text: str) -> None:
        """Show the message in the window's status bar too, when there is one."""
        status_bar = getattr(self.window(), "statusBar", None)
        if callable(status_bar) and self.window() is not self:
            status_bar().showMessage(text, 8000)

    # -- navigation ------------------------------------------------------------------
    def select_entity(self, kind: str, entity_id: str, field: str = "") -> bool:
        """Show the tab of ``kind`` and select the row (and column of ``field``) of the entity.

        Understands the fields diagnostics name: ``components.practical.blocks``
        on a course also selects the component, ``weights.<constraint>`` on the
        settings selects that constraint, a subgroup id selects it under its group.
        """
        if kind not in self._tabs:
            return False
        tab = self._tabs[kind]
        self.setCurrentWidget(tab)
        if kind == "time_grid":
            return self._select_in_time_grid(tab, entity_id, field)
        if kind == "settings":
            if field.startswith("weights."):
                entity_id, field = field.split(".", 1)[1], "weight"
            if not entity_id:
                form = self.settings_form
                target = (form.capacity_hard if "capacity" in field
                          else form.time_zone if field == "time_zone" else form.first_period)
                target.setFocus()
                return True
        section = self.sections[kind]
        if kind == "group" and section.model.row_of_id(entity_id) < 0:
            parent = next((g for g in self._document.problem.groups
                           if any(s.id == entity_id for s in g.subgroups)), None)
            if parent is not None and section.select_id(parent.id):
                return self._select_detail(tab, "group", parent.id, entity_id, field)
        if kind == "course" and field.startswith("components."):
            parts = field.split(".")
            session_type = parts[1] if len(parts) > 1 else ""
            detail_field = parts[2] if len(parts) > 2 else ""
            main_field = session_type if detail_field in ("", "periods_per_week") else detail_field
            if section.select_id(entity_id, main_field):
                return self._select_detail(tab, "course", entity_id, session_type, detail_field)
        tab.active = section
        found = section.select_id(entity_id, field)
        if found:
            section.view.setFocus()
        return found

    def _select_detail(self, tab: EditorTab, kind: str, parent_id: str, child_id: str, field: str) -> bool:
        detail = self.sections[f"{kind}_detail"]
        detail.model.set_parent_id(parent_id)
        tab.active = detail
        found = detail.select_id(child_id, field)
        if found:
            detail.view.setFocus()
        return found

    def _select_in_time_grid(self, tab: EditorTab, entity_id: str, field: str) -> bool:
        days, periods = self.sections["day"], self.sections["time_grid"]
        grid = self._document.problem.time_grid
        if entity_id in grid.days or (not entity_id and field == "days"):
            tab.active = days
            found = days.select_id(entity_id or grid.days[0], "") if grid.days else False
            days.view.setFocus()
            return found
        tab.active = periods
        if not entity_id:
            entity_id = grid.periods[0].name if grid.periods else ""
        found = periods.select_id(entity_id, field)
        periods.view.setFocus()
        return found
