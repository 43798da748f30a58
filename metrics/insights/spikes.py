"""Spikes in our brand's daily mentions, each explained by its numbers and the marketing calendar.

The rule is the same for every day and uses only the days before it (no look-ahead):

- the **usual** level of a day is the median of our mentions on the ``window`` days before it
  (28 by default; days with no mention count as 0, days before the data starts do not count);
- its **spread** is the median absolute deviation (MAD) of those days, scaled by 1.4826 so that it
  reads like a standard deviation, and taken as at least 1 mention (scaled: 1.4826) so that a
  perfectly flat history does not make every extra mention a spike;
- **threshold** = usual + ``k`` × spread (``k`` = 3 by default, the strictest of Socialmetrix's
  1.5 / 2 / 3);
- a day is a **spike** when its mentions are above its threshold and at least ``min_count``;
  a day with fewer than ``min_history`` days before it in the data has no threshold.

The median and the MAD are robust: one large day does not raise the threshold of the next one,
so the second day of a two-day spike is found as well.

:func:`explanation` reads a spike for the room as values (:class:`SpikeExplanation`: the sentiment
and platform split, the marketing calendar, quotes, and the statistics behind it); the sentences
for people are ``resonance.say.spike_explanation`` and ``resonance.say.spike_details``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from metrics.indicators.registry import (
    KNOWN_SENTIMENTS,
    frame,  # noqa: F401  (the examples build their frames with it)
    numbers,
    ours,
)
from metrics.periods import DEFAULT_TZ, local_days

MAD_SCALE = 1.4826  # MAD × 1.4826 estimates the standard deviation of normally distributed data
WINDOW = 28  # days of history a day is judged against
MIN_MAD = 1.0  # mentions: the least spread a history is taken to have, before scaling
TOP_COLUMNS = ("published_at", "platform", "author", "reach", "engagements", "sentiment", "url", "text")
ENGAGEMENT_COLUMNS = ("likes", "comments", "shares")


@dataclass(frozen=True, eq=False)
class Spike:
    """One day whose mentions of ``brand`` rose above its threshold, with what explains it.

    ``sentiment`` holds the positive, neutral and negative shares of the day's mentions with a
    known sentiment (NaN when none is known); ``platforms`` (platform, mentions, share) and
    ``authors`` (author, mentions) are the most frequent first; ``top_mentions`` are the widest
    by reach, then the most engaged (likes + comments + shares), with ``text`` only when the frame
    has it; ``activities`` are the marketing-calendar items
    running that day (start, end, channel, name, background), or None when no calendar was given.
    An activity is ``background`` when its channel (in this or any other activity) also ran on
    every one of the ``window`` days before, so it cannot explain a change against them: a
    monthly context budget is background, a promo that started two days ago is not.
    """

    day: date
    brand: str
    mentions: int
    usual: float
    spread: float
    threshold: float
    sentiment: dict[str, float]
    platforms: pd.DataFrame
    authors: pd.DataFrame
    top_mentions: pd.DataFrame
    activities: pd.DataFrame | None
    k: float = 3.0
    window: int = WINDOW


def _check(k: float, window: int, min_history: int) -> None:
    if not k > 0:
        raise ValueError(f"k = {k}: the sensitivity must be a positive number of spreads (3 is usual)")
    if not 1 <= min_history <= window:
        raise ValueError(f"min_history = {min_history} must be between 1 and the window ({window} days)")


def _daily(mentions: pd.DataFrame, brand: str, tz: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Local days of the data (first to last, any brand), our count on each, and each row's day."""
    days = local_days(mentions["published_at"], tz) if len(mentions) else np.array([], "datetime64[D]")
    known = ~np.isnat(days)
    if not known.any():
        return np.array([], "datetime64[D]"), np.array([], float), days
    first, last = days[known].min(), days[known].max()
    span = np.arange(first, last + np.timedelta64(1, "D"))
    offsets = (days[known & ours(mentions, brand)] - first).astype("int64")
    return span, np.bincount(offsets, minlength=len(span)).astype(float), days


def daily_counts(mentions: pd.DataFrame, brand: str, tz: str = DEFAULT_TZ) -> tuple[np.ndarray, np.ndarray]:
    """The local days of the data (first to last, any brand) and our count on each: what ``find_spikes``
    takes as ``daily`` to judge days whose mentions it is not given."""
    span, counts, _ = _daily(mentions, brand, tz)
    return span, counts


