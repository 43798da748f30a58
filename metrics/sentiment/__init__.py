"""Offline sentiment of short texts in Russian and English (``score``), for mentions whose source gave none."""

from metrics.sentiment.score import Scores, score

__all__ = ["Scores", "score"]
