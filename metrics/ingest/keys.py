"""Keys that tell rows apart when the source gives no id: a mention's key, a row's content key."""

from __future__ import annotations

import pandas as pd

from metrics.ingest import values
from metrics.ingest.formats import Format


def mention_keys(frame: pd.DataFrame, fmt: Format) -> pd.Series:
    """The source's id, else the URL, else a hash of what the mention says and when."""
    key = frame["mention_key"] if "mention_key" in frame else pd.Series(pd.NA, index=frame.index)
    key = key.astype("string")
    if "url" in frame:
        key = key.fillna(frame["url"].astype("string"))
    if key.isna().any():
        key = key.fillna(content_key(frame, "author"))
    return values.prefixed(fmt.id.split("_")[0] + ":", key)


def content_key(frame: pd.DataFrame, who: str) -> pd.Series:
    """A key from what a row says, when, and by whom (``who``): ``h`` and 16 hex digits."""

    def part(column: str) -> pd.Series:
        return frame[column].astype("string").fillna("") if column in frame else pd.Series("", index=frame.index)

    basis = part("published_at") + "|" + part(who) + "|" + part("text")
    return pd.util.hash_pandas_object(basis, index=False).map(lambda h: f"h{h:016x}").astype("string")
