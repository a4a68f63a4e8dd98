"""Stands in for numba in the desktop bundle, whose solver kernels were
compiled ahead of time into ``_schedule_kernels`` (``build_specs/aot_kernels.py``).

:func:`install` registers this module as ``numba`` when the compiled kernels
are present; the kernel modules' ``@njit`` then hands them the compiled
functions of each kernel.  A call goes to the first compiled variant whose
argument types (``_schedule_kernels_types.json``) the arguments have -- a
compiled function itself would take an array of another type or layout
without a word.  A kernel only called from other kernels, or called with
types no variant takes, runs as its Python function (correct, slower).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

COMPILED_MODULE = "_schedule_kernels"
TYPES_FILE = "_schedule_kernels_types.json"

log = logging.getLogger(__name__)


def _fits(value: Any, wanted: Any) -> bool:
    """Whether ``value`` has the argument type ``wanted`` (see aot_kernels.describe)."""
    import numpy as np

    if isinstance(wanted, list):
        dtype, ndim, layout = wanted
        return (isinstance(value, np.ndarray) and value.ndim == ndim and value.dtype.name == dtype
                and (layout != "C" or value.flags.c_contiguous) and value.flags.aligned)
    if wanted == "int":
        return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))
    if wanted == "float":
        return isinstance(value, (float, int, np.floating, np.integer)) and not isinstance(value, bool)
    if wanted == "bool":
        return isinstance(value, (bool, np.bool_))
    return False


class CompiledKernel:
    """A kernel's ahead-of-time compiled variants, one per signature."""

    def __init__(self, func: Callable[..., Any], variants: list[tuple[Callable[..., Any], list]]):
        self.py_func = func
        self.__name__ = func.__name__
        self.__doc__ = func.__doc__
        # the most specific first: a contiguous array goes to a variant for contiguous arrays
        self._variants = sorted(variants, key=lambda v: sum(isinstance(t, list) and t[2] != "C"
                                                            for t in v[1]))
        self._warned = False

    def __call__(self, *args: Any) -> Any:
        for variant, types in self._variants:
            if len(types) == len(args) and all(_fits(a, t) for a, t in zip(args, types)):
                return variant(*args)
        if not self._warned:
            self._warned = True
            log.warning("no compiled %s takes (%s): it runs as Python", self.__name__,
                        ", ".join(type(a).__name__ for a in args))
        return self.py_func(*args)


def _types_table(compiled: ModuleType) -> dict[str, list]:
    cached = getattr(compiled, "_argument_types", None)
    if cached is None:
        path = Path(compiled.__file__).with_name(TYPES_FILE)
        cached = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        compiled._argument_types = cached
    return cached


def variants_of(compiled: ModuleType, module: str, name: str) -> list[tuple[Callable[..., Any], list]]:
    """(function, argument types) of the exports ``<module>__<name>__<k>``, k = 0, 1, ..."""
    prefix = f"{module.replace('.', '_')}__{name}__"
    table = _types_table(compiled)
    found = sorted((int(attr[len(prefix):]), attr) for attr in dir(compiled)
                   if attr.startswith(prefix) and attr[len(prefix):].isdigit())
    return [(getattr(compiled, attr), table[attr]) for _, attr in found if attr in table]


def njit(*args: Any, **_options: Any):
    """``@njit`` and ``@njit(...)``: the compiled kernel, or the function itself."""
    def decorate(func: Callable[..., Any]):
        import importlib

        compiled = importlib.import_module(COMPILED_MODULE)
        variants = variants_of(compiled, func.__module__, func.__name__)
        return CompiledKernel(func, variants) if variants else func

    if len(args) == 1 and callable(args[0]):
        return decorate(args[0])
    return decorate


jit = njit


def install() -> bool:
    """Use the compiled kernels as ``numba`` when they are bundled; True then."""
    import importlib.util

    if "numba" in sys.modules or importlib.util.find_spec(COMPILED_MODULE) is None:
        return False
    sys.modules["numba"] = sys.modules[__name__]
    return True
