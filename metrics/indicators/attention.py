"""Attention (AMEC output): what we published, how far it reached, how much we were talked about.

Reach and impressions are summed as the source reports them and never multiplied. Share of voice
is ours against every tracked brand in the mentions, so its scope is the listening query's scope.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from metrics.indicators.registry import (
    A_COUNT,
    A_SUM,
    frame,  # noqa: F401  (the examples build their frames with it)
    indicator,
    numbers,
    ours,
    ratio,
    reported_sum,
    row_total,
)

MENTION_ENGAGEMENTS = ("likes", "comments", "shares")


def _tracked(mentions: pd.DataFrame) -> np.ndarray:
    return mentions["brand"].notna().to_numpy(dtype=bool)


@indicator(
    "posts_published",
    level="output",
    unit="count",
    needs=("posts",),
    higher_is_better=None,
    formula="Number of posts on our own accounts published in the period; 0 when there are none.",
    denominator=A_COUNT,
)
def posts_published(posts: pd.DataFrame) -> float:
    """Posts published on our own accounts.

    Edge cases: no posts is 0.

    >>> posts_published(frame("posts", {"post_id": ["1", "2", "3"]}))
    3.0
    """
    return float(len(posts))


@indicator(
    "reach",
    level="output",
    unit="count",
    needs=("posts",),
    higher_is_better=True,
    formula="Σ reach of our posts published in the period, as the platforms report it, never multiplied. Posts "
    "without reach are skipped; – when no post reports it.",
    denominator=A_SUM,
)
def reach(posts: pd.DataFrame) -> float:
    """Reach of our own posts, as the platform reports it.

    Edge cases: posts without reach are skipped; NaN when no post reports it; no posts is 0.

    >>> reach(frame("posts", {"reach": [1200, None, 300]}))
    1500.0
    """
    return reported_sum(numbers(posts["reach"]))


@indicator(
    "impressions",
    level="output",
    unit="count",
    needs=("posts",),
    higher_is_better=True,
    formula="Σ impressions of our posts published in the period, as the platforms report them. Posts without "
    "impressions are skipped; – when no post reports them.",
    denominator=A_SUM,
)
def impressions(posts: pd.DataFrame) -> float:
    """Impressions of our own posts, as the platform reports them.

    Edge cases: posts without impressions are skipped; NaN when no post reports them; no posts is 0.

    >>> impressions(frame("posts", {"impressions": [None, None]}))
    nan
    """
    return reported_sum(numbers(posts["impressions"]))


@indicator(
    "mentions",
    level="output",
    unit="count",
    needs=("mentions",),
    higher_is_better=True,
    formula="Number of mentions of our brand found by listening; competitors' mentions are not counted.",
    denominator=A_COUNT,
)
def mentions(mentions: pd.DataFrame, *, brand: str) -> float:
    """Mentions of our brand found by listening.

    Edge cases: no mentions of ours is 0.

    >>> mentions(frame("mentions", {"brand": ["Acme", "Rival", "Acme"]}), brand="Acme")
    2.0
    """
    return float(ours(mentions, brand).sum())


@indicator(
    "mentions_reach",
    level="output",
    unit="count",
    needs=("mentions",),
    higher_is_better=True,
    formula="Σ reach (potential audience) of our brand's mentions, as the listening tool reports it. Mentions "
    "without reach are skipped; – when none of ours reports it.",
    denominator=A_SUM,
)
def mentions_reach(mentions: pd.DataFrame, *, brand: str) -> float:
    """Potential audience of our brand's mentions, as the listening source reports it.

    Edge cases: mentions without reach are skipped; NaN when none of ours reports it; no mentions is 0.

    >>> m = frame("mentions", {"brand": ["Acme", "Acme", "Rival"], "reach": [500, None, 9000]})
    >>> mentions_reach(m, brand="Acme")
    500.0
    """
    return reported_sum(numbers(mentions["reach"]), ours(mentions, brand))


@indicator(
    "unique_authors",
    level="output",
    unit="count",
    needs=("mentions",),
    higher_is_better=True,
    formula="Number of different authors of our brand's mentions in the period (an author's name as the source "
    "gives it). Mentions without an author are left out; – when none of ours names its author.",
    denominator=A_COUNT,
)
def unique_authors(mentions: pd.DataFrame, *, brand: str) -> float:
    """How many people wrote about our brand: the different authors of its mentions.

    Edge cases: mentions without an author are left out; no mentions of ours is 0; NaN when there are
    mentions of ours but none names its author (the source does not give authors).

    >>> m = frame("mentions", {"brand": ["Acme", "Acme", "Acme", "Rival"], "author": ["ann", "bob", "ann", "eve"]})
    >>> unique_authors(m, brand="Acme")
    2.0
    """
    mine = ours(mentions, brand)
    authors = mentions["author"][mine]
    if mine.any() and authors.isna().all():
        return float("nan")
    return float(authors.dropna().nunique())


@indicator(
    "share_of_voice",
    level="output",
    unit="fraction",
    needs=("mentions",),
    higher_is_better=True,
    formula="Mentions of our brand ÷ mentions of all tracked brands, ours included; – when there are none. "
    "Depends on which competitors the listening query tracks.",
    denominator="Mentions of all tracked brands",
)
def share_of_voice(mentions: pd.DataFrame, *, brand: str) -> float:
    """Our share of all tracked brands' mentions.

    Edge cases: NaN when there are no mentions of any tracked brand.

    >>> share_of_voice(frame("mentions", {"brand": ["Acme", "Rival", "Acme", "Other"]}), brand="Acme")
    0.5
    """
    return ratio(float(ours(mentions, brand).sum()), float(_tracked(mentions).sum()))


@indicator(
    "share_of_voice_reach",
    level="output",
    unit="fraction",
    needs=("mentions",),
    higher_is_better=True,
    formula="Σ reach of our mentions ÷ Σ reach of all tracked brands' mentions, over mentions that report "
    "reach; – when that total is 0.",
    denominator="Reach of all tracked brands' mentions",
)
def share_of_voice_reach(mentions: pd.DataFrame, *, brand: str) -> float:
    """Our share of the reach of all tracked brands' mentions.

    Edge cases: NaN when no mention reports reach or the total is 0.

    >>> m = frame("mentions", {"brand": ["Acme", "Rival", "Rival"], "reach": [300, 900, None]})
    >>> share_of_voice_reach(m, brand="Acme")
    0.25
    """
    values = numbers(mentions["reach"])
    given = ~np.isnan(values) & _tracked(mentions)
    return ratio(float(values[given & ours(mentions, brand)].sum()), float(values[given].sum()))


@indicator(
    "share_of_voice_engagements",
    level="output",
    unit="fraction",
    needs=("mentions",),
    higher_is_better=True,
    formula="Engagements on our mentions ÷ engagements on all tracked brands' mentions; a mention's "
    "engagements are likes + comments + shares (a missing one counts as 0 when another is given, a "
    "mention with none is left out); – when the total is 0.",
    denominator="Engagements on all tracked brands' mentions",
)
def share_of_voice_engagements(mentions: pd.DataFrame, *, brand: str) -> float:
    """Our share of the engagements on all tracked brands' mentions.

    Edge cases: NaN when no mention reports engagements or the total is 0.

    >>> m = frame("mentions", {"brand": ["Acme", "Rival"], "likes": [10, 25], "shares": [5, None]})
    >>> share_of_voice_engagements(m, brand="Acme")
    0.375
    """
    values = row_total(mentions, MENTION_ENGAGEMENTS)
    given = ~np.isnan(values) & _tracked(mentions)
    return ratio(float(values[given & ours(mentions, brand)].sum()), float(values[given].sum()))
