"""Application set-up: QApplication with name, organisation, style and palette."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from scheduler_gui.resources import app_info, icon


def configure_application_identity() -> None:
    """Name and organisation (they place QSettings and the app-data folder)."""
    info = app_info()
    QApplication.setApplicationName(info["name"])
    QApplication.setOrganizationName(info["organization"])
    QApplication.setOrganizationDomain(info["domain"])
    from scheduler_gui.help_actions import app_version

    QApplication.setApplicationVersion(app_version())


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    configure_application_identity()
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setStyle(QStyleFactory.create("Fusion"))
    apply_system_palette(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_system_palette(app))
    app.setWindowIcon(icon("app"))
    from scheduler_gui.i18n.install import install_language

    install_language(app)
    from scheduler_gui.gui_collector import collect_on_gui_thread

    collect_on_gui_thread()
    return app


def apply_system_palette(app: QApplication) -> None:
    """Follow the system's light or dark colour scheme with Fusion's palette."""
    if app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2b2b", role.WindowText: "#e6e6e6", role.Base: "#1f1f1f",
        role.AlternateBase: "#2a2a2a", role.ToolTipBase: "#3a3a3a", role.ToolTipText: "#e6e6e6",
        role.Text: "#e6e6e6", role.Button: "#353535", role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b", role.Link: "#6aa9ff", role.Highlight: "#2f65ca",
        role.HighlightedText: "#ffffff", role.PlaceholderText: "#8a8a8a",
    }
    from PySide6.QtGui import QColor

    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7a7a7a"))
    return palette
