"""Libraries imported when a command first uses them, not when a module names them.

pandas, NumPy and Arrow take longer to import (half a second) than a summary read from the workspace
takes to compute, and a summary of a workspace whose indicators are counted where the mentions lie
(DuckDB) needs none of them. The command line calls :func:`defer` before it imports anything of the
library: ``import pandas as pd`` then binds a stand-in module, and the first attribute anyone asks of
it (``pd.DataFrame``) imports pandas itself, once, and the stand-in from then on holds what pandas holds.

A library already imported is left as it is (the tests, the dashboard). Nothing else changes: a
command that reads a file imports pandas as soon as it parses a cell, and has it imported meanwhile
(:func:`warm`): Arrow reads the file with the interpreter free.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

# A submodule (``import pyarrow.compute as pc``) has a stand-in of its own, held by its package's.
LIBRARIES = ("pandas", "numpy", "pyarrow", "pyarrow.compute")


class _Deferred(types.ModuleType):
    """A module's stand-in until something is asked of it; then the module itself (see :func:`defer`)."""

    def __getattr__(self, attr: str) -> Any:  # called only for what the stand-in does not hold yet
        return getattr(self._deferred_load(), attr)

    def _deferred_load(self) -> types.ModuleType:
        """The module itself, imported the first time. Two threads may ask at once: the import system
        loads a module once, under its lock, and the second is given what the first loaded."""
        real = self.__dict__.get("_deferred_real")
        if real is None:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]  # the import below loads the module itself, under its name
            real = importlib.import_module(self.__name__)
            self.__dict__.update(real.__dict__)
            self.__dict__["_deferred_real"] = real
        return real


def defer(*names: str) -> list[str]:
    """Put a stand-in for each of ``names`` (default :data:`LIBRARIES`) that is installed and not imported
    yet; returns the names deferred.

    >>> import sys
    >>> "json" in sys.modules or defer("json") == ["json"]
    True
    """
    deferred = []
    for name in names or LIBRARIES:
        package, _, child = name.rpartition(".")
        if name in sys.modules or (package and not isinstance(sys.modules.get(package), _Deferred)):
            continue  # imported already, or a submodule of a package in use: imported as it is
        if not package and importlib.util.find_spec(name) is None:
            continue  # not installed: its import fails where it is written
        stand_in = _Deferred(name)  # its __spec__ is None: the import system takes it as imported
        if package:
            setattr(sys.modules[package], child, stand_in)
        sys.modules[name] = stand_in
        deferred.append(name)
    return deferred


def imported(name: str) -> bool:
    """Whether ``name`` is imported for real (not only its stand-in)."""
    module = sys.modules.get(name)
    return module is not None and (not isinstance(module, _Deferred) or "_deferred_real" in vars(module))


def warm(*names: str) -> threading.Thread | None:
    """Import the deferred libraries ``names`` on a thread of their own, starting now; returns the thread
    (None when there is nothing to import).

    For a command whose first long step leaves the interpreter free: Arrow parses a file on threads of its
    own, and pandas (a third of a second to import) is ready when the parsed table is handed to it, instead
    of being imported after. A failed import is left to fail again where the library is used, with its
    message there.
    """
    stand_ins = [m for n in names if isinstance(m := sys.modules.get(n), _Deferred) and not imported(n)]
    if not stand_ins:
        return None

    def load() -> None:
        for stand_in in stand_ins:
            try:
                stand_in._deferred_load()
            except Exception:  # said where the library is used
                return

    thread = threading.Thread(target=load, name="resonance-warm", daemon=True)
    thread.start()
    return thread
