"""A package's names imported from its modules when first asked for (PEP 562), not when the package is.

``metrics.ingest`` re-exports the reader (``read_export``) and its errors; a summary of a workspace
imports ``metrics.ingest.keys`` for one SQL expression and should not load every format with it.
A package writes its names in ``__all__`` (and, for type checkers, imports them under
``TYPE_CHECKING``) and sets ``__getattr__ = exported(__all__, "pkg.light", "pkg.heavy")``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from typing import Any

_ABSENT = object()


def exported(names: Sequence[str], *modules: str) -> Callable[[str], Any]:
    """A module ``__getattr__`` that finds each of ``names`` in the first of ``modules`` holding it (list the
    lighter modules first: they are imported in turn until the name is found).

    >>> __getattr__ = exported(["dumps"], "json")
    >>> __getattr__("dumps").__name__
    'dumps'
    """

    def __getattr__(name: str) -> Any:
        if name in names:
            for module in modules:
                value = getattr(import_module(module), name, _ABSENT)
                if value is not _ABSENT:
                    return value
        raise AttributeError(f"no attribute {name!r} among {', '.join(modules)}")

    return __getattr__
