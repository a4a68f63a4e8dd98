"""Write the user guide as HTML (run by the installer build).

    python tools/make_user_guide.py OUT.html

Reads docs/USER_GUIDE.md; the pictures stay relative (``images/…``), so the
page goes beside the bundled ``docs/images`` folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from scheduler_gui.user_guide import write_guide_html  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts for the conversion
    out = write_guide_html(ROOT / "docs" / "USER_GUIDE.md", Path(argv[0]))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
