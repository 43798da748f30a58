"""Social listening and media monitoring exports: mentions of our brand and competitors."""

from __future__ import annotations

import pandas as pd

from metrics.ingest import vocab
from metrics.ingest.formats.base import LOCAL, Format

def _brand_from_query(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    # Listening queries are named like "Зерно (бренд)"; the workspace's aliases refine this.
    frame["brand"] = frame["query"].str.replace(r"\s*[\(\[].*?[\)\]]\s*$", "", regex=True).str.strip()
    frame["platform"] = vocab.mapped(frame["platform"], vocab.PLATFORM).fillna(frame["platform"].str.casefold())
    frame["kind"] = vocab.mapped(frame["kind"], vocab.KIND, default="post")
    frame["sentiment_source"] = "export"
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
    },
    signature=("query", "published_at", "url", "text"),
    date_formats={"published_at": ("ISO8601",)},
    tz="UTC",
    finish=_brand_from_query,
)

FORMATS = (BRANDWATCH,)

TEXTS = {
    "format.brandwatch_mentions": {"en": "Brandwatch mentions", "ru": "Упоминания Brandwatch"},
}
