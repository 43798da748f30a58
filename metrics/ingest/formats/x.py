"""X (Twitter) analytics exports: legacy tweet activity, current per-post and account overview."""

from __future__ import annotations

FORMATS = ()

TEXTS: dict[str, dict[str, str]] = {}
