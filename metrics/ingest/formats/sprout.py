"""Sprout Social reports: Post Performance (our posts on every network) and Profile Performance (by day).

Sprout writes one file for all the networks a workspace connects, times in the report's time zone,
counts with thousands commas and ``N/A`` where a network has no such metric. Its engagement rate
(``2.57%``) is not read: rates are computed from the counts, never imported.
"""

from __future__ import annotations

import pandas as pd

from metrics import schema
from metrics.ingest import vocab
from metrics.ingest.formats.base import LOCAL, Format
from metrics.ingest.formats.listening import coalesce


def _network(network: pd.Series) -> pd.Series:
    """Sprout's network names as our platforms: ``X``/``Twitter`` → ``x``, ``LinkedIn Company`` → ``linkedin``."""
    first_word = network.str.split().str[0]
    return (
        vocab.mapped(network, vocab.PLATFORM)
        .fillna(vocab.mapped(first_word, vocab.PLATFORM))
        .fillna(network.str.casefold())
    )


def _posts(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """The platform from the network; likes are Facebook's ``Reactions``, else the network's ``Likes``."""
    frame["platform"] = _network(frame["platform"])
    return coalesce(frame, "likes", "_likes")


def _profiles(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    frame["platform"] = _network(frame["platform"])
    return frame


SPROUT_POSTS = Format(
    "sprout_posts",
    "posts",
    {
        "published_at": ("Date",),
        "post_id": ("Post ID",),
        "platform": ("Network",),
        "account": ("Profile",),
        "url": ("Link",),
        "text": ("Post",),
        "format": ("Post Type", "Content Type"),
        "impressions": ("Impressions",),
        "reach": ("Reach",),
        "likes": ("Reactions",),
        "comments": ("Comments",),
        "shares": ("Shares",),
        "saves": ("Saves",),
        "clicks": ("Post Clicks (All)",),
        "video_views": ("Video Views",),
        "_likes": ("Likes",),
    },
    signature=("published_at", "post_id", "platform", "account", "url"),
    date_formats={"published_at": ("%m/%d/%Y %I:%M %p",)},
    tz=LOCAL,
    extra_types={"_likes": schema.INT},
    id_from_url=True,  # the same key as the networks' own exports give the post
    finish=_posts,
)

# Net Audience Growth is only the difference of follows and unfollows: neither can be told from
# it, so followers_gained and followers_lost stay empty. Impressions have no column in the
# audience table. The net growth only makes the signature specific.
SPROUT_PROFILES = Format(
    "sprout_profiles",
    "audience",
    {
        "date": ("Date",),
        "platform": ("Network",),
        "account": ("Profile",),
        "followers": ("Audience",),
        "_net_growth": ("Net Audience Growth",),
    },
    signature=("date", "platform", "account", "followers", "_net_growth"),
    date_formats={"date": ("%m-%d-%Y",)},
    finish=_profiles,
)

FORMATS = (SPROUT_POSTS, SPROUT_PROFILES)
