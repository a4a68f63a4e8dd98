"""Every persistent setting of the application, declared once over QSettings.

Nothing else in the application calls ``QSettings()``: read and write through
:func:`get_setting` / :func:`set_setting` with a key declared in ``SETTINGS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT_FILES = 10


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    description: str


SETTINGS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("window/geometry", QByteArray, QByteArray(), "Main window position and size."),
        SettingSpec("window/state", QByteArray, QByteArray(), "Main window toolbars and docks."),
        SettingSpec("window/toolbar_text", bool, True, "Toolbar buttons show their text under the icon."),
        SettingSpec("view/language", str, "",
                    "The window's language (a locale name such as es or ar; empty: the system's). "
                    "Read at start."),
        SettingSpec("files/recent", list, [], "Recently opened project files, newest first."),
        SettingSpec("files/last_directory", str, "", "Folder last used in a file dialog."),
        SettingSpec("files/last_open", str, "",
                    "The project open when the window closed (reopened at the next start); "
                    "empty after File > Close or New."),
        SettingSpec("autosave/interval_seconds", int, 60, "Seconds between recovery copies."),
        SettingSpec("autosave/edit_delay_ms", int, 150,
                    "Milliseconds after an edit before the recovery copy is written."),
        SettingSpec("diagnostics/debounce_ms", int, 400, "Delay before data is validated again after a change."),
        SettingSpec("solve/time_limit_seconds", int, 60, "Time limit of a new run."),
        SettingSpec("solve/effort", str, "balanced", "Effort of a new run (quick, balanced, thorough)."),
        SettingSpec("solve/cores", int, 1, "Islands (processor cores) of a new run."),
        SettingSpec("solve/leave_unplaced", bool, False,
                    "A run on data with shortfalls leaves what cannot fit unplaced."),
    )
}


def _settings() -> QSettings:
    return QSettings()


def get_setting(key: str) -> Any:
    spec = SETTINGS[key]
    value = _settings().value(key, spec.default)
    return _coerce(spec, value)


def set_setting(key: str, value: Any) -> None:
    spec = SETTINGS[key]
    _settings().setValue(key, _coerce(spec, value))


def reset_setting(key: str) -> None:
    _settings().remove(SETTINGS[key].key)


def _coerce(spec: SettingSpec, value: Any) -> Any:
    if value is None:
        return spec.default
    try:
        if spec.type is list:
            if isinstance(value, str):
                return [value] if value else []
            return [str(v) for v in value]
        if spec.type is bool:
            if isinstance(value, str):
                return value.lower() in ("1", "true", "yes")
            return bool(value)
        if spec.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value)
        return spec.type(value)
    except (TypeError, ValueError):
        return spec.default


# -- recent files ------------------------------------------------------------
def recent_files() -> list[Path]:
    return [Path(p) for p in get_setting("files/recent")]


def add_recent_file(path: Path) -> list[Path]:
    """Put ``path`` first in the recent files list (at most MAX_RECENT_FILES)."""
    path = Path(path).resolve()
    files = [p for p in recent_files() if p != path]
    files.insert(0, path)
    files = files[:MAX_RECENT_FILES]
    set_setting("files/recent", [str(p) for p in files])
    return files


def remove_recent_file(path: Path) -> list[Path]:
    path = Path(path).resolve()
    files = [p for p in recent_files() if p != path]
    set_setting("files/recent", [str(p) for p in files])
    return files


def last_directory() -> str:
    return get_setting("files/last_directory")


def remember_directory(path: Path) -> None:
    path = Path(path)
    set_setting("files/last_directory", str(path if path.is_dir() else path.parent))
