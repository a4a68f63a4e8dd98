"""The one place that presents errors to the user.

``show_error`` turns an exception into a readable dialog: the engine's
``InvalidInputError`` becomes a table of every problem found (where, what,
which field); expected failures (unreadable files, engine errors) show their
message; anything unexpected gets a short apology with the traceback folded
away under "Details".  A raw traceback is never the main message.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from schedule_engine.errors import Diagnostic, InvalidInputError, ScheduleEngineError
from scheduler_gui.i18n import translate

log = logging.getLogger(__name__)

DIAGNOSTIC_COLUMNS = (QT_TRANSLATE_NOOP("ErrorDialog", "Severity"), QT_TRANSLATE_NOOP("ErrorDialog", "Where"),
                      QT_TRANSLATE_NOOP("ErrorDialog", "Item"), QT_TRANSLATE_NOOP("ErrorDialog", "Field"),
                      QT_TRANSLATE_NOOP("ErrorDialog", "Problem"))
SEVERITIES = {"error": QT_TRANSLATE_NOOP("ErrorDialog", "Error"), "warning": QT_TRANSLATE_NOOP("ErrorDialog", "Warning")}
MAX_SHOWN_DIAGNOSTICS = 2000


def expected_error_types() -> tuple[type[BaseException], ...]:
    """Errors whose message is written for the user (no traceback needed)."""
    return (ScheduleEngineError, OSError)


def summary_of(error: BaseException) -> str:
    """One or two plain sentences about ``error`` for the dialog's main text."""
    if isinstance(error, InvalidInputError) and len(error.diagnostics) == 1:
        only = error.diagnostics[0]
        where = ", ".join(p for p in (only.location, only.entity, only.field) if p)
        return f"{only.message} ({where})" if where else only.message
    if isinstance(error, InvalidInputError):
        errors = [d for d in error.diagnostics if d.severity == "error"]
        count = len(errors) or len(error.diagnostics)
        return translate("ErrorDialog", "The data could not be used: %n problems found.", "", count)
    if isinstance(error, FileNotFoundError):
        return translate("ErrorDialog", "The file was not found: {file}").format(file=error.filename or error)
    if isinstance(error, PermissionError):
        return translate("ErrorDialog", "Permission denied: {file}").format(file=error.filename or error)
    if isinstance(error, expected_error_types()):
        return str(error) or type(error).__name__
    return translate("ErrorDialog", "Something went wrong that the application did not expect. "
                                    "({error})").format(
        error=f"{type(error).__name__}: {_first_line(str(error))}")


def traceback_text(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def _first_line(text: str, limit: int = 200) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class ErrorDialog(QDialog):
    """A readable error: summary, the list of input problems, folded details."""

    def __init__(self, title: str, error: BaseException, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.error = error
        self.summary = summary_of(error)
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        icon_label = QLabel()
        only_warnings = isinstance(error, InvalidInputError) and not any(
            d.severity == "error" for d in error.diagnostics)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning if only_warnings
                                         else QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon_label.setPixmap(icon.pixmap(40, 40))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addWidget(icon_label)
        self.message_label = message = QLabel()
        self.set_summary(self.summary)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(message, 1)
        layout.addLayout(head)

        self.diagnostics_table: QTableWidget | None = None
        if isinstance(error, InvalidInputError) and len(error.diagnostics) > 1:
            self.diagnostics_table = _diagnostics_table(error.diagnostics)
            layout.addWidget(self.diagnostics_table, 1)
            self.resize(820, 420)
        else:
            self.resize(520, 160)

        self.details = QPlainTextEdit(self._details_text())
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(180)
        layout.addWidget(self.details, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.details_button = QPushButton(translate("ErrorDialog", "Details…"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.details.setVisible)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def set_summary(self, summary: str) -> None:
        self.summary = summary
        self.message_label.setText(f"<b>{_html(self.windowTitle())}</b><br>{_html(summary)}")

    def _details_text(self) -> str:
        if isinstance(self.error, InvalidInputError):
            return "\n".join(str(d) for d in self.error.diagnostics)
        if isinstance(self.error, expected_error_types()):
            return f"{type(self.error).__name__}: {self.error}"
        return traceback_text(self.error)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _diagnostics_table(diagnostics: list[Diagnostic]) -> QTableWidget:
    shown = diagnostics[:MAX_SHOWN_DIAGNOSTICS]
    table = QTableWidget(len(shown), len(DIAGNOSTIC_COLUMNS))
    table.setHorizontalHeaderLabels([translate("ErrorDialog", title) for title in DIAGNOSTIC_COLUMNS])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    for row, diag in enumerate(shown):
        severity = translate("ErrorDialog", SEVERITIES[diag.severity]) if diag.severity in SEVERITIES \
            else diag.severity.capitalize()
        values = (severity, diag.location, diag.entity, diag.field, diag.message)
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(row, col, item)
    header = table.horizontalHeader()
    for col in range(len(DIAGNOSTIC_COLUMNS) - 1):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(DIAGNOSTIC_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return table


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """Present ``error`` to the user in a modal dialog."""
    if not isinstance(error, expected_error_types()):
        log.error("%s", title, exc_info=(type(error), error, error.__traceback__))
    else:
        log.info("%s: %s", title, error)
    ErrorDialog(title, error, parent).exec()


def show_warnings(parent: QWidget | None, title: str, diagnostics: list[Diagnostic]) -> None:
    """List warnings (e.g. from an import that succeeded) in the same readable form."""
    dialog = ErrorDialog(title, InvalidInputError(diagnostics), parent)
    dialog.set_summary(translate("ErrorDialog", "%n warnings: the data was read, but check these points.",
                                 "", len(diagnostics)))
    dialog.exec()


def install_excepthook() -> None:
    """Route uncaught exceptions (e.g. from slots) to :func:`show_error`."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            previous(kind, error, tb)
            return
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        try:
            show_error(QApplication.activeWindow(), translate("ErrorDialog", "Unexpected error"), error)
        except Exception:  # noqa: BLE001 - never recurse into the hook
            previous(kind, error, tb)

    sys.excepthook = hook
