"""Voice of the customer, first version: keywords and hashtags by sentiment, questions, complaints.

Everything reads the ``text`` of our brand's mentions. A frame without a ``text`` column (the
store reads it only when asked) gives empty results, never an error. Quotes are real mentions,
the widest reach first; a text repeated word for word (reposts, syndicated news) is shown once,
with the number of mentions that carry it in ``copies``.

Keywords are counted in documents: a word used three times in one mention counts once. Texts are
split on whitespace and commas with Arrow, and everything else — lower case, ``ё`` → ``е``, other
punctuation, stop words, the brand's own name — is done once per distinct token rather than once
per occurrence: a week of 200,000 mentions takes about half a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from metrics.indicators.registry import (
    frame,  # noqa: F401  (the examples build their frames with it)
    is_true,
    is_value,
    numbers,
    ours,
)
from metrics.periods import DEFAULT_TZ, local_days

# Stop words: common function words, written with е for ё (texts are read that way too).
_RU = """
а ага ах без более больше будем будет будете будешь буду будут будто бы был была были было быть в вам вами
вас ваш ваша ваше вашего вашей вашем ваши вашим вашими ваших ведь весь во вокруг вон вообще вот впрочем
все всегда всего всей всем всеми всех всю вся вы где говорит да даже два для до другой другие его ее ей ему
если есть еще ж же за зато зачем здесь и из или им именно ими иногда их к каждый как какая какие каким
какое какой какую кем ко когда кого кому конечно которая которого которое которой котором которую которые
который которым которых кроме кстати кто куда ли либо лишь лучше между меня мне много может можем можете
можно мой мои моих мою моя мы на над надо наконец нам нами нас наш наша наше нашего нашей нашем наши нашим
нами не него нее ней нельзя нем нет нибудь никогда ним них ничего но ну нужно о об обо один одна одни одно
ой около он она они оно опять от ох очень перед по под пока потом потому почему почти поэтому при про просто
пусть раз разве с сам сама сами самим самих само самого самой свое своего своей своем свои своим своих свою
своя себе себя сегодня сейчас сказал сказала сказать снова со совсем стал стала стали стало так такая также
такие таким таких такого такое такой там твое твои твой твоя те тебе тебя тем теперь то тогда того тоже той
только том тот три ту тут ты у уж уже хорошо хоть хотя чего чей чем через что чтоб чтобы чуть чье чьи чья эта
эти этим этими этих это этого этой этом этому этот эту я как-то что-то кто-то где-то когда-то какой-то
какая-то какие-то почему-то чем-то буквально вроде типа короче блин вчера завтра
несколько также затем однако причем притом итак словно будто неужели ибо пускай хочу хочет
хотим хотят хотел хотела хотели мочь могу могут мог могла могли могло делать сделать сделал сделала
сделали стать есть являются является было бывает будь тд тп др
"""
_EN = """
a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
even few for from further get gets got had hadn't has hasn't have haven't having he he'd he'll he's her here
here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it'd it'll it's its
itself just let's me more most much must mustn't my myself no nor not now of off oh ok okay on once one only
or other ought our ours ourselves out over own really same shall shan't she she'd she'll she's should
shouldn't so some still such than that that's the their theirs them themselves then there there's these they
they'd they'll they're they've this those through to too under until up us very via was wasn't we we'd we'll
we're we've were weren't what what's when when's where where's which while who who's whom why why's will with
won't would wouldn't yeah yes yet you you'd you'll you're you've your yours yourself yourselves amp http https
www com
"""
STOPWORDS: dict[str, frozenset[str]] = {"ru": frozenset(_RU.split()), "en": frozenset(_EN.split())}

QUOTE_COLUMNS = ("published_at", "platform", "author", "text", "url", "reach", "sentiment")
TERM_COLUMNS = ("term", "hashtag", "mentions", "share", "positive", "neutral", "negative")
SENTIMENT_CODES = {"positive": 0, "neutral": 1, "negative": 2}  # anything else: 3

# A token is a hashtag (``#`` and word characters) or a word (letters and digits, inner hyphens
# and apostrophes kept: ``какао-бар``, ``don't``).
TOKEN = re.compile(r"#\w+|[^\W_]+(?:[-'][^\W_]+)*")
MIN_WORD = 3  # letters; shorter words are almost all function words
MIN_HASHTAG = 3  # characters with the ``#``

# A question without a question mark: a sentence that starts with a question word and ends the
# text with no full stop or "!" ("Подскажите, работает ли Зерно ночью"). Sentences that end with
# a full stop are left out: news headlines ("Как кофейни борются за покупателей.") and "Will be back."
_QUESTION_WORDS = (
    "как",
    "где",
    "когда",
    "почему",
    "зачем",
    "сколько",
    "куда",
    "откуда",
    "какой",
    "какая",
    "какое",
    "какие",
    "каким",
    "какую",
    "кто",
    "что",
    "чем",
    "чего",
    "можно ли",
    "есть ли",
    "будет ли",
    "правда ли",
    "подскажите",
    "скажите",
    "во сколько",
    "what",
    "where",
    "when",
    "why",
    "how",
    "which",
    "who",
    "can",
    "could",
    "do you",
    "does",
    "is there",
    "are there",
)
_NOT_QUESTIONS = ("всегда", "обычно", "же", "будто", "бы", "раз", "только", "хорошо", "приятно", "здорово")
QUESTION_SENTENCE = re.compile(
    r"(?:^|[.!?…]\s+)(?:" + "|".join(w.replace(" ", r"\s+") for w in _QUESTION_WORDS) + r")(?![\w'’-])"
    r"(?!\s+(?:" + "|".join(_NOT_QUESTIONS) + r")\b)[^.!?…]*(?:…|\.\.\.)?\s*$",
    re.IGNORECASE,
)


def _selected(mentions: pd.DataFrame, brand: str | None, start: date | None, end: date | None, tz: str) -> np.ndarray:
    """Rows of our brand, in the local days ``start``..``end`` when given, that have a text."""
    keep = ours(mentions, brand) & mentions["text"].str.len().gt(0).to_numpy(dtype=bool, na_value=False)
    if start is not None or end is not None:
        days = local_days(mentions["published_at"], tz)
        if start is not None:
            keep &= days >= np.datetime64(start, "D")
        if end is not None:
            keep &= days <= np.datetime64(end, "D")
    return keep


def _normalise(token: str) -> str:
    return token.lower().replace("ё", "е").replace("’", "'")


def _brand_forms(brand: str, exclude: Iterable[str]) -> tuple[set[str], list[str]]:
    """The brand's words (and ``exclude``'s), each name's words written together (``virginamerica``, as in
    handles and hashtags) and their stems: ``зерно`` leaves out ``зерне``, ``зерном``."""
    names = [[w for w in TOKEN.findall(_normalise(name)) if not w.startswith("#")] for name in (brand, *exclude)]
    words = {w for name in names for w in name} | {"".join(name) for name in names if len(name) > 1}
    stems = [w[:-1] for w in words if len(w) >= 5]
    return words, stems


def _vocabulary(raw: list[str], stop: frozenset[str], brand: str, exclude: Iterable[str]):
    """Map each distinct raw token to the terms it holds.

    Returns the terms, each token's first term id (−1: none), and ``(token, term)`` pairs for
    the further terms of tokens that hold several (``кофе,вкусно``).
    """
    own, stems = _brand_forms(brand, exclude)
    terms: dict[str, int] = {}
    first = np.full(len(raw), -1, dtype=np.int64)
    extra: list[tuple[int, int]] = []

    def wanted(term: str) -> bool:
        if term.startswith("#"):
            return len(term) >= MIN_HASHTAG
        if len(term) < MIN_WORD or term.isdigit() or term in stop or term in own:
            return False
        return not any(term.startswith(s) and len(term) <= len(s) + 3 for s in stems)

    kept: dict[str, bool] = {}
    for i, token in enumerate(raw):
        found = []
        for word in TOKEN.findall(_normalise(token)):
            if word not in kept:
                kept[word] = wanted(word)
            if kept[word]:
                found.append(terms.setdefault(word, len(terms)))
        if found:
            first[i] = found[0]
            extra += [(i, term) for term in found[1:]]
    return list(terms), first, np.array(extra, dtype=np.int64).reshape(-1, 2)


def _empty_terms() -> pd.DataFrame:
    dtypes = {
        "term": "string",
        "hashtag": "bool",
        "mentions": "int64",
        "share": "float64",
        "positive": "int64",
        "neutral": "int64",
        "negative": "int64",
    }
    return pd.DataFrame({c: pd.Series(dtype=dtypes[c]) for c in TERM_COLUMNS})


def top_terms(
    mentions: pd.DataFrame,
    *,
    brand: str | None,
    sentiment: str | Sequence[str] | None = None,
    n: int | None = 20,
    lang_stopwords: Sequence[str] = ("ru", "en"),
    exclude: Iterable[str] = (),
    start: date | None = None,
    end: date | None = None,
    tz: str = DEFAULT_TZ,
) -> pd.DataFrame:
    """The most used words and hashtags in our brand's mentions, counted once per mention.

    Columns: term, hashtag, mentions (mentions that use it), share (of the mentions with a text
    that were read), positive, neutral, negative (those mentions by sentiment). ``sentiment``
    reads only mentions of that sentiment (or those sentiments). Words shorter than 3 letters,
    numbers, the stop words of ``lang_stopwords``, and the brand's name with its word forms (and
    ``exclude``, e.g. its Latin spelling) are left out; hashtags keep their ``#``.
    Edge cases: no text column, no mentions or no words give an empty table.

    >>> m = frame("mentions", {"brand": ["Acme"] * 3, "sentiment": ["negative", "negative", "positive"],
    ...     "text": ["Очередь, очередь и снова очередь в Acme!", "Опять очередь #acme", "Вкусный кофе #acme"]})
    >>> top_terms(m, brand="Acme", n=3)[["term", "mentions", "negative"]].values.tolist()
    [['#acme', 2, 1], ['очередь', 2, 2], ['вкусный', 1, 0]]
    """
    if brand is None or "text" not in mentions.columns or len(mentions) == 0:  # no brand: none of its mentions
        return _empty_terms()
    keep = _selected(mentions, brand, start, end, tz)
    if sentiment is not None:
        wanted = [sentiment] if isinstance(sentiment, str) else list(sentiment)
        keep &= mentions["sentiment"].isin(wanted).to_numpy(dtype=bool, na_value=False)
    rows = np.flatnonzero(keep)
    if len(rows) == 0:
        return _empty_terms()
    texts = pa.array(mentions["text"].take(rows), type=pa.large_string(), from_pandas=True)
    tokens = pc.ascii_split_whitespace(pc.replace_substring(texts, ",", " "))  # "кофе,вкусно" is common
    parents = pc.list_parent_indices(tokens).to_numpy()
    encoded = pc.list_flatten(tokens).dictionary_encode()
    codes = encoded.indices.to_numpy(zero_copy_only=False)
    stop = frozenset().union(*(STOPWORDS[lang] for lang in lang_stopwords))
    terms, first, extra = _vocabulary(encoded.dictionary.to_pylist(), stop, brand, exclude)
    if not terms:
        return _empty_terms()

    term = first[codes]
    doc = parents[term >= 0]
    term = term[term >= 0]
    if len(extra):  # tokens such as "кофе,вкусно" hold more than one term: add the others
        per_token = np.bincount(extra[:, 0], minlength=len(first))  # pairs are in token order
        offsets = np.cumsum(per_token) - per_token
        found = np.flatnonzero(per_token[codes])
        repeats = per_token[codes[found]]
        within = np.arange(repeats.sum()) - np.repeat(np.cumsum(repeats) - repeats, repeats)
        doc = np.concatenate([doc, np.repeat(parents[found], repeats)])
        term = np.concatenate([term, extra[np.repeat(offsets[codes[found]], repeats) + within, 1]])

    pairs = np.sort(doc.astype(np.int64) * len(terms) + term)  # sorting is faster than hashing here
    pairs = pairs[np.concatenate([[True], pairs[1:] != pairs[:-1]])]  # one per (mention, term)
    doc, term = pairs // len(terms), pairs % len(terms)
    feeling = mentions["sentiment"].take(rows).map(SENTIMENT_CODES).to_numpy(dtype="float64", na_value=3)
    feeling = np.nan_to_num(feeling, nan=3).astype(np.int64)
    by_feeling = np.bincount(term * 4 + feeling[doc], minlength=4 * len(terms)).reshape(len(terms), 4)
    counts = by_feeling.sum(axis=1)
    found = np.flatnonzero(counts)
    table = pd.DataFrame(
        {
            "term": pd.array(terms, dtype="string")[found],
            "hashtag": [terms[i].startswith("#") for i in found],
            "mentions": counts[found],
            "share": counts[found] / len(rows),
            "positive": by_feeling[found, 0],
            "neutral": by_feeling[found, 1],
            "negative": by_feeling[found, 2],
        }
    )
    table = table.sort_values(["mentions", "term"], ascending=[False, True], kind="stable")
    return (table if n is None else table.head(n)).reset_index(drop=True)


def _quotes(mentions: pd.DataFrame, keep: np.ndarray, n: int | None, extra: dict[str, np.ndarray] | None = None):
    """The kept rows as quotes: one per distinct text, widest reach first (then newest), with ``copies``."""
    extra = extra or {}
    rows = np.flatnonzero(keep)
    if len(rows) == 0:
        return _empty_quotes(tuple(extra))
    text = pa.array(mentions["text"].take(rows), type=pa.large_string(), from_pandas=True)
    words = pc.utf8_split_whitespace(text)
    same = pc.utf8_lower(pc.binary_join(words, pa.scalar(" ", pa.large_string()))).dictionary_encode()
    key = same.indices.to_numpy(zero_copy_only=False)
    copies = np.bincount(key)[key]
    reach = numbers(mentions["reach"].take(rows)) if "reach" in mentions.columns else np.full(len(rows), np.nan)
    when = mentions["published_at"].take(rows).to_numpy(dtype="datetime64[us]").astype("int64").astype("float64")
    order = np.lexsort((-when, -np.nan_to_num(reach, nan=-1.0)))  # reach first, then the newest
    order = order[~pd.Series(key[order]).duplicated().to_numpy()][:n]
    columns = [c for c in QUOTE_COLUMNS if c in mentions.columns]
    out = mentions.iloc[rows[order]][columns].reset_index(drop=True)
    for name, values in extra.items():
        out[name] = values[rows[order]]
    out["copies"] = copies[order].astype("int64")
    return out


def _same_text(texts: pd.Series) -> pd.Series:
    """Texts as :func:`_quotes` compares them: case and runs of whitespace aside."""
    return texts.str.split().str.join(" ").str.lower()


def _complaint_texts(mentions: pd.DataFrame, keep: np.ndarray, negative: np.ndarray) -> np.ndarray:
    """Kept rows that are complaints (``negative``) or carry a complaint's text word for word."""
    rows = np.flatnonzero(keep)
    same = _same_text(mentions["text"].take(rows))
    said = set(same[negative[rows]].dropna())
    found = negative.copy()
    if said:
        found[rows] |= same.isin(said).to_numpy(dtype=bool, na_value=False)
    return found


