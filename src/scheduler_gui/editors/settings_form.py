"""The settings that are not per-constraint weights: hard room capacity, the weight
profile, the preferred teaching hours and the preferred practical block lengths.

Each change is one undo step through :func:`schedule_engine.edits.set_settings`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from schedule_engine import edits
from schedule_engine.errors import InvalidInputError
from schedule_engine.model import Settings
from scheduler_gui.editors.columns import as_blocks
from scheduler_gui.editors.commands import EditProblemCommand
from scheduler_gui.editors.table_model import error_text
from scheduler_gui.export.time_zone import system_zone, zone_names
from scheduler_gui.i18n import translate

PROFILES = (("general", QT_TRANSLATE_NOOP("SettingsForm", "General (every soft constraint has its usual weight)")),
            ("itc2007", QT_TRANSLATE_NOOP("SettingsForm", "ITC-2007 (only the four competition penalties)")))


class SettingsForm(QWidget):
    """Editors for the problem's non-weight settings."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._updating = False
        self.capacity_hard = QCheckBox(translate("SettingsForm", "Room capacity is a hard constraint"), self)
        self.capacity_hard.setToolTip(translate(
            "SettingsForm", "When checked, no session may go to a room with fewer seats than attendees; "
                            "otherwise each missing seat costs the weight of Room capacity overflow."))
        self.profile = QComboBox(self)
        for key, text in PROFILES:
            self.profile.addItem(translate("SettingsForm", text), key)
        self.profile.setToolTip(translate("SettingsForm", "Which default weights fill in the weights you have not set"))
        self.first_period = QComboBox(self)
        self.last_period = QComboBox(self)
        self.first_period.setToolTip(translate("SettingsForm", "Teaching before this period counts against "
                                                               "Outside preferred hours"))
        self.last_period.setToolTip(translate("SettingsForm", "Teaching after this period counts against "
                                                              "Outside preferred hours"))
        self.block_lengths = QLineEdit(self)
        self.block_lengths.setPlaceholderText(translate("SettingsForm", "any length"))
        self.block_lengths.setToolTip(translate("SettingsForm", "Practical block lengths that are preferred, "
                                                                "e.g. 2+3; empty: any"))
        self.time_zone = QComboBox(self)
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItem(translate("SettingsForm", "System time zone ({zone})").format(zone=system_zone()), "")
        for name in zone_names():
            self.time_zone.addItem(name, name)
        self.time_zone.setToolTip(translate("SettingsForm", "The institution's time zone: calendar events carry it "
                                            "(TZID) and each calendar file describes it (VTIMEZONE)"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        hours = QHBoxLayout()
        hours.setContentsMargins(0, 0, 0, 0)
        hours.addWidget(self.first_period)
        hours.addWidget(QLabel(translate("SettingsForm", "to"), self))
        hours.addWidget(self.last_period)
        hours.addStretch(1)
        self.block_lengths.setMaximumWidth(160)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        layout.addRow(self.capacity_hard)
        layout.addRow(translate("SettingsForm", "Weight profile:"), self.profile)
        layout.addRow(translate("SettingsForm", "Preferred hours:"), hours)
        layout.addRow(translate("SettingsForm", "Preferred practical blocks:"), self.block_lengths)
        layout.addRow(translate("SettingsForm", "Time zone:"), self.time_zone)
        layout.addRow(self.error)

        self.capacity_hard.toggled.connect(self._on_capacity_hard_toggled)
        self.profile.currentIndexChanged.connect(self._on_profile_changed)
        self.first_period.currentIndexChanged.connect(self._on_hours_changed)
        self.last_period.currentIndexChanged.connect(self._on_hours_changed)
        self.block_lengths.editingFinished.connect(self._on_block_lengths_edited)
        self.time_zone.activated.connect(self._on_time_zone_changed)
        self.time_zone.lineEdit().editingFinished.connect(self._on_time_zone_changed)
        document.problem_changed.connect(self._update_form)
        self._update_form()

    # -- from the document -----------------------------------------------------
    def _update_form(self) -> None:
        problem = self._document.problem
        settings = problem.settings
        self._updating = True
        try:
            self.capacity_hard.setChecked(settings.room_capacity_hard)
            index = self.profile.findData(settings.profile)
            self.profile.setCurrentIndex(max(index, 0))
            labels = [f"{p.name} ({p.start}\u2013{p.end})" for p in problem.time_grid.periods]
            for combo in (self.first_period, self.last_period):
                if [combo.itemText(i) for i in range(combo.count())] != labels:
                    combo.clear()
                    combo.addItems(labels)
            self.first_period.setCurrentIndex(min(settings.preferred_first_period, len(labels) - 1))
            last = settings.preferred_last_period
            self.last_period.setCurrentIndex(len(labels) - 1 if last is None else min(last, len(labels) - 1))
            self.block_lengths.setText("+".join(str(b) for b in settings.preferred_block_lengths))
            index = self.time_zone.findData(settings.time_zone)
            if index >= 0:
                self.time_zone.setCurrentIndex(index)
            else:
                self.time_zone.setEditText(settings.time_zone)
        finally:
            self._updating = False

    # -- to the document -------------------------------------------------------
    def _push(self, settings: Settings, text: str) -> bool:
        before = self._document.problem
        try:
            after = edits.set_settings(before, settings)
        except InvalidInputError as error:
            self._show(error_text(error))
            self._update_form()
            return False
        self._show("")
        if after != before:
            self._document.push(EditProblemCommand(self._document, before, after, text))
        return True

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _on_capacity_hard_toggled(self, hard: bool) -> None:
        if not self._updating:
            settings = self._document.problem.settings
            text = (translate("SettingsForm", "Room capacity hard") if hard
                    else translate("SettingsForm", "Room capacity soft"))
            self._push(replace(settings, room_capacity_hard=hard), text)

    def _on_profile_changed(self, _index: int) -> None:
        if not self._updating:
            settings = self._document.problem.settings
            self._push(replace(settings, profile=self.profile.currentData()), translate("SettingsForm", "Change the weight profile"))

    def _on_hours_changed(self, _index: int) -> None:
        if self._updating:
            return
        first, last = self.first_period.currentIndex(), self.last_period.currentIndex()
        if first < 0 or last < 0:
            return
        if last < first:
            self._show("The preferred hours must end after they start.")
            self._update_form()
            return
        n = self._document.problem.time_grid.n_periods
        settings = replace(self._document.problem.settings, preferred_first_period=first,
                           preferred_last_period=None if last == n - 1 else last)
        self._push(settings, translate("SettingsForm", "Change the preferred hours"))

    def _on_block_lengths_edited(self) -> None:
        if self._updating:
            return
        try:
            lengths = as_blocks(self.block_lengths.text(), "A block length")
        except ValueError as error:
            self._show(str(error))
            return
        settings = replace(self._document.problem.settings, preferred_block_lengths=tuple(sorted(set(lengths))))
        self._push(settings, translate("SettingsForm", "Change the preferred block lengths"))

    def _on_time_zone_changed(self, _index: int = -1) -> None:
        """An IANA name (typed or picked) or the system entry; anything else is refused."""
        if self._updating:
            return
        text = self.time_zone.currentText().strip()
        index = self.time_zone.findText(text)
        zone = str(self.time_zone.itemData(index) or "") if index >= 0 else text
        if zone and zone not in zone_names():
            self._show(translate("SettingsForm", "\u201c{zone}\u201d is not a known time zone (e.g. Europe/Madrid).")
                       .format(zone=zone))
            self._update_form()
            return
        settings = replace(self._document.problem.settings, time_zone=zone)
        self._push(settings, translate("SettingsForm", "Change the time zone"))
