"""The words the built-in model knows, with their valence, in English and Russian.

English: VADER's lexicon (Hutto & Gilbert 2014; MIT), the ``vader_lexicon.txt`` the ``vaderSentiment``
package installs: about 7,500 words, slang and emoticons, each the mean of ten people's ratings from -4
to +4. Russian: ``data/ru_lexicon.tsv``, lemmas written for this project on the same scale; every word
form of a lemma (found with ``pymorphy3``'s dictionary of OpenCorpora) carries its valence. Both are read
once per process, offline.

Negation flips and dampens the valence of the words after it (VADER's -0.74); an intensifier before a
word moves it further from zero (VADER's 0.293), a dampener nearer.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data"

NEGATORS = frozenset(
    {
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "nowhere", "without", "cannot",
        "dont", "don't", "doesnt", "doesn't", "didnt", "didn't", "isnt", "isn't", "wasnt", "wasn't", "arent",
        "aren't", "werent", "weren't", "wont", "won't", "cant", "can't", "couldnt", "couldn't", "shouldnt",
        "shouldn't", "wouldnt", "wouldn't", "havent", "haven't", "hasnt", "hasn't", "aint", "ain't",
        "не", "нет", "ни", "никогда", "ничуть", "нисколько", "без", "нельзя",
    }
)  # fmt: skip
BOOSTERS = {
    **dict.fromkeys(
        ["very", "really", "so", "extremely", "totally", "absolutely", "completely", "incredibly", "most",
         "too", "highly", "truly", "especially", "such", "utterly", "hugely", "remarkably", "awfully",
         "очень", "крайне", "совсем", "абсолютно", "совершенно", "невероятно", "реально", "просто", "самый",
         "слишком", "настолько", "такой", "так", "безумно", "весьма"],
        0.293,
    ),
    **dict.fromkeys(
        ["slightly", "somewhat", "barely", "hardly", "kinda", "sort", "little", "marginally", "partly",
         "немного", "слегка", "чуть", "чуть-чуть", "довольно", "почти", "едва", "отчасти"],
        -0.293,
    ),
}  # fmt: skip
# Words that tell a Latin-script text's language (each frequent in its language and rare in the others): the
# model reads English only, and leaves a French or Spanish text without a sentiment rather than guess one.
FUNCTION_WORDS = {
    "en": "the and is are was were this that with you your have has not but they what which would there from "
          "been will just about my our their it's i'm don't can't very so",
    "fr": "le les des du et est une pour dans sur avec que qui pas ce cette sont mais nous vous au aux ses leur "
          "c'est d'un d'une l'on très",
    "es": "el los las y es una por para con del que se lo su sus pero más muy está están como",
    "de": "der die das und ist nicht mit ein eine zu auf den dem des sich auch wird wir ich sie",
    "it": "il di che è per non una sono della delle degli gli nel con anche come più",
    "pt": "os as não uma com para são mais mas muito também pelo pela dos das você",
}  # fmt: skip
NEGATION_SCALAR = -0.74
EXCLAIM = 0.292  # added per "!" (up to four), away from zero, as VADER does


@dataclass(frozen=True)
class Lexicon:
    """Words (lower case; a Russian word both with ё and with е), their valence and whether they are
    English, side by side (one array each, for Arrow's lookups)."""

    words: np.ndarray
    valence: np.ndarray
    english: np.ndarray


def _english() -> dict[str, float]:
    text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].strip():
            out[parts[0].strip().lower()] = float(parts[1])
    return out


def _russian_lemmas() -> dict[str, float]:
    out = {}
    for line in (DATA / "ru_lexicon.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, valence = line.split("\t")
            out[lemma.strip().replace("ё", "е")] = float(valence)
    return out


def _russian() -> dict[str, float]:
    """Every form of every Russian lemma: a lemma's own valence wins over a form another lemma shares."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    lemmas = _russian_lemmas()
    out: dict[str, float] = {}
    for lemma, valence in lemmas.items():
        for parse in morph.parse(lemma):
            if parse.normal_form.replace("ё", "е") != lemma:
                continue
            for form in parse.lexeme:
                out.setdefault(form.word, valence)
                out.setdefault(form.word.replace("ё", "е"), valence)  # people write ё as е, or not
    out.update(lemmas)
    return out


@functools.cache
def lexicon() -> Lexicon:
    """The English and the Russian words together (their alphabets never collide), read once per process."""
    english = _english()
    words = {**english, **_russian()}
    for word in [*NEGATORS, *BOOSTERS]:  # function words carry no valence of their own here
        words.pop(word, None)
    return Lexicon(
        np.array(list(words), dtype=object),
        np.fromiter(words.values(), dtype=np.float64),
        np.array([w in english for w in words], dtype=bool),
    )
