"""Offline sentiment of short texts in Russian and English (``score``), for mentions whose source gave none."""

from metrics.sentiment.score import READ, Scores, score

__all__ = ["READ", "Scores", "score"]
