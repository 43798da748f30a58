"""A model learnt from a team's own codes: the built-in model's reading plus what the codes teach.

Features of a text: hashed words and word pairs, hashed character runs of 2–5 letters inside words
(Russian endings, misspellings, emoji), and the built-in model's compound score and label, so that with
few codes the learnt model leans on the lexicon and with more it learns the team's own sense of a
brand's mentions. A linear support-vector classifier (classes weighted to their frequency) is fitted on the codes; its
agreement with them is measured by 5-fold cross-validation (every code predicted by a model that did not
see it), with a 95% interval (:mod:`metrics.sentiment.agreement`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from metrics.sentiment.agreement import Agreement, agreement
from metrics.sentiment.score import score

FOLDS = 5
MIN_CODES = 30  # fewer codes teach nothing reliable: the built-in model stays
SEED = 20261201


def _features(texts: Sequence[str | None], exclude: Sequence[str] = ()):
    from scipy import sparse
    from sklearn.feature_extraction.text import HashingVectorizer

    clean = ["" if t is None or (isinstance(t, float) and np.isnan(t)) else str(t) for t in texts]
    words = HashingVectorizer(n_features=1 << 18, ngram_range=(1, 2), alternate_sign=False, norm="l2")
    chars = HashingVectorizer(
        n_features=1 << 18, analyzer="char_wb", ngram_range=(2, 5), alternate_sign=False, norm="l2"
    )
    built_in = score(pd.Series(clean, dtype="object"), exclude=exclude)
    compound = built_in.compound.fillna(0.0).to_numpy()
    labels = built_in.sentiment.fillna("neutral").to_numpy()
    lexicon = np.column_stack(
        [compound * 3, *((labels == c).astype(float) * 2 for c in ("positive", "neutral", "negative"))]
    )
    return sparse.hstack([words.transform(clean), chars.transform(clean), sparse.csr_matrix(lexicon)]).tocsr()


@dataclass(frozen=True)
class Learnt:
    """A model fitted on codes, and how often it agrees with them (cross-validated)."""

    model: object
    classes: tuple[str, ...]
    agreement: Agreement | None  # None when fitted without being checked
    exclude: tuple[str, ...] = ()

    def predict(self, texts: Sequence[str | None]) -> np.ndarray:
        """The learnt label of each text."""
        return np.asarray(self.model.predict(_features(texts, self.exclude)), dtype=object)  # type: ignore[attr-defined]

    def uncertainty(self, texts: Sequence[str | None]) -> np.ndarray:
        """How unsure the model is of each text, from 0 to 1: 1 / (1 + the margin between its two likeliest
        classes' decision values); a code for the most unsure teaches it most."""
        values = np.asarray(self.model.decision_function(_features(texts, self.exclude)), dtype=np.float64)  # type: ignore[attr-defined]
        if values.ndim == 1:  # two classes: one decision value, its distance from 0 is the margin
            margin = np.abs(values) * 2
        else:
            top = np.sort(values, axis=1)
            margin = top[:, -1] - top[:, -2]
        return 1.0 / (1.0 + margin)


def _classifier():
    from sklearn.svm import LinearSVC

    return LinearSVC(C=0.5, class_weight="balanced", random_state=SEED)


def learn(
    texts: Sequence[str | None], codes: Sequence[str], *, exclude: Sequence[str] = (), checked: bool = True
) -> Learnt | None:
    """A model learnt from ``codes`` (positive, neutral, negative) of ``texts``; None with fewer than
    ``MIN_CODES`` codes or a single class (nothing to tell apart). ``checked=False`` skips the
    cross-validation (the agreement is then None): for a model whose agreement is already known."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    y = np.asarray(codes, dtype=object)
    classes, counts = np.unique(y, return_counts=True)
    if len(y) < MIN_CODES or len(classes) < 2:
        return None
    x = _features(texts, exclude)
    if not checked:
        return Learnt(_classifier().fit(x, y), tuple(str(c) for c in classes), None, tuple(exclude))
    folds = max(2, min(FOLDS, int(counts.min())))
    held_out = cross_val_predict(_classifier(), x, y, cv=StratifiedKFold(folds, shuffle=True, random_state=SEED))
    return Learnt(
        _classifier().fit(x, y), tuple(str(c) for c in classes), agreement(list(y), list(held_out)), tuple(exclude)
    )
