"""The bundled icons and application metadata are complete and well formed."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
TOOLBAR_ICONS = (
    "new", "open", "save", "save-as", "undo", "redo", "import", "export", "print", "solve", "stop",
    "pin", "unpin", "add-row", "duplicate-row", "delete-row", "diagnostics", "settings", "timetable",
    "data", "runs", "about", "zoom-in", "zoom-out", "warning", "error", "info",
)


@pytest.mark.parametrize("name", TOOLBAR_ICONS)
def test_toolbar_icon_is_a_24_px_svg_that_qt_renders(name: str):
    from PySide6.QtSvg import QSvgRenderer

    path = ICONS / f"{name}.svg"
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 24 24"
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == 24


def test_app_icon_files(qapp):
    from PySide6.QtGui import QImage

    image = QImage(str(ICONS / "app.png"))
    assert (image.width(), image.height()) == (256, 256)
    assert image.hasAlphaChannel()
    assert (ICONS / "app.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "app.icns").read_bytes()[:4] == b"icns"
    ico_frames = int.from_bytes((ICONS / "app.ico").read_bytes()[4:6], "little")
    assert ico_frames >= 5


def test_app_metadata(repo_root: Path):
    info = json.loads((repo_root / "resources" / "app.json").read_text(encoding="utf-8"))
    assert info["name"] == "Schedule Engine"
    assert info["bundle_id"] == "org.scheduleengine.app"
    assert info["project_suffix"] == ".sched"
    assert info["organization"] and info["homepage"].startswith("https://")
