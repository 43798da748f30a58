"""Forecast: a scenario calculator from the marketing context, which says what is missing instead of guessing.

A campaign's revenue scenario is planned contacts × contact-to-sale conversion × average order
value, with the conversion of the marketing context (``context`` table) for the period. Low and
high move the conversion by ± ``spread`` (30% by default): the conversion is the least certain
input, and contacts and order value are planned or measured. When an input is missing the
scenario has no value and ``missing`` names it: the forecast page asks for it.

>>> context = {"conversion_contact_to_sale": 0.01, "average_order_value": 450.0}
>>> result = scenario(1_000_000, context)
>>> [round(result[case]) for case in ("low", "base", "high")], result["missing"]
([3150000, 4500000, 5850000], [])
>>> scenario(1_000_000, None)["missing"]
['conversion_contact_to_sale', 'average_order_value']
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd

from metrics.mix import prorated
from metrics.periods import Period

SPREAD = 0.3
FORMULA = "forecast.formula"  # the scenario's formula, with {spread}
CAVEAT = "forecast.caveat"  # a scenario, not a promise
# What the scenario needs, in the order the page asks for them; texts are ``forecast.input.<name>``.
REQUIRED = ("contacts", "conversion_contact_to_sale", "average_order_value")
# The rest of the marketing context: shown beside the scenario and asked for, not used in it.
CONTEXT = ("penetration", "market_share", "customer_base", "target_audience")
RATES = ("conversion_contact_to_sale", "penetration", "market_share")


# A fact of the marketing context as a row holds it: a number, a text (the target audience) or nothing.
Cell = float | str | None


class ForecastError(ValueError):
    """An impossible scenario setting (a negative number of contacts, a spread outside 0–1)."""


def _get(row: Mapping | pd.Series | None, name: str) -> Cell:
    if row is None:
        return None
    value = row.get(name) if hasattr(row, "get") else None
    return None if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) else value


def _usable(name: str, value: Cell) -> bool:
    """Given and meaningful: a rate in 0..1, an order value above 0, contacts of 0 or more, text not blank."""
    if value is None:
        return False
    if name == "target_audience":
        return bool(str(value).strip())
    number = float(value)
    if not math.isfinite(number):
        return False
    if name in RATES:
        return 0 <= number <= 1
    if name == "average_order_value":
        return number > 0
    return number >= 0


def missing_inputs(contacts: float | None, context_row: Mapping | pd.Series | None) -> list[str]:
    """The inputs of the scenario that are missing or unusable, in the order of ``REQUIRED``.

    A conversion outside 0–100% or an order value of 0 or less is not usable and is listed.
    Without a context row both context inputs are listed.

    >>> missing_inputs(None, {"conversion_contact_to_sale": 1.5, "average_order_value": 450})
    ['contacts', 'conversion_contact_to_sale']
    """
    values = {"contacts": contacts, **{n: _get(context_row, n) for n in REQUIRED[1:]}}
    out = []
    for name in REQUIRED:
        value = values[name]
        if isinstance(value, float) and math.isnan(value):
            value = None
        if not _usable(name, value):
            out.append(name)
    return out


def missing_context(context_row: Mapping | pd.Series | None) -> list[str]:
    """The facts of the marketing context that are not given (penetration, market share, …).

    >>> missing_context({"penetration": 0.042, "market_share": None, "customer_base": 1200})
    ['market_share', 'target_audience']
    """
    return [name for name in CONTEXT if not _usable(name, _get(context_row, name))]


def scenario(contacts: float | None, context_row: Mapping | pd.Series | None, *, spread: float = SPREAD) -> dict:
    """Low, base and high revenue of ``contacts`` planned contacts under the marketing context.

    Formula: base = contacts × conversion_contact_to_sale × average_order_value; low and high use
    the conversion × (1 − spread) and × (1 + spread), the high one capped at 100%. ``purchases_*``
    are contacts × the conversion (before the order value).
    Edge cases: any missing input gives NaN everywhere and is named in ``missing`` (see
    :func:`missing_inputs`); 0 contacts is a real 0.

    Returns a dict: ``low``, ``base``, ``high``, ``purchases_low``, ``purchases_base``,
    ``purchases_high``, the inputs used (``contacts``, ``conversion_contact_to_sale``,
    ``average_order_value``, ``spread``) and ``missing``.
    """
    if not 0 <= spread < 1:
        raise ForecastError(f"spread must be from 0 to below 1 (a share of the conversion), not {spread}")
    if contacts is not None and not (isinstance(contacts, float) and math.isnan(contacts)) and float(contacts) < 0:
        raise ForecastError(f"contacts cannot be negative: {contacts}")
    missing = missing_inputs(contacts, context_row)
    conversion = _get(context_row, "conversion_contact_to_sale")
    order_value = _get(context_row, "average_order_value")
    inputs = {
        "contacts": float(contacts) if contacts is not None else float("nan"),
        "conversion_contact_to_sale": float(conversion) if conversion is not None else float("nan"),
        "average_order_value": float(order_value) if order_value is not None else float("nan"),
        "spread": float(spread),
    }
    out: dict[str, object] = {**inputs, "missing": missing}
    nan = float("nan")
    if missing:
        return out | dict.fromkeys(("low", "base", "high", "purchases_low", "purchases_base", "purchases_high"), nan)
    rates = {
        "low": inputs["conversion_contact_to_sale"] * (1 - spread),
        "base": inputs["conversion_contact_to_sale"],
        "high": min(inputs["conversion_contact_to_sale"] * (1 + spread), 1.0),
    }
    for case, rate in rates.items():
        purchases = inputs["contacts"] * rate
        out[f"purchases_{case}"] = float(purchases)
        out[case] = float(purchases * inputs["average_order_value"])
    return out


def context_for(period: Period, context_table: pd.DataFrame | None) -> pd.Series | None:
    """The row of the marketing context that applies to ``period``; None when no row overlaps it.

    A row whose ``period_start``..``period_end`` contains the whole period wins (the shortest
    such row, then the latest); otherwise the row that overlaps the most days of the period (the
    latest on a tie): a campaign across two quarters takes the quarter with most of its days.

    >>> from metrics.indicators.registry import frame
    >>> from metrics.periods import month
    >>> quarters = frame("context", {"period_start": ["2026-01-01", "2026-04-01"],
    ...                              "period_end": ["2026-03-31", "2026-06-30"], "average_order_value": [456, 445]})
    >>> float(context_for(month(2026, 3), quarters)["average_order_value"])
    456.0
    >>> context_for(month(2027, 3), quarters) is None
    True
    """
    if context_table is None or len(context_table) == 0:
        return None
    start = context_table["period_start"].to_numpy(dtype="datetime64[D]")
    end = context_table["period_end"].to_numpy(dtype="datetime64[D]")
    first, last = np.datetime64(period.start, "D"), np.datetime64(period.end, "D")
    overlap = (np.minimum(end, last) - np.maximum(start, first)).astype("int64") + 1
    overlap = np.where(np.isnat(start) | np.isnat(end), 0, overlap)
    if not (overlap > 0).any():
        return None
    covers = (start <= first) & (end >= last) & (overlap > 0)
    length = (end - start).astype("int64")
    if covers.any():
        candidates = np.flatnonzero(covers)
        key = [(-length[i], start[i].astype("int64")) for i in candidates]
    else:
        candidates = np.flatnonzero(overlap > 0)
        key = [(overlap[i], start[i].astype("int64")) for i in candidates]
    best = candidates[max(range(len(candidates)), key=key.__getitem__)]
    return context_table.iloc[int(best)]


def planned_contacts(activities: pd.DataFrame | None, period: Period) -> float:
    """Contacts the marketing calendar plans in ``period``: Σ over activities, pro-rated by days.

    Contacts of different channels are added as contacts, not people (one person seeing TV and a
    banner is two contacts, as the conversion per contact counts them). NaN when no activity in
    the period gives contacts.
    """
    if activities is None or len(activities) == 0:
        return float("nan")
    contacts = prorated(activities, period)["contacts"].to_numpy(dtype="float64")
    return float(np.nansum(contacts)) if (~np.isnan(contacts)).any() else float("nan")
