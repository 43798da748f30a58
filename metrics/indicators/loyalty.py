"""Loyalty (AMEC outcome): followers kept and gained, people who come back, people who advocate.

An account is a (platform, account) pair of the audience table. Follower totals are taken as
stocks (the last total of a day range), gains and losses as flows (summed over the period).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from metrics.indicators.registry import (
    A_COUNT,
    A_SUM,
    accounts,
    frame,  # noqa: F401  (the examples build their frames with it)
    indicator,
    is_value,
    last_given,
    latest_followers,
    numbers,
    ours,
    ratio,
)
from metrics.periods import DEFAULT_TZ, local_days
from metrics.vocabulary import KNOWN_SENTIMENTS

BASELINE_LOOKBACK_DAYS = 7  # how far before the period to look for the last follower total
RETURNING_LOOKBACK_DAYS = 28


def _account_changes(audience: pd.DataFrame, start: date, end: date) -> list[tuple[float, float]]:
    """Per qualifying account: (followers before the period, net change over the period).

    The baseline is the last total in the 7 days before the period (NaN if none). The net change
    is the last total in the period minus the baseline when both exist, else Σ (gained − lost) over
    the period's days that give both, or the day's net change where a source gives only that;
    accounts with none of these are left out.
    """
    days = audience["date"].to_numpy(dtype="datetime64[D]")
    first, last = np.datetime64(start, "D"), np.datetime64(end, "D")
    before = (days < first) & (days >= first - BASELINE_LOOKBACK_DAYS)
    during = (days >= first) & (days <= last)
    totals = numbers(audience["followers"])
    flows = numbers(audience["followers_gained"]) - numbers(audience["followers_lost"])
    if "followers_net" in audience:
        flows = np.where(np.isnan(flows), numbers(audience["followers_net"]), flows)
    codes = accounts(audience)
    out = []
    for code in np.unique(codes):
        account = codes == code
        baseline = last_given(totals, days, account & before)
        net = last_given(totals, days, account & during) - baseline
        if np.isnan(net):
            given = account & during & ~np.isnan(flows)
            net = float(flows[given].sum()) if given.any() else float("nan")
        if not np.isnan(net):
            out.append((baseline, net))
    return out


@indicator(
    "followers",
    level="outcome",
    unit="count",
    needs=("audience",),
    higher_is_better=True,
    formula="Followers on each account's last day in the period that has a count, summed over our accounts; – "
    "when no account has one.",
    denominator=A_SUM,
)
def followers(audience: pd.DataFrame) -> float:
    """Followers at the end of the period, summed over our accounts.

    Edge cases: NaN when no account gives a total.

    >>> a = frame("audience", {"date": ["2026-11-28", "2026-11-29", "2026-11-29"],
    ...                        "platform": ["vk", "vk", "telegram"], "followers": [990, 1000, 250]})
    >>> followers(a)
    1250.0
    """
    return latest_followers(audience)


@indicator(
    "followers_net_change",
    level="outcome",
    unit="count",
    needs=("audience",),
    higher_is_better=True,
    lookback_days=BASELINE_LOOKBACK_DAYS,
    formula="Per account: followers at the end of the period minus followers on the last day before it "
    "(looking back up to 7 days); where an export has no follower totals, gained − lost over the "
    "period, or the daily net change where that is all the export gives (YouTube, TikTok). Accounts "
    "with gains but no losses are left out: they cannot give a net change. Summed over accounts; – "
    "when no account qualifies.",
    denominator=A_SUM,
)
def followers_net_change(audience: pd.DataFrame, *, start: date, end: date) -> float:
    """Net change in followers over the period, summed over our accounts.

    Edge cases: NaN when no account qualifies.

    >>> a = frame("audience", {"date": ["2026-11-22", "2026-11-29", "2026-11-25"],
    ...                        "platform": ["vk", "vk", "telegram"], "followers": [1000, 1040, None],
    ...                        "followers_gained": [None, None, 12], "followers_lost": [None, None, 2]})
    >>> followers_net_change(a, start=date(2026, 11, 23), end=date(2026, 11, 29))
    50.0
    """
    changes = _account_changes(audience, start, end)
    return float(sum(net for _, net in changes)) if changes else float("nan")


@indicator(
    "follower_growth_rate",
    level="outcome",
    unit="fraction",
    needs=("audience",),
    higher_is_better=True,
    lookback_days=BASELINE_LOOKBACK_DAYS,
    formula="Net follower change ÷ followers on the last day before the period (looking back up to 7 days), "
    "over accounts that have both; – when there are none or the followers before were 0.",
    denominator="Followers before the period",
)
def follower_growth_rate(audience: pd.DataFrame, *, start: date, end: date) -> float:
    """Follower growth over the period as a fraction of the followers before it.

    Edge cases: NaN when no account gives a total before the period, or that total is 0.

    >>> a = frame("audience", {"date": ["2026-11-22", "2026-11-29"], "platform": ["vk", "vk"],
    ...                        "followers": [1000, 1040]})
    >>> follower_growth_rate(a, start=date(2026, 11, 23), end=date(2026, 11, 29))
    0.04
    """
    changes = [(baseline, net) for baseline, net in _account_changes(audience, start, end) if not np.isnan(baseline)]
    if not changes:
        return float("nan")
    return ratio(sum(net for _, net in changes), sum(baseline for baseline, _ in changes))


@indicator(
    "returning_engagers_share",
    level="outcome",
    unit="fraction",
    needs=("mentions",),
    higher_is_better=True,
    lookback_days=RETURNING_LOOKBACK_DAYS,
    full_lookback=True,
    formula="Authors of our mentions in the period who also wrote about us in the 28 days before ÷ authors of "
    "our mentions in the period, each counted once; – when there are none.",
    denominator="Authors of our mentions in the period",
)
def returning_engagers_share(
    mentions: pd.DataFrame, *, brand: str, start: date, end: date, tz: str = DEFAULT_TZ
) -> float:
    """Share of the people who wrote about us in the period who had also written in the 4 weeks before.

    Edge cases: mentions without an author are left out; NaN when the period has no authors.

    >>> m = frame("mentions", {"brand": ["Acme"] * 4, "author": ["ann", "bob", "ann", "eve"],
    ...                        "published_at": ["2026-11-24 10:00", "2026-11-25 10:00",
    ...                                         "2026-11-10 10:00", "2026-11-09 10:00"]})
    >>> returning_engagers_share(m, brand="Acme", start=date(2026, 11, 23), end=date(2026, 11, 29))
    0.5
    """
    days = local_days(mentions["published_at"], tz)
    first, last = np.datetime64(start, "D"), np.datetime64(end, "D")
    mine = ours(mentions, brand) & mentions["author"].notna().to_numpy(dtype=bool)
    authors = mentions["author"]
    now = authors[mine & (days >= first) & (days <= last)].unique()
    earlier = authors[mine & (days >= first - RETURNING_LOOKBACK_DAYS) & (days < first)].unique()
    return ratio(float(pd.Index(now).isin(earlier).sum()), float(len(now)))


@indicator(
    "advocates",
    level="outcome",
    unit="count",
    needs=("mentions",),
    higher_is_better=True,
    formula="Number of authors with 2 or more positive mentions of our brand in the period; mentions without "
    "an author are left out.",
    denominator=A_COUNT,
)
def advocates(mentions: pd.DataFrame, *, brand: str) -> float:
    """People who spoke well of our brand more than once in the period.

    Edge cases: mentions without an author are left out; none is 0; NaN when we have mentions but
    none has both an author and a known sentiment (the source does not say who or how).

    >>> m = frame("mentions", {"brand": ["Acme", "Acme", "Acme", "Rival", "Rival"],
    ...                        "author": ["ann", "ann", "bob", "bob", "bob"],
    ...                        "sentiment": ["positive", "positive", "positive", "positive", "positive"]})
    >>> advocates(m, brand="Acme")
    1.0
    """
    mine = ours(mentions, brand)
    known = mentions["sentiment"].isin(KNOWN_SENTIMENTS).to_numpy(dtype=bool, na_value=False)
    judged = mine & known & mentions["author"].notna().to_numpy(dtype=bool)
    if mine.any() and not judged.any():
        return float("nan")
    positive = mine & is_value(mentions["sentiment"], "positive")
    counts = mentions["author"][positive].value_counts(dropna=True)
    return float((counts >= 2).sum())
