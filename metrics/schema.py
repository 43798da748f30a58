"""The canonical tables every reader fills and every indicator reads.

One declared schema, validated once at the boundary (``conform``). Column dtypes are pandas
dtypes; timestamps are UTC-aware, dates are ``datetime64[s]`` at midnight, counts are nullable
``Int64``, rates are fractions in ``Float64``, ids and texts are strings. Every row keeps the
file and the row it came from (``source_file``, ``source_row``). The columns that hold a code of
a closed list (``platform``, ``sentiment``, ``kind``, ``channel``) take it from :mod:`metrics.vocabulary`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # pandas is imported by the two functions that build frames: `resonance --help` lists the tables without it.
    import pandas as pd
    import pyarrow as pa

TS = "datetime64[us, UTC]"
DATE = "datetime64[s]"
INT = "Int64"
FLOAT = "Float64"
STR = "string"
BOOL = "boolean"

PROVENANCE = {"source_file": STR, "source_row": INT}


@dataclass(frozen=True)
class Table:
    """A canonical table: its columns with dtypes, the columns a row needs, and its key."""

    name: str
    columns: dict[str, str]
    required: tuple[str, ...]
    key: tuple[str, ...]
    date_column: str

    @property
    def all_columns(self) -> dict[str, str]:
        return {**self.columns, **PROVENANCE}


MENTIONS = Table(
    "mentions",
    {
        "mention_key": STR,  # the source's id, else the URL, else a hash of the content
        "published_at": TS,
        "published_tz": STR,  # the zone the source wrote its times in (stored times are UTC)
        "brand": STR,
        "query": STR,
        "platform": STR,  # vocabulary.PLATFORMS, or the export's own name of a platform it does not know
        "author": STR,
        "author_audience": INT,
        "url": STR,
        "title": STR,
        "text": STR,
        "language": STR,
        "reach": INT,
        "likes": INT,
        "comments": INT,
        "shares": INT,
        "sentiment": STR,  # vocabulary.SENTIMENTS
        "sentiment_source": STR,  # export, model or manual (a hand code): vocabulary.SENTIMENT_SOURCES
        "export_sentiment": STR,  # the sentiment the source gave, kept when a hand code overrides it
        "kind": STR,  # vocabulary.MENTION_KINDS
        "is_question": BOOL,
        "replied_at": TS,
        "ave": FLOAT,  # kept when a file carries it; never an indicator (Barcelona Principles)
    },
    required=("published_at", "brand"),
    # A post matched by two brands' queries is two mentions (listening tools export it once per query).
    key=("mention_key", "brand"),
    date_column="published_at",
)

POSTS = Table(
    "posts",
    {
        "published_at": TS,
        "published_tz": STR,
        "platform": STR,
        "account": STR,
        "post_id": STR,
        "url": STR,
        "text": STR,
        "format": STR,
        "impressions": INT,
        "reach": INT,
        "likes": INT,
        "comments": INT,
        "shares": INT,
        "saves": INT,
        "clicks": INT,
        "video_views": INT,
        "snapshot_date": DATE,  # post exports are lifetime totals as of this day
    },
    required=("published_at", "platform", "post_id"),
    key=("platform", "account", "post_id"),
    date_column="published_at",
)

AUDIENCE = Table(
    "audience",
    {
        "date": DATE,
        "platform": STR,
        "account": STR,
        "followers": INT,
        "followers_gained": INT,
        "followers_lost": INT,
        "followers_net": INT,  # the day's net change where a source gives only that (YouTube, TikTok); may be < 0
        "page_views": INT,
        "reach": INT,
    },
    required=("date", "platform"),
    key=("date", "platform", "account"),
    date_column="date",
)

SALES = Table(
    "sales",
    {
        "date": DATE,
        "channel": STR,  # vocabulary.CHANNELS
        "revenue": FLOAT,
        "orders": INT,
        "units": INT,
        "currency": STR,
        "customers_new": INT,
        "customers_returning": INT,
    },
    required=("date",),
    key=("date", "channel"),
    date_column="date",
)

ACTIVITIES = Table(
    "activities",
    {
        "start": DATE,
        "end": DATE,
        "channel": STR,  # vocabulary.CHANNELS
        "name": STR,
        "budget": FLOAT,
        "currency": STR,
        "contacts": INT,
    },
    required=("start", "end", "channel", "name"),
    key=("start", "channel", "name"),
    date_column="start",
)

CONTEXT = Table(
    "context",
    {
        "period_start": DATE,
        "period_end": DATE,
        "penetration": FLOAT,
        "market_share": FLOAT,
        "conversion_contact_to_sale": FLOAT,
        "average_order_value": FLOAT,
        "customer_base": INT,
        "target_audience": STR,
    },
    required=("period_start", "period_end"),
    key=("period_start", "period_end"),
    date_column="period_start",
)

TABLES: dict[str, Table] = {t.name: t for t in (MENTIONS, POSTS, AUDIENCE, SALES, ACTIVITIES, CONTEXT)}

# What a user's column mapping (:mod:`metrics.ingest.mapping`) may name, here so that listing it needs no reader.
# Columns a table's reading fills when no source column holds them: the workspace's brand; "other".
FILLED = {"mentions": {"brand"}, "audience": {"platform"}}
# Columns a reader sets itself, never read from a column the user names.
_NOT_MAPPED = {
    "sentiment_source",
    "export_sentiment",
    "snapshot_date",
    "is_question",
    "replied_at",
    "kind",
    "query",
    "published_tz",
}


def mappable_columns(table: str) -> list[str]:
    """The columns a user may map for ``table``, required ones first.

    >>> mappable_columns("sales")[:3]
    ['date', 'channel', 'revenue']
    """
    spec = TABLES[table]
    columns = [c for c in spec.columns if c not in _NOT_MAPPED]
    return sorted(columns, key=lambda c: (c not in spec.required, columns.index(c)))


def required_to_map(table: str) -> list[str]:
    """The required columns of ``table`` that a mapping must name (the others are filled when read).

    >>> required_to_map("mentions")
    ['published_at']
    """
    return [c for c in TABLES[table].required if c not in FILLED.get(table, set())]


def empty(table: str) -> pd.DataFrame:
    """An empty frame with the table's columns and dtypes."""
    import pandas as pd

    spec = TABLES[table].all_columns
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in spec.items()})


