"""Voice of the customer, second version: what the period's mentions talk about, found in their own words.

A text is read as lemmas (a word with Cyrillic letters by ``pymorphy3``'s Russian dictionary, its likeliest
reading; any other by ``simplemma``'s English one) without stop words, numbers and the brand's names, plus
the two-word phrases of lemmas that stand next to each other in one clause; hashtags are kept as written.
From those:

- :func:`key_terms`: the lemmas and phrases most used in the brand's mentions (counted once per mention),
  with the mentions' sentiment mix: «кофейня», «кофейни» and «кофейне» are one term.
- :func:`themes`: themes found by non-negative matrix factorisation (NMF) of the texts' TF-IDF (terms in
  at least two texts and at most 60 % of them, sublinear term frequency), fitted on the texts of the
  period and of the one before together (so that a theme is counted in both), seeded: the same texts give
  the same themes. A mention belongs to the theme of its largest weight (a text with none of the
  vocabulary to none). Per theme: its words, size, sentiment mix, change against the previous period,
  whether it is new, and the texts most typical of it as real quotes. Complaints grouped by what went
  wrong are the themes of the negative mentions alone (``sentiment="negative"``): the groups are found in
  the data, not a fixed list.

Texts repeated word for word (reposts, syndicated news) are fitted once and counted as often as they
were posted. At most :data:`MAX_TEXTS` distinct texts are read per call (a seeded sample beyond that).
"""

from __future__ import annotations

import functools
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from metrics.insights.voice import STOPWORDS, TOKEN, _brand_forms, _normalise, _selected
from metrics.periods import DEFAULT_TZ

MIN_WORD = 3  # letters
MAX_TEXTS = 20_000  # distinct texts read per call
MIN_TEXTS = 6  # fewer texts have no themes worth the name
TEXTS_PER_THEME = 8  # themes: √(distinct texts / this), from 2 to n
SEED = 20261201
_CYRILLIC = re.compile("[а-я]")
_ADDRESSES = re.compile(r"https?://\S+|www\.\S+|@\w+")  # links and @handles are not what people say
_CLAUSE = re.compile(r"[,.;:!?…()\[\]«»\"“”—–]+|\s-\s")  # a phrase never crosses one of these
SENTIMENTS = ("positive", "neutral", "negative")
THEME_COLUMNS = ("theme", "terms", "mentions", "share", *SENTIMENTS, "previous", "change", "new")


@functools.cache
def _russian():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=200_000)
def _lemma(word: str) -> str:
    """A word's dictionary form, ``ё`` written as ``е``: Russian by pymorphy3, any other by simplemma's English.

    >>> [_lemma(w) for w in ("кофейни", "рядом", "наконец-то", "baristas", "ordered")]
    ['кофейня', 'рядом', 'наконец-то', 'barista', 'order']
    """
    if _CYRILLIC.search(word):
        return str(_russian().parse(word)[0].normal_form).replace("ё", "е")
    import simplemma

    return str(simplemma.lemmatize(word, lang="en")).lower()


def terms_of(
    text: str,
    *,
    own: set[str],
    stems: Sequence[str],
    stop: frozenset[str],
    surfaces: dict[str, Counter] | None = None,
) -> list[str]:
    """The lemmas of a text and its two-word phrases of neighbouring lemmas in one clause (hashtags as
    written), in order. A phrase is kept as its two lemmas; ``surfaces`` counts the words it was written
    with, so that it is shown as people write it («долгая доставка», not «долгий доставка»).

    >>> own, stems = _brand_forms("Зерно", ())
    >>> terms_of("Курьеры опоздали, доставка в Зерне — ужас", own=own, stems=stems, stop=STOPWORDS["ru"])
    ['курьер', 'опоздать', 'доставка', 'ужас', 'курьер опоздать']
    """
    lemmas: list[str] = []
    phrases: list[str] = []
    for clause in _CLAUSE.split(_ADDRESSES.sub(" ", _normalise(text))):
        previous: tuple[str, str] | None = None  # the lemma and the word before, while a phrase can go on
        for token in TOKEN.findall(clause):
            if token.startswith("#"):
                if len(token) >= MIN_WORD:
                    lemmas.append(token)
                previous = None
                continue
            kept = None
            if not (len(token) < MIN_WORD or token.isdigit() or token in stop or token in own) and not any(
                token.startswith(s) and len(token) <= len(s) + 3 for s in stems
            ):
                kept = _lemma(token)
                kept = None if kept in stop or kept in own else kept
            if kept is None:  # a word left out (a stop word, the brand) breaks a phrase
                previous = None
                continue
            lemmas.append(kept)
            if previous is not None:
                key = f"{previous[0]} {kept}"
                phrases.append(key)
                if surfaces is not None:
                    surfaces.setdefault(key, Counter())[f"{previous[1]} {token}"] += 1
            previous = (kept, token)
    return lemmas + phrases


