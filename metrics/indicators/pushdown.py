"""The indicators of the mentions table aggregated where the table lies (DuckDB), not read row by row.

A year of a big brand's mentions is millions of rows; every indicator of a period over them is a
count, a sum, a distinct count or a median. Here each is one column of a single grouped query over
the periods asked (their sufficient statistics: counts and sums), finished in Python with the same
rules as the functions over frames (``ratio``, "not reported" sums, "no value" gates). A period
without rows is finished from the statistics the statements give no rows (:data:`NO_ROWS`), so no
frame is built for it. ``tests/metrics/test_pushdown.py`` holds every indicator here equal to its
frame function, on random tables, on real exports and over no rows; an indicator that is not here is
computed from the rows as before (the rows are read then).

The statements take named parameters (``$brand``, ``$lo0``…); the times of the periods are compared
as instants (a local day's midnight in the business zone), so no row's time is converted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from statistics import median
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

from metrics.indicators.registry import Indicator, ratio
from metrics.periods import Period
from metrics.vocabulary import KNOWN_SENTIMENTS

TABLE = "mentions"


class Aggregating(Protocol):
    """Tables that can be aggregated where they lie: the workspace's, as the summary reads them."""

    def pushable(self, table: str) -> bool:
        """Whether ``table`` is better aggregated than read (its rows are not at hand)."""

    def aggregate(self, sql: str, params: Mapping[str, Any]) -> list[tuple]:
        """The rows of a query with named parameters."""


# The columns of a row the statistics read: ``e`` its engagements, ``q`` a question or a complaint (asking
# for an answer), ``h`` the hours to its answer.
_ROW = (
    "published_at, brand, author, sentiment, sentiment_source, reach, replied_at, "
    "CASE WHEN coalesce(likes, comments, shares) IS NULL THEN NULL "
    "ELSE coalesce(likes, 0) + coalesce(comments, 0) + coalesce(shares, 0) END AS e, "
    "coalesce(is_question, false) OR sentiment = 'negative' AS q, "
    "(epoch_us(replied_at) - epoch_us(published_at)) / 1e6 / 3600 AS h"
)
_KNOWN = ", ".join(f"'{s}'" for s in KNOWN_SENTIMENTS)  # codes of our own vocabulary, written into the statement
# Sufficient statistics of one period's rows (after the platform filter), from every row…
_ALL = {
    "rows": "count(*)",
    "tracked": "count(brand)",
    "reach_given": "count(reach)",
    "tracked_reach": "sum(reach) FILTER (WHERE brand IS NOT NULL)",
    "tracked_engaged": "sum(e) FILTER (WHERE brand IS NOT NULL)",
    "replied": "count(replied_at)",
}
# … and from our brand's rows alone (a query of their own: one comparison of the brand per row, not one per
# statistic); a period without any of ours has None for each.
_OURS = {
    "ours": "count(*)",
    "ours_reach_given": "count(reach)",
    "ours_reach": "sum(reach)",
    "ours_engaged": "sum(e)",
    "ours_authors_given": "count(author)",
    "ours_authors": "count(DISTINCT author)",
    **{s: f"count(*) FILTER (WHERE sentiment = '{s}')" for s in KNOWN_SENTIMENTS},
    "judged": f"count(*) FILTER (WHERE sentiment IN ({_KNOWN}) AND author IS NOT NULL)",
    "model_known": f"count(*) FILTER (WHERE sentiment IN ({_KNOWN}) AND sentiment_source = 'model')",
    "asked": "count(*) FILTER (WHERE q)",
    "asked_replied": "count(*) FILTER (WHERE q AND replied_at IS NOT NULL)",
    "hours": "list(h) FILTER (WHERE q AND replied_at IS NOT NULL AND h >= 0)",
}


def _number(value: Any) -> float:
    return 0.0 if value is None else float(value)


def _reported(given: float, ours_given: float, ours: float, total: float, rows: float) -> float:
    """``reported_sum`` over our rows: 0 without any of ours (NaN if no row reports the value at all),
    NaN when none of ours reports it, else the sum of those that do."""
    if ours == 0:
        return float("nan") if rows and not given else 0.0
    return float("nan") if not ours_given else total


