"""The meeting's topics and the numbers each shows, in their order: the dashboard's pages show them as
tiles, the reports as a slide, a section or rows of a sheet. Written once here, so they cannot differ."""

from __future__ import annotations

NUMBERS: dict[str, tuple[str, ...]] = {
    "this_week": (
        "mentions",
        "reach",
        "engagements",
        "net_sentiment",
        "share_of_voice",
        "followers_net_change",
        "revenue",
    ),
    "attention": (
        "mentions",
        "mentions_reach",
        "share_of_voice",
        "share_of_voice_reach",
        "posts_published",
        "reach",
        "impressions",
        "share_of_voice_engagements",
    ),
    "reception": (
        "engagements",
        "engagement_rate_reach",
        "engagement_rate_impressions",
        "engagement_rate_followers",
        "net_sentiment",
        "positive_share",
        "negative_share",
        "net_sentiment_all",
    ),
    "loyalty": (
        "followers",
        "followers_net_change",
        "follower_growth_rate",
        "returning_engagers_share",
        "advocates",
        "response_rate",
        "median_response_hours",
        "returning_customer_share",
    ),
    "voice": (),
    "sales": ("revenue", "orders", "returning_customer_share", "sales_association"),
    "mix": ("cost_per_thousand_contacts", "cost_per_engagement", "cost_per_positive_mention"),
}