def conform(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with exactly the table's columns, in order, cast to the declared dtypes.

    Missing optional columns are added as all-missing. Values must already be parsed (readers
    parse; this only casts), so a failure here is a bug in a reader, not bad input.
    """
    import pandas as pd

    spec = TABLES[table].all_columns
    out = {}
    n = len(frame)
    for column, dtype in spec.items():
        if column in frame.columns:
            series = frame[column]
            if dtype == TS:
                if str(series.dtype) != TS:
                    series = pd.to_datetime(series, utc=True).astype(TS)
            elif dtype == DATE:
                series = pd.to_datetime(series).dt.tz_localize(None).dt.normalize().astype(DATE)
            else:
                series = series.astype(dtype)
            out[column] = series.reset_index(drop=True)
        else:
            out[column] = missing(dtype, n)
    return pd.DataFrame(out, copy=False)


REPEATED_BLOCK = 1 << 16  # rows of the one block a repeated text column's chunks share


def repeated(value: str | None, n: int) -> pa.ChunkedArray:
    """``n`` copies of a text (None: missing) as Arrow chunks that all share one block of at most
    :data:`REPEATED_BLOCK` rows: a constant column of millions of rows (the file's name on every row, a
    column the file lacks) takes the memory of one block, not a buffer as long as the table, which a
    fresh process pays for in page faults (2M rows: 0.2 ms instead of 40 ms).

    >>> column = repeated("export", 150_000)
    >>> len(column), column.num_chunks, column.null_count, column[149_999].as_py()
    (150000, 3, 0, 'export')
    >>> repeated(None, 2).to_pylist(), len(repeated("x", 0))
    ([None, None], 0)
    """
    import pyarrow as pa

    kind = pa.large_string()
    if n <= 0:
        return pa.chunked_array([], type=kind)
    block = pa.repeat(pa.scalar(value, kind), min(n, REPEATED_BLOCK))
    whole, rest = divmod(n, len(block))
    return pa.chunked_array([block] * whole + ([block.slice(0, rest)] if rest else []), type=kind)


def missing(dtype: str, n: int) -> pd.Series:
    """A column of ``n`` missing values of ``dtype``, built without ``n`` references to a missing value: a
    text column is :func:`repeated` nulls, a count or a rate is all mask (a million rows: a millisecond,
    not fifty).

    >>> missing(STR, 2).tolist(), missing(INT, 2).dtype, missing(TS, 1).isna().all()
    ([<NA>, <NA>], Int64Dtype(), np.True_)
    """
    import numpy as np
    import pandas as pd

    if dtype == STR:
        return pd.Series(pd.arrays.ArrowStringArray(repeated(None, n)), dtype=STR, copy=False)
    every = np.ones(n, dtype=np.bool_)  # the mask of a count, a rate or a flag: every value missing
    if dtype == INT:
        return pd.Series(pd.arrays.IntegerArray(np.zeros(n, dtype=np.int64), every), copy=False)
    if dtype == FLOAT:
        return pd.Series(pd.arrays.FloatingArray(np.zeros(n, dtype=np.float64), every), copy=False)
    if dtype == BOOL:
        return pd.Series(pd.arrays.BooleanArray(np.zeros(n, dtype=np.bool_), every), copy=False)
    return pd.Series(pd.NaT if dtype in (TS, DATE) else pd.NA, index=pd.RangeIndex(n), dtype=dtype)
