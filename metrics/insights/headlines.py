"""Three plain-language headlines from a comparison of periods (``metrics.indicators.compare``).

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

A change is worded in per cent only where ``metrics.insights.change`` allows it (a count from at
least 20, a rise of at most 200%); otherwise as a difference with both values: "Mentions rose by 371,
from 5 to 376, against last week." Ranking still uses the relative change, so a large change on a
small base can be a headline; only its wording changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from resonance.i18n import TEXTS, format_change, format_percent_value, format_value, t
from metrics.insights.change import relative_change
from resonance.words.insights import ANY_SUBJECT_FORM, SUBJECT_FORMS

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
COMPARED_WITH = ("week", "month", "day")
MIN_BASE = 10.0


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
        (True, True), (False, True), (True, False), (False, False),
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


def _subject(id: str, lang: str) -> tuple[str, str]:
    key = f"headline.subject.{id}"
    if key in TEXTS:
        return t(key, lang), SUBJECT_FORMS[id]
    label = f"indicator.{id}.label"
    return t("headline.subject_any", lang, label=t(label, lang) if label in TEXTS else id), ANY_SUBJECT_FORM


def sentence(row: pd.Series, id: str, lang: str, *, compared_with: str | None = "week", currency: str = "RUB") -> str:
    """The headline of one row of a comparison: what changed, by how much, to what, against what.

    >>> row = pd.Series({"value": 282.0, "previous": 216.0, "level": "output", "unit": "count"})
    >>> sentence(row, "mentions", "en")
    'Mentions rose 31% to 282 against last week (216).'
    >>> sentence(row, "mentions", "ru")
    'Упоминания выросли на 31% до 282 по сравнению с прошлой неделей (216).'
    >>> sentence(pd.Series({"value": 376.0, "previous": 5.0, "level": "output", "unit": "count"}), "mentions", "en")
    'Mentions rose by 371, from 5 to 376, against last week.'
    """
    value, previous, unit = float(row["value"]), float(row["previous"]), row["unit"]
    change = value - previous
    relative = relative_change(value, previous, unit)
    if unit in ("fraction", "index") or np.isnan(relative):
        by = format_change(abs(change), unit, lang, currency=currency).lstrip("+")
    else:
        by = format_percent_value(abs(relative), lang, digits=0)
    subject, form = _subject(id, lang)
    against = t(f"headline.against.{compared_with if compared_with in COMPARED_WITH else 'period'}", lang)
    key = "headline.change_context" if row.get("level") == "impact" else "headline.change"
    if unit not in ("fraction", "index") and np.isnan(relative):
        key += "_by"  # a difference, with both values: "rose by 371, from 5 to 376"
    return t(
        key, lang, subject=subject, verb=t(f"headline.verb.{form}.{'up' if change > 0 else 'down'}", lang),
        change=by, value=format_value(value, unit, lang, currency=currency),
        previous=format_value(previous, unit, lang, currency=currency), against=against,
    )


def headlines(
    comparison: pd.DataFrame,
    lang: str,
    *,
    n: int = 3,
    compared_with: str | None = "week",
    min_change: float = 0.02,
    leads: Sequence[str] = LEADS,
    currency: str = "RUB",
) -> list[str]:
    """Up to ``n`` short sentences about the largest meaningful changes in ``comparison``.

    ``comparison`` is a frame as ``metrics.indicators.compare`` returns it (indexed by indicator
    id, with value, previous, level and unit). ``compared_with`` names the previous period in the
    sentences (``"week"``, ``"month"``, ``"day"``; anything else is "the previous period").
    Sizes and choice: see the module's notes. A pure function of its arguments.
    Edge cases: an empty frame, or one with no change of ``min_change`` or more, gives [].

    >>> table = pd.DataFrame({"value": [282.0, 0.537, 13.11e6], "previous": [216.0, 0.418, 13.08e6],
    ...     "level": ["output", "out-take", "impact"], "unit": ["count", "fraction", "currency"]},
    ...     index=["mentions", "positive_share", "revenue"])
    >>> for line in headlines(table, "en"):
    ...     print(line.replace("\\N{NO-BREAK SPACE}", " "))
    Mentions rose 31% to 282 against last week (216).
    Positive share rose 11.9 pp to 53.7% against last week (41.8%).

    Revenue changed by 0.2%, less than ``min_change``, so it is not a headline.
    """
    comparison = comparison[~comparison.index.duplicated()]
    if n <= 0 or comparison.empty:
        return []
    size = change_size(comparison)
    size = size.where(size >= min_change)
    chosen = _choose(comparison, size, n, leads)
    chosen.sort(key=lambda id: -size[id])
    return [
        sentence(comparison.loc[id], id, lang, compared_with=compared_with, currency=currency) for id in chosen
    ]
