"""Indicators: one small documented function per indicator, grouped by family.

Importing the package registers every per-period indicator in display order (attention,
reception, loyalty, service, sales). ``REGISTRY`` lists the specs (``REGISTRY.of_kind("period")``
these ones; ``metrics.catalog`` adds the other kinds); ``metrics.indicators.compute`` runs them
over a period (``compute``, ``compare``, ``series``). Their words for people live at the edge.
"""

# isort: off
# The family modules register their indicators when imported: this order is the display order.
from metrics.indicators import attention  # noqa: F401  (importing the family registers its indicators)
from metrics.indicators import reception  # noqa: F401  (importing the family registers its indicators)
from metrics.indicators import loyalty  # noqa: F401  (importing the family registers its indicators)
from metrics.indicators import service  # noqa: F401  (importing the family registers its indicators)
from metrics.indicators import sales  # noqa: F401  (importing the family registers its indicators)

# isort: on
from metrics.indicators.registry import KINDS, LEVELS, REGISTRY, UNITS, Indicator, indicator

__all__ = [
    "KINDS",
    "LEVELS",
    "REGISTRY",
    "UNITS",
    "Indicator",
    "indicator",
]
