"""Sentiment of many texts at once, offline: no Python loop per text.

A text is split into words by Arrow (lower case, at white space, quotes and brackets trimmed off each
word), every word is looked up in the lexicon of both languages at once (a Russian word with ё or е), a
negation among the three words before a word, in its clause (a word ending with , . ; : ! ? ends one),
flips and dampens it, an intensifier just before it strengthens it, each "!" (up to four) pushes the
sum away from zero, and the sum is normalised as VADER does: ``compound = s / √(s² + 15)``, from -1 to
+1. A text is positive from ``compound`` ≥ 0.05, negative at or below -0.05, else neutral; a text
without words is not scored, nor one in a language other than Russian and English (the language is read
from the text: :func:`_languages`). Words of the brands' names are not sentiment (a brand called «Добро»
is not praise).
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from metrics.sentiment.lexicon import BOOSTERS, EXCLAIM, FUNCTION_WORDS, NEGATION_SCALAR, NEGATORS, lexicon

ALPHA = 15.0  # VADER's normalisation constant
THRESHOLD = 0.05  # VADER's: |compound| below it is neutral
NEGATION_WINDOW = 3
CHUNK = 100_000  # texts scored at a time
READ = ("ru", "en")  # the languages the model judges; a text in another has no sentiment from it
_CLAUSE_END = ",.;:!?)…"  # a word ending with one of these ends a clause: a negation stops there
_AROUND = "\"'«»“”„‘’()[]{}*_~#@/\\|<>-–—"  # trimmed off a word's ends (a hashtag's or a handle's words stay)


@dataclass(frozen=True)
class Scores:
    """Per text: ``sentiment`` (positive, neutral, negative; missing for a text without words),
    ``compound`` (-1..+1; NaN without words) and ``language`` (ru, en; missing when neither)."""

    sentiment: pd.Series
    compound: pd.Series
    language: pd.Series


def _as_arrow(texts: pd.Series | pa.Array | pa.ChunkedArray | Iterable[str | None]) -> pa.Array:
    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks()
    if isinstance(texts, pa.Array):
        return texts.cast(pa.large_string())
    if isinstance(texts, pd.Series):  # Arrow-backed text is taken as it is, without a copy per text
        return pa.array(texts, from_pandas=True).cast(pa.large_string())
    return pa.array(list(texts), type=pa.large_string())


def _function_words() -> tuple[pa.Array, np.ndarray, list[str]]:
    """Every function word, the index of its language, and the languages."""
    names = list(FUNCTION_WORDS)
    pairs = {w: i for i, name in enumerate(names) for w in FUNCTION_WORDS[name].split()}
    return pa.array(list(pairs), type=pa.large_string()), np.fromiter(pairs.values(), dtype=np.int64), names


def _languages(texts: pa.Array, flat: pa.Array, parents: np.ndarray) -> np.ndarray:
    """``ru`` when a text has more Russian letters than letters of words written in a-z alone; else, when it
    has such words, the language whose function words it holds most (``en`` on a tie: a text without any,
    such as "Great coffee", is read as English); else None. A Russian letter is two bytes in UTF-8, the first 0xD0 or
    0xD1: counting those bytes is far faster than matching letters."""
    n = len(texts)
    raw = texts.cast(pa.large_binary())
    cyrillic = pc.add(pc.count_substring(raw, b"\xd0"), pc.count_substring(raw, b"\xd1"))
    cyrillic = np.nan_to_num(np.asarray(cyrillic.to_numpy(zero_copy_only=False), dtype=float))
    plain = _flags(pc.ascii_is_alpha(flat)) if len(flat) else np.zeros(0, dtype=bool)  # words of a-z only
    letters = np.asarray(pc.utf8_length(flat).to_numpy(zero_copy_only=False), dtype=float) if len(flat) else plain
    latin = np.bincount(parents, weights=np.where(plain, letters, 0.0), minlength=n) if len(flat) else np.zeros(n)
    words, language_of, names = _function_words()
    index = pc.index_in(flat, value_set=words)
    found = _flags(index.is_valid())
    hits = np.bincount(
        parents[found] * len(names) + language_of[index.drop_null().to_numpy()], minlength=n * len(names)
    ).reshape(n, len(names))
    english = names.index("en")
    latin_language = np.where(
        hits.max(axis=1) > hits[:, english], np.array(names, dtype=object)[hits.argmax(axis=1)], "en"
    )
    out = np.full(n, None, dtype=object)
    out[latin > 0] = latin_language[latin > 0]
    out[cyrillic > latin] = "ru"
    return out


def _flags(array: pa.Array) -> np.ndarray:
    return np.asarray(array.to_numpy(zero_copy_only=False), dtype=bool)


def _lookup(words: pa.Array, keys: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Each word's value among ``keys`` (0 for a word that is not one)."""
    out = np.zeros(len(words))
    if len(words):
        index = pc.index_in(words, value_set=pa.array(keys, type=pa.large_string()))
        found = _flags(index.is_valid())
        out[found] = values[index.drop_null().to_numpy()]
    return out


