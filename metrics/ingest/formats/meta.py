"""Meta: Business Suite post exports and page-level daily series, and the legacy Facebook Insights exports.

A Business Suite daily series is one metric named on the line above its header (``"Facebook
follows"``); the metrics that have a column in the audience table are read (:data:`SERIES`),
the others (``Views``, ``Content interactions``, ``Facebook link clicks``) have none and are not
recognised. A name without a platform (``Follows``, ``Visits``) is the Facebook Page's: Business
Suite names Instagram's series ``Instagram …``. Follow series are sparse (a missing day had no
follows): the days the file has are read, and no day is added. A file re-saved by Excel as
Unicode text holds two series one under the other (``Facebook reach``, then ``Instagram reach``),
each with its name and header: both are read, each with its platform. Timestamps are midnight or
1 a.m. by the daylight-saving time of the day (``2025-11-03T01:00:00``): the date is the day.

Business Suite's ``Views`` replaced ``Impressions`` in 2025 (times content was played or
displayed, photos included) and is read as impressions, not video views. Its video export
(``Video asset ID``, ``3-second video views``) has no post id or permalink: a video is keyed by its
asset id. ``Audience.csv`` (age and gender, towns, countries) is refused: shares of an audience are
not a table of ours.

The legacy Insights exports (``Facebook Insights Data Export … - <Page> - 2020-08-03.csv``) put a
row of descriptions under the header (``Lifetime: The total number of people…``), with the first
cells empty. That row is not data and not a user's mistake: its counts are read as text and
parsed here, after the row is dropped, so it gives no warnings and is not counted as skipped
(a consequence: a count that is not a number, or is negative, is left empty without a warning in
these two formats). The post export repeats header names (``Lifetime Organic Video Views`` as a total and
as unique users): the first, the total, is read. Its ``Post ID`` is ``<pageid>_<postid>``: the
post's own id is kept, as Business Suite permalinks carry it. The page name comes from the file name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from metrics import schema
from metrics.ingest import values
from metrics.ingest.formats.base import Format

# Metric name on the preamble line → (platform, audience column).
SERIES = {
    "facebook follows": ("facebook", "followers_gained"),
    "instagram follows": ("instagram", "followers_gained"),
    "follows": ("facebook", "followers_gained"),
    "facebook visits": ("facebook", "page_views"),
    "visits": ("facebook", "page_views"),
    "viewers": ("facebook", "reach"),
    "facebook reach": ("facebook", "reach"),
    "instagram reach": ("instagram", "reach"),
}
DESCRIPTION = r"^(Lifetime|Daily|Weekly|28 Days):"  # how the cells of a legacy description row begin
# Legacy Insights write US days without zero padding, with a 24- or 12-hour time or none:
# ``10/1/2015 21:00``, ``02/19/2015 11:45:22 PM``, ``8/24/2014`` (each format is also tried with the others' times).
LEGACY_POSTED = ("%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y")
LEGACY_DAY = ("ISO8601", "%m/%d/%Y")


def _daily_series(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """The series' values in the column its metric name says, on the days the file has."""
    platform, column = SERIES[meta["metric"].strip().casefold()]
    frame = frame.rename(columns={"value": column})
    frame["date"] = frame["date"].dt.normalize()
    frame["platform"] = platform
    return frame


def _legacy_counts(frame: pd.DataFrame, key: str, table: str) -> pd.DataFrame:
    """Drop the description row, parse the counts read as text, name them as the table does."""
    helpers = [c for c in frame.columns if c.startswith("_")]
    described = frame[key].isna() & frame[helpers].apply(lambda s: s.str.match(DESCRIPTION)).any(axis=1)
    frame = frame[~described].copy()
    for column in helpers:
        parsed, _ = values.numbers(frame[column])
        frame[column] = values.to_int(parsed.mask(values.counts_are_negative(parsed)))
    return frame.rename(columns={c: c[1:] for c in helpers if c[1:] in schema.TABLES[table].columns})


def _page_from_name(meta: dict) -> str | None:
    """``Facebook Insights Data Export (Post Level) - <Page> - 2020-08-03.csv`` → ``<Page>``."""
    found = re.search(r"Export(?: \(Post Level\))? - (.+) - \d{4}-\d{2}-\d{2}", Path(meta["file"]).stem)
    return found.group(1) if found else None


