"""Reception indicators (out-take): engagements, engagement rates and sentiment."""

import pytest

NAN = float("nan")
OURS_4 = ["Acme"] * 4


def case(id, inputs, expected, name):
    return pytest.param(id, inputs, expected, id=f"{id}: {name}")


def sentiments(ours, rivals=()):
    """Mentions of ours with the given sentiments, plus competitors' mentions."""
    return {"mentions": {"brand": ["Acme"] * len(ours) + ["Rival"] * len(rivals), "sentiment": [*ours, *rivals]}}


def audience(*rows):
    """Audience rows as (day of November 2026, platform, followers) of account "acme"."""
    columns = {"date": [f"2026-11-{r[0]}" for r in rows], "platform": [r[1] for r in rows]}
    return columns | {"account": ["acme"] * len(rows), "followers": [r[2] for r in rows]}


POSTS_2 = {"likes": [30, 10]}  # 2 posts, 20 engagements per post

CASES = [
    # engagements
    case(
        "engagements",
        {"posts": {"likes": [10, 5], "comments": [1, 2], "shares": [0, 1], "saves": [2, None]}},
        21.0,
        "normal; saves where given",
    ),
    case("engagements", {"posts": {}}, 0.0, "no posts is zero"),
    case("engagements", {"posts": {"likes": [None, None], "reach": [100, 100]}}, NAN, "not reported"),
    case("engagements", {"posts": {"likes": [None, 4], "comments": [3, None]}}, 7.0, "missing values skipped"),
    # engagement_rate_reach
    case("engagement_rate_reach", {"posts": {"likes": [10, 20], "reach": [100, 900]}}, 0.03, "normal"),
    case(
        "engagement_rate_reach",
        {"posts": {"likes": [10, 50], "reach": [100, None]}},
        0.1,
        "post without reach left out of both sides",
    ),
    case(
        "engagement_rate_reach",
        {"posts": {"likes": [10, None], "reach": [100, 900]}},
        0.1,
        "post without engagements left out of both sides",
    ),
    case("engagement_rate_reach", {"posts": {"likes": [0], "reach": [0]}}, NAN, "zero reach"),
    case("engagement_rate_reach", {"posts": {}}, NAN, "no posts"),
    # engagement_rate_impressions
    case("engagement_rate_impressions", {"posts": {"likes": [20, 5], "impressions": [1000, 0]}}, 0.025, "normal"),
    case(
        "engagement_rate_impressions",
        {"posts": {"likes": [20, 5], "impressions": [1000, None]}},
        0.02,
        "post without impressions left out",
    ),
    case("engagement_rate_impressions", {"posts": {"likes": [5], "impressions": [0]}}, NAN, "zero impressions"),
    case("engagement_rate_impressions", {"posts": {}}, NAN, "no posts"),
    # engagement_rate_followers
    case(
        "engagement_rate_followers",
        {"posts": POSTS_2, "audience": audience(("29", "vk", 600), ("29", "telegram", 400))},
        0.02,
        "normal: per post ÷ followers summed over accounts",
    ),
    case(
        "engagement_rate_followers",
        {"posts": POSTS_2, "audience": audience(("28", "vk", 500), ("29", "vk", 1000))},
        0.02,
        "followers of the last day",
    ),
    case(
        "engagement_rate_followers",
        {"posts": POSTS_2, "audience": audience(("28", "vk", 1000), ("29", "vk", None))},
        0.02,
        "last day without a total falls back to the day before",
    ),
    case("engagement_rate_followers", {"posts": {}, "audience": audience(("29", "vk", 1000))}, NAN, "no posts"),
    case(
        "engagement_rate_followers",
        {"posts": POSTS_2, "audience": audience(("29", "vk", None))},
        NAN,
        "no follower total",
    ),
    case("engagement_rate_followers", {"posts": POSTS_2, "audience": audience(("29", "vk", 0))}, NAN, "zero followers"),
    # sentiment shares
    case(
        "positive_share",
        sentiments(["positive", "positive", "neutral", "negative"], ["negative"] * 3),
        0.5,
        "normal; competitors excluded",
    ),
    case(
        "positive_share",
        sentiments(["positive", "unknown", "mixed", None, "negative"]),
        0.5,
        "unknown, mixed and missing are not known",
    ),
    case("positive_share", sentiments(["unknown", None]), NAN, "no known sentiment"),
    case("positive_share", {"mentions": {}}, NAN, "no mentions"),
    case(
        "neutral_share",
        sentiments(["positive", "positive", "neutral", "negative"], ["neutral"] * 3),
        0.25,
        "normal; competitors excluded",
    ),
    case("neutral_share", sentiments(["neutral", "unknown"]), 1.0, "unknown left out"),
    case("neutral_share", sentiments([], ["neutral"]), NAN, "none of ours"),
    case(
        "negative_share",
        sentiments(["positive", "positive", "neutral", "negative"], ["negative"] * 3),
        0.25,
        "normal; competitors excluded",
    ),
    case("negative_share", sentiments(["positive", "neutral"]), 0.0, "none negative is zero"),
    case("negative_share", sentiments([None, None]), NAN, "sentiment missing"),
    # net sentiment
    case(
        "net_sentiment",
        sentiments(["positive"] * 3 + ["negative", "neutral"], ["negative"] * 5),
        0.5,
        "normal; neutral and competitors excluded",
    ),
    case("net_sentiment", sentiments(["negative", "negative", "unknown"]), -1.0, "all negative"),
    case("net_sentiment", sentiments(["neutral", "neutral"]), NAN, "zero denominator"),
    case("net_sentiment", sentiments([None, "unknown"]), NAN, "sentiment missing"),
    case("net_sentiment", {"mentions": {}}, NAN, "no mentions"),
    case(
        "net_sentiment_all",
        sentiments(["positive"] * 3 + ["negative", "neutral"], ["negative"] * 5),
        0.4,
        "normal; neutral included",
    ),
    case("net_sentiment_all", sentiments(["positive", "unknown", None]), 1.0, "unknown left out"),
    case("net_sentiment_all", sentiments(["neutral"]), 0.0, "only neutral is zero"),
    case("net_sentiment_all", sentiments(["unknown"]), NAN, "no known sentiment"),
    case("net_sentiment_all", {"mentions": {}}, NAN, "no mentions"),
]


@pytest.mark.parametrize("id, inputs, expected", CASES)
def test_reception(id, inputs, expected, check_indicator):
    check_indicator(id, inputs, expected)
