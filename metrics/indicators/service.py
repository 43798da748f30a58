"""Service (AMEC outcome): questions and complaints about our brand, and how we answered them.

A mention asks for an answer when it is a question (``is_question``) or a complaint (negative
sentiment). It is answered when it has ``replied_at``. Sources that do not track replies leave
``replied_at`` empty everywhere; then there is no response rate rather than a rate of 0.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from metrics.indicators.registry import (
    frame,  # noqa: F401  (the examples build their frames with it)
    indicator,
    is_true,
    is_value,
    ours,
    ratio,
)


def _asked(mentions: pd.DataFrame, brand: str) -> np.ndarray:
    """Our mentions that are questions or complaints."""
    return ours(mentions, brand) & (is_true(mentions["is_question"]) | is_value(mentions["sentiment"], "negative"))


@indicator(
    "response_rate",
    level="outcome",
    unit="fraction",
    needs=("mentions",),
    higher_is_better=True,
    formula="Our questions and complaints (a question, or negative sentiment) with a reply ÷ all our questions "
    "and complaints; – when there are none, or when the source does not track replies (no reply times "
    "at all in the period).",
    denominator="Questions and complaints to our brand",
)
def response_rate(mentions: pd.DataFrame, *, brand: str) -> float:
    """Share of questions and complaints about our brand that were answered.

    Edge cases: NaN when there are none; NaN when no mention in the period has a reply time at
    all, since the source does not track replies.

    >>> m = frame("mentions", {"brand": ["Acme", "Acme", "Acme", "Acme"],
    ...                        "is_question": [True, True, False, False],
    ...                        "sentiment": ["neutral", "neutral", "negative", "positive"],
    ...                        "published_at": ["2026-11-23 10:00"] * 4,
    ...                        "replied_at": ["2026-11-23 12:00", None, "2026-11-24 10:00", None]})
    >>> round(response_rate(m, brand="Acme"), 3)
    0.667
    """
    replied = mentions["replied_at"].notna().to_numpy(dtype=bool)
    if not replied.any():
        return float("nan")
    asked = _asked(mentions, brand)
    return ratio(float((asked & replied).sum()), float(asked.sum()))


@indicator(
    "median_response_hours",
    level="outcome",
    unit="hours",
    needs=("mentions",),
    higher_is_better=False,
    formula="Median of (reply time − publication time) in hours, over our answered questions and complaints; "
    "replies timed before the mention are left out; under an hour it is shown in minutes; – when nothing was "
    "answered.",
    denominator="None: a median over answered questions and complaints",
)
def median_response_hours(mentions: pd.DataFrame, *, brand: str) -> float:
    """Median time to answer a question or complaint about our brand, in hours.

    Edge cases: a reply timed before its mention is a data error and is left out; NaN when
    nothing was answered.

    >>> m = frame("mentions", {"brand": ["Acme", "Acme", "Acme"], "is_question": [True, True, True],
    ...                        "published_at": ["2026-11-23 10:00"] * 3,
    ...                        "replied_at": ["2026-11-23 11:00", "2026-11-23 13:00", "2026-11-24 10:00"]})
    >>> median_response_hours(m, brand="Acme")
    3.0
    """
    answered = mentions[_asked(mentions, brand) & mentions["replied_at"].notna().to_numpy(dtype=bool)]
    hours = (answered["replied_at"] - answered["published_at"]).dt.total_seconds() / 3600
    hours = hours[hours.notna() & (hours >= 0)]
    return float(hours.median()) if len(hours) else float("nan")
