"""Run the registered indicators over a period: slice the tables, call the functions, compare periods.

Each table is read once per call: its local day column (UTC timestamps converted to the business
time zone; dates kept as they are) and its platform filter are computed a single time and shared
by every indicator and every period of the call.

A table that is missing, empty, or has no data in the days of the period gives "no value" (NaN)
for every indicator that needs it: no data is not zero. A table whose data spans the period but
has no matching rows in it gives a real zero for counts. An indicator that compares the period with
the days before it (returning authors: 28 days) has no value when the data starts after the first of them.

Indicators that exist only for our brand (``Indicator.ours_only``: they read our own accounts,
sales or calendar) have no value when ``our_brand`` is given and another brand is chosen: a
competitor's page never shows our followers or revenue as its own.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any, SupportsFloat

import numpy as np
import pandas as pd

from metrics import schema
from metrics.indicators import pushdown
from metrics.indicators.registry import REGISTRY, Indicator, is_competitor
from metrics.periods import DEFAULT_TZ, Period, local_days, periods_ending

COMPARE_COLUMNS = (
    "value",
    "previous",
    "change",
    "change_rel",
    "avg4",
    "change_avg4",
    "change_avg4_rel",
    "level",
    "unit",
    "higher_is_better",
)


_Span = tuple[date, date]


def _day(day: np.datetime64) -> date:
    return day.astype("datetime64[D]").item()


class UnknownIndicatorError(ValueError):
    """An indicator id that is not registered."""


class _Bounded:
    """A table's first and last local day (after the platform filter)."""

    first: date | None
    last: date | None

    def covers(self, period: Period) -> bool:
        """Whether the table's days (first to last, after the platform filter) overlap the period."""
        if self.first is None or self.last is None:
            return False
        return self.first <= period.end and self.last >= period.start


class _Table(_Bounded):
    """One canonical table prepared for slicing by local day.

    The local day of every row is computed once. The rows of the call's whole span (all its
    periods and their look-back days) that pass the platform filter are taken once, in day order,
    so that every period's slice is a cheap positional view of them.
    """

    def __init__(self, name: str, frame: pd.DataFrame, platforms: Sequence[str] | None, tz: str, span: _Span) -> None:
        days = local_days(frame[schema.TABLES[name].date_column], tz)
        keep = ~np.isnat(days)
        if platforms is not None and "platform" in frame.columns:
            keep &= frame["platform"].isin(list(platforms)).to_numpy(dtype=bool, na_value=False)
        known = days[keep]
        self.first = _day(known.min()) if len(known) else None
        self.last = _day(known.max()) if len(known) else None
        self.span = lo, hi = np.datetime64(span[0], "D"), np.datetime64(span[1], "D")
        if keep.all() and bool((days[1:] >= days[:-1]).all()):  # already in day order: no copy
            begin, stop = np.searchsorted(days, lo, "left"), np.searchsorted(days, hi, "right")
            self.rows_in_span, self.days = frame.iloc[begin:stop], days[begin:stop]
        else:
            rows = np.flatnonzero(keep & (days >= lo) & (days <= hi))
            rows = rows[np.argsort(days[rows], kind="stable")]
            self.rows_in_span, self.days = frame.take(rows), days[rows]

    def rows(self, first: date, last: date) -> pd.DataFrame:
        """The rows kept by the platform filter whose local day is in ``first``..``last``."""
        lo, hi = np.datetime64(first, "D"), np.datetime64(last, "D")
        assert self.span[0] <= lo and hi <= self.span[1], "a slice outside the call's span"
        begin, stop = np.searchsorted(self.days, lo, "left"), np.searchsorted(self.days, hi, "right")
        return self.rows_in_span.iloc[begin:stop]


class _Aggregated(_Bounded):
    """A table aggregated where it lies (``pushdown``): its bounds, and its periods' statistics asked once."""

    def __init__(self, source: pushdown.Aggregating, platforms: Sequence[str] | None, tz: str) -> None:
        remembered = getattr(source, "bounds", None)  # a workspace's tables ask once
        first, last = remembered(platforms, tz) if remembered else pushdown.bounds(source, platforms, tz)
        self.first, self.last = first, last
        self._source, self._platforms, self._tz = source, platforms, tz
        self._statistics: dict[str | None, dict[Period, dict[str, Any] | None]] = {}

    def statistics(self, brand: str, period: Period, tables: _Tables) -> dict[str, Any] | None:
        if brand not in self._statistics:
            found = pushdown.statistics(
                self._source,
                tables.periods,
                brand=brand,
                platforms=self._platforms,
                tz=self._tz,
                lookback=tables.lookback,
                ids=tables.pushed_ids,
            )
            self._statistics[brand] = dict(zip(tables.periods, found, strict=True))
        return self._statistics[brand][period]


