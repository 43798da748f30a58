"""YouTube Studio exports (Table data.csv by video), in English and Russian.

Studio writes the columns the user chose, in the UI language, with a totals row first (``Total``,
``Итоговое значение``) that the reader drops. ``Content`` is the video id; ids that start with
``-`` carry a leading space (an Excel guard), stripped like every id. Private and unlisted videos
have no publish time: a post needs one, so those rows are skipped as rows without a required value.
The export day is the snapshot. ``Subscribers`` (net, may be negative) has no posts column.
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
        "reach": ("Unique viewers",),
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

FORMATS = (YOUTUBE_VIDEOS,)

TEXTS = {
    "format.youtube_videos": {"en": "YouTube Studio: videos (table data)", "ru": "YouTube Studio: видео (таблица)"},
}
