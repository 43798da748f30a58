"""Texts of the insights (spikes, headlines, voice of the customer), in Russian and English."""

TEXTS: dict[str, dict[str, str]] = {}
