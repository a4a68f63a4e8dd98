"""Where the application's plain resource files are, in a checkout or a frozen build.

Resources live in the repository's top-level ``resources/`` folder; a
PyInstaller bundle carries the same folder at ``sys._MEIPASS/resources``.
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtCore import Qt

_ICON_SIZE = 32


def resources_dir() -> Path:
    """The folder that holds ``icons/``, ``demo/`` and ``app.json``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    # src/scheduler_gui/resources.py -> <repo>/resources
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def translations_dir() -> Path:
    """The compiled window translations (``scheduler_<lang>.qm``) and their ``.ts`` sources."""
    return resource_path("translations")


def demo_project_path() -> Path:
    """The bundled demo institution (an engine JSON document)."""
    return resource_path("demo", "demo_institution.json")


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (or .png); a blank icon when missing."""
    for suffix in (".svg", ".png"):
        path = resource_path("icons", name + suffix)
        if path.is_file():
            return QIcon(str(path))
    blank = QPixmap(_ICON_SIZE, _ICON_SIZE)
    blank.fill(Qt.GlobalColor.transparent)
    return QIcon(blank)


@lru_cache(maxsize=1)
def app_info() -> dict[str, str]:
    """Application name, organisation and domain from ``resources/app.json``."""
    info = {
        "name": "Schedule Engine",
        "organization": "Schedule Engine",
        "domain": "schedule-engine.org",
    }
    path = resource_path("app.json")
    try:
        info.update({k: str(v) for k, v in json.loads(path.read_text("utf-8")).items()})
    except (OSError, ValueError):
        pass
    return info
