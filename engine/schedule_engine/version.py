"""The engine's version, as installed (falls back to the source tree's)."""

from __future__ import annotations

from importlib import metadata

try:
    ENGINE_VERSION = metadata.version("schedule-engine")
except metadata.PackageNotFoundError:  # running from an uninstalled source tree or a frozen app
    ENGINE_VERSION = "0.1.0"