def _in_same_text(flags: np.ndarray, parents: np.ndarray, back: int) -> np.ndarray:
    """Whether the word ``back`` places before each word is in the same text and flagged."""
    out = np.zeros(len(flags), dtype=bool)
    if back < len(flags):
        out[back:] = flags[:-back] & (parents[back:] == parents[:-back])
    return out


def score(
    texts: pd.Series | pa.Array | pa.ChunkedArray | Iterable[str | None], *, exclude: Iterable[str] = ()
) -> Scores:
    """The sentiment of every text; ``exclude`` names words that carry none here (the brands' names).

    >>> s = score(["Отличный кофе, спасибо!", "Кофе не вкусный, обслуживание ужасное", "I love it", "", None])
    >>> s.sentiment.tolist(), s.language.tolist()
    (['positive', 'negative', 'positive', None, None], ['ru', 'ru', 'en', None, None])
    """
    array = _as_arrow(texts)
    names = sorted({w for name in exclude for w in str(name).lower().split()})
    if len(array) <= CHUNK:
        sentiment, compound, language = _scored(array, names)
    else:  # a chunk at a time, two at once: memory holds two chunks' words, both cores work
        chunks = [array.slice(start, CHUNK) for start in range(0, len(array), CHUNK)]
        with ThreadPoolExecutor(max_workers=2) as pool:
            parts = list(pool.map(lambda chunk: _scored(chunk, names), chunks))
        sentiment, compound, language = (np.concatenate(column) for column in zip(*parts, strict=True))
    return Scores(
        sentiment=pd.Series(sentiment, dtype="object"),
        compound=pd.Series(compound, dtype="float64"),
        language=pd.Series(language, dtype="object"),
    )


def _scored(array: pa.Array, names: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`score` of one chunk: the labels, the compounds and the languages."""
    n = len(array)
    words = pc.utf8_split_whitespace(pc.utf8_lower(array))
    raw_words = pc.list_flatten(words)
    parents = np.asarray(pc.list_parent_indices(words).to_numpy(zero_copy_only=False), dtype=np.int64)
    trimmed = pc.utf8_trim(raw_words, characters=_AROUND)
    ends = pc.not_equal(pc.utf8_rtrim(trimmed, characters=_CLAUSE_END), trimmed)
    flat = pc.utf8_trim(trimmed, characters=_CLAUSE_END + _AROUND)
    ends = _flags(ends)
    real = _flags(pc.greater(pc.utf8_length(flat), 0))
    known = lexicon()
    valence = _lookup(flat, known.words, known.valence)
    if names:
        valence[_flags(pc.is_in(flat, value_set=pa.array(names, type=pa.large_string())))] = 0.0
    negator = _flags(pc.is_in(flat, value_set=pa.array(sorted(NEGATORS), type=pa.large_string())))
    boost = _lookup(flat, np.array(list(BOOSTERS), dtype=object), np.fromiter(BOOSTERS.values(), dtype=float))
    if len(flat):
        before = np.zeros(len(flat))  # the intensifier just before a word, in its clause
        same = np.zeros(len(flat), dtype=bool)
        same[1:] = (parents[1:] == parents[:-1]) & ~ends[:-1]
        before[1:] = np.where(same[1:], boost[:-1], 0.0)
        valence = np.where(valence != 0, valence + np.sign(valence) * before, 0.0)
        negated = np.zeros(len(flat), dtype=bool)
        blocked = np.zeros(len(flat), dtype=bool)  # a clause ends between the negation and the word
        for back in range(1, NEGATION_WINDOW + 1):
            blocked |= _in_same_text(ends, parents, back)
            negated |= _in_same_text(negator, parents, back) & ~blocked
        valence = np.where(negated, valence * NEGATION_SCALAR, valence)
    total = np.bincount(parents, weights=valence, minlength=n) if len(flat) else np.zeros(n)
    counted = np.bincount(parents, weights=real.astype(float), minlength=n) if len(flat) else np.zeros(n)
    exclaims = np.minimum(np.nan_to_num(pc.count_substring(array, "!").to_numpy(zero_copy_only=False).astype(float)), 4)
    total = total + np.sign(total) * exclaims * EXCLAIM
    compound = total / np.sqrt(total * total + ALPHA)
    language = _languages(array, flat, parents)
    has_words = (counted > 0) & np.isin(language, READ)
    compound = np.where(has_words, compound, np.nan)
    label = np.where(compound >= THRESHOLD, "positive", np.where(compound <= -THRESHOLD, "negative", "neutral"))
    labels = label.astype(object)
    labels[~has_words] = None
    return labels, compound, language
