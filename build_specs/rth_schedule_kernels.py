"""PyInstaller runtime hook: runs first in every process of the bundle (the
window and each solver worker process): the solver's kernels, compiled ahead
of time, stand in for numba (see ``aot_runtime/schedule_kernels_runtime.py``)."""

import schedule_kernels_runtime

schedule_kernels_runtime.install()