class _Tables:
    """The tables of one call, each prepared on first use for the days of ``periods``.

    A table the source can aggregate where it lies (a workspace's, not read yet) is aggregated there
    when every indicator of the call that reads it can be (``pushdown``); else its rows are read.
    """

    def __init__(
        self,
        tables: Mapping[str, pd.DataFrame],
        periods: Sequence[Period],
        items: Sequence[Indicator],
        platforms: Sequence[str] | None,
        tz: str,
    ) -> None:
        self.lookback = max((i.lookback_days for i in items), default=0)
        first = min(p.start for p in periods) - timedelta(days=self.lookback)
        self._span = (first, max(p.end for p in periods))
        self.periods = list(periods)
        self._raw = tables
        self._platforms = platforms
        self._tz = tz
        self._prepared: dict[str, _Bounded | None] = {}
        pushable = getattr(tables, "pushable", None)
        readers = [i for i in items if pushdown.TABLE in i.needs]
        self.aggregated = bool(
            pushable is not None and readers and pushable(pushdown.TABLE) and all(map(pushdown.pushed, readers))
        )
        self.pushed_ids = [i.id for i in readers] if self.aggregated else []

    def get(self, name: str) -> _Bounded | None:
        if name not in self._prepared:
            if self.aggregated and name == pushdown.TABLE:
                self._prepared[name] = _Aggregated(self._raw, self._platforms, self._tz)  # type: ignore[arg-type]
            else:
                has_rows = getattr(self._raw, "has_rows", None)  # a workspace's tables tell without reading
                frame = self._raw.get(name) if has_rows is None or has_rows(name) else None
                usable = frame is not None and len(frame) > 0
                self._prepared[name] = _Table(name, frame, self._platforms, self._tz, self._span) if usable else None
        return self._prepared[name]


def _selected(ids: Iterable[str] | None) -> list[Indicator]:
    registered = REGISTRY.of_kind("period")
    if ids is None:
        return list(registered.values())
    ids = list(ids)
    unknown = [i for i in ids if i not in registered]
    if unknown:
        raise UnknownIndicatorError(f"unknown indicator {', '.join(unknown)}: use one of {', '.join(registered)}")
    return [registered[i] for i in ids]


def _as_float(value: SupportsFloat | None) -> float:
    if value is None or type(value).__name__ in ("NAType", "NaTType"):  # pandas' missing values, pandas not imported
        return float("nan")
    return float(value)


def _value(item: Indicator, tables: _Tables, period: Period, options: Mapping[str, Any]) -> float:
    if "brand" in item.options and options["brand"] is None:
        return float("nan")
    if item.ours_only and is_competitor(options["brand"], options["our_brand"]):
        return float("nan")
    prepared = [t for t in (tables.get(name) for name in item.needs) if t is not None and t.covers(period)]
    if len(prepared) < len(item.needs):
        return float("nan")
    first = period.start - timedelta(days=item.lookback_days)
    if item.full_lookback and any(t.first is not None and t.first > first for t in prepared):
        return float("nan")  # the data starts inside the look-back: "returning" cannot be judged
    if isinstance(prepared[0], _Aggregated):
        stats = prepared[0].statistics(options["brand"], period, tables)
        return pushdown.value(item, stats)
    frames = [t.rows(first, period.end) for t in prepared if isinstance(t, _Table)]
    return _as_float(item.func(*frames, **{k: options[k] for k in item.options}))


def _run(
    tables: _Tables, period: Period, brand: str | None, tz: str, items: list[Indicator], our_brand: str | None = None
) -> dict[str, float]:
    options = {"brand": brand, "start": period.start, "end": period.end, "tz": tz, "our_brand": our_brand}
    return {item.id: _value(item, tables, period, options) for item in items}


