"""Keys that tell rows apart when the source gives no id: a mention's key, a row's content key.

A content key is ``h`` and the first 16 hex digits of the MD5 of what a row says, when (its moment
in epoch microseconds) and by whom, computed by DuckDB over the columns in place: no Python per row,
and the same key on every run, process, machine and version, so that a file imported again finds
its rows. The workspace computes it with the same SQL (:func:`content_key_sql`) to rewrite keys
stored by older versions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from metrics.ingest import values

if TYPE_CHECKING:
    from metrics.ingest.formats import Format

# A stored key that came from a row's content: ``h`` and 16 lower-case hex digits.
CONTENT_KEY_PATTERN = "h[0-9a-f]{16}"


def mention_keys(frame: pd.DataFrame, fmt: Format) -> pd.Series:
    """The source's id, else the URL, else a hash of what the mention says and when."""
    key = frame["mention_key"] if "mention_key" in frame else pd.Series(pd.NA, index=frame.index)
    key = key.astype("string")
    missing = key.isna()
    if "url" in frame and missing.any() and frame["url"].notna().any():  # filling with nothing costs as much
        key = key.fillna(frame["url"].astype("string"))
        missing = key.isna()
    prefix = fmt.id.split("_")[0] + ":"
    if missing.all():  # the commonest file without ids: the prefix is written by the same query as the keys
        return content_key(frame, "author", prefix=prefix)
    if missing.any():
        key = key.fillna(content_key(frame[missing], "author"))
    return values.prefixed(prefix, key)


def content_key_sql(epoch_us: str, who: str, text: str) -> str:
    """The SQL of a content key from three SQL expressions: a moment in epoch microseconds (BIGINT),
    who said it and what was said. A missing value counts as empty.

    Only functions whose results are fixed by definition (MD5, decimal integers, byte lengths): the
    key must not change with DuckDB's version: it is the MD5 of ``<epoch_us>|<who's length in
    bytes>|<who>|<text>`` (the length first, so that no author and text can be cut differently into
    the same bytes), which any MD5 gives back.

    >>> import duckdb, hashlib
    >>> duckdb.sql("SELECT " + content_key_sql("0", "'anna'", "'Great coffee'")).fetchall()[0][0]
    'he47d1905976e3ea9'
    >>> "h" + hashlib.md5(b"0|4|anna|Great coffee").hexdigest()[:16]
    'he47d1905976e3ea9'
    """
    # ``concat`` builds each row's bytes at once and takes a missing value as empty (``||`` would build a
    # string per step and give NULL).
    basis = f"concat({epoch_us}, '|', coalesce(strlen({who}), 0), '|', {who}, '|', {text})"
    return f"'h' || substr(md5({basis}), 1, 16)"


KEY_OF_ROWS = content_key_sql('"at"', '"who"', '"what"')


def content_key(frame: pd.DataFrame, who: str, *, prefix: str = "") -> pd.Series:
    """A key from what a row says, when, and by whom (``who``): ``prefix``, ``h`` and 16 hex digits."""
    import duckdb  # only files without ids need it

    columns = pa.table(
        {
            "at": _epoch_us(frame["published_at"]) if "published_at" in frame else pa.nulls(len(frame), pa.int64()),
            "who": _text(frame[who]) if who in frame else pa.nulls(len(frame), pa.string()),
            "what": _text(frame["text"]) if "text" in frame else pa.nulls(len(frame), pa.string()),
        }
    )
    with duckdb.connect() as con:  # in memory; the columns are scanned in place, in order
        con.register("rows_", columns)
        keys = con.sql(f"SELECT $prefix || {KEY_OF_ROWS} AS key FROM rows_", params={"prefix": prefix}).to_arrow_table()
    # Arrow's strings become the column as they are (no Python string per row).
    return pd.Series(pd.arrays.ArrowStringArray(keys.column("key")), index=frame.index, dtype="string")


def _epoch_us(moments: pd.Series) -> pa.Array:
    """Moments as the workspace stores them (UTC, microseconds), as integers since the epoch."""
    if not pd.api.types.is_datetime64_any_dtype(moments):
        moments = pd.to_datetime(moments, utc=True, errors="coerce")
    arr = pa.array(moments, from_pandas=True)
    return pc.cast(pc.cast(arr, pa.timestamp("us", arr.type.tz), safe=False), pa.int64())


def _text(cells: pd.Series) -> pa.Array:
    return pa.array(cells.astype("string"), from_pandas=True)
