"""Entry point of the frozen application: PyInstaller runs this file as ``__main__``.

``multiprocessing.freeze_support()`` comes first: a solver worker process is
this same executable started again, and in it freeze_support runs the worker
and exits before any of the application is imported.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from scheduler_gui.frozen import prepare_frozen_environment

    prepare_frozen_environment()

    from scheduler_gui.__main__ import main

    sys.exit(main())
