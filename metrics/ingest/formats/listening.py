"""Social listening and media monitoring exports: mentions of our brand and competitors.

Brandwatch, Meltwater and Talkwalker each name their columns their own way; the entries map them
to the mentions table. What only one tool does is done in its finish step: the brand from the
name of the query, a value that moved between columns as the tool grew (``Twitter Retweets`` →
``X Reposts``), a time of day written in a column of its own.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from metrics import schema
from metrics.ingest import values, vocab
from metrics.ingest.formats.base import LOCAL, Format
from metrics.ingest.formats.generic import OURS, _mentions

# Talkwalker's media types, as its UI and its API-style exports write them, beyond the shared vocabulary.
TALKWALKER_MEDIA = {"onlinenews": "news", "print": "news", "messageboard": "forum", "messageboards": "forum"}


def coalesce(frame: pd.DataFrame, target: str, helper: str) -> pd.DataFrame:
    """Fill ``target`` row by row from the helper column ``helper``, when the file has it."""
    if helper in frame:
        frame[target] = frame[target].fillna(frame[helper]) if target in frame else frame[helper]
    return frame


_QUALIFIER = re.compile(r"\s*[\(\[].*?[\)\]]\s*$")


def _brand(query: pd.Series) -> pd.Series:
    # Listening queries are named like "Зерно (бренд)"; the workspace's aliases refine this.
    return vocab.per_unique(query, lambda name: _QUALIFIER.sub("", str(name)).strip())


def _brand_from_query(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    frame["brand"] = _brand(frame["query"])
    frame["platform"] = vocab.platforms(frame["platform"])
    frame["kind"] = vocab.mapped(frame["kind"], vocab.KIND, default="post")
    frame["sentiment_source"] = values.constant("export", frame.index)
    return frame


def _brandwatch(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """Ids and X counts that some sources keep in other columns, then the brand from the query.

    Reddit and a few other sources have no ``Mention Id``: their ``Resource Id`` is the key (and
    the URL when that is missing too). X counts sit in ``X …`` columns (``Twitter …`` before the
    rename) when the general ``Likes``/``Comments``/``Shares`` are empty.
    """
    if "_resource_id" in frame:  # an id Excel rounded is no key: the URL or the content is
        resource = values.ids(frame["_resource_id"])
        frame["_resource_id"] = resource.mask(values.excel_mangled(frame["_resource_id"], resource))
    frame = coalesce(frame, "mention_key", "_resource_id")
    for target, helper in (("likes", "_x_likes"), ("comments", "_x_replies"), ("shares", "_x_reposts")):
        frame = coalesce(frame, target, helper)
    return _brand_from_query(frame, meta)


def _meltwater(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """The brand from the search (``Input Name``), the text of social posts, the exact local time.

    Social posts have no headline: their words are in ``Hit Sentence`` (the passage that matched)
    or ``Opening Text``. ``Source`` is the network for social posts and the outlet's name for
    editorial coverage, which is news. The time is read from ``Alternate Date Format`` + ``Time``
    (``17-Mar-21`` + ``08:30 PM``), whose layout is fixed, when a row has them; else from ``Date``.
    """
    frame["brand"] = _brand(frame["query"])
    frame = coalesce(frame, "text", "_opening_text")
    for target, helper in (("comments", "_replies"), ("shares", "_retweets")):
        frame = coalesce(frame, target, helper)
    if "platform" in frame:
        frame["platform"] = (
            vocab.mapped(frame["platform"], vocab.PLATFORM).fillna("news").where(frame["platform"].notna())
        )
    if "_day" in frame and "_time" in frame:
        stamp, _ = values.dates(frame["_day"] + " " + frame["_time"], formats=("%d-%b-%y %I:%M %p",), tz=meta["tz"])
        frame["published_at"] = stamp.fillna(frame["published_at"])
    frame["sentiment_source"] = values.constant("export", frame.index)
    return frame


def _talkwalker_media(media: pd.Series) -> pd.Series:
    # "Online news" and "Twitter" in the UI; "ONLINENEWS_OTHER" and "SOCIALMEDIA_TWITTER" API-style.
    key = media.str.casefold().str.replace(r"^socialmedia_", "", regex=True).str.replace(r"_.*$", "", regex=True)
    return vocab.mapped(key, {**vocab.PLATFORM, **TALKWALKER_MEDIA}).fillna(key)


def _talkwalker(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """The brand from the topic, the platform from the media type, a numeric sentiment by its sign.

    Talkwalker exports one project or topic at a time and writes no brand column. The brand is
    the ``Topic``/``Project`` column when the export template includes it; without it the file
    is taken as mentions of our own brand, as any mentions table without a brand column is (the
    workspace's brand, or ``OURS`` for the workspace to resolve). Include the topic column when
    a project follows competitors too. Sentiment is a word or a score from -5 to 5; a score
    counts by its sign.
    """
    if frame["query"].notna().any():
        frame["brand"] = _brand(frame["query"])
    else:
        frame["brand"] = meta.get("brand") or OURS
    frame["platform"] = _talkwalker_media(frame["platform"])
    if frame["_sentiment"].notna().any():  # a file without sentiments says nothing of them
        score = pd.to_numeric(frame["_sentiment"].str.replace(",", ".", regex=False), errors="coerce").astype(float)
        by_sign = np.sign(score).map({1.0: "positive", -1.0: "negative", 0.0: "neutral"})
        frame["sentiment"] = by_sign.fillna(vocab.mapped(frame["_sentiment"], vocab.SENTIMENT, default="unknown"))
        frame["sentiment_source"] = values.constant("export", frame.index)
    return frame


BRANDWATCH = Format(
    "brandwatch_mentions",
    "mentions",
    {
        "mention_key": ("Mention Id", "Resource Id"),
        "query": ("Query Name",),
        "published_at": ("Date",),
        "title": ("Title",),
        "text": ("Full Text", "Snippet"),
        "url": ("Url",),
        "sentiment": ("Sentiment",),
        "platform": ("Page Type", "Content Source Name"),
        "language": ("Language",),
        "author": ("Author",),
        "author_audience": ("X Followers", "Twitter Followers"),
        "reach": ("Reach (new)", "Potential Audience", "Impressions"),
        "likes": ("Likes",),
        "comments": ("Comments",),
        "shares": ("Shares",),
        "kind": ("Thread Entry Type",),
        "_resource_id": ("Resource Id",),
        "_x_likes": ("X Likes", "Twitter Likes"),
        "_x_replies": ("X Replies", "Twitter Replies"),
        "_x_reposts": ("X Reposts", "Twitter Retweets"),
    },
    signature=("query", "published_at", "url", "text"),
    date_formats={"published_at": ("ISO8601",)},
    tz="UTC",
    extra_types={"_x_likes": schema.INT, "_x_replies": schema.INT, "_x_reposts": schema.INT},
    finish=_brandwatch,
    batches=True,
)

# A UTF-16 "CSV" separated by tabs. Meltwater writes times in the account's time zone.
MELTWATER = Format(
    "meltwater_mentions",
    "mentions",
    {
        "mention_key": ("Tweet Id", "Document ID"),
        "query": ("Input Name",),
        "published_at": ("Date",),
        "title": ("Headline", "Title"),
        "text": ("Hit Sentence",),
        "url": ("URL",),
        "platform": ("Source", "Source Name"),
        "author": ("Influencer", "Author Handle", "Author Name"),
        "author_audience": ("Twitter Followers",),
        "language": ("Language",),
        "reach": ("Reach",),
        "likes": ("Likes",),
        "comments": ("Comments",),
        "shares": ("Shares",),
        "sentiment": ("Sentiment",),
        "ave": ("AVE",),  # kept as the file gives it; never an indicator
        "_opening_text": ("Opening Text",),
        "_replies": ("Replies",),
        "_retweets": ("Retweets", "Reposts"),
        "_day": ("Alternate Date Format",),
        "_time": ("Time",),
    },
    signature=("query", "published_at", "text", "_opening_text", "url"),
    date_formats={"published_at": ("%d-%b-%Y %I:%M%p", "%d-%b-%Y %I:%M %p", "%d-%b-%Y", "%d-%b-%y", "ISO8601")},
    tz=LOCAL,
    extra_types={"_replies": schema.INT, "_retweets": schema.INT},
    finish=_meltwater,
)

# Columns follow the user's export template, in UI names or lowercase API-style names; times are
# in the project's time zone. No brand column: see _talkwalker.
TALKWALKER = Format(
    "talkwalker_mentions",
    "mentions",
    {
        "query": ("Topic", "Project"),
        "published_at": ("Published date", "published"),
        "title": ("Title",),
        "text": ("Content",),
        "url": ("URL",),
        "author": ("Author name",),
        "platform": ("Media type", "source_type"),
        "reach": ("Reach",),
        "language": ("Language", "lang"),
        "_sentiment": ("Sentiment",),
    },
    signature=("published_at", "text", "url", "platform"),
    tz=LOCAL,
    finish=_talkwalker,
)


def _mediacloud(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """The search, which Media Cloud writes only in the file's name (``cote-d-ivoire-all-story-urls-2025….csv``).

    The stories are media coverage of that search: news, each outlet its author. The file names no
    brand, so the stories are mentions of the workspace's brand, as any mentions table without one.
    """
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", str(meta.get("file", "")).rsplit("/", 1)[-1])
    search = re.sub(r"-all-story-urls(-\d+)?$", "", stem)
    if search != stem and search:
        frame["query"] = values.constant(search.replace("-", " "), frame.index)
    return _mentions(frame, meta)


# Media Cloud's "all story URLs" download: no text and no sentiment, the title, link and outlet of each story.
MEDIACLOUD = Format(
    "mediacloud_stories",
    "mentions",
    {
        "mention_key": ("stories_id", "id"),
        "published_at": ("publish_date",),
        "title": ("title",),
        "url": ("url",),
        "language": ("language",),
        "author": ("media_name",),
        "_outlet": ("media_url",),
    },
    signature=("mention_key", "published_at", "title", "url", "author", "_outlet"),
    date_formats={"published_at": ("ISO8601",)},
    tz="UTC",  # Media Cloud keeps publication times in UTC
    constants={"platform": "news", "kind": "article"},
    finish=_mediacloud,
)

# Open Measures' search export (Telegram, Gab, VK…): ids of 20 digits quoted as text, times in ISO with +00:00;
# the channel (``context_name``) is the author, ``actor_username`` only when a channel has none.
OPENMEASURES = Format(
    "openmeasures_posts",
    "mentions",
    {
        "mention_key": ("id",),
        "published_at": ("created_at",),
        "text": ("text",),
        "url": ("url",),
        "platform": ("openmeasures_meta_source_endpoint", "openmeasures_metadata_source_endpoint"),
        "author": ("context_name", "actor_username"),
        "likes": ("engagement_likes",),
        "shares": ("engagement_reshares",),
        "comments": ("engagement_replies",),
    },
    signature=("mention_key", "published_at", "text", "url", "platform"),
    date_formats={"published_at": ("ISO8601",)},
    tz="UTC",
    finish=_mentions,
)

FORMATS = (BRANDWATCH, MELTWATER, TALKWALKER, MEDIACLOUD, OPENMEASURES)
