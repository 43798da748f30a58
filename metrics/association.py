"""Sales in context: weekly PR indicators beside weekly revenue, associated at lags, never attributed.

Weekly sales follow the whole marketing mix (TV, promotions, prices, the season), which all moves
at once, so a correlation over weeks cannot separate what social media did from the rest. This
module measures whether an indicator and revenue move together, and when: ``lagged_association``
pairs the indicator of a week with revenue ``lag`` weeks later (0–8 weeks; the field reports
brand conversations leading sales by up to about 8 weeks) and gives Pearson's and Spearman's
correlation, the number of paired weeks and a 95% confidence interval for each, by Fisher's z.
Every screen that shows these numbers shows the texts ``NOT_ATTRIBUTION`` and ``WHY`` with them.

:func:`finding` reads a table of lags for the room: when the interval of every lag includes 0
there is "no evidence" that the two move together (never "strongest at a lag of 8 weeks" for
r = −0.14, 95% interval −0.42…0.16); otherwise the lag with the largest correlation among those
whose interval excludes 0, and its direction, as a :class:`Finding` (a code with its numbers);
``resonance.say.association_finding`` says it in a sentence and ``resonance.say.association_details``
gives the numbers behind it, for a click away.

>>> import numpy as np
>>> weeks = pd.date_range("2026-01-05", periods=20, freq="7D")
>>> buzz = pd.Series(np.sin(np.arange(20.0)), index=weeks)
>>> revenue = buzz.shift(2) * 10 + 100  # revenue follows the buzz two weeks later
>>> table = lagged_association(buzz, revenue)
>>> int(table.loc[2, "n"]), round(float(table.loc[2, "pearson"]), 6), strongest_lag(table)
(18, 1.0, 2)
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from metrics import schema
from metrics.indicators import REGISTRY
from metrics.indicators.compute import series
from metrics.indicators.registry import indicator
from metrics.periods import DEFAULT_TZ, Period, bucket, iso_week

# Keys of texts the edge shows with these numbers (codes, not words).
NOT_ATTRIBUTION = "association.not_attribution"  # "Association, not attribution"
WHY = "association.why"  # why a weekly correlation cannot say what caused the sales
METHOD = "association.method"  # how n, the correlations and their intervals are computed
CAVEAT = "not_attribution"  # the caveat every finding is shown with
MAX_LAG = 8
MIN_PAIRS = 8
CONFIDENCE = 0.95
# Fieller, Hartley & Pearson (1957): the variance of Fisher's z of Spearman's rho is about 1.06/(n − 3).
SPEARMAN_VARIANCE = 1.06

COLUMNS = ("n", "pearson", "pearson_low", "pearson_high", "spearman", "spearman_low", "spearman_high", "reason")
# Why a lag has no value; the text of each is ``association.reason.<code>`` (``{min_pairs}`` filled in).
REASONS = ("too_few_pairs", "no_variation")

YEAR_DAYS = 364  # the weeks ``sales_association`` reads: the 52 up to the period's end


class AssociationError(ValueError):
    """Weekly series that cannot be paired week by week."""


def normal_quantile(p: float) -> float:
    """The standard normal quantile: the x with Φ(x) = p, for 0 < p < 1 (Newton's method on ``math.erf``).

    >>> round(normal_quantile(0.975), 6)
    1.959964
    """
    if not 0 < p < 1:
        raise ValueError(f"{p!r} is not a probability strictly between 0 and 1")
    x = 0.0
    for _ in range(100):
        error = 0.5 * (1 + math.erf(x / math.sqrt(2))) - p
        step = error / (math.exp(-x * x / 2) / math.sqrt(2 * math.pi))
        x -= max(-2.0, min(2.0, step))
        if abs(step) < 1e-14:
            break
    return x


def weekly_series(
    tables: Mapping[str, pd.DataFrame],
    indicator_id: str,
    *,
    brand: str | None,
    start: date,
    end: date,
    tz: str = DEFAULT_TZ,
    platforms: Sequence[str] | None = None,
) -> pd.Series:
    """A registered indicator over the ISO weeks (Monday–Sunday) that lie wholly in ``start``..``end``.

    A week cut by ``start`` or ``end`` is left out: part of a week would look like a drop. Weeks
    whose tables have no data give NaN (no data is not zero). The index is each week's Monday.

    >>> from metrics.indicators.registry import frame
    >>> sales = frame("sales", {"date": ["2026-11-16", "2026-11-24", "2026-11-25"], "revenue": [5.0, 1.0, 2.0]})
    >>> weekly_series({"sales": sales}, "revenue", brand=None, start=date(2026, 11, 16), end=date(2026, 11, 29))
    week
    2026-11-16    5.0
    2026-11-23    3.0
    Name: revenue, dtype: float64
    """
    periodic = REGISTRY.of_kind("period")
    if indicator_id not in periodic:
        raise KeyError(f"unknown indicator {indicator_id!r}: use one of {', '.join(periodic)}")
    monday = start + timedelta(days=(7 - start.weekday()) % 7)
    weeks = []
    while monday + timedelta(days=6) <= end:
        year, week, _ = monday.isocalendar()
        weeks.append(iso_week(year, week))
        monday += timedelta(days=7)
    table = series(tables, weeks, brand=brand, platforms=platforms, tz=tz, ids=[indicator_id])
    out = table[indicator_id].rename(indicator_id)
    out.index.name = "week"
    return out


def weekly_customers(sales: pd.DataFrame, *, start: date, end: date) -> pd.DataFrame:
    """New and returning customers of each ISO week in ``start``..``end``, and the returning share.

    The sales table holds days, each with the customers the shop system counted as new or
    returning; repeat purchases of one customer need order-level data with customer ids, which
    the canonical table does not keep. Weeks are whole ISO weeks as in :func:`weekly_series`.
    ``returning_share`` = returning ÷ (new + returning) over days that give both, as the
    ``returning_customer_share`` indicator; a week without sales days is NaN throughout.

    >>> from metrics.indicators.registry import frame
    >>> sales = frame("sales", {"date": ["2026-11-23", "2026-11-24"], "customers_new": [30, 10],
    ...                         "customers_returning": [10, 30]})
    >>> weekly_customers(sales, start=date(2026, 11, 23), end=date(2026, 11, 29)).iloc[0].tolist()
    [40.0, 40.0, 0.5]
    """
    tables = {"sales": sales}
    share = weekly_series(tables, "returning_customer_share", brand=None, start=start, end=end)
    out = pd.DataFrame(index=share.index)
    mondays = pd.Index(bucket(sales["date"], "week"))
    for column, name in (("customers_new", "new"), ("customers_returning", "returning")):
        values = pd.Series(sales[column].to_numpy(dtype="float64", na_value=np.nan), index=mondays)
        sums = values.groupby(level=0).sum(min_count=1)
        out[name] = sums.reindex(out.index).to_numpy()
    out["returning_share"] = share.to_numpy()
    return out


def _positions(index: pd.Index) -> tuple[np.ndarray, int]:
    """Week positions from an index of week starts (days, 7 apart) or of week numbers, and the step."""
    if pd.api.types.is_integer_dtype(index.dtype):
        return index.to_numpy(dtype="int64"), 1
    try:
        days = pd.DatetimeIndex(index).to_numpy().astype("datetime64[D]").astype("int64")
    except (TypeError, ValueError):
        raise AssociationError("weekly series must be indexed by week starts (dates) or week numbers") from None
    return days, 7


def _paired(indicator_weeks: pd.Series, revenue_weeks: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Both series on one gap-free weekly grid (NaN where a week is missing)."""
    (a, step), (b, other) = _positions(indicator_weeks.index), _positions(revenue_weeks.index)
    if len(a) and len(b) and step != other:
        raise AssociationError("one series is indexed by dates and the other by week numbers")
    if len(a) + len(b) == 0:
        return np.array([]), np.array([])
    first = int(np.concatenate([a, b]).min())
    grid = []
    for name, positions, values in (("indicator", a, indicator_weeks), ("revenue", b, revenue_weeks)):
        offset = positions - first
        if (offset % step).any():
            raise AssociationError(f"the {name} weeks are not whole weeks apart from the other series' weeks")
        if len(np.unique(offset)) != len(offset):
            raise AssociationError(f"the {name} series has the same week twice")
        numeric = pd.to_numeric(values, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        grid.append((offset // step, numeric))
    length = max(int(p.max()) for p, _ in grid if len(p)) + 1
    out = []
    for positions, values in grid:
        full = np.full(length, np.nan)
        full[positions] = values
        out.append(full)
    return out[0], out[1]


def _pearson(x: np.ndarray, y: np.ndarray) -> float:
    dx, dy = x - x.mean(), y - y.mean()
    return float(np.clip((dx * dy).sum() / math.sqrt((dx * dx).sum() * (dy * dy).sum()), -1.0, 1.0))


def _interval(r: float, n: int, variance: float, z: float) -> tuple[float, float]:
    """Fisher's z interval: tanh(atanh(r) ± z·√(variance ÷ (n − 3)))."""
    if n <= 3:
        return float("nan"), float("nan")
    with np.errstate(divide="ignore"):
        centre = float(np.arctanh(r))
    half = z * math.sqrt(variance / (n - 3))
    return float(np.tanh(centre - half)), float(np.tanh(centre + half))


def lagged_association(
    indicator_weeks: pd.Series,
    revenue_weeks: pd.Series,
    *,
    max_lag: int = MAX_LAG,
    min_pairs: int = MIN_PAIRS,
    confidence: float = CONFIDENCE,
) -> pd.DataFrame:
    """Correlation of a weekly indicator with weekly revenue ``lag`` weeks later, for lags 0..``max_lag``.

    Both series are indexed by week (Mondays, 7 days apart, or week numbers). At lag k the
    indicator of week w is paired with revenue of week w + k; ``n`` counts the pairs where both
    are given. ``pearson`` is Pearson's r; ``spearman`` is Spearman's rho (Pearson's r of the
    ranks, ties averaged). Each has a ``confidence`` interval (95% by default) by Fisher's
    z-transformation: tanh(atanh(r) ± z·SE) with SE = 1/√(n − 3) for Pearson and √(1.06/(n − 3))
    for Spearman. It is an association: it says nothing about what caused the revenue.

    Edge cases: fewer than ``min_pairs`` pairs gives NaN with ``reason`` ``"too_few_pairs"``; a
    series that does not vary over the pairs gives NaN with ``"no_variation"``. ``reason`` is
    missing when there are values. Rows are indexed by ``lag``; columns are ``COLUMNS``.

    >>> weeks = pd.date_range("2026-01-05", periods=6, freq="7D")
    >>> table = lagged_association(pd.Series(range(6), index=weeks), pd.Series(range(6), index=weeks))
    >>> table.loc[0, "n"], table.loc[0, "pearson"], table.loc[0, "reason"]
    (np.int64(6), np.float64(nan), 'too_few_pairs')
    """
    if max_lag < 0:
        raise ValueError(f"max_lag must be 0 or more, not {max_lag}")
    if min_pairs < 4:
        raise ValueError(f"min_pairs must be 4 or more (a confidence interval needs n > 3), not {min_pairs}")
    z = normal_quantile(0.5 + confidence / 2)
    x_all, y_all = _paired(indicator_weeks, revenue_weeks)
    rows = []
    for lag in range(max_lag + 1):
        x, y = x_all[: max(len(x_all) - lag, 0)], y_all[lag:]
        both = ~np.isnan(x) & ~np.isnan(y)
        x, y = x[both], y[both]
        n = len(x)
        row = dict.fromkeys(COLUMNS, float("nan")) | {"n": n, "reason": pd.NA}
        if n < min_pairs:
            row["reason"] = "too_few_pairs"
        elif np.ptp(x) == 0 or np.ptp(y) == 0:
            row["reason"] = "no_variation"
        else:
            for method, a, b, variance in (
                ("pearson", x, y, 1.0),
                ("spearman", pd.Series(x).rank().to_numpy(), pd.Series(y).rank().to_numpy(), SPEARMAN_VARIANCE),
            ):
                r = _pearson(a, b)
                row[method] = r
                row[f"{method}_low"], row[f"{method}_high"] = _interval(r, n, variance, z)
        rows.append(row)
    out = pd.DataFrame(rows, index=pd.RangeIndex(max_lag + 1, name="lag"), columns=list(COLUMNS))
    out["n"] = out["n"].astype("int64")
    out["reason"] = out["reason"].astype(schema.STR)
    return out


def strongest_lag(table: pd.DataFrame, *, method: str = "pearson") -> int | None:
    """The lag with the largest absolute correlation (the earliest on a tie); None when no lag has one.

    >>> strongest_lag(pd.DataFrame({"pearson": [0.1, -0.6, 0.4]}, index=pd.RangeIndex(3, name="lag")))
    1
    """
    values = table[method].abs()
    if values.notna().sum() == 0:
        return None
    return int(values.idxmax())


def association_table(
    tables: Mapping[str, pd.DataFrame],
    indicator_id: str,
    *,
    brand: str | None,
    start: date,
    end: date,
    tz: str = DEFAULT_TZ,
    max_lag: int = MAX_LAG,
    min_pairs: int = MIN_PAIRS,
) -> pd.DataFrame:
    """``lagged_association`` of a registered indicator's weeks with revenue's weeks in ``start``..``end``.

    Revenue is the ``revenue`` indicator over all sales channels, in the weeks of the same range:
    revenue after ``end`` is not used, so the longest lags have fewer pairs.
    """
    revenue_weeks = weekly_series(tables, "revenue", brand=brand, start=start, end=end, tz=tz)
    if revenue_weeks.notna().any():
        indicator_weeks = weekly_series(tables, indicator_id, brand=brand, start=start, end=end, tz=tz)
    else:  # no week pairs whatever the indicator: its weeks are not counted (millions of mentions)
        indicator_weeks = pd.Series(float("nan"), index=revenue_weeks.index, name=indicator_id)
    return lagged_association(indicator_weeks, revenue_weeks, max_lag=max_lag, min_pairs=min_pairs)


@indicator(
    "sales_association",
    kind="association",
    level="impact",
    unit="index",
    needs=("sales",),
    higher_is_better=None,
    formula="Pearson's and Spearman's correlation of a weekly PR indicator with weekly revenue 0–8 weeks later, "
    "with the number of paired weeks and a 95% confidence interval (Fisher's z); – with fewer than 8 paired "
    "weeks or when a series does not vary. Association, not attribution.",
    denominator="None: a correlation over paired weeks",
)
def sales_association(
    tables: Mapping[str, pd.DataFrame], period: Period, *, brand: str | None, tz: str = DEFAULT_TZ
) -> float:
    """Pearson's r of weekly mentions with weekly revenue at the strongest lag, over the year up to the period.

    The one number of the lag table told beside the period's indicators: :func:`association_table`
    of ``mentions`` over the 52 weeks up to ``period.end``, at its :func:`strongest_lag`.
    Edge cases: NaN when no lag has a correlation (fewer than 8 paired weeks, or no variation).

    >>> from metrics.periods import parse_week
    >>> sales_association({}, parse_week("2026-W48"), brand="Acme")
    nan
    """
    return strongest_r(year_table(tables, period, brand=brand, tz=tz))


def year_table(
    tables: Mapping[str, pd.DataFrame], period: Period, *, brand: str | None, tz: str = DEFAULT_TZ
) -> pd.DataFrame:
    """:func:`association_table` of weekly mentions over the ``YEAR_DAYS`` up to ``period.end``: what
    :func:`sales_association` and the meeting's finding read."""
    start = period.end - timedelta(days=YEAR_DAYS)
    return association_table(tables, "mentions", brand=brand, start=start, end=period.end, tz=tz)


def strongest_r(table: pd.DataFrame) -> float:
    """Pearson's r at the table's :func:`strongest_lag`; NaN when no lag has one."""
    lag = strongest_lag(table)
    return float("nan") if lag is None else float(table["pearson"].iloc[lag])


# --- what the lags say, for the room ---

STRENGTHS = ((0.5, "strong"), (0.3, "moderate"), (0.0, "weak"))  # |r|, after Cohen (1988)


@dataclass(frozen=True)
class Finding:
    """What a table of lags says, as a code with its numbers.

    ``code`` is ``"no_data"`` (no lag has a correlation), ``"no_evidence"`` (every lag's interval
    includes 0), ``"together"`` or ``"opposite"`` (some lag's interval excludes 0; the sign of its
    correlation). ``lag`` and its ``r``, ``low``, ``high`` and ``n`` are the lag told: the one with
    the largest absolute correlation among those whose interval excludes 0, or among all lags for
    ``"no_evidence"``. ``lags`` are all the lags whose interval excludes 0; ``tested`` how many had a value.
    """

    code: str
    lag: int | None = None
    r: float = math.nan
    low: float = math.nan
    high: float = math.nan
    n: int = 0
    lags: tuple[int, ...] = ()
    tested: int = 0

    @property
    def strength(self) -> str | None:
        """``"weak"``, ``"moderate"`` or ``"strong"`` by |r| (below 0.3, below 0.5, from 0.5); None without r."""
        if math.isnan(self.r):
            return None
        return next(name for bound, name in STRENGTHS if abs(self.r) >= bound)


def finding(table: pd.DataFrame, *, method: str = "pearson") -> Finding:
    """Whether the indicator moves with revenue at any lag of ``table`` (from :func:`lagged_association`).

    Formula: a lag is evidence when its confidence interval excludes 0 (low > 0 or high < 0).
    Edge cases: a table without any correlation gives ``"no_data"``.

    >>> table = pd.DataFrame({"n": [44, 44], "pearson": [-0.14, 0.05], "pearson_low": [-0.42, -0.25],
    ...     "pearson_high": [0.16, 0.34]}, index=pd.RangeIndex(2, name="lag"))
    >>> finding(table).code, finding(table).lag
    ('no_evidence', 0)
    >>> table.loc[1, ["pearson", "pearson_low", "pearson_high"]] = [0.52, 0.29, 0.70]
    >>> found = finding(table)
    >>> found.code, found.lag, found.strength
    ('together', 1, 'strong')
    """
    r = table[method]
    if r.notna().sum() == 0:
        return Finding("no_data")
    low, high = table[f"{method}_low"], table[f"{method}_high"]
    evidence = r.notna() & ((low > 0) | (high < 0))
    pool = r[evidence] if evidence.any() else r.dropna()
    lag = int(pool.abs().idxmax())
    code = "no_evidence" if not evidence.any() else ("together" if r[lag] > 0 else "opposite")
    return Finding(
        code,
        lag=lag,
        r=float(r[lag]),
        low=float(low[lag]),
        high=float(high[lag]),
        n=int(table.loc[lag, "n"]),
        lags=tuple(int(i) for i in r.index[evidence]),
        tested=int(r.notna().sum()),
    )
