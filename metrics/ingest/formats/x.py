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

A brand's customer care on X is read from a table of its conversations (one tweet per row, ``inbound``
telling customers' tweets from the support accounts' answers, ``in_response_to_tweet_id`` linking an
answer to the tweet it answers): the layout of Thought Vector's "Customer Support on Twitter". Customers'
tweets are the mentions; the support accounts' own tweets give their reply times (see
:func:`_support_threads`).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd

from metrics.ingest import values, vocab
from metrics.ingest.formats.base import Format
from metrics.ingest.formats.generic import _mentions

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


def _support_threads(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """Customers' tweets as mentions of the account that looks after them, answered at the time of the
    account's first answer.

    - A tweet is the customer's when ``inbound`` says so (``True``, or ``TRUE`` after an Excel re-save); a
      tweet whose flag is blank or unreadable is the customer's unless its author answers others in the file.
    - Its brand is the support account that first answered it; else the account it answers; else the first
      support account it names (``@AppleSupport``). A customer's tweet that names none of the file's support
      accounts is left out (``no_brand_addressed``); a file with no support account's tweet at all (customers'
      tweets alone) gives mentions of the workspace's brand, as any mentions table that names none.
    - ``replied_at`` is the time of the first answer that points to it (``in_response_to_tweet_id``). A tweet
      whose answer lies outside the file stays unanswered: the file does not show it.
    - The support accounts' own tweets are not mentions (``support_reply``): they are read for their times.
    """
    parent = values.ids(frame["_in_response_to"])
    flag = vocab.per_unique(frame["_inbound"], lambda v: str(v).strip().casefold())  # a handful of distinct cells
    said_out = flag.isin(("false", "0", "no")).fillna(False).astype(bool)
    said_in = flag.isin(("true", "1", "yes")).fillna(False).astype(bool)
    accounts = frame.loc[said_out, "author"].dropna().unique()
    inbound = said_in | (~said_out & ~frame["author"].isin(accounts).fillna(False).astype(bool))
    answers = frame[~inbound & parent.notna()].assign(_to=parent).sort_values("published_at", kind="stable")
    first = answers.drop_duplicates("_to").set_index("_to")
    by_id = frame[~inbound].drop_duplicates("mention_key").set_index("mention_key")["author"]
    customers, answers_to = frame[inbound].copy(), parent[inbound]
    answered_by = customers["mention_key"].map(first["author"])
    customers["replied_at"] = customers["mention_key"].map(first["published_at"])
    brand = answered_by.astype("string").fillna(answers_to.map(by_id).astype("string"))
    if len(accounts):
        names = {str(a).casefold(): str(a) for a in accounts}
        pattern = "@(" + "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True)) + r")(?!\w)"
        unknown = brand.isna()  # most tweets were answered: only the others are searched
        named = customers.loc[unknown, "text"].str.extract(pattern, flags=re.IGNORECASE, expand=False)
        brand = brand.fillna(named.str.casefold().map(names).astype("string"))
    customers["brand"] = brand.astype("string")
    customers["kind"] = pd.Series("post", index=customers.index, dtype="string").mask(answers_to.notna(), "comment")
    if not inbound.all():
        meta["skipped"]["support_reply"] = int((~inbound).sum())
    unaddressed = customers["brand"].isna() & bool(len(accounts))
    if unaddressed.any():
        meta["skipped"]["no_brand_addressed"] = int(unaddressed.sum())
        customers = customers[~unaddressed]
    return _mentions(customers.reset_index(drop=True), meta)


# Conversations between customers and brands' support accounts on X (Thought Vector's "Customer Support on
# Twitter" layout, also as re-saved by pandas with its index as a first, unnamed column, and by Excel).
X_SUPPORT_THREADS = Format(
    "x_support_threads",
    "mentions",
    {
        "mention_key": ("tweet_id",),
        "author": ("author_id",),
        "_inbound": ("inbound",),
        "published_at": ("created_at",),
        "text": ("text",),
        "_in_response_to": ("in_response_to_tweet_id",),
    },
    signature=("mention_key", "author", "_inbound", "published_at", "text", "_in_response_to"),
    date_formats={"published_at": ("%a %b %d %H:%M:%S %z %Y",)},  # Tue Oct 31 22:10:47 +0000 2017
    tz="UTC",
    constants={"platform": "x"},
    finish=_support_threads,
)

FORMATS = (X_TWEET_ACTIVITY, X_POSTS, X_ACCOUNT_OVERVIEW, X_DAILY_ACTIVITY, X_SUPPORT_THREADS)
