"""Value vocabularies: the many ways exports write a sentiment, a channel, a platform.

Each table reads what a file says into a code of :mod:`metrics.vocabulary`; a sentiment, channel
or kind written as its code reads as itself.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from metrics import vocabulary


def _as_themselves(codes: tuple[str, ...]) -> dict[str, str]:
    return {code: code for code in codes}


SENTIMENT = {
    **_as_themselves(vocabulary.SENTIMENTS),
    "pos": "positive",
    "позитив": "positive",
    "позитивная": "positive",
    "позитивный": "positive",
    "положительная": "positive",
    "положительный": "positive",
    "+": "positive",
    "1": "positive",
    "1.0": "positive",
    "neg": "negative",
    "негатив": "negative",
    "негативная": "negative",
    "негативный": "negative",
    "отрицательная": "negative",
    "отрицательный": "negative",
    "-1": "negative",
    "-1.0": "negative",
    "−1": "negative",
    "neu": "neutral",
    "нейтрально": "neutral",
    "нейтральная": "neutral",
    "нейтральный": "neutral",
    "нейтрал": "neutral",
    "0": "neutral",
    "0.0": "neutral",
    "mixed": "unknown",
    "смешанная": "unknown",
    "not rated": "unknown",
    "не определена": "unknown",
    "": "unknown",
    # Judged not about the brand: such a row is no mention (the reader skips it and counts it).
    "not_relevant": "not_relevant",
    "not relevant": "not_relevant",
    "irrelevant": "not_relevant",
    "нерелевантно": "not_relevant",
    "нерелевантный": "not_relevant",
    "нерелевантное": "not_relevant",
}
NOT_RELEVANT = "not_relevant"

CHANNEL = {
    **_as_themselves(vocabulary.CHANNELS),
    "тв": "tv",
    "телевидение": "tv",
    "television": "tv",
    "пиар": "pr",
    "pr-событие": "pr",
    "event": "pr",
    "мероприятие": "pr",
    "banners": "banner",
    "баннеры": "banner",
    "баннер": "banner",
    "display": "banner",
    "контекст": "context",
    "контекстная реклама": "context",
    "search": "context",
    "наружная реклама": "outdoor",
    "наружка": "outdoor",
    "ooh": "outdoor",
    "радио": "radio",
    "influencers": "influencer",
    "инфлюенсеры": "influencer",
    "блогеры": "influencer",
    "промо": "promo",
    "акция": "promo",
    "promotion": "promo",
    "social": "smm",
    "соцсети": "smm",
    "другое": "other",
    "прочее": "other",
}

# Listening tools' page types and networks → our platform names.
PLATFORM = {
    "twitter": "x",
    "x": "x",
    "vk": "vk",
    "vkontakte": "vk",
    "вконтакте": "vk",
    "telegram": "telegram",
    "instagram": "instagram",
    "facebook": "facebook",
    "youtube": "youtube",
    "tiktok": "tiktok",
    "news": "news",
    "online news": "news",
    "blog": "blog",
    "blogs": "blog",
    "forum": "forum",
    "forums": "forum",
    "review": "review",
    "reviews": "review",
    "reddit": "forum",
    "ok": "ok",
    "odnoklassniki": "ok",
    "linkedin": "linkedin",
    "телеграм": "telegram",
    "телеграмм": "telegram",
    "инстаграм": "instagram",
    "фейсбук": "facebook",
    "ютуб": "youtube",
    "тикток": "tiktok",
    "одноклассники": "ok",
    "дзен": "dzen",
    "яндекс дзен": "dzen",
    "сми": "news",
    "новости": "news",
    "блог": "blog",
    "блоги": "blog",
    "форум": "forum",
    "форумы": "forum",
    "отзывы": "review",
    "отзовики": "review",
    "карты": "review",
}

KIND = {
    **_as_themselves(vocabulary.MENTION_KINDS),
    "reply": "comment",
    "share": "repost",
    "retweet": "repost",
    "news": "article",
}


@lru_cache(maxsize=4096)
def _normalise(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).replace("\ufeff", "").strip().strip('"').casefold()
    return re.sub(r"\s+", " ", text.replace("ё", "е"))


def normalise_header(name: object) -> str:
    """A header as matching sees it: NFKC, case-folded, ``ё`` → ``е``, one space, no BOM or quotes."""
    return _normalise(str(name))


def header_base(name: str) -> str:
    """The header without a unit: ``выручка, руб.`` → ``выручка``, ``amount spent (usd)`` → ``amount spent``."""
    return re.sub(r"\s*(,\s*[^,]{1,12}|\([^)]{1,12}\))$", "", name).strip()


def per_unique(values: pd.Series, fn) -> pd.Series:
    """``fn`` applied once per distinct value (a column of a million rows has a handful), as text."""
    if isinstance(values.dtype, pd.StringDtype) and values.dtype.storage == "pyarrow":
        text = pa.array(values, type=pa.large_string(), from_pandas=True)
        text = text if isinstance(text, pa.ChunkedArray) else pa.chunked_array([text])
        return pd.Series(pd.arrays.ArrowStringArray(per_unique_arrow(text, fn)), index=values.index, dtype="string")
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    results = pd.array([fn(u) for u in uniques], dtype="string")
    out = results.take(codes, allow_fill=True)
    return pd.Series(out, index=values.index, dtype="string")


def per_unique_arrow(values: pa.ChunkedArray, fn) -> pa.ChunkedArray:
    """:func:`per_unique` for Arrow text: each chunk is encoded against its few distinct values and
    their results taken back; nulls stay null; ``fn`` runs once per distinct value."""
    done: dict = {}
    chunks = []
    for chunk in values.chunks:
        encoded = pc.dictionary_encode(chunk)
        results = []
        for value in encoded.dictionary.to_pylist():
            if value not in done:
                done[value] = fn(value)
            results.append(done[value])
        chunks.append(pc.take(pa.array(results, type=pa.large_string()), encoded.indices))
    return pa.chunked_array(chunks, type=pa.large_string())


def _key(value: object) -> str:
    return re.sub(r"\s+", " ", str(value).strip().casefold().replace("ё", "е"))


def mapped(values: pd.Series, vocabulary: dict[str, str], default: str | None = None) -> pd.Series:
    """Values translated through a vocabulary; unknown values become ``default`` (or stay NA)."""
    out = per_unique(values, lambda value: vocabulary.get(_key(value), default))
    return out.fillna(default) if default is not None else out


def platforms(values: pd.Series) -> pd.Series:
    """Platform names as the vocabulary writes them; a platform it does not know keeps its own
    name, case-folded (one pass over the column)."""
    return per_unique(values, lambda value: PLATFORM.get(_key(value)) or str(value).casefold())
