"""Meta: Business Suite post exports and page-level daily series (Facebook, Instagram)."""

from __future__ import annotations

import pandas as pd

from metrics.ingest import vocab
from metrics.ingest.formats.base import LOCAL, Format

def _follows_fill(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    # Meta's follow series are sparse: a day that is missing had no follows.
    metric = meta.get("metric", "")
    platform = "instagram" if "instagram" in metric.casefold() else "facebook"
    frame["platform"] = platform
    column = {"follows": "followers_gained", "visits": "page_views", "viewers": "reach"}
    target = next((c for k, c in column.items() if k in metric.casefold()), None)
    if target is None:
        raise ValueError(metric)
    frame = frame.rename(columns={"value": target})
    if target == "followers_gained" and len(frame):
        days = pd.date_range(frame["date"].min(), frame["date"].max(), freq="D", tz=frame["date"].dt.tz)
        frame = frame.set_index("date").reindex(days).rename_axis("date").reset_index()
        frame["platform"] = platform
        frame["source_file"] = frame["source_file"].ffill()
        frame[target] = frame[target].fillna(0)
    return frame


MBS_INSTAGRAM_POSTS = Format(
    "mbs_instagram_posts",
    "posts",
    {
        "post_id": ("Post ID",),
        "account": ("Account username",),
        "text": ("Description",),
        "published_at": ("Publish time",),
        "url": ("Permalink",),
        "format": ("Post type",),
        "impressions": ("Views", "Impressions"),
        "reach": ("Reach",),
        "likes": ("Likes",),
        "comments": ("Comments",),
        "saves": ("Saves",),
        "shares": ("Shares",),
        "video_views": ("Plays",),
        "_account_id": ("Account ID",),
    },
    signature=("post_id", "_account_id", "account", "published_at", "url"),
    date_formats={"published_at": ("%m/%d/%Y %H:%M",)},
    constants={"platform": "instagram"},
    id_from_url=True,
)

MBS_FACEBOOK_POSTS = Format(
    "mbs_facebook_posts",
    "posts",
    {
        "post_id": ("Post ID",),
        "account": ("Page name",),
        "text": ("Description", "Title"),
        "published_at": ("Publish time",),
        "url": ("Permalink",),
        "format": ("Post type",),
        "impressions": ("Views", "Impressions"),
        "reach": ("Reach",),
        "likes": ("Reactions",),
        "comments": ("Comments",),
        "shares": ("Shares",),
        "clicks": ("Total clicks",),
        "video_views": ("3-Second Video Views",),
        "_page_id": ("Page ID",),
    },
    signature=("post_id", "_page_id", "account", "published_at", "url"),
    date_formats={"published_at": ("%m/%d/%Y %H:%M",)},
    constants={"platform": "facebook"},
    id_from_url=True,
)

MBS_SERIES = Format(
    "mbs_daily_series",
    "audience",
    {"date": ("Date",), "value": ("Primary",)},
    signature=("date", "value"),
    date_formats={"date": ("ISO8601",)},
    preamble=r"(?i)^\s*\"?(instagram follows|facebook follows|facebook visits|viewers)\"?\s*$",
    finish=_follows_fill,
)

FORMATS = (MBS_INSTAGRAM_POSTS, MBS_FACEBOOK_POSTS, MBS_SERIES)

TEXTS = {
    "format.mbs_instagram_posts": {"en": "Meta Business Suite: Instagram posts", "ru": "Meta Business Suite: посты Instagram"},
    "format.mbs_facebook_posts": {"en": "Meta Business Suite: Facebook posts", "ru": "Meta Business Suite: посты Facebook"},
    "format.mbs_daily_series": {"en": "Meta Business Suite: daily series", "ru": "Meta Business Suite: дневной ряд"},
}
