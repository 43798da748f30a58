"""Which mentions a person should code first: those whose kind is frequent (many mentions say the same
text) and whose sentiment the model is least sure of — a code there teaches the model most and settles
the most mentions at once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from metrics.sentiment.codes import text_key
from metrics.sentiment.learn import Learnt
from metrics.sentiment.score import score

COLUMNS = ["key", "text", "brand", "platform", "published_at", "sentiment", "mentions", "uncertainty"]


def to_code(
    mentions: pd.DataFrame,
    *,
    brand: str | None,
    codes: pd.DataFrame,
    learnt: Learnt | None = None,
    skip: Iterable[str] = (),
    exclude: Sequence[str] = (),
    n: int = 20,
) -> pd.DataFrame:
    """The ``n`` texts of ``brand``'s model-judged ``mentions`` to code first, by uncertainty × (1 + log₂ of
    how many mentions share the text): one row per text (its latest mention), without texts already coded
    for the brand or for any brand, or ``skip``-ped (text keys). Uncertainty is the learnt model's (see
    :meth:`Learnt.uncertainty`), else 1 − |compound| of the built-in model.

    >>> m = pd.DataFrame({"text": ["Great"] * 3 + ["ok I guess", "Terrible!!"], "brand": "A", "platform": "vk",
    ...                   "published_at": pd.Timestamp("2026-11-20"), "sentiment": "positive",
    ...                   "sentiment_source": "model"})
    >>> to_code(m, brand="A", codes=pd.DataFrame(columns=["brand", "text", "sentiment"]))["text"].tolist()
    ['Great', 'ok I guess', 'Terrible!!']
    """
    if mentions.empty or "text" not in mentions:
        return pd.DataFrame(columns=COLUMNS)
    judged = mentions["text"].fillna(mentions["title"]) if "title" in mentions else mentions["text"]
    rows = mentions.assign(judged=judged)
    keep = rows["judged"].notna() & (rows["sentiment_source"].astype("object") == "model")
    if brand is not None:
        keep &= rows["brand"].astype("object") == brand
    rows = rows[keep]
    if rows.empty:
        return pd.DataFrame(columns=COLUMNS)
    rows = rows.assign(key=[text_key(t) for t in rows["judged"]]).dropna(subset=["key"])
    coded = set(codes.loc[codes["brand"].isna() | (codes["brand"] == brand), "text"]) | set(skip)
    rows = rows[~rows["key"].isin(coded)]
    if rows.empty:
        return pd.DataFrame(columns=COLUMNS)
    latest = rows.sort_values("published_at", kind="stable").groupby("key", sort=False).tail(1).set_index("key")
    counts = rows.groupby("key").size()
    latest = latest.assign(mentions=counts.reindex(latest.index).to_numpy())
    texts = latest["judged"].astype(str).tolist()
    if learnt is not None:
        unsure = learnt.uncertainty(texts)
    else:
        unsure = 1.0 - np.abs(score(pd.Series(texts, dtype="object"), exclude=exclude).compound.fillna(0.0).to_numpy())
    latest = latest.assign(uncertainty=unsure, text=texts)
    priority = latest["uncertainty"] * (1.0 + np.log2(latest["mentions"]))
    order = np.lexsort((latest.index.to_numpy(dtype=str), -priority.to_numpy()))  # ties: the text's order
    picked = latest.iloc[order[:n]].reset_index()
    return picked[COLUMNS].assign(
        sentiment=picked["sentiment"].astype("object"), brand=picked["brand"].astype("object")
    )
