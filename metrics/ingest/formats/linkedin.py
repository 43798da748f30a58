"""LinkedIn page analytics workbooks (header on the second row; .xls or .xlsx)."""

from __future__ import annotations

FORMATS = ()

TEXTS: dict[str, dict[str, str]] = {}
