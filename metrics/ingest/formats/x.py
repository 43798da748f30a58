"""X (Twitter) analytics exports: legacy tweet activity, current per-post and account overview.

The legacy export names its period in the file name (``…_20211101_20211201_en.csv``): its last
day is the snapshot, and its texts keep HTML entities (``&amp;``), which are decoded. Its counts
are organic; the ``promoted …`` columns (``-`` unless the tweet was promoted) are not added. X
writes its days in UTC. The current per-post export gives only the day of a post; its id, a
snowflake, holds the exact time, so the time is taken from the id when the two agree. That export
also carries placeholder rows with no id and a link ending in ``/status/undefined``: they have no
date either, so they are skipped as rows without a required value. An earlier variant of it
(2024-25) names the permalink ``Link`` and writes ``Thu Mar 20 2025``. The legacy daily export
names its account only in the file name.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd

from metrics.ingest.formats.base import Format

TWITTER_EPOCH_MS = 1288834974657  # snowflake ids count milliseconds from here, shifted left by 22 bits


def _account_from_link(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """The handle is the first segment of the permalink: ``x.com/<handle>/status/<id>``."""
    frame["account"] = frame["url"].astype("string").str.extract(r"(?:twitter|x)\.com/([^/]+)/status/", expand=False)
    return frame


def _tweet_activity(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """Handle from the permalink, texts without HTML entities, the period's last day as the snapshot."""
    frame = _account_from_link(frame, meta)
    frame["text"] = frame["text"].map(html.unescape, na_action="ignore").astype("string")
    period = re.search(r"_(\d{8})_(\d{8})(?:_[a-z]{2})?$", Path(meta["file"]).stem)
    if period:
        frame["snapshot_date"] = pd.Timestamp(period.group(2))
    return frame


def _handle_from_name(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """The legacy daily export names its account only in the file name: ``…_metrics_<handle>_<from>_<to>_en``."""
    handle = re.search(r"_metrics_(\w+?)_\d{8}_\d{8}", Path(meta["file"]).stem)
    frame["account"] = handle.group(1) if handle else pd.NA
    return frame


def _time_from_snowflake(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """The exact time of a post from its snowflake id, where it falls on the exported day."""
    frame = _account_from_link(frame, meta)
    snowflake = frame["post_id"].where(frame["post_id"].str.fullmatch(r"\d{15,20}").fillna(False).astype(bool))
    millis = snowflake.map(lambda i: (int(i) >> 22) + TWITTER_EPOCH_MS, na_action="ignore")
    exact = pd.to_datetime(millis.astype("Float64"), unit="ms", utc=True)
    same_day = (exact.dt.floor("D") == frame["published_at"]).fillna(False).astype(bool)
    frame["published_at"] = exact.where(same_day, frame["published_at"])
    return frame


X_TWEET_ACTIVITY = Format(
    "x_tweet_activity",
    "posts",
    {
        "post_id": ("Tweet id",),
        "url": ("Tweet permalink",),
        "text": ("Tweet text",),
        "published_at": ("time",),
        "impressions": ("impressions",),
        "likes": ("likes", "favorites"),
        "comments": ("replies",),
        "shares": ("retweets",),
        "clicks": ("url clicks",),
    },
    signature=("post_id", "url", "text", "published_at", "impressions"),
    date_formats={"published_at": ("%Y-%m-%d %H:%M %z",)},
    tz="UTC",
    constants={"platform": "x"},
    finish=_tweet_activity,
)

X_POSTS = Format(
    "x_posts",
    "posts",
    {
        "post_id": ("Post id",),
        "published_at": ("Date",),
        "text": ("Post text",),
        "url": ("Post Link", "Link"),  # "Link" in the 2024-25 variant
        "impressions": ("Impressions",),
        "likes": ("Likes",),
        "comments": ("Replies",),
        "shares": ("Reposts",),
        "saves": ("Bookmarks",),
        "clicks": ("URL Clicks",),
    },
    signature=("post_id", "published_at", "text", "url", "saves"),
    date_formats={"published_at": ("%a, %b %d, %Y", "%a %b %d %Y")},  # "Thu, Mar 20, 2025", "Thu Mar 20 2025"
    tz="UTC",
    constants={"platform": "x"},
    finish=_time_from_snowflake,
)

X_ACCOUNT_OVERVIEW = Format(
    "x_account_overview",
    "audience",
    {
        "date": ("Date",),
        "followers_gained": ("New follows",),
        "followers_lost": ("Unfollows",),
        "page_views": ("Profile visits",),
        "_bookmarks": ("Bookmarks",),
    },
    signature=("date", "followers_gained", "followers_lost", "page_views", "_bookmarks"),
    date_formats={"date": ("%a, %b %d, %Y",)},
    constants={"platform": "x"},
)

X_DAILY_ACTIVITY = Format(  # daily_tweet_activity_metrics_<handle>_<from>_<to>_en.csv (legacy, by day)
    "x_daily_activity",
    "audience",
    {
        "date": ("Date",),
        "page_views": ("user profile clicks",),
        "_published": ("Tweets published",),
        "_impressions": ("impressions",),
    },
    signature=("date", "page_views", "_published", "_impressions"),
    constants={"platform": "x"},
    finish=_handle_from_name,
)

FORMATS = (X_TWEET_ACTIVITY, X_POSTS, X_ACCOUNT_OVERVIEW, X_DAILY_ACTIVITY)
