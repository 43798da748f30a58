"""Brand tweets annotated with sentiment: the public sets that brand and market researchers work from.

CrowdFlower's "Data for Everyone" sets (the US airline tweets, Apple's tweets) write one row per
tweet with the brand and its sentiment; SentiRuEval-2016 (Russian banks and telecom operators)
writes one column per brand, so a tweet about two banks is two mentions. Their ids are often
rounded by Excel: without a link, such a mention is told apart by its time, author and text.
"""

from __future__ import annotations

import re

import pandas as pd

from metrics.ingest import vocab
from metrics.ingest.formats.base import Format
from metrics.ingest.formats.generic import _mentions
from metrics.ingest.values import UNIX


def _query_brand(query: str) -> str:
    """The brand of a boolean query: its account (``#AAPL OR @Apple`` → ``Apple``), else its first term."""
    terms = [t.strip() for t in re.split(r"\s+OR\s+", str(query)) if t.strip()]
    if not terms:
        return str(query).strip()
    handle = next((t for t in terms if t.startswith("@")), terms[0])
    return handle.lstrip("@#$").strip().strip('"')


def _brand_from_query(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    frame["brand"] = vocab.per_unique(frame["query"], _query_brand)
    return _mentions(frame, meta)


# Twitter US Airline Sentiment: one tweet per row, the brand in ``airline``; times were written with
# -0800 (Pacific), an offset that Excel re-saves drop (``2/24/2015 11:35``, ``24-02-2015 11:35``).
CROWDFLOWER_BRAND_TWEETS = Format(
    "crowdflower_brand_tweets",
    "mentions",
    {
        "mention_key": ("tweet_id",),
        "brand": ("airline",),
        "sentiment": ("airline_sentiment",),
        "published_at": ("tweet_created",),
        "author": ("name",),
        "text": ("text",),
        "shares": ("retweet_count",),
    },
    signature=("mention_key", "brand", "sentiment", "published_at", "text"),
    tz="America/Los_Angeles",
    constants={"platform": "x"},
    finish=_mentions,
)

# CrowdFlower's DFE layout (``_unit_id``, ``_golden``…): sentiment coded 1 negative, 3 neutral, 5 positive,
# or ``not_relevant`` (the tweet is not about the brand: no mention); the brand only in the query.
CROWDFLOWER_DFE = Format(
    "crowdflower_dfe_tweets",
    "mentions",
    {
        "mention_key": ("id",),
        "query": ("query",),
        "sentiment": ("sentiment",),
        "published_at": ("date",),
        "text": ("text",),
        "_unit": ("_unit_id",),
    },
    signature=("mention_key", "query", "sentiment", "published_at", "text", "_unit"),
    date_formats={"published_at": ("%a %b %d %H:%M:%S %z %Y", "ISO8601")},  # Mon Dec 01 19:30:03 +0000 2014
    tz="UTC",
    vocabulary={"sentiment": {"1": "negative", "2": "negative", "3": "neutral", "4": "positive", "5": "positive"}},
    constants={"platform": "x"},
    finish=_brand_from_query,
)

# SentiRuEval-2016: one column per bank or operator, -1/0/1 its sentiment, NULL when not named;
# ``date`` in unix seconds; ``twitid`` rounded (not a key).
SENTIRUEVAL = Format(
    "sentirueval_tweets",
    "mentions",
    {"published_at": ("date",), "text": ("text",), "_tweet": ("twitid",)},
    signature=("published_at", "text", "_tweet"),
    date_formats={"published_at": (UNIX,)},
    tz="UTC",
    brand_columns={
        "sberbank": "Сбербанк",
        "vtb": "ВТБ",
        "gazprom": "Газпромбанк",
        "alfabank": "Альфа-Банк",
        "bankmoskvy": "Банк Москвы",
        "raiffeisen": "Райффайзенбанк",
        "uralsib": "Уралсиб",
        "rshb": "Россельхозбанк",
        "beeline": "Билайн",
        "mts": "МТС",
        "megafon": "МегаФон",
        "tele2": "Теле2",
        "rostelecom": "Ростелеком",
        "komstar": "Комстар",
        "skylink": "Скайлинк",
    },
    constants={"platform": "x"},
    finish=_mentions,
)

# CrowdFlower's "Brands and product emotions" (SXSW): brand and emotion but no date at all.
CROWDFLOWER_BRAND_EMOTION = Format(
    "crowdflower_brand_emotion",
    "mentions",
    {
        "text": ("tweet_text",),
        "brand": ("emotion_in_tweet_is_directed_at",),
        "sentiment": ("is_there_an_emotion_directed_at_a_brand_or_product",),
    },
    signature=("text", "brand", "sentiment"),
    refuse=True,
)

FORMATS = (CROWDFLOWER_BRAND_TWEETS, CROWDFLOWER_DFE, SENTIRUEVAL, CROWDFLOWER_BRAND_EMOTION)
