"""Help > User Guide: the guide as an HTML page the system's browser opens.

Installers carry ``docs/USER_GUIDE.html``, made from ``docs/USER_GUIDE.md`` at
build time (``tools/make_user_guide.py``, Qt's Markdown reader) beside the
guide's pictures.  A checkout without the HTML converts the Markdown on first
use into the application's cache folder, pointing the pictures back to
``docs/images``.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QTextDocument

from scheduler_gui.resources import resource_path

GUIDE_MARKDOWN = "USER_GUIDE.md"
GUIDE_HTML = "USER_GUIDE.html"
TITLE = "Schedule Engine user guide"


def markdown_to_html(markdown: str, title: str = TITLE, base: Path | None = None) -> str:
    """A complete HTML page of the Markdown text; ``base``: the folder relative
    picture paths are read from."""
    document = QTextDocument()
    document.setMarkdown(markdown)
    page = document.toHtml()
    head = f"<title>{html.escape(title)}</title>"
    if base is not None:
        head += f'<base href="{QUrl.fromLocalFile(str(base) + os.sep).toString()}">'
    head += "<style>body { max-width: 52em; margin: 1.5em auto; padding: 0 1em; } img { max-width: 100%; }</style>"
    return page.replace("<head>", "<head>" + head, 1)


def write_guide_html(markdown_path: Path, html_path: Path, base: Path | None = None) -> Path:
    html_path.parent.mkdir(parents=True, exist_ok=True)
    text = markdown_path.read_text(encoding="utf-8")
    html_path.write_text(markdown_to_html(text, base=base), encoding="utf-8")
    return html_path


def _docs_folders() -> list[Path]:
    """Where the guide may be: the bundle's or the checkout's docs folder."""
    return [resource_path("docs"), resource_path("..", "docs").resolve()]


def find_user_guide(cache: Path | None = None) -> Path | None:
    """The guide's HTML page (converted into ``cache`` when only the Markdown
    is there), or None when the installation has no guide."""
    folders = [f for f in _docs_folders() if f.is_dir()]
    for folder in folders:
        if (folder / GUIDE_HTML).is_file():
            return folder / GUIDE_HTML
    for folder in folders:
        markdown = folder / GUIDE_MARKDOWN
        if markdown.is_file():
            if cache is None:
                location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
                cache = Path(location or Path.home() / ".cache" / "schedule-engine")
            return write_guide_html(markdown, cache / GUIDE_HTML, base=folder)
    return None
