"""The closed lists of codes: one module, every export synonym reads into them."""

from __future__ import annotations

import re

import pytest

from metrics import vocabulary
from metrics.ingest import vocab

SYNONYMS = {"platform": vocab.PLATFORM, "sentiment": vocab.SENTIMENT, "mention_kind": vocab.KIND,
            "channel": vocab.CHANNEL}


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
    assert vocabulary.KNOWN_SENTIMENTS == tuple(s for s in vocabulary.SENTIMENTS if s != vocabulary.UNKNOWN_SENTIMENT)
