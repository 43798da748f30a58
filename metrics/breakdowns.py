"""Indicators broken down by brand, by platform, and the top authors and posts of a period.

Each breakdown reuses the registered indicators (so a chart shows exactly what a tile counts) or,
for the top lists, says which column it ranks by.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from metrics import schema
from metrics.indicators import pushdown
from metrics.indicators.compute import compute, series
from metrics.indicators.reception import POST_ENGAGEMENTS
from metrics.indicators.registry import row_total
from metrics.periods import DEFAULT_TZ, Period, local_date


def by_brand(
    tables: Mapping[str, pd.DataFrame],
    periods: Sequence[Period],
    *,
    brands: Sequence[str],
    indicator: str = "mentions",
    platforms: Sequence[str] | None = None,
    tz: str = DEFAULT_TZ,
) -> pd.DataFrame:
    """``indicator`` for each brand over ``periods``: a row per period (its first day), a column per brand.

    >>> from datetime import date
    >>> from metrics.indicators.registry import frame
    >>> m = frame("mentions", {"published_at": ["2026-11-16 10:00", "2026-11-17 10:00"], "brand": ["A", "B"]})
    >>> by_brand({"mentions": m}, [Period(date(2026, 11, 16), date(2026, 11, 22))], brands=["A", "B"]).iloc[0].tolist()
    [1.0, 1.0]
    """
    columns = {
        b: series(tables, periods, brand=b, platforms=platforms, tz=tz, ids=[indicator])[indicator] for b in brands
    }
    return pd.DataFrame(columns)


def by_platform(
    tables: Mapping[str, pd.DataFrame],
    period: Period,
    *,
    brand: str | None,
    platforms: Sequence[str],
    ids: Sequence[str],
    tz: str = DEFAULT_TZ,
) -> pd.DataFrame:
    """The indicators ``ids`` for each platform in ``period``: a row per platform."""
    rows = {p: compute(tables, period, brand=brand, platforms=[p], tz=tz, ids=ids) for p in platforms}
    return pd.DataFrame.from_dict(rows, orient="index", columns=list(ids))


def platforms_of(tables: Mapping[str, pd.DataFrame], table: str) -> list[str]:
    frame = tables.get(table)
    if frame is None or "platform" not in frame or frame.empty:
        return []
    return sorted(frame["platform"].dropna().unique().tolist())


def _in_period(frame: pd.DataFrame, table: str, period: Period, tz: str) -> pd.DataFrame:
    column = schema.TABLES[table].date_column
    days = local_date(frame[column], tz) if schema.TABLES[table].columns[column] == schema.TS else frame[column]
    return frame[(days >= pd.Timestamp(period.start)) & (days <= pd.Timestamp(period.end))]


def top_authors(
    mentions: pd.DataFrame | pushdown.Aggregating,
    period: Period,
    *,
    brand: str | None,
    n: int = 10,
    tz: str = DEFAULT_TZ,
    platforms: Sequence[str] | None = None,
) -> pd.DataFrame:
    """The authors who wrote most about ``brand`` in ``period``: mentions, their reach, their sentiment.

    Ranked by the number of mentions, then by reach, then by name; authors without a name are left out.
    ``mentions`` may be tables that count where they lie (``pushdown.Aggregating``): then they are
    counted there, not read.
    """
    if not isinstance(mentions, pd.DataFrame):
        return pushdown.top_authors(mentions, period, brand=brand, n=n, tz=tz, platforms=platforms or None)
    frame = _in_period(mentions, "mentions", period, tz)
    frame = frame[(frame["brand"] == brand) & frame["author"].notna()]
    if platforms:
        frame = frame[frame["platform"].isin(platforms)]
    if frame.empty:
        return pd.DataFrame(columns=["author", "platform", "mentions", "reach", "positive", "negative"])
    grouped = frame.groupby("author", observed=True)
    table = pd.DataFrame(
        {
            "platform": grouped["platform"].agg(lambda p: p.mode().iat[0] if p.notna().any() else pd.NA),
            "mentions": grouped.size(),
            "reach": grouped["reach"].sum(min_count=1),
            "positive": grouped["sentiment"].agg(lambda s: int((s == "positive").sum())),
            "negative": grouped["sentiment"].agg(lambda s: int((s == "negative").sum())),
        }
    )
    table = table.rename_axis("author").reset_index()
    table = table.sort_values(["mentions", "reach", "author"], ascending=[False, False, True], na_position="last")
    return table.head(n).reset_index(drop=True)


def top_posts(
    posts: pd.DataFrame, period: Period, *, n: int = 10, tz: str = DEFAULT_TZ, platforms: Sequence[str] | None = None
) -> pd.DataFrame:
    """Our posts of ``period`` with the most engagements, with their reach and engagement rate by reach."""
    frame = _in_period(posts, "posts", period, tz)
    if platforms:
        frame = frame[frame["platform"].isin(platforms)]
    columns = ["published_at", "platform", "text", "url", "engagements", "reach", "engagement_rate_reach"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    out = frame.assign(engagements=pd.array(row_total(frame, POST_ENGAGEMENTS), dtype="Float64"))
    out["engagement_rate_reach"] = (out["engagements"] / out["reach"].where(out["reach"] > 0)).astype("Float64")
    if "text" not in out:
        out["text"] = pd.NA
    return out.sort_values("engagements", ascending=False).head(n)[columns].reset_index(drop=True)
