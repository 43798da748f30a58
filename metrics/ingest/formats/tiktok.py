"""TikTok Studio exports: Content (posts); Overview, FollowerHistory and Viewers (daily), with dates
without a year. FollowerActivity (by hour) and the gender and territory splits are refused by name.
TikTok's business overview and video list write dates with a year (``2025/10/31``).

TikTok writes days in the UI language and without a year (``18 января``, ``28 August``); the
reader gives them the export day's year. ``Content.csv`` also names the export day in its ``Time``
column: that day is the snapshot, and a post dated after it belongs to the year before (a December
post in a January export). ``Overview.csv`` fills only ``page_views`` (``Profile Views``): its video
views, likes, comments and shares have no column in the audience table.
"""

from __future__ import annotations

import pandas as pd

from metrics import schema
from metrics.ingest.formats.base import Format


def _content(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """Handle from the video link; the snapshot from ``Time``; post days no later than it."""
    frame["account"] = frame["url"].astype("string").str.extract(r"tiktok\.com/@([^/]+)/", expand=False)
    if "_time" in frame and frame["_time"].notna().any():  # without the export day, post days are kept as read
        frame["snapshot_date"] = frame["_time"].fillna(frame["snapshot_date"])
        snapshot = frame["snapshot_date"].dt.tz_localize(frame["published_at"].dt.tz)
        later = frame["published_at"] > snapshot + pd.Timedelta(days=1)
        frame["published_at"] = frame["published_at"].mask(later, frame["published_at"] - pd.DateOffset(years=1))
    return frame


TIKTOK_CONTENT = Format(
    "tiktok_content",
    "posts",
    {
        "url": ("Video link",),
        "text": ("Video title",),
        "published_at": ("Post time",),
        "impressions": ("Total views",),
        "video_views": ("Total views",),
        "likes": ("Total likes",),
        "comments": ("Total comments",),
        "shares": ("Total shares",),
        "_time": ("Time",),
    },
    signature=("url", "text", "published_at", "impressions"),
    date_formats={"published_at": ("ISO8601",), "_time": ("ISO8601",)},
    constants={"platform": "tiktok"},
    id_from_url=True,
    extra_types={"_time": schema.DATE},
    finish=_content,
)

TIKTOK_OVERVIEW = Format(
    "tiktok_overview",
    "audience",
    {
        "date": ("Date",),
        "page_views": ("Profile Views",),
        "_video_views": ("Video Views",),
        "_comments": ("Comments",),
    },
    signature=("date", "page_views", "_video_views", "_comments"),
    date_formats={"date": ("ISO8601",)},
    constants={"platform": "tiktok"},
)

TIKTOK_FOLLOWER_HISTORY = Format(
    "tiktok_follower_history",
    "audience",
    {
        "date": ("Date",),
        "followers": ("Followers",),
        "followers_net": ("Difference in followers from previous day",),
    },
    signature=("date", "followers", "followers_net"),
    date_formats={"date": ("ISO8601",)},
    constants={"platform": "tiktok"},
    signed=("followers_net",),
)

TIKTOK_VIEWERS = Format(
    "tiktok_viewers",
    "audience",
    {
        "date": ("Date",),
        "reach": ("Total Viewers",),
        "_new": ("New Viewers",),
    },
    signature=("date", "reach", "_new"),
    date_formats={"date": ("ISO8601",)},
    constants={"platform": "tiktok"},
)

# TikTok's business overview by day: dates with a year (``2025/10/31``), followers gained and lost, the
# day's reached audience (``NAN`` when TikTok has none). Video views, likes, shares and comments have no
# audience column; "Net growth" is gained minus lost, so it is not read twice.
TIKTOK_BUSINESS_OVERVIEW = Format(
    "tiktok_business_overview",
    "audience",
    {
        "date": ("Date",),
        "followers_gained": ("New followers",),
        "followers_lost": ("Lost followers",),
        "page_views": ("Profile views",),
        "reach": ("Reached audience",),
        "_video_views": ("Video views",),
    },
    signature=("date", "followers_gained", "followers_lost", "page_views", "_video_views"),
    date_formats={"date": ("%Y/%m/%d", "ISO8601")},
    constants={"platform": "tiktok"},
)

# TikTok's video list: one row per video with the time of posting (``2025/10/31 18:19:10``) and saves
# ("Add to Favorites"). TikTok counts a view each time a video is shown, so views are its impressions.
TIKTOK_VIDEO_LIST = Format(
    "tiktok_video_list",
    "posts",
    {
        "url": ("Video link",),
        "text": ("Video title",),
        "published_at": ("Post time",),
        "impressions": ("Video views",),
        "video_views": ("Video views",),
        "likes": ("Likes",),
        "comments": ("Comments",),
        "shares": ("Shares",),
        "saves": ("Add to Favorites",),
    },
    signature=("url", "text", "published_at", "video_views", "saves"),
    date_formats={"published_at": ("%Y/%m/%d %H:%M:%S", "ISO8601")},
    constants={"platform": "tiktok"},
    id_from_url=True,
    finish=_content,
)

# Exports of the same download that hold no table of ours: recognised to be refused with a reason.
TIKTOK_FOLLOWER_ACTIVITY = Format(
    "tiktok_follower_activity",
    "audience",
    {"date": ("Date",), "_hour": ("Hour",), "_active": ("Active followers",)},
    signature=("date", "_hour", "_active"),
    refuse=True,
)
TIKTOK_SPLIT = Format(
    "tiktok_split",
    "audience",
    {"_split": ("Gender", "Top territories"), "_share": ("Distribution",)},
    signature=("_split", "_share"),
    refuse=True,
)

FORMATS = (
    TIKTOK_CONTENT,
    TIKTOK_OVERVIEW,
    TIKTOK_FOLLOWER_HISTORY,
    TIKTOK_VIEWERS,
    TIKTOK_BUSINESS_OVERVIEW,
    TIKTOK_VIDEO_LIST,
    TIKTOK_FOLLOWER_ACTIVITY,
    TIKTOK_SPLIT,
)
