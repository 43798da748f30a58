"""Sales (AMEC impact, shown as context): what the business sold while the PR was running.

These numbers sit beside the PR indicators for association with lags, never attribution.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from metrics.indicators.registry import (
    A_SUM,
    frame,  # noqa: F401  (the examples build their frames with it)
    indicator,
    numbers,
    ratio,
    reported_sum,
)


@indicator(
    "revenue",
    level="impact",
    unit="currency",
    needs=("sales",),
    higher_is_better=True,
    formula="Σ revenue over the period's sales days, all channels; – when no day gives it or the days are in "
    "more than one currency.",
    denominator=A_SUM,
)
def revenue(sales: pd.DataFrame) -> float:
    """Revenue over the period, all sales channels together.

    Edge cases: days without revenue are skipped; NaN when no day gives it, or when the days
    give more than one currency (they cannot be added); no sales days is 0.

    >>> revenue(frame("sales", {"date": ["2026-11-23", "2026-11-24"], "revenue": [1500.5, 499.5]}))
    2000.0
    """
    values = numbers(sales["revenue"])
    currencies = sales["currency"][~np.isnan(values)].dropna().unique()
    if len(currencies) > 1:
        return float("nan")
    return reported_sum(values)


@indicator(
    "orders",
    level="impact",
    unit="count",
    needs=("sales",),
    higher_is_better=True,
    formula="Σ orders over the period's sales days, all channels; – when no day gives them.",
    denominator=A_SUM,
)
def orders(sales: pd.DataFrame) -> float:
    """Orders over the period, all sales channels together.

    Edge cases: days without orders are skipped; NaN when no day gives them; no sales days is 0.

    >>> orders(frame("sales", {"date": ["2026-11-23", "2026-11-24"], "orders": [12, None]}))
    12.0
    """
    return reported_sum(numbers(sales["orders"]))


@indicator(
    "returning_customer_share",
    level="impact",
    unit="fraction",
    needs=("sales",),
    higher_is_better=True,
    formula="Returning customers ÷ (new + returning customers), over days that give both; – when there are no "
    "customers.",
    denominator="New and returning customers",
)
def returning_customer_share(sales: pd.DataFrame) -> float:
    """Share of the period's customers who had bought before.

    Edge cases: NaN when no day gives both or there are no customers.

    >>> returning_customer_share(frame("sales", {"customers_new": [30, 5], "customers_returning": [10, None]}))
    0.25
    """
    new, returning = numbers(sales["customers_new"]), numbers(sales["customers_returning"])
    both = ~np.isnan(new) & ~np.isnan(returning)
    return ratio(float(returning[both].sum()), float(new[both].sum() + returning[both].sum()))
