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
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from babel import Locale
from numpy.lib.stride_tricks import sliding_window_view

from resonance.i18n import TEXTS, format_day, format_number, format_percent_value, t
from metrics.indicators.registry import KNOWN_SENTIMENTS, frame, numbers, ours  # noqa: F401 (frame: examples)
from metrics.periods import DEFAULT_TZ, local_days

MAD_SCALE = 1.4826  # MAD × 1.4826 estimates the standard deviation of normally distributed data
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
    window: int = 28


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


def _baseline(counts: np.ndarray, window: int, min_history: int) -> tuple[np.ndarray, np.ndarray]:
    """Per day, the median and the scaled MAD of the ``window`` days before it (NaN without enough history)."""
    usual = np.full(len(counts), np.nan)
    spread = np.full(len(counts), np.nan)
    rows = np.flatnonzero(np.arange(len(counts)) >= min_history)
    if len(rows):
        padded = np.concatenate([np.full(window, np.nan), counts])
        history = sliding_window_view(padded, window)[rows]  # row i holds counts[i - window : i]
        usual[rows] = np.nanmedian(history, axis=1)
        mad = np.nanmedian(np.abs(history - usual[rows, None]), axis=1)
        spread[rows] = MAD_SCALE * np.maximum(mad, MIN_MAD)
    return usual, spread


def daily_thresholds(
    mentions: pd.DataFrame, *, brand: str, tz: str = DEFAULT_TZ, k: float = 3.0, window: int = 28,
    min_count: int = 10, min_history: int = 14,
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
        for s, e in zip(starts[channels == channels[i]], ends[channels == channels[i]]):
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
    window: int = 28,
    min_count: int = 10,
    min_history: int = 14,
    activities: pd.DataFrame | None = None,
    texts: pd.DataFrame | None = None,
    top: int = 5,
) -> list[Spike]:
    """The days from ``start`` to ``end`` (local days in ``tz``) when mentions of ``brand`` spiked.

    Formula: a day is a spike when its mentions > median of the ``window`` days before it +
    ``k`` × 1.4826 × max(MAD of those days, 1), and they number at least ``min_count``. Days
    before ``start`` serve as history. A lower ``k`` finds more spikes.
    Edge cases: no data, no threshold or no brand gives an empty list; ``activities`` (the
    canonical marketing calendar) is optional and ``Spike.activities`` is None without it.
    ``texts``, when given, are the mentions of (at least) the spike days with their texts: a
    spike's sentiment, platforms, authors and top mentions are read from it instead of
    ``mentions`` (which can then be read without texts, to count the days cheaply).

    >>> m = frame("mentions", {"brand": ["Acme"] * 80, "published_at":
    ...     [f"2026-07-{d:02d} 12:00" for d in range(1, 21) for _ in range(3)] + ["2026-07-21 12:00"] * 20})
    >>> [(s.day.isoformat(), s.mentions, s.usual, round(s.threshold, 2)) for s in find_spikes(m, brand="Acme")]
    [('2026-07-21', 20, 3.0, 7.45)]
    """
    _check(k, window, min_history)
    span, counts, days = _daily(mentions, brand, tz)
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
        order = np.lexsort((np.arange(len(rows)), -np.nan_to_num(engaged, nan=-1.0),
                            -np.nan_to_num(reach, nan=-1.0)))[:top]
        columns = [c for c in TOP_COLUMNS if c in rows.columns]
        spikes.append(Spike(
            day=span[i].astype(date),
            brand=brand,
            mentions=int(counts[i]),
            usual=float(usual[i]),
            spread=float(spread[i]),
            threshold=float(threshold[i]),
            sentiment=_sentiment(rows),
            platforms=_tops(rows, "platform", "mentions", top).assign(share=lambda f: f["mentions"] / len(rows)),
            authors=_tops(rows, "author", "mentions", top),
            top_mentions=rows.iloc[order][columns].reset_index(drop=True),
            activities=_activities(activities, span[i], window),
            k=k,
            window=window,
        ))
    return spikes


# --- the explanation in words ---


def _label(kind: str, value: str, lang: str) -> str:
    key = f"insight.{kind}.{value}"
    return t(key, lang) if key in TEXTS else str(value)


def _plural(key: str, n: float, lang: str) -> str:
    return t(f"{key}.{Locale(lang).plural_form(abs(n))}", lang)


def _percent(value: float, lang: str) -> str:
    return format_percent_value(value, lang, digits=0)


def _shorten(text: str, limit: int = 90) -> str:
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:—– ") + "…"


@dataclass(frozen=True)
class Quote:
    """A mention of the spike day as the room reads it: its text and where it came from."""

    text: str
    source: str
    url: str | None


@dataclass(frozen=True)
class Explanation:
    """A spike in words: ``sentences`` and ``quotes`` for the room, ``details`` (the statistics) one click away."""

    day: date
    sentences: list[str]
    quotes: list[Quote]
    details: list[str]


