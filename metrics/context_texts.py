"""Texts of sales in context, the marketing mix and the forecast, in Russian and English."""

TEXTS: dict[str, dict[str, str]] = {}
