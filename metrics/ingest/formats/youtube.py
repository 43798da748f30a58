"""YouTube Studio exports (Table data.csv by video), in English and Russian.

Studio writes the columns the user chose, in the UI language, with a totals row first (``Total``,
``Итоговое значение``) that the reader drops. ``Content`` is the video id; ids that start with
``-`` carry a leading space (an Excel guard), stripped like every id. Private and unlisted videos
have no publish time: a post needs one, so those rows are skipped as rows without a required value.
The export day is the snapshot. ``Subscribers`` (net, may be negative) has no posts column; the
channel's ``Totals.csv`` of that metric is read as the audience's net change by day.
``Unique viewers`` is not read as reach: a person who watched several videos is counted once per
video, so their sum overstates the channel's audience (1.72 M against the Total row's 1.03 M in a
real export), and the channel's own figure is for the whole period, not for a post or a day.
"""

from __future__ import annotations

import pandas as pd

from metrics.ingest.formats.base import Format


def _link(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    frame["url"] = "https://youtu.be/" + frame["post_id"]
    return frame


YOUTUBE_VIDEOS = Format(
    "youtube_videos",
    "posts",
    {
        "post_id": ("Content", "Контент"),
        "text": ("Video title", "Название видео"),
        "published_at": ("Video publish time", "Время публикации видео"),
        "impressions": ("Impressions", "Показы"),
        "video_views": ("Views", "Просмотры"),
        "likes": ("Likes",),
        "comments": ("Comments added",),
        "shares": ("Shares",),
        "_watch_hours": ("Watch time (hours)", "Время просмотра (часы)"),
    },
    signature=("post_id", "text", "published_at", "video_views", "_watch_hours"),
    date_formats={"published_at": ("%b %d, %Y", "%d %b %Y")},  # "Sep 27, 2024", "27 февр. 2025 г."
    constants={"platform": "youtube"},
    finish=_link,
)

# Totals.csv of the Subscribers metric: the channel's net change in subscribers by day (gained minus lost,
# may be negative), never the number of subscribers. A re-saved file may keep the Views column beside it.
YOUTUBE_SUBSCRIBERS = Format(
    "youtube_subscribers",
    "audience",
    {"date": ("Date",), "followers_net": ("Subscribers",), "_views": ("Views",)},
    signature=("date", "followers_net"),
    constants={"platform": "youtube"},
    signed=("followers_net",),
)

# The same Studio download also holds these; none is a table of ours, each is refused with a reason.
YOUTUBE_CHART = Format(  # Chart data.csv: one row per day and video (long format), one metric
    "youtube_chart",
    "posts",
    {"date": ("Date", "Дата"), "post_id": ("Content", "Контент"), "text": ("Video title", "Название видео")},
    signature=("date", "post_id", "text"),
    refuse=True,
)
YOUTUBE_TOTALS = Format(  # Totals.csv: the channel's daily total of the chosen metric
    "youtube_totals",
    "posts",
    {"date": ("Date", "Дата"), "_views": ("Views", "Просмотры", "Watch time (hours)", "Время просмотра (часы)")},
    signature=("date", "_views"),
    refuse=True,
    only=True,
)
YOUTUBE_SPLIT = Format(  # the table or chart split by subscription status, not by video
    "youtube_split",
    "posts",
    {
        "_split": ("Subscription status", "Статус подписки", "Subscribed status"),
        "_date": ("Date", "Дата"),
        "_views": ("Views", "Просмотры", "Watch time (hours)", "Время просмотра (часы)"),
    },
    signature=("_split", "_views"),
    refuse=True,
)

FORMATS = (YOUTUBE_VIDEOS, YOUTUBE_SUBSCRIBERS, YOUTUBE_CHART, YOUTUBE_TOTALS, YOUTUBE_SPLIT)
