"""TikTok Studio exports: Content (posts) and Overview (daily), with dates without a year.

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
    if frame["_time"].notna().any():  # without the export day, post days are kept as the reader gave them
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

FORMATS = (TIKTOK_CONTENT, TIKTOK_OVERVIEW)

TEXTS = {
    "format.tiktok_content": {"en": "TikTok Studio: videos", "ru": "TikTok Studio: видео"},
    "format.tiktok_overview": {"en": "TikTok Studio: overview by day", "ru": "TikTok Studio: обзор по дням"},
}