@functools.lru_cache(maxsize=100_000)
def _read(
    text: str, own: frozenset[str], stems: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """A text's terms and the words each of its phrases was written with, read once per process for the same
    brand's names (the page's terms, themes and complaint groups read the same texts)."""
    surfaces: dict[str, Counter] = {}
    terms = terms_of(text, own=set(own), stems=stems, stop=STOPWORDS["ru"] | STOPWORDS["en"], surfaces=surfaces)
    return tuple(terms), tuple((key, word) for key, words in surfaces.items() for word in words.elements())


def _leading(terms: Sequence[str], n: int = 3) -> list[str]:
    """The ``n`` leading terms of a theme, a word left out where a phrase chosen holds it.

    >>> _leading(["зимний меню", "зимний", "меню", "раф", "пряничный"])
    ['зимний меню', 'раф', 'пряничный']
    """
    chosen: list[str] = []
    for term in terms:
        words = set(term.split())
        if any(words <= set(c.split()) for c in chosen):
            continue
        chosen = [c for c in chosen if not set(c.split()) <= words] + [term]
        if len(chosen) == n:
            break
    return chosen


def _shown(term: str, surfaces: dict[str, Counter]) -> str:
    """A term as it is shown: a phrase in the words most often used for it."""
    written = surfaces.get(term)
    return min(written.items(), key=lambda item: (-item[1], item[0]))[0] if written else term


@dataclass
class _Texts:
    """The distinct texts of the rows read: their terms, and per row its text's index."""

    texts: list[str]
    terms: list[list[str]]
    of_row: np.ndarray  # per row of the selection, the index of its text
    surfaces: dict[str, Counter]


def _texts(mentions: pd.DataFrame, rows: np.ndarray, brand: str, exclude: Iterable[str]) -> _Texts:
    text = mentions["text"].take(rows).astype(str)
    same = text.str.split().str.join(" ").str.lower()  # repeats aside: case and runs of white space
    codes, _ = pd.factorize(same, sort=True)  # in the texts' order, whatever the rows' order
    first = pd.Series(np.arange(len(codes))).groupby(codes).first().to_numpy()
    own, stems = _brand_forms(brand, exclude)
    names, cut = frozenset(own), tuple(sorted(stems))
    originals = text.to_numpy()[first].tolist()
    surfaces: dict[str, Counter] = {}
    terms = []
    for original in originals:
        found, written = _read(original, names, cut)
        terms.append(list(found))
        for key, word in written:
            surfaces.setdefault(key, Counter())[word] += 1
    return _Texts(originals, terms, codes, surfaces)


def _rows(
    mentions: pd.DataFrame, brand: str | None, start: date | None, end: date | None, tz: str, sentiment: str | None
) -> np.ndarray:
    if brand is None or "text" not in mentions.columns or len(mentions) == 0:
        return np.zeros(0, dtype=np.int64)
    keep = _selected(mentions, brand, start, end, tz)
    if sentiment is not None:
        keep &= mentions["sentiment"].astype("object").eq(sentiment).to_numpy(dtype=bool, na_value=False)
    return np.flatnonzero(keep)


def _mix(mentions: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """Per row, one column per known sentiment: 1 where the row has it (a mention with none, a text in a language
    the model does not read, has 0 in each)."""
    said = mentions["sentiment"].take(rows).astype("string").fillna("").to_numpy(dtype=object)
    return pd.DataFrame({s: (said == s).astype(np.int64) for s in SENTIMENTS})


def key_terms(
    mentions: pd.DataFrame,
    *,
    brand: str | None,
    sentiment: str | None = None,
    n: int | None = 20,
    exclude: Iterable[str] = (),
    start: date | None = None,
    end: date | None = None,
    tz: str = DEFAULT_TZ,
) -> pd.DataFrame:
    """The lemmas and two-word phrases most used in our brand's mentions, counted once per mention.

    Columns: term, phrase (two words), mentions, share (of the mentions with a text read), positive,
    neutral, negative. ``sentiment`` reads only mentions of that sentiment. Empty without texts.

    >>> from metrics.indicators.registry import frame
    >>> m = frame("mentions", {"brand": ["Acme"] * 3, "sentiment": ["negative", "negative", "positive"],
    ...     "text": ["Долгая доставка", "Опять долгая доставка, курьер грубый", "Быстрая доставка!"]})
    >>> key_terms(m, brand="Acme", n=3)[["term", "mentions", "negative"]].values.tolist()
    [['доставка', 3, 2], ['долгий', 2, 2], ['долгая доставка', 2, 2]]
    """
    rows = _rows(mentions, brand, start, end, tz, sentiment)
    empty = pd.DataFrame(
        {c: pd.Series(dtype=t) for c, t in (("term", "object"), ("phrase", "bool"), ("mentions", "int64"))}
        | {"share": pd.Series(dtype="float64")}
        | {s: pd.Series(dtype="int64") for s in SENTIMENTS}
    )
    if len(rows) == 0:
        return empty
    assert brand is not None
    read = _texts(mentions, rows, brand, exclude)
    pairs = [(i, term) for i, terms in enumerate(read.terms) for term in dict.fromkeys(terms)]
    if not pairs:
        return empty
    per_text = pd.DataFrame(pairs, columns=["text", "term"])
    mix = _mix(mentions, rows).groupby(read.of_row).sum()
    mix["mentions"] = np.bincount(read.of_row)
    table = per_text.join(mix, on="text").groupby("term", sort=False)[["mentions", *SENTIMENTS]].sum()
    table = table.reset_index().assign(
        phrase=lambda f: f["term"].str.contains(" ", regex=False), share=lambda f: f["mentions"] / len(rows)
    )
    table["term"] = [_shown(term, read.surfaces) for term in table["term"]]
    table = table.sort_values(["mentions", "phrase", "term"], ascending=[False, True, True], kind="stable")
    columns = ["term", "phrase", "mentions", "share", *SENTIMENTS]
    return (table if n is None else table.head(n))[columns].reset_index(drop=True)


@dataclass
class Themes:
    """Themes of a period: ``table`` (one row per theme, the largest first: theme (its three leading
    words), terms (up to five more words of it), mentions, share (of the period's mentions read), positive, neutral,
    negative, previous (mentions of the previous period), change (relative; NaN without a previous one),
    new); ``quotes`` per theme (its most typical texts, as real mentions); ``texts`` read per period."""

    table: pd.DataFrame
    quotes: dict[int, pd.DataFrame] = field(default_factory=dict)
    texts: int = 0
    sampled: bool = False
    members: pd.Series = field(default_factory=lambda: pd.Series(dtype="int64"))  # theme id by mention (index)


def _empty_themes() -> Themes:
    return Themes(pd.DataFrame({c: pd.Series(dtype=object) for c in THEME_COLUMNS}))


def themes(
    mentions: pd.DataFrame,
    *,
    brand: str | None,
    start: date,
    end: date,
    previous: tuple[date, date] | None = None,
    sentiment: str | None = None,
    n: int = 6,
    exclude: Iterable[str] = (),
    tz: str = DEFAULT_TZ,
    quotes: int = 3,
) -> Themes:
    """The themes of our brand's mentions from ``start`` to ``end`` (and, with ``previous``, their size in
    the period before), at most ``n``; ``sentiment`` reads only mentions of it (complaints: negative).

    Edge cases: fewer than :data:`MIN_TEXTS` distinct texts, or too few shared words, give no themes.
    """
    from sklearn.decomposition import NMF
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.feature_extraction.text import TfidfVectorizer

    now = _rows(mentions, brand, start, end, tz, sentiment)
    before = _rows(mentions, brand, *previous, tz, sentiment) if previous else np.zeros(0, dtype=np.int64)
    rows = np.concatenate([now, before])
    if len(now) == 0 or brand is None:
        return _empty_themes()
    read = _texts(mentions, rows, brand, exclude)
    sampled = len(read.texts) > MAX_TEXTS
    fitted = np.arange(len(read.texts))
    if sampled:
        fitted = np.sort(np.random.default_rng(SEED).choice(len(read.texts), MAX_TEXTS, replace=False))
    if len(fitted) < MIN_TEXTS:
        return _empty_themes()
    vectoriser = TfidfVectorizer(analyzer=lambda terms: terms, min_df=2, max_df=0.6, sublinear_tf=True)
    try:
        x = vectoriser.fit_transform([read.terms[i] for i in fitted])
    except ValueError:  # no term in two texts
        return _empty_themes()
    k = int(np.clip(round(np.sqrt(len(fitted) / TEXTS_PER_THEME)), 2, n))
    k = min(k, x.shape[1], x.shape[0])
    if k < 2:
        return _empty_themes()
    model = NMF(n_components=k, init="nndsvda", random_state=SEED, max_iter=400)
    with warnings.catch_warnings():  # a seeded fit that stops at the last iteration is still the same fit
        warnings.simplefilter("ignore", ConvergenceWarning)
        weights = model.fit_transform(x)
    vocabulary = vectoriser.get_feature_names_out()
    theme_of_text = np.full(len(read.texts), -1)
    strongest = np.zeros(len(read.texts))
    theme_of_text[fitted] = np.where(weights.max(axis=1) > 0, weights.argmax(axis=1), -1)
    strongest[fitted] = weights.max(axis=1)
    theme_of_row = theme_of_text[read.of_row]
    current = np.arange(len(rows)) < len(now)
    mix = _mix(mentions, rows)
    table = []
    for t in range(k):
        mine = current & (theme_of_row == t)
        if not mine.any():
            continue
        earlier = int((~current & (theme_of_row == t)).sum())
        order = np.argsort(-model.components_[t])
        lemmas = [str(vocabulary[i]) for i in order[:10] if model.components_[t][i] > 0]
        leading = _leading(lemmas)
        named = {w for term in leading for w in term.split()}
        table.append(
            {
                "id": t,
                "theme": " · ".join(_shown(term, read.surfaces) for term in leading),
                "terms": [_shown(term, read.surfaces) for term in lemmas if not set(term.split()) <= named][:5],
                "mentions": int(mine.sum()),
                "share": float(mine.sum() / current.sum()),
                **{s: int(mix[s].to_numpy()[mine].sum()) for s in SENTIMENTS},
                "previous": earlier if previous else np.nan,
                "change": (mine.sum() - earlier) / earlier if previous and earlier else np.nan,
                "new": bool(previous) and earlier == 0,
            }
        )
    if not table:
        return _empty_themes()
    frame = pd.DataFrame(table).sort_values(["mentions", "theme"], ascending=[False, True], kind="stable")
    typical: dict[int, pd.DataFrame] = {}
    columns = [c for c in ("published_at", "platform", "author", "text", "url", "reach", "sentiment") if c in mentions]
    for t in frame["id"]:
        texts = np.flatnonzero(theme_of_text == t)
        texts = texts[np.argsort(-strongest[texts], kind="stable")]
        picked = []
        for i in texts:
            at = np.flatnonzero(current & (read.of_row == i))
            if len(at):
                picked.append(rows[at[0]])
            if len(picked) == quotes:
                break
        typical[int(t)] = mentions.iloc[picked][columns].reset_index(drop=True)
    frame = frame.reset_index(drop=True)
    members = pd.Series(theme_of_row[current], index=mentions.index[now], dtype="int64")
    return Themes(frame, typical, texts=len(np.unique(read.of_row[current])), sampled=sampled, members=members)
