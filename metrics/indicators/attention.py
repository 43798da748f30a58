"""Attention (AMEC output): what we published, how far it reached, how much we were talked about.

Reach and impressions are summed as the source reports them and never multiplied. Share of voice
is ours against every tracked brand in the mentions, so its scope is the listening query's scope.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from metrics.indicators.registry import frame  # noqa: F401  (the examples build their frames with it)
from metrics.indicators.registry import indicator, numbers, ours, ratio, reported_sum, row_total

MENTION_ENGAGEMENTS = ("likes", "comments", "shares")


def _tracked(mentions: pd.DataFrame) -> np.ndarray:
    return mentions["brand"].notna().to_numpy(dtype=bool)


@indicator("posts_published", level="output", unit="count", needs=("posts",), higher_is_better=None)
def posts_published(posts: pd.DataFrame) -> float:
    """Posts published on our own accounts.

    Formula: the number of our posts published in the period.
    Edge cases: no posts is 0.

    >>> posts_published(frame("posts", {"post_id": ["1", "2", "3"]}))
    3.0
    """
    return float(len(posts))


@indicator("reach", level="output", unit="count", needs=("posts",), higher_is_better=True)
def reach(posts: pd.DataFrame) -> float:
    """Reach of our own posts, as the platform reports it.

    Formula: Σ reach over our posts published in the period (never multiplied or de-duplicated).
    Edge cases: posts without reach are skipped; NaN when no post reports it; no posts is 0.

    >>> reach(frame("posts", {"reach": [1200, None, 300]}))
    1500.0
    """
    return reported_sum(numbers(posts["reach"]))


@indicator("impressions", level="output", unit="count", needs=("posts",), higher_is_better=True)
def impressions(posts: pd.DataFrame) -> float:
    """Impressions of our own posts, as the platform reports them.

    Formula: Σ impressions over our posts published in the period.
    Edge cases: posts without impressions are skipped; NaN when no post reports them; no posts is 0.

    >>> impressions(frame("posts", {"impressions": [None, None]}))
    nan
    """
    return reported_sum(numbers(posts["impressions"]))


@indicator("mentions", level="output", unit="count", needs=("mentions",), higher_is_better=True)
def mentions(mentions: pd.DataFrame, *, brand: str) -> float:
    """Mentions of our brand found by listening.

    Formula: the number of mentions whose brand is ours; competitors' mentions are not counted.
    Edge cases: no mentions of ours is 0.

    >>> mentions(frame("mentions", {"brand": ["Acme", "Rival", "Acme"]}), brand="Acme")
    2.0
    """
    return float(ours(mentions, brand).sum())


@indicator("mentions_reach", level="output", unit="count", needs=("mentions",), higher_is_better=True)
def mentions_reach(mentions: pd.DataFrame, *, brand: str) -> float:
    """Potential audience of our brand's mentions, as the listening source reports it.

    Formula: Σ reach over mentions of our brand.
    Edge cases: mentions without reach are skipped; NaN when none of ours reports it; no mentions is 0.

    >>> m = frame("mentions", {"brand": ["Acme", "Acme", "Rival"], "reach": [500, None, 9000]})
    >>> mentions_reach(m, brand="Acme")
    500.0
    """
    return reported_sum(numbers(mentions["reach"]), ours(mentions, brand))


@indicator("share_of_voice", level="output", unit="fraction", needs=("mentions",), higher_is_better=True)
def share_of_voice(mentions: pd.DataFrame, *, brand: str) -> float:
    """Our share of all tracked brands' mentions.

    Formula: mentions of our brand ÷ mentions of all tracked brands (ours included).
    Edge cases: NaN when there are no mentions of any tracked brand.

    >>> share_of_voice(frame("mentions", {"brand": ["Acme", "Rival", "Acme", "Other"]}), brand="Acme")
    0.5
    """
    return ratio(float(ours(mentions, brand).sum()), float(_tracked(mentions).sum()))


@indicator("share_of_voice_reach", level="output", unit="fraction", needs=("mentions",), higher_is_better=True)
def share_of_voice_reach(mentions: pd.DataFrame, *, brand: str) -> float:
    """Our share of the reach of all tracked brands' mentions.

    Formula: Σ reach of our mentions ÷ Σ reach of all tracked brands' mentions, over mentions that
    report reach.
    Edge cases: NaN when no mention reports reach or the total is 0.

    >>> m = frame("mentions", {"brand": ["Acme", "Rival", "Rival"], "reach": [300, 900, None]})
    >>> share_of_voice_reach(m, brand="Acme")
    0.25
    """
    values = numbers(mentions["reach"])
    given = ~np.isnan(values) & _tracked(mentions)
    return ratio(float(values[given & ours(mentions, brand)].sum()), float(values[given].sum()))


@indicator(
    "share_of_voice_engagements", level="output", unit="fraction", needs=("mentions",), higher_is_better=True
)
def share_of_voice_engagements(mentions: pd.DataFrame, *, brand: str) -> float:
    """Our share of the engagements on all tracked brands' mentions.

    Formula: Σ engagements of our mentions ÷ Σ engagements of all tracked brands' mentions, where a
    mention's engagements are likes + comments + shares (a missing one counts as 0 when another
    is given; a mention with none of them is left out).
    Edge cases: NaN when no mention reports engagements or the total is 0.

    >>> m = frame("mentions", {"brand": ["Acme", "Rival"], "likes": [10, 25], "shares": [5, None]})
    >>> share_of_voice_engagements(m, brand="Acme")
    0.375
    """
    values = row_total(mentions, MENTION_ENGAGEMENTS)
    given = ~np.isnan(values) & _tracked(mentions)
    return ratio(float(values[given & ours(mentions, brand)].sum()), float(values[given].sum()))