def _sentiment(s: Mapping[str, Any], numerator: Callable[[Mapping[str, float]], float], over: tuple[str, ...]) -> float:
    counts = {k: _number(s[k]) for k in KNOWN_SENTIMENTS}
    return ratio(numerator(counts), sum(counts[k] for k in over))


def _median(values: Sequence[float] | None) -> float:
    return float(median(values)) if values else float("nan")


_AUTHORS = ("now", "returning", "advocates")  # from the per-author query (the look-back days included)

# What the statements give a period without rows: every count 0, every sum none, none of ours, no authors.
NO_ROWS: dict[str, Any] = {
    **{name: 0 if aggregate.startswith("count(") else None for name, aggregate in _ALL.items()},
    **dict.fromkeys(_OURS),
    **dict.fromkeys(_AUTHORS, 0),
}


@dataclass(frozen=True)
class Finish:
    """How an indicator is finished from its period's statistics, and which of them it reads."""

    reads: tuple[str, ...]
    finish: Callable[[Mapping[str, Any]], float]


def _sentiments(numerator: Callable[[Mapping[str, float]], float], over: tuple[str, ...] = KNOWN_SENTIMENTS) -> Finish:
    return Finish(KNOWN_SENTIMENTS, lambda s: _sentiment(s, numerator, over))


# Each indicator finished from its period's statistics with the rules of its frame function.
FINISH: dict[str, Finish] = {
    "mentions": Finish(("ours",), lambda s: _number(s["ours"])),
    "mentions_reach": Finish(
        ("reach_given", "ours_reach_given", "ours", "ours_reach"),
        lambda s: _reported(
            _number(s["reach_given"]),
            _number(s["ours_reach_given"]),
            _number(s["ours"]),
            _number(s["ours_reach"]),
            _number(s["rows"]),
        ),
    ),
    "unique_authors": Finish(
        ("ours", "ours_authors_given", "ours_authors"),
        lambda s: float("nan") if s["ours"] and not s["ours_authors_given"] else _number(s["ours_authors"]),
    ),
    "share_of_voice": Finish(("ours", "tracked"), lambda s: ratio(_number(s["ours"]), _number(s["tracked"]))),
    "share_of_voice_reach": Finish(
        ("ours_reach", "tracked_reach"), lambda s: ratio(_number(s["ours_reach"]), _number(s["tracked_reach"]))
    ),
    "share_of_voice_engagements": Finish(
        ("ours_engaged", "tracked_engaged"),
        lambda s: ratio(_number(s["ours_engaged"]), _number(s["tracked_engaged"])),
    ),
    "positive_share": _sentiments(lambda c: c["positive"]),
    "neutral_share": _sentiments(lambda c: c["neutral"]),
    "negative_share": _sentiments(lambda c: c["negative"]),
    "net_sentiment": _sentiments(lambda c: c["positive"] - c["negative"], ("positive", "negative")),
    "net_sentiment_all": _sentiments(lambda c: c["positive"] - c["negative"]),
    "returning_engagers_share": Finish(
        ("now", "returning"), lambda s: ratio(_number(s["returning"]), _number(s["now"]))
    ),
    "advocates": Finish(
        ("ours", "judged", "advocates"),
        lambda s: float("nan") if s["ours"] and not s["judged"] else _number(s["advocates"]),
    ),
    "response_rate": Finish(
        ("replied", "asked", "asked_replied"),
        lambda s: ratio(_number(s["asked_replied"]), _number(s["asked"])) if s["replied"] else float("nan"),
    ),
    "median_response_hours": Finish(("hours",), lambda s: _median(s["hours"])),
    "model_sentiment_share": Finish(
        ("model_known", *KNOWN_SENTIMENTS),
        lambda s: ratio(_number(s["model_known"]), sum(_number(s[k]) for k in KNOWN_SENTIMENTS)),
    ),
}


def pushed(item: Indicator) -> bool:
    """Whether ``item`` is aggregated in the database when its table is."""
    return item.id in FINISH and tuple(item.needs) == (TABLE,)


