"""Three headlines from a comparison of periods (``metrics.indicators.compare``), as values.

A :class:`Headline` is what changed, which way, from what to what and against which period; the
sentence for people is ``resonance.say.headline``.

How a change is sized, so that different units can be ranked together:

- counts, money and hours: the relative change, ``|change_rel|`` (0.31 for +31%), for counts only
  from a previous value of at least 10;
- fractions (shares and rates): the change in percentage points, ``|change|`` (0.12 for +12 pp);
- indices from −1 to 1 (net sentiment): half the change, ``|change| ÷ 2``, since they span twice
  the range of a share.

Indicators without a value or a previous value are skipped, and so are changes smaller than
``min_change`` (2% or 2 pp), relative changes from a previous value of 0 or below, and relative
changes across 0 (from 5 to −3). The main indicators of each AMEC level (``LEADS``: mentions,
share of voice, positive and negative shares, engagement rate by reach, followers' net change,
returning authors, advocates, response rate and time, revenue) are chosen before the others:
the largest first, one per AMEC level before a second from the same level, so that the three are
not all about attention. The other indicators (volumes of our own posts, variants of the main
ones) fill the places left.

Sales are impact-level context: a headline about revenue, orders or returning customers says so.

A change is told in per cent only where ``metrics.insights.change`` allows it (a count from at
least 20, a rise of at most 200%); otherwise as a difference with both values: "Mentions rose by 371,
from 5 to 376, against last week." (:attr:`Headline.told_as`). Ranking still uses the relative
change, so a large change on a small base can be a headline; only its wording changes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from metrics.insights.change import relative_change

LEADS = (
    "mentions",
    "share_of_voice",
    "positive_share",
    "negative_share",
    "engagement_rate_reach",
    "followers_net_change",
    "returning_engagers_share",
    "advocates",
    "response_rate",
    "median_response_hours",
    "revenue",
)
# What the data is made of, not what happened: never a headline (how much of the sentiment the model read).
NOT_NEWS = ("model_sentiment_share",)
COMPARED_WITH = ("week", "month", "day")  # anything else is "the previous period"
MIN_BASE = 10.0


@dataclass(frozen=True)
class Headline:
    """One headline: ``indicator_id`` went ``direction`` (``"up"`` or ``"down"``) from ``previous`` to ``value``.

    ``change`` is value − previous; ``relative`` the relative change where the rule of
    ``metrics.insights.change`` allows a percentage, else NaN. ``compared_with`` names the period
    before: ``"week"``, ``"month"``, ``"day"`` or ``"period"``. ``context`` is True for impact-level
    indicators (sales): context, not a result of social media.
    """

    indicator_id: str
    direction: str
    value: float
    previous: float
    change: float
    relative: float
    unit: str
    level: str
    compared_with: str = "week"

    @property
    def context(self) -> bool:
        return self.level == "impact"

    @property
    def told_as(self) -> str:
        """``"points"`` for shares and indices, ``"percent"`` where the rule allows it, else ``"difference"``.

        >>> Headline("mentions", "up", 376.0, 5.0, 371.0, math.nan, "count", "output").told_as
        'difference'
        """
        if self.unit in ("fraction", "index"):
            return "points"
        return "difference" if math.isnan(self.relative) else "percent"


def change_size(comparison: pd.DataFrame, *, min_base: float = MIN_BASE) -> pd.Series:
    """How large each indicator's change is, on one scale for every unit (NaN: not a headline).

    A count's relative change needs a previous value of at least ``min_base`` (2 → 4 advocates
    is +100% but no news).

    >>> table = pd.DataFrame({"value": [282.0, 0.54, 0.8], "previous": [216.0, 0.42, 0.6],
    ...     "unit": ["count", "fraction", "index"]}, index=["mentions", "positive_share", "net_sentiment"])
    >>> change_size(table).round(3).tolist()
    [0.306, 0.12, 0.1]
    """
    value = comparison["value"].astype("float64")
    previous = comparison["previous"].astype("float64")
    change = value - previous
    unit = comparison["unit"]
    base = np.where(unit.eq("count"), min_base, 0.0)
    relative = (change / previous).where((previous > 0) & (previous >= base) & (value >= 0))
    size = np.where(unit.eq("fraction"), change.abs(), np.where(unit.eq("index"), change.abs() / 2, relative.abs()))
    size = pd.Series(size, index=comparison.index, dtype="float64")
    return size.where(value.notna() & previous.notna() & (change != 0))


def _choose(comparison: pd.DataFrame, size: pd.Series, n: int, leads: Sequence[str]) -> list[str]:
    candidates = size.dropna()
    is_lead = pd.Series(candidates.index.isin(list(leads)), index=candidates.index)
    ranked = candidates.sort_values(ascending=False, kind="stable").index
    levels = comparison["level"].reindex(ranked)
    chosen: list[str] = []
    passes = (  # (leads?, a level not chosen yet?)
        (True, True),
        (False, True),
        (True, False),
        (False, False),
    )
    for lead, new_level in passes:
        for id in ranked:
            if len(chosen) >= n:
                return chosen
            seen = {levels[c] for c in chosen}
            if id in chosen or bool(is_lead[id]) != lead or (new_level and levels[id] in seen):
                continue
            chosen.append(id)
    return chosen


def headline(row: pd.Series, id: str, *, compared_with: str | None = "week") -> Headline:
    """The headline of one row of a comparison (value, previous, level, unit).

    >>> row = pd.Series({"value": 282.0, "previous": 216.0, "level": "output", "unit": "count"})
    >>> h = headline(row, "mentions")
    >>> h.direction, h.change, round(h.relative, 3), h.told_as
    ('up', 66.0, 0.306, 'percent')
    """
    value, previous, unit = float(row["value"]), float(row["previous"]), str(row["unit"])
    change = value - previous
    return Headline(
        indicator_id=id,
        direction="up" if change > 0 else "down",
        value=value,
        previous=previous,
        change=change,
        relative=relative_change(value, previous, unit),
        unit=unit,
        level=str(row.get("level")),
        compared_with=compared_with if compared_with in COMPARED_WITH else "period",
    )


def headlines(
    comparison: pd.DataFrame,
    *,
    n: int = 3,
    compared_with: str | None = "week",
    min_change: float = 0.02,
    leads: Sequence[str] = LEADS,
) -> list[Headline]:
    """Up to ``n`` headlines about the largest meaningful changes in ``comparison``, the largest first.

    ``comparison`` is a frame as ``metrics.indicators.compare`` returns it (indexed by indicator
    id, with value, previous, level and unit). ``compared_with`` names the previous period
    (``"week"``, ``"month"``, ``"day"``; anything else is ``"period"``).
    Sizes and choice: see the module's notes. A pure function of its arguments.
    Edge cases: an empty frame, or one with no change of ``min_change`` or more, gives [].

    >>> table = pd.DataFrame({"value": [282.0, 0.537, 13.11e6], "previous": [216.0, 0.418, 13.08e6],
    ...     "level": ["output", "out-take", "impact"], "unit": ["count", "fraction", "currency"]},
    ...     index=["mentions", "positive_share", "revenue"])
    >>> [(h.indicator_id, h.direction, h.told_as) for h in headlines(table)]
    [('mentions', 'up', 'percent'), ('positive_share', 'up', 'points')]

    Revenue changed by 0.2%, less than ``min_change``, so it is not a headline.
    """
    comparison = comparison[~comparison.index.duplicated() & ~comparison.index.isin(NOT_NEWS)]
    if n <= 0 or comparison.empty:
        return []
    size = change_size(comparison)
    size = size.where(size >= min_change)
    chosen = _choose(comparison, size, n, leads)
    chosen.sort(key=lambda id: -size[id])
    return [headline(comparison.loc[id], id, compared_with=compared_with) for id in chosen]