def compute(
    tables: Mapping[str, pd.DataFrame],
    period: Period,
    *,
    brand: str | None,
    platforms: Sequence[str] | None = None,
    tz: str = DEFAULT_TZ,
    ids: Iterable[str] | None = None,
    our_brand: str | None = None,
) -> dict[str, float]:
    """The value of each indicator (all registered ones, or ``ids``) for ``period``, in display order.

    ``tables`` maps canonical table names to canonical frames. ``platforms`` keeps only those
    platforms in tables that have a ``platform`` column; whether a table has data for the period
    is judged after that filter. ``tz`` is the business time zone that timestamps are bucketed in.
    Without a ``brand`` (None), indicators about our brand's mentions have no value. With
    ``our_brand`` given and ``brand`` another (a competitor), indicators that exist only for our
    brand have no value.

    >>> from metrics.indicators.registry import frame
    >>> from metrics.periods import parse_week
    >>> mentions = frame("mentions", {"brand": ["Acme", "Rival", "Acme"],
    ...                               "published_at": ["2026-11-22 22:30", "2026-11-24 09:00", "2026-11-30 09:00"]})
    >>> compute({"mentions": mentions}, parse_week("2026-W48"), brand="Acme", ids=["mentions", "share_of_voice"])
    {'mentions': 1.0, 'share_of_voice': 0.5}

    Indicators whose tables are missing, or have no data in the period, have no value:

    >>> compute({"mentions": mentions}, parse_week("2026-W48"), brand="Acme", ids=["reach"])
    {'reach': nan}

    Our own posts are not a competitor's:

    >>> posts = frame("posts", {"published_at": ["2026-11-24 10:00"], "reach": [900]})
    >>> compute({"mentions": mentions, "posts": posts}, parse_week("2026-W48"), brand="Rival",
    ...         ids=["mentions", "reach"], our_brand="Acme")
    {'mentions': 1.0, 'reach': nan}
    """
    items = _selected(ids)
    return _run(_Tables(tables, [period], items, platforms, tz), period, brand, tz, items, our_brand)


def series(
    tables: Mapping[str, pd.DataFrame],
    periods: Sequence[Period],
    *,
    brand: str | None,
    platforms: Sequence[str] | None = None,
    tz: str = DEFAULT_TZ,
    ids: Iterable[str] | None = None,
    our_brand: str | None = None,
) -> pd.DataFrame:
    """Indicators over several periods: one row per period (indexed by its first day), one column per id.

    >>> from metrics.indicators.registry import frame
    >>> from metrics.periods import parse_week
    >>> mentions = frame("mentions", {"brand": ["Acme", "Acme", "Acme"],
    ...                               "published_at": ["2026-11-17 10:00", "2026-11-24 10:00", "2026-11-25 10:00"]})
    >>> weeks = [parse_week("2026-W47"), parse_week("2026-W48")]
    >>> series({"mentions": mentions}, weeks, brand="Acme", ids=["mentions"])["mentions"].tolist()
    [1.0, 2.0]
    """
    items = _selected(ids)
    values = series_values(tables, periods, brand=brand, platforms=platforms, tz=tz, ids=ids, our_brand=our_brand)
    return trend_frame(values, periods, [i.id for i in items])


def series_values(
    tables: Mapping[str, pd.DataFrame],
    periods: Sequence[Period],
    *,
    brand: str | None,
    platforms: Sequence[str] | None = None,
    tz: str = DEFAULT_TZ,
    ids: Iterable[str] | None = None,
    our_brand: str | None = None,
) -> list[dict[str, float]]:
    """:func:`series` as plain values, one mapping of id → value per period: what a summary counted where the
    mentions lie needs of it, without building a frame (or importing pandas to build one)."""
    items = _selected(ids)
    if not periods:
        return []
    prepared = _Tables(tables, periods, items, platforms, tz)
    return [_run(prepared, p, brand, tz, items, our_brand) for p in periods]


def trend_frame(values: Sequence[Mapping[str, float]], periods: Sequence[Period], ids: Sequence[str]) -> pd.DataFrame:
    """The frame of :func:`series` from its values."""
    if not periods:
        return pd.DataFrame(columns=list(ids), index=pd.Index([], dtype=schema.DATE, name="start"))
    index = pd.Index(pd.to_datetime([p.start for p in periods]).astype(schema.DATE), name="start")
    return pd.DataFrame(list(values), index=index, columns=list(ids), dtype="float64")


