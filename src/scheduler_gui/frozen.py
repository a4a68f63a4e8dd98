"""Set-up of the frozen (PyInstaller) application, before anything heavy is imported.

The bundle's entry point (``build_specs/launcher.py``) calls
:func:`prepare_frozen_environment` right after ``multiprocessing.freeze_support()``.
It puts numba's compiled-kernel cache in the user's cache folder (the bundle
itself may be read-only), and gives a windowed build on Windows, which starts
without a console, writable standard streams.  Resource files are found by
:mod:`scheduler_gui.resources` both in a checkout and in the bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import MutableMapping

CACHE_FOLDER_NAME = "Schedule Engine"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def user_cache_dir(environ: MutableMapping[str, str] | None = None,
                   platform: str | None = None) -> Path:
    """The per-user cache folder of the application on this operating system."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    home = Path(environ.get("HOME") or environ.get("USERPROFILE") or Path.home())
    if platform.startswith("win"):
        base = environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / CACHE_FOLDER_NAME / "Cache"
    if platform == "darwin":
        return home / "Library" / "Caches" / CACHE_FOLDER_NAME
    base = environ.get("XDG_CACHE_HOME") or str(home / ".cache")
    return Path(base) / "schedule-engine"


def numba_cache_dir(environ: MutableMapping[str, str] | None = None,
                    platform: str | None = None) -> Path:
    return user_cache_dir(environ, platform) / "numba"


def prepare_frozen_environment(environ: MutableMapping[str, str] | None = None,
                               force: bool = False) -> None:
    """Point numba's cache at the user cache folder (unless the user chose one)
    and replace missing standard streams.  Does nothing outside a bundle unless
    ``force`` is true.  Child processes inherit the environment, so the solver's
    worker processes use the same cache."""
    if not (force or is_frozen()):
        return
    environ = os.environ if environ is None else environ
    if not environ.get("NUMBA_CACHE_DIR"):
        folder = numba_cache_dir(environ)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # numba then compiles in memory on every start: slower, still correct
        environ["NUMBA_CACHE_DIR"] = str(folder)
    _ensure_standard_streams()


def _ensure_standard_streams() -> None:
    """A windowed Windows build has no console: sys.stdout/stderr are None."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
