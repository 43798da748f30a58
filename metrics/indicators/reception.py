"""Reception (AMEC out-take): how people engaged with our posts and how they spoke of the brand.

Engagement rates state their denominator in the name. Sentiment shares are taken over our
mentions with a known sentiment (positive, neutral or negative); ``unknown`` and anything else
the source may give (``mixed``) are left out of both sides.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from metrics.indicators.registry import (
    A_SUM,
    frame,  # noqa: F401  (the examples build their frames with it)
    indicator,
    is_value,
    latest_followers,
    numbers,
    ours,
    ratio,
    reported_sum,
    row_total,
)
from metrics.vocabulary import KNOWN_SENTIMENTS

POST_ENGAGEMENTS = ("likes", "comments", "shares", "saves")


def _rate_over(posts: pd.DataFrame, denominator: str) -> float:
    """Σ engagements ÷ Σ ``denominator`` over posts that report both."""
    engaged = row_total(posts, POST_ENGAGEMENTS)
    base = numbers(posts[denominator])
    both = ~np.isnan(engaged) & ~np.isnan(base)
    return ratio(float(engaged[both].sum()), float(base[both].sum()))


def _sentiments(mentions: pd.DataFrame, brand: str) -> dict[str, float]:
    """Counts of our mentions by known sentiment."""
    our = ours(mentions, brand)
    return {s: float((our & is_value(mentions["sentiment"], s)).sum()) for s in KNOWN_SENTIMENTS}


@indicator(
    "engagements",
    level="out-take",
    unit="count",
    needs=("posts",),
    higher_is_better=True,
    formula="Σ (likes + comments + shares + saves) on our posts published in the period, each where the "
    "platform gives it; – when no post gives any of them.",
    denominator=A_SUM,
)
def engagements(posts: pd.DataFrame) -> float:
    """Engagements on our own posts.

    Edge cases: NaN when no post gives any of them; no posts is 0.

    >>> engagements(frame("posts", {"likes": [10, 4], "comments": [2, None], "saves": [1, None]}))
    17.0
    """
    return reported_sum(row_total(posts, POST_ENGAGEMENTS))


@indicator(
    "engagement_rate_reach",
    level="out-take",
    unit="fraction",
    needs=("posts",),
    higher_is_better=True,
    formula="Σ engagements ÷ Σ reach, over our posts that report both; – when the reach is 0.",
    denominator="Reach of our posts",
)
def engagement_rate_reach(posts: pd.DataFrame) -> float:
    """Engagement rate by reach of our own posts.

    Edge cases: NaN when no post reports both or the reach is 0.

    >>> engagement_rate_reach(frame("posts", {"likes": [30, 5], "reach": [1000, None]}))
    0.03
    """
    return _rate_over(posts, "reach")


@indicator(
    "engagement_rate_impressions",
    level="out-take",
    unit="fraction",
    needs=("posts",),
    higher_is_better=True,
    formula="Σ engagements ÷ Σ impressions, over our posts that report both; – when the impressions are 0.",
    denominator="Impressions of our posts",
)
def engagement_rate_impressions(posts: pd.DataFrame) -> float:
    """Engagement rate by impressions of our own posts.

    Edge cases: NaN when no post reports both or the impressions are 0.

    >>> engagement_rate_impressions(frame("posts", {"likes": [20, 5], "impressions": [1000, 0]}))
    0.025
    """
    return _rate_over(posts, "impressions")


@indicator(
    "engagement_rate_followers",
    level="out-take",
    unit="fraction",
    needs=("posts", "audience"),
    higher_is_better=True,
    formula="(Σ engagements ÷ posts published) ÷ followers at the end of the period, summed over our accounts; "
    "– when there are no posts or no follower count.",
    denominator="Followers at the end of the period (per post)",
)
def engagement_rate_followers(posts: pd.DataFrame, audience: pd.DataFrame) -> float:
    """Average engagements per post as a fraction of followers at the end of the period.

    Edge cases: NaN when there are no posts, no engagements reported, or no follower total.

    >>> posts = frame("posts", {"likes": [40, 20]})
    >>> audience = frame("audience", {"date": ["2026-11-29"], "platform": ["vk"], "followers": [1000]})
    >>> engagement_rate_followers(posts, audience)
    0.03
    """
    per_post = ratio(engagements(posts), float(len(posts)))
    return ratio(per_post, latest_followers(audience))


@indicator(
    "positive_share",
    level="out-take",
    unit="fraction",
    needs=("mentions",),
    higher_is_better=True,
    formula="Positive ÷ (positive + neutral + negative), over our mentions; unknown sentiment is left out; – "
    "when none has a known sentiment.",
    denominator="Our mentions with a known sentiment",
)
def positive_share(mentions: pd.DataFrame, *, brand: str) -> float:
    """Share of our mentions that are positive.

    Edge cases: unknown sentiment is left out; NaN when none of ours has a known sentiment.

    >>> m = frame("mentions", {"brand": ["Acme"] * 4, "sentiment": ["positive", "neutral", "unknown", None]})
    >>> positive_share(m, brand="Acme")
    0.5
    """
    counts = _sentiments(mentions, brand)
    return ratio(counts["positive"], sum(counts.values()))


@indicator(
    "neutral_share",
    level="out-take",
    unit="fraction",
    needs=("mentions",),
    higher_is_better=None,
    formula="Neutral ÷ (positive + neutral + negative), over our mentions; unknown sentiment is left out; – "
    "when none has a known sentiment.",
    denominator="Our mentions with a known sentiment",
)
def neutral_share(mentions: pd.DataFrame, *, brand: str) -> float:
    """Share of our mentions that are neutral.

    Edge cases: unknown sentiment is left out; NaN when none of ours has a known sentiment.

    >>> m = frame("mentions", {"brand": ["Acme", "Acme", "Rival"], "sentiment": ["neutral", "negative", "neutral"]})
    >>> neutral_share(m, brand="Acme")
    0.5
    """
    counts = _sentiments(mentions, brand)
    return ratio(counts["neutral"], sum(counts.values()))


@indicator(
    "negative_share",
    level="out-take",
    unit="fraction",
    needs=("mentions",),
    higher_is_better=False,
    formula="Negative ÷ (positive + neutral + negative), over our mentions; unknown sentiment is left out; – "
    "when none has a known sentiment.",
    denominator="Our mentions with a known sentiment",
)
def negative_share(mentions: pd.DataFrame, *, brand: str) -> float:
    """Share of our mentions that are negative.

    Edge cases: unknown sentiment is left out; NaN when none of ours has a known sentiment.

    >>> m = frame("mentions", {"brand": ["Acme"] * 4, "sentiment": ["negative", "positive", "neutral", "neutral"]})
    >>> negative_share(m, brand="Acme")
    0.25
    """
    counts = _sentiments(mentions, brand)
    return ratio(counts["negative"], sum(counts.values()))


@indicator(
    "net_sentiment",
    level="out-take",
    unit="index",
    needs=("mentions",),
    higher_is_better=True,
    formula="(positive − negative) ÷ (positive + negative) over our mentions, from −1 to +1; neutral excluded; "
    "– when there are none.",
    denominator="Our positive and negative mentions",
)
def net_sentiment(mentions: pd.DataFrame, *, brand: str) -> float:
    """Net sentiment of our mentions, from −1 (all negative) to +1 (all positive).

    Edge cases: NaN when none of ours is positive or negative.

    >>> m = frame("mentions", {"brand": ["Acme"] * 4, "sentiment": ["positive", "positive", "positive", "negative"]})
    >>> net_sentiment(m, brand="Acme")
    0.5
    """
    counts = _sentiments(mentions, brand)
    return ratio(counts["positive"] - counts["negative"], counts["positive"] + counts["negative"])


@indicator(
    "net_sentiment_all",
    level="out-take",
    unit="index",
    needs=("mentions",),
    higher_is_better=True,
    formula="(positive − negative) ÷ (positive + neutral + negative) over our mentions, from −1 to +1; unknown "
    "sentiment is left out; – when none has a known sentiment.",
    denominator="Our mentions with a known sentiment",
)
def net_sentiment_all(mentions: pd.DataFrame, *, brand: str) -> float:
    """Net sentiment over all our mentions with a known sentiment, neutral included.

    Edge cases: unknown sentiment is left out; NaN when none of ours has a known sentiment.

    >>> m = frame("mentions", {"brand": ["Acme"] * 4, "sentiment": ["positive", "positive", "neutral", "negative"]})
    >>> net_sentiment_all(m, brand="Acme")
    0.25
    """
    counts = _sentiments(mentions, brand)
    return ratio(counts["positive"] - counts["negative"], sum(counts.values()))


@indicator(
    "model_sentiment_share",
    level="out-take",
    unit="fraction",
    needs=("mentions",),
    higher_is_better=None,
    formula="Our mentions whose sentiment the built-in model gave (their source gave none) ÷ our mentions with a "
    "known sentiment; – when none has one. Says how much of every sentiment figure is the model's reading.",
    denominator="Our mentions with a known sentiment",
)
def model_sentiment_share(mentions: pd.DataFrame, *, brand: str) -> float:
    """How much of our mentions' known sentiment is the built-in model's, not the source's or a person's.

    Edge cases: NaN when none of ours has a known sentiment; 0 when every one came from the source.

    >>> m = frame("mentions", {"brand": ["Acme"] * 4, "sentiment": ["positive", "negative", "neutral", "unknown"],
    ...                        "sentiment_source": ["model", "export", "model", "model"]})
    >>> round(model_sentiment_share(m, brand="Acme"), 3)
    0.667
    """
    known = ours(mentions, brand) & mentions["sentiment"].isin(KNOWN_SENTIMENTS).to_numpy(dtype=bool, na_value=False)
    return ratio(float((known & is_value(mentions["sentiment_source"], "model")).sum()), float(known.sum()))
