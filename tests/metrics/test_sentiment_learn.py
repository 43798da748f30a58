"""A model learnt from a team's codes: it agrees with them more than the built-in model does on texts it
did not see, and says how often it agrees, with an interval that narrows as codes grow."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from metrics.sentiment import score
from metrics.sentiment.agreement import agreement
from metrics.sentiment.learn import MIN_CODES, learn

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from bench_sentiment import SETS, f_macro


def test_agreement_is_exact_on_known_labels_and_its_interval_holds_it():
    codes = ["positive", "negative", "neutral", "positive"] * 25
    a = agreement(codes, ["positive", "negative", "neutral", "negative"] * 25)
    assert (a.n, a.accuracy) == (100, 0.75)
    assert a.accuracy_low < 0.75 < a.accuracy_high and a.f_macro_low <= a.f_macro <= a.f_macro_high
    again = agreement(codes, ["positive", "negative", "neutral", "negative"] * 25)
    assert (again.accuracy_low, again.f_macro_high) == (a.accuracy_low, a.f_macro_high)  # seeded
    wide = agreement(codes[:20], (["positive", "negative", "neutral", "negative"] * 5))
    assert wide.accuracy_high - wide.accuracy_low > a.accuracy_high - a.accuracy_low


@pytest.mark.parametrize(("language", "floor"), [("ru", 0.55), ("en", 0.65)])
def test_three_hundred_codes_teach_the_model_what_the_issue_asks(language, floor):
    data = pd.read_csv(SETS[language])
    order = np.random.default_rng(7).permutation(len(data))
    coded, rest = data.iloc[order[:300]], data.iloc[order[300:]]
    learnt = learn(coded["text"].tolist(), coded["label"].tolist())
    assert learnt is not None
    after, _ = f_macro(rest["label"].tolist(), list(learnt.predict(rest["text"].tolist())))
    cold, _ = f_macro(rest["label"].tolist(), score(rest["text"]).sentiment.fillna("neutral").tolist())
    assert after >= floor and after > cold
    assert learnt.agreement.n == 300 and learnt.agreement.f_macro_low < learnt.agreement.f_macro


def test_too_few_codes_or_one_class_teach_nothing():
    assert learn(["хорошо"] * (MIN_CODES - 1), ["positive"] * (MIN_CODES - 1)) is None
    assert learn(["хорошо"] * MIN_CODES, ["positive"] * MIN_CODES) is None
