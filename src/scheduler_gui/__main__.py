"""``scheduler-gui [PROJECT]``: start the desktop application.

``--export`` and ``--selftest`` are handed to ``scheduler_gui.cli_export`` and
``scheduler_gui.selftest`` (each parses its own options) when they are present.
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import sys
from pathlib import Path

DISPATCHED_OPTIONS = {"--export": "scheduler_gui.cli_export", "--selftest": "scheduler_gui.selftest"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scheduler-gui",
                                     description="Schedule Engine: build weekly course timetables.")
    parser.add_argument("project", nargs="?", type=Path,
                        help="a project file (.sched) to open, or data to import "
                             "(campus folder, .ctt, .json)")
    for option, module in DISPATCHED_OPTIONS.items():
        parser.add_argument(option, action="store_true",
                            help=f"handled by {module} (see its own --help)")
    return parser


def dispatch_module(argv: list[str]) -> str | None:
    """The module that handles ``argv`` instead of the window, if any."""
    for option, module in DISPATCHED_OPTIONS.items():
        if any(arg == option or arg.startswith(option + "=") for arg in argv):
            return module
    return None


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    module_name = dispatch_module(argv)
    if module_name is not None:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            print(f"scheduler-gui: {module_name.rsplit('.', 1)[1]} is not part of this build",
                  file=sys.stderr)
            return 2
        return int(module.main(argv) or 0)
    args = build_parser().parse_args(argv)

    from scheduler_gui.app import create_application
    from scheduler_gui.error_dialog import install_excepthook

    app = create_application([sys.argv[0], *argv])
    install_excepthook()

    from scheduler_gui.main_window import MainWindow
    from scheduler_gui.startup import open_initial_project

    from scheduler_gui.file_open_events import FileOpenHandler

    window = MainWindow()
    app.installEventFilter(FileOpenHandler(window))
    window.show()
    open_initial_project(window, args.project)
    from scheduler_gui.solving.preparation import prepare_solver

    prepare_solver(window.solving.solve_panel, window)  # compiles the kernels once after installing
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