def _empty_quotes(extra: Sequence[str] = ()) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in (*QUOTE_COLUMNS, *extra, "copies")})


def questions(
    mentions: pd.DataFrame,
    *,
    brand: str | None,
    n: int | None = 10,
    start: date | None = None,
    end: date | None = None,
    tz: str = DEFAULT_TZ,
    with_complaints: bool = False,
) -> pd.DataFrame:
    """Questions people asked about our brand, as real quotes, the widest reach first.

    A mention is a question when the source flags it (``is_question``), when its text has a
    question mark, or when its last sentence starts with a question word (как, где, когда,
    почему, сколько, можно ли, what, where, when, why, how, can…) and ends the text without a
    full stop or "!" (people who leave out the "?" usually leave out the full stop too).
    ``found_by`` says which (flag, question_mark, question_word), in that order.

    A mention is listed under one heading: a negative mention is a complaint (see
    :func:`complaints`) even when it asks something, and is left out here, as is any text that a
    negative mention carries word for word; ``with_complaints=True`` keeps them.
    Columns: published_at, platform, author, text, url, reach, sentiment, found_by, copies.
    Edge cases: no text column or no questions give an empty table.

    >>> m = frame("mentions", {"brand": ["Acme"] * 5, "reach": [10, 500, 20, 30, 40],
    ...     "sentiment": ["neutral", "neutral", "positive", "positive", "negative"], "text": [
    ...     "Где ближайшая Acme?", "Подскажите, работает ли Acme ночью", "Как всегда вкусно!", "Acme — лучшие",
    ...     "Почему в Acme опять очередь?"]})
    >>> questions(m, brand="Acme")[["text", "found_by"]].values.tolist()
    [['Подскажите, работает ли Acme ночью', 'question_word'], ['Где ближайшая Acme?', 'question_mark']]
    >>> len(questions(m, brand="Acme", with_complaints=True))
    3
    """
    if "text" not in mentions.columns or len(mentions) == 0:
        return _empty_quotes(("found_by",))
    keep = _selected(mentions, brand, start, end, tz)
    if not with_complaints and "sentiment" in mentions.columns:
        keep &= ~_complaint_texts(mentions, keep, keep & is_value(mentions["sentiment"], "negative"))
    text = mentions["text"]
    flagged = is_true(mentions["is_question"]) if "is_question" in mentions.columns else np.zeros(len(text), bool)
    marked = np.zeros(len(text), dtype=bool)
    rows = np.flatnonzero(keep & ~flagged)
    marked[rows] = text.take(rows).str.contains("?", regex=False).to_numpy(dtype=bool, na_value=False)
    worded = np.zeros(len(text), dtype=bool)
    rows = rows[~marked[rows]]
    worded[rows] = [QUESTION_SENTENCE.search(s) is not None for s in text.take(rows).tolist()]
    found_by = np.select([flagged, marked, worded], ["flag", "question_mark", "question_word"], "")
    return _quotes(mentions, keep & (flagged | marked | worded), n, {"found_by": found_by})


