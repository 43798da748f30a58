"""TikTok Studio exports: Overview and Content, with dates without a year."""

from __future__ import annotations

FORMATS = ()

TEXTS: dict[str, dict[str, str]] = {}