def _legacy_posts(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    frame = _legacy_counts(frame, "published_at", "posts")
    if "_video_organic" in frame:  # early vintages have no video columns
        frame["video_views"] = frame["_video_organic"].add(frame.get("_video_paid"), fill_value=0)
    frame["post_id"] = frame["post_id"].str.split("_").str[-1].str.replace(r":\d+$", "", regex=True)
    frame["account"] = _page_from_name(meta)
    return frame


def _legacy_page(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    frame = _legacy_counts(frame, "date", "audience")
    frame["account"] = _page_from_name(meta)
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

MBS_FACEBOOK_VIDEOS = Format(  # Content → Videos: one row per video, by its asset id; no permalink or post id
    "mbs_facebook_videos",
    "posts",
    {
        "post_id": ("Video asset ID",),
        "account": ("Page name",),
        "text": ("Title", "Description"),
        "published_at": ("Publish time",),
        "reach": ("Reach",),
        "likes": ("Reactions",),
        "comments": ("Comments",),
        "shares": ("Shares",),
        "video_views": ("3-second video views",),
        "_page_id": ("Page ID",),
    },
    signature=("post_id", "_page_id", "account", "published_at", "video_views"),
    date_formats={"published_at": ("%m/%d/%Y %H:%M",)},
    constants={"platform": "facebook"},
)

# Audience.csv: age & gender, top cities and countries (shares of the audience) stacked one under the other.
MBS_AUDIENCE = Format(
    "mbs_audience",
    "audience",
    {"_women": ("Women",), "_men": ("Men",)},
    signature=("_women", "_men"),
    preamble=r"(?i)^\s*\"?age & gender",
    refuse=True,
)

MBS_SERIES = Format(
    "mbs_daily_series",
    "audience",
    {"date": ("Date",), "value": ("Primary",)},
    signature=("date", "value"),
    date_formats={"date": ("ISO8601",)},
    preamble=r'(?i)^\s*"?(' + "|".join(map(re.escape, SERIES)) + r')"?\s*$',
    finish=_daily_series,
)

FB_LEGACY_POSTS = Format(
    "fb_insights_posts",
    "posts",
    {
        "post_id": ("Post ID",),
        "url": ("Permalink",),
        "text": ("Post Message",),
        "format": ("Type",),
        "published_at": ("Posted",),
        "_reach": ("Lifetime Post Total Reach",),
        "_impressions": ("Lifetime Post Total Impressions",),
        "_likes": (
            "Lifetime Post Stories by action type - like",
            "Lifetime Talking About This (Post) by action type - like",
        ),
        "_comments": (
            "Lifetime Post Stories by action type - comment",
            "Lifetime Talking About This (Post) by action type - comment",
        ),
        "_shares": (
            "Lifetime Post Stories by action type - share",
            "Lifetime Talking About This (Post) by action type - share",
        ),
        "_clicks": ("Lifetime Post Consumptions",),
        "_video_organic": ("Lifetime Organic Video Views",),
        "_video_paid": ("Lifetime Paid Video Views",),
    },
    signature=("post_id", "url", "text", "published_at", "_reach"),
    date_formats={"published_at": LEGACY_POSTED},
    constants={"platform": "facebook"},
    finish=_legacy_posts,
)

FB_LEGACY_PAGE = Format(
    "fb_insights_page",
    "audience",
    {
        "date": ("Date",),
        "_followers": ("Lifetime Total Likes",),
        "_followers_gained": ("Daily New Likes",),
        "_followers_lost": ("Daily Unlikes",),
        "_page_views": ("Daily Logged-in Page Views",),
        "_reach": ("Daily Total Reach",),
    },
    signature=("date", "_followers", "_followers_gained", "_reach"),
    date_formats={"date": LEGACY_DAY},
    constants={"platform": "facebook"},
    finish=_legacy_page,
)

FORMATS = (
    MBS_INSTAGRAM_POSTS,
    MBS_FACEBOOK_POSTS,
    MBS_FACEBOOK_VIDEOS,
    MBS_AUDIENCE,
    MBS_SERIES,
    FB_LEGACY_POSTS,
    FB_LEGACY_PAGE,
)