def _baseline(counts: np.ndarray, window: int, min_history: int) -> tuple[np.ndarray, np.ndarray]:
    """Per day, the median and the scaled MAD of the ``window`` days before it (NaN without enough history)."""
    usual = np.full(len(counts), np.nan)
    spread = np.full(len(counts), np.nan)
    rows = np.flatnonzero(np.arange(len(counts)) >= min_history)
    if len(rows):
        padded = np.concatenate([np.full(window, np.nan), counts])
        from numpy.lib.stride_tricks import sliding_window_view  # a submodule: imported when spikes are sought

        history = sliding_window_view(padded, window)[rows]  # row i holds counts[i - window : i]
        usual[rows] = np.nanmedian(history, axis=1)
        mad = np.nanmedian(np.abs(history - usual[rows, None]), axis=1)
        spread[rows] = MAD_SCALE * np.maximum(mad, MIN_MAD)
    return usual, spread


def daily_thresholds(
    mentions: pd.DataFrame,
    *,
    brand: str,
    tz: str = DEFAULT_TZ,
    k: float = 3.0,
    window: int = WINDOW,
    min_count: int = 10,
    min_history: int = 14,
) -> pd.DataFrame:
    """Our mentions on each local day of the data, with the usual level, spread and threshold.

    Formula: threshold = median of the ``window`` days before + ``k`` × 1.4826 × max(MAD, 1);
    ``spike`` is True where mentions > threshold and mentions ≥ ``min_count`` (the days that
    :func:`find_spikes` explains), for a chart of the series with its threshold line.
    Edge cases: days with fewer than ``min_history`` days before them have no threshold (NaN);
    an empty frame gives an empty table.

    >>> m = frame("mentions", {"brand": ["Acme"] * 4, "published_at": [
    ...     "2026-07-01 09:00", "2026-07-02 09:00", "2026-07-02 10:00", "2026-07-04 09:00"]})
    >>> daily_thresholds(m, brand="Acme", window=2, min_history=2)["threshold"].round(2).tolist()
    [nan, nan, 5.95, 5.45]
    """
    _check(k, window, min_history)
    span, counts, _ = _daily(mentions, brand, tz)
    usual, spread = _baseline(counts, window, min_history)
    out = pd.DataFrame(
        {"mentions": counts.astype("int64"), "usual": usual, "spread": spread, "threshold": usual + k * spread},
        index=pd.Index(span.astype("datetime64[s]"), name="day"),
    )
    out["spike"] = (out["mentions"] > out["threshold"]) & (out["mentions"] >= min_count)
    return out


def _tops(rows: pd.DataFrame, column: str, label: str, n: int) -> pd.DataFrame:
    if column not in rows.columns:
        return pd.DataFrame({column: pd.Series(dtype="string"), label: pd.Series(dtype="int64")})
    counts = rows[column].dropna().value_counts(sort=False).rename(label).rename_axis(column).reset_index()
    counts = counts.sort_values([label, column], ascending=[False, True], kind="stable").head(n)
    return counts.astype({label: "int64"}).reset_index(drop=True)


def _sentiment(rows: pd.DataFrame) -> dict[str, float]:
    counts = {s: int(rows["sentiment"].eq(s).sum()) for s in KNOWN_SENTIMENTS}
    known = sum(counts.values())
    return {s: (c / known if known else float("nan")) for s, c in counts.items()}


def _engagements(rows: pd.DataFrame) -> np.ndarray:
    """Likes + comments + shares of each mention, over the columns it reports (NaN when it reports none)."""
    given = [numbers(rows[c]) for c in ENGAGEMENT_COLUMNS if c in rows.columns]
    if not given:
        return np.full(len(rows), np.nan)
    stacked = np.vstack(given)
    known = ~np.isnan(stacked)
    return np.where(known.any(axis=0), np.nansum(stacked, axis=0), np.nan)


def _activities(activities: pd.DataFrame | None, day: np.datetime64, window: int) -> pd.DataFrame | None:
    if activities is None:
        return None
    starts = activities["start"].to_numpy(dtype="datetime64[D]")
    ends = activities["end"].to_numpy(dtype="datetime64[D]")
    on = np.flatnonzero((starts <= day) & (day <= ends))
    before = np.arange(day - np.timedelta64(window, "D"), day)
    channels = activities["channel"].to_numpy(dtype=object, na_value=None)
    background = []
    for i in on:
        covered = np.zeros(len(before), dtype=bool)
        for s, e in zip(starts[channels == channels[i]], ends[channels == channels[i]], strict=True):
            covered |= (before >= s) & (before <= e)
        background.append(bool(covered.all()))
    out = activities.iloc[on][["start", "end", "channel", "name"]].assign(background=background)
    return out.sort_values(["background", "start"], ascending=[True, False], kind="stable").reset_index(drop=True)