def complaints(
    mentions: pd.DataFrame,
    *,
    brand: str | None,
    n: int | None = 10,
    start: date | None = None,
    end: date | None = None,
    tz: str = DEFAULT_TZ,
) -> pd.DataFrame:
    """Complaints about our brand: its negative mentions, as real quotes, the widest reach first.

    Columns: published_at, platform, author, text, url, reach, sentiment, copies.
    Edge cases: no text column or no negative mention gives an empty table.

    >>> m = frame("mentions", {"brand": ["Acme", "Acme", "Rival"], "sentiment": ["negative", "positive", "negative"],
    ...     "text": ["Оплата картой не проходит", "Отличный кофе", "Плохо"]})
    >>> complaints(m, brand="Acme")["text"].tolist()
    ['Оплата картой не проходит']
    """
    if "text" not in mentions.columns or len(mentions) == 0:
        return _empty_quotes()
    keep = _selected(mentions, brand, start, end, tz) & is_value(mentions["sentiment"], "negative")
    return _quotes(mentions, keep, n)


def unanswered(
    mentions: pd.DataFrame,
    *,
    brand: str | None,
    n: int | None = 10,
    start: date | None = None,
    end: date | None = None,
    tz: str = DEFAULT_TZ,
) -> pd.DataFrame | None:
    """Questions about our brand left without an answer, as real quotes, the widest reach first.

    A question (see :func:`questions`, complaints that ask included) is unanswered when it has no reply
    time and its platform's mentions report replies (some of them have one): a source that never says
    whether a mention was answered cannot tell an unanswered question. None when no platform of the
    questions reports replies (nothing can be said), else the table (empty: every one was answered).

    >>> m = frame("mentions", {"brand": ["Acme"] * 3, "platform": ["vk", "vk", "x"],
    ...     "replied_at": [pd.Timestamp("2026-11-20", tz="UTC"), None, None],
    ...     "text": ["Где Acme?", "Когда откроетесь?", "Есть ли Acme в Казани?"]})
    >>> unanswered(m, brand="Acme")["text"].tolist()  # x never reports replies: its question is not listed
    ['Когда откроетесь?']
    """
    if "replied_at" not in mentions.columns or "platform" not in mentions.columns:
        return None
    asked = questions(mentions, brand=brand, n=None, start=start, end=end, tz=tz, with_complaints=True)
    if asked.empty:
        return asked
    replied = mentions["replied_at"].notna()
    reporting = set(mentions.loc[replied.to_numpy(), "platform"].astype("object").dropna())
    rows = mentions.loc[ours(mentions, brand) & mentions["text"].notna().to_numpy()]
    if not reporting & set(rows["platform"].astype("object").dropna()):
        return None
    keep = _selected(mentions, brand, start, end, tz)
    keep &= mentions["platform"].astype("object").isin(reporting).to_numpy(dtype=bool, na_value=False)
    keep &= mentions["replied_at"].isna().to_numpy()
    open_ = questions(mentions.loc[keep], brand=brand, n=n, start=start, end=end, tz=tz, with_complaints=True)
    return open_.reset_index(drop=True)