@dataclass(frozen=True)
class Window:
    """A period's bounds as instants: its first local midnight, the midnight after its last day, and the
    first midnight of its look-back days."""

    lo: datetime
    hi: datetime
    back: datetime


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), zone)


def _windows(periods: Sequence[Period], lookback: int, tz: str) -> list[Window]:
    zone = ZoneInfo(tz)
    return [
        Window(
            _midnight(p.start, zone),
            _midnight(p.end + timedelta(days=1), zone),
            _midnight(p.start - timedelta(days=lookback), zone),
        )
        for p in periods
    ]


def _filtered(platforms: Sequence[str] | None, params: dict[str, Any], columns: str = _ROW) -> str:
    """The table's rows with a time, of the platforms asked."""
    where = "published_at IS NOT NULL"
    if platforms is not None:
        params["platforms"] = list(platforms)
        where += " AND list_contains($platforms, platform)"
    return f'SELECT {columns} FROM "{TABLE}" WHERE {where}'


def _ask(source: Aggregating, sql: str, params: Mapping[str, Any]) -> list[tuple]:
    """``sql``'s rows, given the parameters it names (DuckDB refuses any other). Moments go as ISO text, cast
    by the statement (``$lo::TIMESTAMPTZ``): DuckDB looks for pandas to convert a datetime, and the command
    line imports pandas only when it needs it."""
    named = {k: v for k, v in params.items() if re.search(rf"\${k}\b", sql)}
    return source.aggregate(sql, {k: v.isoformat() if isinstance(v, datetime) else v for k, v in named.items()})


def bounds(source: Aggregating, platforms: Sequence[str] | None, tz: str) -> tuple[date | None, date | None]:
    """The first and last local day of the table's rows of those platforms (None, None when it has none)."""
    params: dict[str, Any] = {}
    rows = _filtered(platforms, params, columns="published_at")
    first, last = _ask(source, f"SELECT min(published_at), max(published_at) FROM ({rows})", params)[0]
    zone = ZoneInfo(tz)
    return (
        None if first is None else first.astimezone(zone).date(),
        None if last is None else last.astimezone(zone).date(),
    )


SLOT_US = 900_000_000  # 15 minutes: every local midnight of a time zone in use falls on one


