"""The Rules page: the rules table and, beside it, what the current rule's type means.

The table (a :class:`TableSection` over :class:`RuleTableModel`) lists every rule; its filter box
finds rules by type, entity or comment, its headers sort.  The panel beside it shows the type's
description, its parameters and whom it may apply to, so that a cell can be filled in without
the manual.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from schedule_engine import RULE_TYPES
from scheduler_gui.editors.columns import yes_no
from scheduler_gui.editors.rule_dialog import RuleDialog
from scheduler_gui.editors.table_section import TableSection
from scheduler_gui.i18n import translate
from scheduler_gui.i18n.engine_words import (
    engine_rule_param_description, engine_rule_type_description, engine_rule_type_name,
)

_KIND_WORDS = {"instructors": QT_TRANSLATE_NOOP("RulesPage", "instructors"),
               "groups": QT_TRANSLATE_NOOP("RulesPage", "groups or subgroups"),
               "sessions": QT_TRANSLATE_NOOP("RulesPage", "lessons (sessions, courses, components or tags)"),
               "rooms": QT_TRANSLATE_NOOP("RulesPage", "rooms")}


def _default_text(value: object) -> str:
    """A default as the parameters cell writes it (a flag: yes or no, in the window's language)."""
    return yes_no(value) if isinstance(value, bool) else str(value)


def type_help(type_id: str) -> str:
    """Rich text describing one rule type in the window's language (empty for an unknown type);
    parameter names stay as they are written in the cells."""
    spec = RULE_TYPES.get(type_id)
    if spec is None:
        return ""
    params = "".join(f"<li><code>{escape(p.name)}</code>: {escape(engine_rule_param_description(type_id, p.name))}"
                     + (f" ({translate('RulesPage', 'default')} {escape(_default_text(p.default))})"
                        if p.default is not None else "") + "</li>" for p in spec.params)
    kinds = ", ".join(translate("RulesPage", _KIND_WORDS[k]) if k in _KIND_WORDS else k for k in spec.kinds)
    return (f"<h3>{escape(engine_rule_type_name(type_id))}</h3><p>{escape(engine_rule_type_description(type_id))}</p>"
            f"<p><b>{translate('RulesPage', 'Applies to')}:</b> {escape(kinds)}</p>"
            f"<p><b>{translate('RulesPage', 'Parameters')}:</b></p>"
            + (f"<ul>{params}</ul>" if params else f"<p>{translate('RulesPage', 'none')}</p>"))


class RulesPage(QWidget):
    """The rules table with the description of the current rule's type, and the buttons that
    open the rule dialog (a double click on a rule's type opens it too)."""

    def __init__(self, section: TableSection, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setMinimumWidth(220)
        self.dialog: RuleDialog | None = None
        self.add_rule_button = QPushButton(translate("RulesPage", "Add rule\u2026"), self)
        self.add_rule_button.setToolTip(translate("RulesPage", "Add a rule with a form of its parameters"))
        self.add_rule_button.clicked.connect(self.add_rule)
        self.edit_rule_button = QPushButton(translate("RulesPage", "Edit rule\u2026"), self)
        self.edit_rule_button.setToolTip(translate("RulesPage", "Edit the current rule in a form"))
        self.edit_rule_button.clicked.connect(self.edit_rule)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_rule_button)
        buttons.addWidget(self.edit_rule_button)
        buttons.addStretch(1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.help)
        side_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(section)
        splitter.addWidget(side)
        splitter.setSizes([860, 300])
        splitter.setChildrenCollapsible(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        section.current_id_changed.connect(self._update_help)
        section.model.dataChanged.connect(self._update_help)
        section.model.modelReset.connect(self._update_help)
        section.view.viewport().installEventFilter(self)
        self._update_help()

    # -- the rule dialog -------------------------------------------------------------
    def open_dialog(self, row: int | None) -> RuleDialog:
        """Open the rule dialog (window-modal) on the rule of ``row``, or on a new rule."""
        self.dialog = RuleDialog(self.section.model, row, self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()
        return self.dialog

    def add_rule(self) -> RuleDialog:
        return self.open_dialog(None)

    def edit_rule(self) -> RuleDialog | None:
        row = self.section.model.row_of_id(self.section.current_id())
        if row < 0:
            self.section._show(translate("RulesPage", "Choose the rule to edit in the table."))
            return None
        return self.open_dialog(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A double click on a rule's type opens the dialog instead of the cell's editor."""
        if watched is self.section.view.viewport() and event.type() == QEvent.Type.MouseButtonDblClick:
            index = self.section.proxy.mapToSource(self.section.view.indexAt(event.position().toPoint()))
            if index.isValid() and index.column() == self.section.model.column_of_key("type"):
                self.open_dialog(index.row())
                return True
        return super().eventFilter(watched, event)

    def _on_dialog_accepted(self) -> None:
        dialog = self.sender()
        if isinstance(dialog, RuleDialog):
            row = self.section.model.row_of_id(dialog.id_edit.text().strip())
            if row >= 0:
                self.section.select_rows([row])

    def _update_help(self, *_args) -> None:
        row = self.section.model.row_of_id(self.section.current_id())
        if row < 0:
            self.help.setText(translate("RulesPage", "Add a rule with the + button; each row is one rule "
                                        "of the problem. Choose its type, whom it applies to and its "
                                        "parameters in the cells."))
            return
        self.help.setText(type_help(self.section.model.row_object(row).type))
