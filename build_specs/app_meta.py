"""What the build scripts need to know about the application, read from the
repository: name and version (``pyproject.toml``), bundle id and project file
suffix (``resources/app.json``), and where each platform's bundle lands."""

from __future__ import annotations

import json
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
BUILD_DIR = REPO_ROOT / "build"
DIST_DIR = BUILD_DIR / "dist"
WORK_DIR = BUILD_DIR / "work"
INSTALLERS_DIR = BUILD_DIR / "installers"
EXECUTABLE_NAME = "ScheduleEngine"
"""The executable and the onedir folder (no spaces, so scripts stay simple)."""


@dataclass(frozen=True)
class AppMeta:
    display_name: str
    version: str
    description: str
    bundle_id: str
    project_suffix: str
    organization: str
    homepage: str

    @property
    def project_extension(self) -> str:
        """The project file extension without its dot (``sched``)."""
        return self.project_suffix.lstrip(".")


def read_app_meta(root: Path = REPO_ROOT) -> AppMeta:
    project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]
    info = json.loads((root / "resources" / "app.json").read_text("utf-8"))
    return AppMeta(
        display_name=info["name"],
        version=project["version"],
        description=project.get("description", ""),
        bundle_id=info["bundle_id"],
        project_suffix=info["project_suffix"],
        organization=info.get("organization", info["name"]),
        homepage=info.get("homepage", ""),
    )


def bundle_path(meta: AppMeta, platform: str | None = None, dist: Path = DIST_DIR) -> Path:
    """The built application: the ``.app`` on macOS, the onedir folder elsewhere."""
    platform = sys.platform if platform is None else platform
    if platform == "darwin":
        return dist / f"{meta.display_name}.app"
    return dist / EXECUTABLE_NAME


def executable_path(meta: AppMeta, platform: str | None = None, dist: Path = DIST_DIR) -> Path:
    platform = sys.platform if platform is None else platform
    bundle = bundle_path(meta, platform, dist)
    if platform == "darwin":
        return bundle / "Contents" / "MacOS" / EXECUTABLE_NAME
    if platform.startswith("win"):
        return bundle / f"{EXECUTABLE_NAME}.exe"
    return bundle / EXECUTABLE_NAME
