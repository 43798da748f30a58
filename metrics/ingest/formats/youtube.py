"""YouTube Studio exports (Table data.csv), in English and Russian."""

from __future__ import annotations

FORMATS = ()

TEXTS: dict[str, dict[str, str]] = {}
