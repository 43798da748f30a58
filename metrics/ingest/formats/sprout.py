"""Sprout Social reports."""

from __future__ import annotations

FORMATS = ()

TEXTS: dict[str, dict[str, str]] = {}
