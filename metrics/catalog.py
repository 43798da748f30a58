"""Every number the product shows, registered: import ``REGISTRY`` from here to have all of them.

The specs register where their functions live: per-period indicators in the family modules of
:mod:`metrics.indicators`, the lagged association with sales in :mod:`metrics.association`, the
costs per contact of the marketing mix in :mod:`metrics.mix`. This module imports each of them,
so its ``REGISTRY`` is complete whatever was imported before; ``REGISTRY.of_kind(...)`` gives one
kind, in display order. The summary, the pages and the documentation all iterate it.

>>> [kind for kind in KINDS if REGISTRY.of_kind(kind)]
['period', 'association', 'cost']
>>> list(REGISTRY.of_kind("cost"))
['cost_per_thousand_contacts', 'cost_per_engagement', 'cost_per_positive_mention']
"""

from __future__ import annotations

from metrics import association, mix  # noqa: F401  (importing a family registers its specs)
from metrics.indicators.registry import KINDS, REGISTRY, Indicator

__all__ = ["KINDS", "REGISTRY", "Indicator"]
