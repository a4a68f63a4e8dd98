"""Help > User Guide opens the guide as an HTML page (made from the Markdown,
pictures found); toolbar buttons show their text under the icons by default
and the View menu turns that off (kept in the settings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from scheduler_gui import settings
from scheduler_gui.main_window import MainWindow
from scheduler_gui.user_guide import find_user_guide, markdown_to_html
from shell_fixtures import isolated_settings, main_window  # noqa: F401


def test_markdown_becomes_an_html_page_with_title_headings_and_pictures(qapp, tmp_path: Path):
    page = markdown_to_html("# Guide\n\nSome *words*.\n\n![A picture](images/a.png)\n", base=tmp_path)
    assert "<title>Schedule Engine user guide</title>" in page
    assert "<h1" in page and "Guide" in page and "<img src=\"images/a.png\"" in page
    assert f'<base href="file://{tmp_path}/">' in page


def test_help_user_guide_opens_the_html_guide(main_window, monkeypatch, tmp_path: Path):  # noqa: F811
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr("scheduler_gui.user_guide.QStandardPaths.writableLocation", lambda _loc: str(tmp_path))
    main_window.user_guide_action.trigger()
    assert len(opened) == 1
    path = Path(opened[0].toLocalFile())
    assert path.suffix == ".html" and path.is_file()
    text = path.read_text(encoding="utf-8")
    assert "Schedule Engine user guide" in text and "<img src=\"images/main_window.png\"" in text
    base = Path(__file__).resolve().parents[2] / "docs"
    assert (base / "images" / "main_window.png").is_file()
    assert find_user_guide(tmp_path) == path


def test_toolbar_text_under_icons_is_on_at_first_start_and_remembered(qtbot, isolated_settings):  # noqa: F811
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    assert window.toolbar_text_action in window.view_menu.actions()
    window.toolbar_text_action.trigger()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert settings.get_setting("window/toolbar_text") is False
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert not again.toolbar_text_action.isChecked()