def find_spikes(
    mentions: pd.DataFrame,
    *,
    brand: str,
    start: date | None = None,
    end: date | None = None,
    tz: str = DEFAULT_TZ,
    k: float = 3.0,
    window: int = WINDOW,
    min_count: int = 10,
    min_history: int = 14,
    activities: pd.DataFrame | None = None,
    texts: pd.DataFrame | None = None,
    top: int = 5,
    daily: tuple[np.ndarray, np.ndarray] | None = None,
) -> list[Spike]:
    """The days from ``start`` to ``end`` (local days in ``tz``) when mentions of ``brand`` spiked.

    Formula: a day is a spike when its mentions > median of the ``window`` days before it +
    ``k`` × 1.4826 × max(MAD of those days, 1), and they number at least ``min_count``. Days
    before ``start`` serve as history. A lower ``k`` finds more spikes.
    Edge cases: no data, no threshold or no brand gives an empty list; ``activities`` (the
    canonical marketing calendar) is optional and ``Spike.activities`` is None without it.
    ``texts``, when given, are the mentions of (at least) the spike days with their texts: a
    spike's sentiment, platforms, authors and top mentions are read from it instead of
    ``mentions`` (which can then be read without texts, to count the days cheaply). ``daily``, when
    given, is the days of the data and our count on each as :func:`_daily` finds them (counted where the
    mentions lie, ``metrics.indicators.pushdown.daily``): the days are then not counted from ``mentions``.

    >>> m = frame("mentions", {"brand": ["Acme"] * 80, "published_at":
    ...     [f"2026-07-{d:02d} 12:00" for d in range(1, 21) for _ in range(3)] + ["2026-07-21 12:00"] * 20})
    >>> [(s.day.isoformat(), s.mentions, s.usual, round(s.threshold, 2)) for s in find_spikes(m, brand="Acme")]
    [('2026-07-21', 20, 3.0, 7.45)]
    """
    _check(k, window, min_history)
    if daily is None:
        span, counts, days = _daily(mentions, brand, tz)
    else:
        (span, counts), days = daily, _daily(mentions, brand, tz)[2]
    usual, spread = _baseline(counts, window, min_history)
    threshold = usual + k * spread
    hit = (counts > threshold) & (counts >= min_count)  # NaN thresholds compare False
    if start is not None:
        hit &= span >= np.datetime64(start, "D")
    if end is not None:
        hit &= span <= np.datetime64(end, "D")
    source = mentions if texts is None else texts
    source_days = days if texts is None else _daily(texts, brand, tz)[2]
    our = ours(source, brand) if len(source) else np.array([], bool)
    spikes = []
    for i in np.flatnonzero(hit):
        rows = source[our & (source_days == span[i])]
        reach = numbers(rows["reach"]) if "reach" in rows.columns else np.full(len(rows), np.nan)
        rows = rows.assign(engagements=_engagements(rows))
        engaged = rows["engagements"].to_numpy(dtype="float64")
        keys = (np.arange(len(rows)), -np.nan_to_num(engaged, nan=-1.0), -np.nan_to_num(reach, nan=-1.0))
        order = np.lexsort(keys)[:top]
        columns = [c for c in TOP_COLUMNS if c in rows.columns]
        platforms = _tops(rows, "platform", "mentions", top)
        spikes.append(
            Spike(
                day=span[i].astype(date),
                brand=brand,
                mentions=int(counts[i]),
                usual=float(usual[i]),
                spread=float(spread[i]),
                threshold=float(threshold[i]),
                sentiment=_sentiment(rows),
                platforms=platforms.assign(share=platforms["mentions"] / len(rows)),
                authors=_tops(rows, "author", "mentions", top),
                top_mentions=rows.iloc[order][columns].reset_index(drop=True),
                activities=_activities(activities, span[i], window),
                k=k,
                window=window,
            )
        )
    return spikes


# --- the explanation, as values ---


def _shorten(text: str, limit: int = 90) -> str:
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:—– ") + "…"


def _given(value: object) -> bool:
    return value is not None and not pd.isna(value)


@dataclass(frozen=True)
class Quote:
    """A mention as the room reads it: its text, and where it came from (platform code, author, reach or
    engagements, link); None where the source does not say."""

    text: str
    platform: str | None = None
    author: str | None = None
    reach: float | None = None
    engagements: float | None = None
    url: str | None = None


@dataclass(frozen=True)
class Share:
    """A part of a spike day's mentions: ``value`` (a sentiment or platform code) and its ``share`` in [0, 1]."""

    value: str
    share: float


@dataclass(frozen=True)
class Activity:
    """An activity of the marketing calendar: its name and channel code."""

    name: str
    channel: str


CALENDAR_CODES = ("no_calendar", "activities", "background_only", "no_activities")


