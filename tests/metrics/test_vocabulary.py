"""The closed lists of codes: one module, every export synonym reads into them, every code has its words."""

from __future__ import annotations

import re

import pytest

from metrics import vocabulary
from metrics.ingest import vocab
from resonance.i18n import TEXTS

SYNONYMS = {
    "platform": vocab.PLATFORM,
    "sentiment": vocab.SENTIMENT,
    "mention_kind": vocab.KIND,
    "channel": vocab.CHANNEL,
}
# The lists a sentence of an insight names (a spike's platform, a channel of the calendar, a sentiment).
IN_SENTENCES = ("platform", "channel", "sentiment")


@pytest.mark.parametrize("name", list(vocabulary.CODES))
def test_codes_are_distinct_lower_case_words(name):
    codes = vocabulary.CODES[name]
    assert len(set(codes)) == len(codes) and all(re.fullmatch(r"[a-z_]+", code) for code in codes)


@pytest.mark.parametrize("name", list(SYNONYMS))
def test_every_synonym_reads_into_a_code(name):
    allowed = set(vocabulary.CODES[name]) | ({vocab.NOT_RELEVANT} if name == "sentiment" else set())
    assert set(SYNONYMS[name].values()) <= allowed


@pytest.mark.parametrize("name", ["sentiment", "mention_kind", "channel"])
def test_a_code_reads_as_itself(name):
    assert all(SYNONYMS[name][code] == code for code in vocabulary.CODES[name])


def test_known_sentiments_are_the_sentiments_but_unknown():
    assert tuple(s for s in vocabulary.SENTIMENTS if s != vocabulary.UNKNOWN_SENTIMENT) == vocabulary.KNOWN_SENTIMENTS


@pytest.mark.parametrize(("name", "code"), [(n, c) for n, codes in vocabulary.CODES.items() for c in codes])
def test_every_code_has_words_in_both_languages(name, code):
    keys = [f"{name}.{code}"] + ([f"insight.{name}.{code}"] if name in IN_SENTENCES else [])
    for key in keys:
        assert key in TEXTS, key
        assert TEXTS[key]["en"].strip() and TEXTS[key]["ru"].strip(), key


def test_no_words_for_a_code_that_is_not_listed():
    prefixes = [*(f"{name}." for name in vocabulary.CODES), *(f"insight.{name}." for name in IN_SENTENCES)]
    worded = {key for key in TEXTS if key.startswith(tuple(prefixes))}
    listed = {f"{p}{code}" for p in prefixes for code in vocabulary.CODES[p.split(".")[-2]]}
    assert worded <= listed, sorted(worded - listed)
