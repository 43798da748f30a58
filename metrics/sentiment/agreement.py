"""How often a model agrees with people: accuracy and F-macro over the positive and negative classes, each
with a 95% interval from a bootstrap over the coded texts (seeded: the same codes give the same interval)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

CLASSES = ("positive", "negative")  # F-macro is the mean of their F1, every text counted
BOOTSTRAP = 1000
SEED = 20261201


@dataclass(frozen=True)
class Agreement:
    """``accuracy`` and ``f_macro`` with their 95% intervals (``low``, ``high``) over ``n`` coded texts."""

    n: int
    accuracy: float
    accuracy_low: float
    accuracy_high: float
    f_macro: float
    f_macro_low: float
    f_macro_high: float


def _f_macros(codes: np.ndarray, predicted: np.ndarray) -> np.ndarray:
    """F-macro of each row of ``codes`` against the same row of ``predicted`` (2-D: one draw per row).
    F1 of a class is 2·tp / (2·tp + fp + fn): 0 where the class is neither coded nor predicted."""
    scores = []
    for c in CLASSES:
        said, meant = predicted == c, codes == c
        tp = np.sum(said & meant, axis=-1)
        wrong = np.sum(said != meant, axis=-1)  # fp + fn
        scores.append(np.divide(2 * tp, 2 * tp + wrong, out=np.zeros(tp.shape, dtype=float), where=2 * tp + wrong > 0))
    return np.mean(scores, axis=0)


def _f_macro(codes: np.ndarray, predicted: np.ndarray) -> float:
    return float(_f_macros(codes[None, :], predicted[None, :])[0])


def agreement(codes: Sequence[str], predicted: Sequence[str | None]) -> Agreement:
    """The agreement of ``predicted`` labels with people's ``codes`` (a missing prediction is neutral).

    >>> a = agreement(["positive", "negative", "neutral", "positive"], ["positive", "negative", "neutral", "negative"])
    >>> a.n, a.accuracy, round(a.f_macro, 3)
    (4, 0.75, 0.667)
    """
    y = np.asarray(codes, dtype=object)
    p = np.asarray([x if x is not None else "neutral" for x in predicted], dtype=object)
    if len(y) != len(p):
        raise ValueError(f"{len(y)} codes but {len(p)} predictions")
    n = len(y)
    if n == 0:
        nan = float("nan")
        return Agreement(0, nan, nan, nan, nan, nan, nan)
    rng = np.random.default_rng(SEED)
    draws = rng.integers(0, n, size=(BOOTSTRAP, n))
    accuracies = (y[draws] == p[draws]).mean(axis=1)
    f_macros = _f_macros(y[draws], p[draws])
    return Agreement(
        n=n,
        accuracy=float((y == p).mean()),
        accuracy_low=float(np.quantile(accuracies, 0.025)),
        accuracy_high=float(np.quantile(accuracies, 0.975)),
        f_macro=_f_macro(y, p),
        f_macro_low=float(np.quantile(f_macros, 0.025)),
        f_macro_high=float(np.quantile(f_macros, 0.975)),
    )