@dataclass(frozen=True)
class SpikeExplanation:
    """What explains a spike, as values: for the room and, one click away, the statistics.

    For the room: ``day``, ``mentions`` against the ``usual`` level; ``sentiment`` the known shares,
    the largest first (empty when no sentiment is known); ``platforms`` the three largest shares;
    ``calendar`` one of ``CALENDAR_CODES`` with its ``activities``: ``"activities"`` lists what started
    that is new, ``"background_only"`` what also ran on every day before (said only when nothing new
    overlaps), ``"no_activities"`` and ``"no_calendar"`` none; ``quotes`` the texts of the widest
    mentions. The statistics: ``threshold``, ``spread``, ``k``, ``window``; ``authors`` who wrote twice or
    more (up to three, with their mentions); ``single_voices`` when there are authors but none wrote twice.
    """

    day: date
    brand: str
    mentions: int
    usual: float
    sentiment: tuple[Share, ...]
    platforms: tuple[Share, ...]
    calendar: str
    activities: tuple[Activity, ...]
    quotes: tuple[Quote, ...]
    threshold: float
    spread: float
    k: float
    window: int
    authors: tuple[tuple[str, int], ...]
    single_voices: bool


def quotes(spike: Spike, *, n: int = 3, limit: int = 200) -> list[Quote]:
    """The texts of the spike day's widest-reaching (then most engaged) mentions, each text once.

    Each comes with its source: platform, author and reach (or engagements when the source gives
    no reach). Texts longer than ``limit`` characters are cut at a word. Without texts (an export
    without them) there are none.
    """
    top = spike.top_mentions
    if "text" not in top.columns:
        return []
    out: list[Quote] = []
    seen: set[str] = set()
    for _, row in top.iterrows():
        if pd.isna(row["text"]) or not str(row["text"]).strip():
            continue
        text = _shorten(row["text"], limit)
        if text.casefold() in seen:
            continue
        seen.add(text.casefold())
        author = row.get("author")
        out.append(
            Quote(
                text=text,
                platform=str(row["platform"]) if _given(row.get("platform")) else None,
                author=str(author) if _given(author) and str(author).strip() else None,
                reach=float(row["reach"]) if _given(row.get("reach")) else None,
                engagements=float(row["engagements"]) if _given(row.get("engagements")) else None,
                url=str(row["url"]) if _given(row.get("url")) else None,
            )
        )
        if len(out) >= n:
            break
    return out


def _calendar(activities: pd.DataFrame | None) -> tuple[str, tuple[Activity, ...]]:
    if activities is None:
        return "no_calendar", ()
    background = activities["background"].to_numpy(dtype=bool)
    new, background = activities[~background], activities[background]
    told = new if len(new) else background
    items = tuple(
        Activity(str(name), str(channel)) for name, channel in zip(told["name"], told["channel"], strict=True)
    )
    code = "activities" if len(new) else "background_only" if len(background) else "no_activities"
    return code, items


def explanation(spike: Spike, *, n_quotes: int = 3) -> SpikeExplanation:
    """What explains ``spike``: its sentiment and platforms, the calendar, quotes and the statistics.

    >>> m = frame("mentions", {"brand": ["Acme"] * 80, "platform": ["vk"] * 80, "published_at":
    ...     [f"2026-07-{d:02d} 12:00" for d in range(1, 21) for _ in range(3)] + ["2026-07-21 12:00"] * 20})
    >>> e = explanation(find_spikes(m, brand="Acme")[0])
    >>> e.mentions, e.usual, e.platforms, e.calendar
    (20, 3.0, (Share(value='vk', share=1.0),), 'no_calendar')
    """
    shares = sorted(((s, v) for s, v in spike.sentiment.items() if not np.isnan(v)), key=lambda kv: -kv[1])
    platforms = zip(spike.platforms["platform"].head(3), spike.platforms["share"].head(3), strict=True)
    repeated = spike.authors[spike.authors["mentions"] >= 2].head(3)
    code, activities = _calendar(spike.activities)
    return SpikeExplanation(
        day=spike.day,
        brand=spike.brand,
        mentions=spike.mentions,
        usual=spike.usual,
        sentiment=tuple(Share(s, float(v)) for s, v in shares),
        platforms=tuple(Share(str(p), float(v)) for p, v in platforms),
        calendar=code,
        activities=activities,
        quotes=tuple(quotes(spike, n=n_quotes)),
        threshold=spike.threshold,
        spread=spike.spread,
        k=spike.k,
        window=spike.window,
        authors=tuple((str(a), int(c)) for a, c in zip(repeated["author"], repeated["mentions"], strict=True)),
        single_voices=not len(repeated) and bool(len(spike.authors)),
    )
