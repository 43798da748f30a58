"""Indicators: one small documented function per indicator, grouped by family.

Importing the package registers every indicator in display order (attention, reception,
loyalty, service, sales). ``REGISTRY`` lists them; ``TEXTS`` holds their labels, formulas and
denominators in Russian and English; ``metrics.indicators.compute`` runs them over a period
(``compute``, ``compare``, ``series``).
"""

# isort: off
# The family modules register their indicators when imported: this order is the display order.
from metrics.indicators import attention  # noqa: F401
from metrics.indicators import reception  # noqa: F401
from metrics.indicators import loyalty  # noqa: F401
from metrics.indicators import service  # noqa: F401
from metrics.indicators import sales  # noqa: F401

# isort: on
from metrics.indicators.registry import LEVELS, REGISTRY, UNITS, Indicator, indicator
from resonance.words.indicators import TEXTS

__all__ = [
    "LEVELS",
    "REGISTRY",
    "TEXTS",
    "UNITS",
    "Indicator",
    "indicator",
]