def explain(spike: Spike, lang: str) -> list[str]:
    """Short sentences that explain ``spike`` in ``lang`` (ru or en), for the room.

    The first says the day, its mentions and the usual level; then the sentiment split, the
    platforms the mentions came from and the activities of the marketing calendar running that
    day. The quotes are :func:`quotes`; the threshold and the authors are :func:`details`.
    """
    count = format_number(spike.mentions, lang)
    sentences = [t(
        "spike.headline", lang, day=format_day(spike.day, lang, with_year=False), count=count,
        mentions=_plural("spike.mentions", spike.mentions, lang), brand=spike.brand,
        usual=format_number(spike.usual, lang),
    )]

    shares = {s: v for s, v in spike.sentiment.items() if not np.isnan(v)}
    if shares:
        parts = [t(f"spike.sentiment.{s}", lang, share=_percent(v, lang))
                 for s, v in sorted(shares.items(), key=lambda kv: -kv[1])]
        sentences.append(t("spike.sentiment", lang, split=", ".join(parts)))
    else:
        sentences.append(t("spike.sentiment_unknown", lang))

    if len(spike.platforms):
        parts = [t("spike.platform_share", lang, platform=_label("platform", p, lang), share=_percent(s, lang))
                 for p, s in zip(spike.platforms["platform"].head(3), spike.platforms["share"].head(3))]
        sentences.append(t("spike.platforms", lang, platforms=", ".join(parts)))

    if spike.activities is None:
        sentences.append(t("spike.no_calendar", lang))
    else:
        def named(rows: pd.DataFrame) -> str:
            pairs = zip(rows["name"], rows["channel"])
            return ", ".join(f"{n} ({_label('channel', c, lang)})" for n, c in pairs)

        new = spike.activities[~spike.activities["background"]]
        background = spike.activities[spike.activities["background"]]
        if len(new):
            sentences.append(t("spike.activities", lang, activities=named(new)))
        elif len(background):  # said only when nothing new overlaps, to keep the explanation short
            sentences.append(t("spike.background_only", lang, activities=named(background)))
        else:
            sentences.append(t("spike.no_activities", lang))
    return sentences


def quotes(spike: Spike, lang: str, *, n: int = 3, limit: int = 200) -> list[Quote]:
    """The texts of the spike day's widest-reaching (then most engaged) mentions, each text once.

    Each comes with its source in words: platform, author and reach (or engagements when the
    source gives no reach). Texts longer than ``limit`` characters are cut at a word. Without
    texts (an export without them) there are none.
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
        parts = [_label("platform", row["platform"], lang)] if not pd.isna(row.get("platform")) else []
        if not pd.isna(row.get("author")) and str(row.get("author")).strip():
            parts.append(str(row["author"]))
        if not pd.isna(row.get("reach")):
            parts.append(t("spike.quote_reach", lang, reach=format_number(row["reach"], lang)))
        elif not pd.isna(row.get("engagements")):
            parts.append(t("spike.quote_engagements", lang, engagements=format_number(row["engagements"], lang)))
        url = row.get("url")
        out.append(Quote(text=text, source=" · ".join(parts), url=None if pd.isna(url) else str(url)))
        if len(out) >= n:
            break
    return out


def details(spike: Spike, lang: str) -> list[str]:
    """The statistics behind ``spike``, for a click away: its threshold and how it was found, and the authors.

    >>> m = frame("mentions", {"brand": ["Acme"] * 80, "published_at":
    ...     [f"2026-07-{d:02d} 12:00" for d in range(1, 21) for _ in range(3)] + ["2026-07-21 12:00"] * 20})
    >>> details(find_spikes(m, brand="Acme")[0], "en")[0].replace("\N{NO-BREAK SPACE}", " ")
    'Threshold that day: 7.4 mentions, the median of the 28 days before it (3) plus 3 × MAD × 1.4826 (1.5).'
    """
    out = [t(
        "spike.threshold", lang, threshold=format_number(spike.threshold, lang, digits=1),
        usual=format_number(spike.usual, lang), spread=format_number(spike.spread, lang, digits=1),
        k=_k(spike.k, lang), window=f"{spike.window} {_plural('spike.days', spike.window, lang)}",
    )]
    repeated = spike.authors[spike.authors["mentions"] >= 2].head(3)
    if len(repeated):
        parts = [f"{a} ({format_number(c, lang)})" for a, c in zip(repeated["author"], repeated["mentions"])]
        out.append(t("spike.authors", lang, authors=", ".join(parts)))
    elif len(spike.authors):
        out.append(t("spike.authors_once", lang))
    return out


def explanation(spike: Spike, lang: str, *, n_quotes: int = 3) -> Explanation:
    """``spike`` in words: :func:`explain`, :func:`quotes` and :func:`details` together."""
    return Explanation(day=spike.day, sentences=explain(spike, lang), quotes=quotes(spike, lang, n=n_quotes),
                       details=details(spike, lang))


def _k(k: float, lang: str) -> str:
    return format_number(k, lang, digits=0 if float(k).is_integer() else 1)


def rule(lang: str, *, k: float = 3.0, window: int = 28, min_count: int = 10, min_history: int = 14) -> str:
    """The spike rule in words, with its settings, for a chart's caption.

    >>> rule("en").startswith("A day is a spike when its mentions are above the median of the 28 days before it")
    True
    """
    return t(
        "spike.rule", lang, k=_k(k, lang),
        window=f"{window} {_plural('spike.days', window, lang)}",
        min_history=f"{min_history} {_plural('spike.days', min_history, lang)}",
        min_count=f"{min_count} {_plural('spike.mentions', min_count, lang)}",
    )