def compare(
    tables: Mapping[str, pd.DataFrame],
    period: Period,
    *,
    brand: str | None,
    platforms: Sequence[str] | None = None,
    tz: str = DEFAULT_TZ,
    ids: Iterable[str] | None = None,
    our_brand: str | None = None,
) -> pd.DataFrame:
    """Each indicator for ``period`` against the period before and the average of the 4 before.

    The periods before are the same kind as ``period``: ISO weeks step by week, calendar months by
    calendar month, other ranges by their own length. ``avg4`` is the mean of the 4 periods
    immediately before ``period`` that have a value (NaN when none has). Relative changes divide by
    the absolute base and are NaN when the base is 0 or missing.

    >>> from metrics.indicators.registry import frame
    >>> from metrics.periods import parse_week
    >>> mentions = frame("mentions", {"brand": ["Acme"] * 5, "published_at": [
    ...     "2026-11-24 10:00", "2026-11-25 10:00", "2026-11-26 10:00", "2026-11-17 10:00", "2026-11-10 10:00"]})
    >>> table = compare({"mentions": mentions}, parse_week("2026-W48"), brand="Acme", ids=["mentions"])
    >>> table.loc["mentions", ["value", "previous", "change", "change_rel", "avg4"]].tolist()
    [3.0, 1.0, 2.0, 2.0, 1.0]

    The data starts in week 46, so weeks 44 and 45 have no value and the average is over 46–47.
    """
    items = _selected(ids)
    periods = [*periods_ending(period, 4), period]
    values = series_values(tables, periods, brand=brand, platforms=platforms, tz=tz, ids=ids, our_brand=our_brand)
    return comparison_frame(compare_values(values, items))


def compare_trend(trend: pd.DataFrame) -> pd.DataFrame:
    """:func:`compare` read off a :func:`series` frame whose last row is the period and whose rows before
    it are the periods before it (at least four of them): the same numbers, without computing again.

    >>> from metrics.indicators.registry import frame
    >>> from metrics.periods import parse_week, periods_ending
    >>> mentions = frame("mentions", {"brand": ["Acme"] * 5, "published_at": [
    ...     "2026-11-24 10:00", "2026-11-25 10:00", "2026-11-26 10:00", "2026-11-17 10:00", "2026-11-10 10:00"]})
    >>> week = parse_week("2026-W48")
    >>> trend = series({"mentions": mentions}, [*periods_ending(week, 4), week], brand="Acme", ids=["mentions"])
    >>> compare_trend(trend).loc["mentions", ["value", "previous", "avg4"]].tolist()
    [3.0, 1.0, 1.0]
    """
    items = _selected(list(trend.columns))
    return comparison_frame(compare_values(trend.iloc[-5:].astype("float64").to_dict("records"), items))


def compare_values(values: Sequence[Mapping[str, float]], items: Sequence[Indicator]) -> dict[str, dict[str, Any]]:
    """Each indicator's row of the comparison (``COMPARE_COLUMNS``) from its values over the period (last)
    and the four periods before it (oldest first): the one rule :func:`compare` and the summary share.

    >>> from metrics.indicators.registry import REGISTRY
    >>> row = compare_values([{"mentions": v} for v in (1.0, float("nan"), 3.0, 4.0, 6.0)], [REGISTRY["mentions"]])
    >>> {k: row["mentions"][k] for k in ("previous", "change", "change_rel", "avg4", "change_avg4")}
    {'previous': 4.0, 'change': 2.0, 'change_rel': 0.5, 'avg4': 2.6666666666666665, 'change_avg4': 3.3333333333333335}
    """
    *history, now = values[-5:]
    out: dict[str, dict[str, Any]] = {}
    for item in items:
        value = _as_float(now.get(item.id))
        before = [_as_float(h.get(item.id)) for h in history]
        previous = before[-1] if before else math.nan
        known = [b for b in before if not math.isnan(b)]
        avg4 = sum(known) / len(known) if known else math.nan
        out[item.id] = {
            "value": value,
            "previous": previous,
            "change": value - previous,
            "change_rel": _relative(value - previous, previous),
            "avg4": avg4,
            "change_avg4": value - avg4,
            "change_avg4_rel": _relative(value - avg4, avg4),
            "level": item.level,
            "unit": item.unit,
            "higher_is_better": item.higher_is_better,
        }
    return out


def _relative(change: float, base: float) -> float:
    """The change over the absolute base; NaN when the base is 0 or missing."""
    return change / abs(base) if not math.isnan(base) and base != 0 else math.nan


def comparison_frame(rows: Mapping[str, Mapping[str, Any]]) -> pd.DataFrame:
    """The comparison table (one row per indicator id, ``COMPARE_COLUMNS``) from :func:`compare_values`."""
    index = pd.Index(list(rows), name="id")
    out = pd.DataFrame(index=index)
    for column in COMPARE_COLUMNS[:7]:
        out[column] = pd.Series([rows[i][column] for i in index], index=index, dtype="float64")
    out["level"] = [rows[i]["level"] for i in index]
    out["unit"] = [rows[i]["unit"] for i in index]
    out["higher_is_better"] = pd.Series([rows[i]["higher_is_better"] for i in index], index=index, dtype=object)
    return out[list(COMPARE_COLUMNS)]