def _periods_sql(windows: Sequence[Window], params: dict[str, Any]) -> tuple[str, str, str]:
    """The periods as a table ``p(idx, lo, hi, back)`` and how a row ``m`` is joined to the periods it is in,
    and to those whose look-back days it is in.

    When every bound falls on a 15-minute slot of UTC (a local midnight does, in any zone in use), each
    period is the set of its slots and rows join it on their slot (a hash join: the time of a row is
    divided once); otherwise rows join on their times (a range join, slower on many periods)."""
    bounds = [b for w in windows for b in (w.lo, w.hi, w.back)]
    slots = all(int(b.timestamp() * 1_000_000) % SLOT_US == 0 for b in bounds)
    values = []
    for i, w in enumerate(windows):
        if slots:
            lo, hi, back = (int(b.timestamp() * 1_000_000) // SLOT_US for b in (w.lo, w.hi, w.back))
            values.append(f"({i}, {lo}, {hi}, {back})")
        else:
            params.update({f"lo{i}": w.lo, f"hi{i}": w.hi, f"back{i}": w.back})
            values.append(f"({i}, $lo{i}::TIMESTAMPTZ, $hi{i}::TIMESTAMPTZ, $back{i}::TIMESTAMPTZ)")
    table = f"p(idx, lo, hi, back) AS (VALUES {', '.join(values)})"
    if slots:
        table += (
            ", s AS (SELECT idx, lo, unnest(range(back, hi)) AS slot FROM p)"
            ", n AS (SELECT idx, lo, slot FROM s WHERE slot >= lo)"
        )
        return table, "JOIN n ON m.slot = n.slot", "JOIN s ON m.slot = s.slot"
    return (
        table,
        "JOIN p AS n ON m.published_at >= n.lo AND m.published_at < n.hi",
        "JOIN p AS s ON m.published_at >= s.back AND m.published_at < s.hi",
    )


CASE_PERIODS = 12  # up to this many periods that do not overlap, rows find theirs by comparisons, not a join


def _period_of_row(spans: Sequence[tuple[datetime, datetime]], params: dict[str, Any], name: str) -> str | None:
    """A CASE expression giving the index of the span (from, until) a row ``m``'s time is in (NULL in none), or
    None when the spans overlap or are many (the join of :func:`_periods_sql` is then cheaper). The newest
    span is tried first: it holds most rows. Its bounds are the parameters ``$<name>lo<i>``, ``$<name>hi<i>``."""
    ordered = sorted(range(len(spans)), key=lambda i: spans[i][0], reverse=True)
    if len(spans) > CASE_PERIODS or any(spans[a][0] < spans[b][1] for a, b in pairwise(ordered)):
        return None
    when = []
    for i in ordered:
        lo, hi = f"{name}lo{i}", f"{name}hi{i}"
        params[lo], params[hi] = spans[i]
        when.append(f"WHEN m.published_at >= ${lo}::TIMESTAMPTZ AND m.published_at < ${hi}::TIMESTAMPTZ THEN {i}")
    return f"(CASE {' '.join(when)} END)"


def statistics(
    source: Aggregating,
    periods: Sequence[Period],
    *,
    brand: str,
    platforms: Sequence[str] | None,
    tz: str,
    lookback: int,
    ids: Sequence[str],
) -> list[dict[str, Any] | None]:
    """Each period's statistics that the indicators ``ids`` read (None for a period without rows), from
    one grouped query over the periods' rows and, for returning authors and advocates, one over their
    authors (the look-back days included)."""
    reads = {name for i in ids for name in FINISH[i].reads}
    windows = _windows(periods, lookback, tz)
    params: dict[str, Any] = {"brand": brand}
    table, in_period, in_window = _periods_sql(windows, params)
    params["first"], params["last"] = min(w.back for w in windows), max(w.hi for w in windows)
    rows = _filtered(platforms, params, columns=f"{_ROW}, epoch_us(published_at) // {SLOT_US} AS slot")
    common = (
        f"WITH {table}, m AS ({rows} AND published_at >= $first::TIMESTAMPTZ AND published_at < $last::TIMESTAMPTZ) "
    )
    case = _period_of_row([(w.lo, w.hi) for w in windows], params, "p")
    out: list[dict[str, Any] | None] = [None] * len(periods)
    for statistics, of_ours in ((_ALL, False), (_OURS, True)):
        names = [n for n in statistics if n in reads or n == "rows"]
        if not names:
            continue
        ours = " WHERE m.brand = $brand" if of_ours else ""
        if case is not None:  # each row's period told once, by comparing its time with a few bounds: no join
            rows_of = f"(SELECT {case} AS idx, * FROM m{ours}) WHERE idx IS NOT NULL"
        else:
            rows_of = f"(SELECT n.idx, m.* FROM m {in_period}{ours})"
        found = _ask(
            source,
            common + f"SELECT idx, {', '.join(statistics[n] for n in names)} FROM {rows_of} GROUP BY ALL",
            params,
        )
        for idx, *stats in found:
            if statistics is _ALL:
                out[idx] = {**NO_ROWS, **dict(zip(names, stats, strict=True))}
            elif out[idx] is not None:
                out[idx].update(zip(names, stats, strict=True))
    if not reads.intersection(_AUTHORS):
        return out
    # Each of our authors in each period's look-back days and the period itself: seen now, seen before.
    mine = "WHERE m.brand = $brand AND m.author IS NOT NULL"
    before = _period_of_row([(w.back, w.lo) for w in windows], params, "b") if case is not None else None
    if before is not None:  # look-back days that overlap no other's: each row is in one period and one look-back
        rows = (
            f"SELECT {case} AS idx, m.author, m.sentiment, true AS now FROM m {mine} UNION ALL "
            f"SELECT {before} AS idx, m.author, m.sentiment, false AS now FROM m {mine}"
        )
    else:
        now = "m.published_at >= s.lo" if "$lo0" in table else "m.slot >= s.lo"
        rows = f"SELECT s.idx, m.author, m.sentiment, {now} AS now FROM m {in_window} {mine}"
    authors = _ask(
        source,
        common + "SELECT idx, count(*) FILTER (WHERE now), count(*) FILTER (WHERE now AND before), "
        "count(*) FILTER (WHERE positive >= 2) FROM ("
        "SELECT idx, author, bool_or(now) AS now, bool_or(NOT now) AS before, "
        "count(*) FILTER (WHERE now AND sentiment = 'positive') AS positive "
        f"FROM ({rows}) WHERE idx IS NOT NULL GROUP BY idx, author) GROUP BY idx",
        params,
    )
    for idx, now_, returning, advocates in authors:
        if out[idx] is not None:
            out[idx].update(now=now_, returning=returning, advocates=advocates)
    return out


def daily(source: Aggregating, brand: str, tz: str) -> tuple[np.ndarray, np.ndarray]:
    """The local days of the table (its first to its last, any brand) and our brand's mentions on each, as
    ``metrics.insights.spikes`` counts them: rows are counted per 15-minute slot where they lie, and the
    slots (a year holds 35,000) are put on their local days here."""
    found = _ask(
        source,
        f"SELECT epoch_us(published_at) // {SLOT_US} AS slot, count(*) FILTER (WHERE brand = $brand) "
        f'FROM "{TABLE}" WHERE published_at IS NOT NULL GROUP BY slot',
        {"brand": brand},
    )
    if not found:
        return np.array([], "datetime64[D]"), np.array([], float)
    slots, counts = (np.array(column, dtype="int64") for column in zip(*found, strict=True))
    moments = pd.to_datetime(slots * (SLOT_US // 1_000_000), unit="s", utc=True)
    days = moments.tz_convert(tz).tz_localize(None).to_numpy().astype("datetime64[D]")
    first, last = days.min(), days.max()
    span = np.arange(first, last + np.timedelta64(1, "D"))
    return span, np.bincount((days - first).astype("int64"), weights=counts, minlength=len(span))


def top_authors(
    source: Aggregating, period: Period, *, brand: str | None, n: int, tz: str, platforms: Sequence[str] | None
) -> pd.DataFrame:
    """``metrics.breakdowns.top_authors`` counted where the mentions lie: the authors who wrote most about
    ``brand`` in ``period`` (mentions, then reach; then the author's name), with the platform they wrote on
    most (the first by name on a tie), their reach (none when none of theirs reports it), and their
    positive and negative mentions."""
    window = _windows([period], 0, tz)[0]
    params: dict[str, Any] = {"brand": brand, "lo": window.lo, "hi": window.hi, "n": n}
    rows = _filtered(platforms, params, columns="author, platform, reach, sentiment")
    rows += " AND published_at >= $lo::TIMESTAMPTZ AND published_at < $hi::TIMESTAMPTZ"
    rows += " AND brand = $brand AND author IS NOT NULL"
    found = _ask(
        source,
        f"""WITH m AS ({rows}),
        p AS (SELECT author, platform, count(*) AS k FROM m WHERE platform IS NOT NULL GROUP BY author, platform),
        top AS (SELECT author, arg_min(platform, (-k, platform)) AS platform FROM p GROUP BY author)
        SELECT m.author, any_value(top.platform), count(*), sum(m.reach),
               count(*) FILTER (WHERE m.sentiment = 'positive'), count(*) FILTER (WHERE m.sentiment = 'negative')
        FROM m LEFT JOIN top USING (author) GROUP BY m.author
        ORDER BY count(*) DESC, sum(m.reach) DESC NULLS LAST, m.author LIMIT $n""",
        params,
    )
    columns = ["author", "platform", "mentions", "reach", "positive", "negative"]
    return pd.DataFrame(found, columns=columns)


def value(item: Indicator, stats: Mapping[str, Any] | None) -> float:
    """``item``'s value from its period's statistics (None: a period without rows, :data:`NO_ROWS`)."""
    return FINISH[item.id].finish(NO_ROWS if stats is None else stats)
