"""Render the application icon from ``resources/icons/app.svg`` into the raster
files that platforms and installers want: ``app.png`` (256 px), ``app.ico``
(Windows, 16 to 256 px) and ``app.icns`` (macOS, 16 to 1024 px).

Qt's SVG renderer draws each size; Pillow packs the ICO and ICNS containers.
Pillow is a tool dependency only, so run it with uv's temporary overlay::

    uv run --with "pillow>=10" python tools/make_icons.py

The generated files are committed; run this again after editing ``app.svg``.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024
PNG_SIZE = 256


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at ``size`` x ``size`` pixels, as an RGBA Pillow image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)
    source = ICONS_DIR / "app.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        print(f"{source}: not a valid SVG file", file=sys.stderr)
        return 1

    render(renderer, PNG_SIZE).save(ICONS_DIR / "app.png", optimize=True)

    frames = [render(renderer, size) for size in ICO_SIZES]
    frames[-1].save(ICONS_DIR / "app.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                    append_images=frames[:-1])

    large = render(renderer, ICNS_SIZE)
    smaller = [render(renderer, size) for size in (16, 32, 64, 128, 256, 512)]
    large.save(ICONS_DIR / "app.icns", format="ICNS", append_images=smaller)

    for name in ("app.png", "app.ico", "app.icns"):
        print(f"wrote {ICONS_DIR / name} ({(ICONS_DIR / name).stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
