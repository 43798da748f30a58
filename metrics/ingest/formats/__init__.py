"""The formats Resonance recognises: one small entry each, grouped by source in one module per family.

An entry is plain data (:class:`~metrics.ingest.formats.base.Format`): the canonical table it
fills, the columns it maps (each canonical column with the source headers that may hold it, in the
source's languages), the columns that make its signature, and parsing options. A few formats need a
``finish`` step for something only they do (a brand from a listening query, a platform from a
link); nothing else changes per format. Each family module lists its ``FORMATS``; this package joins
them. A format is known by its id: its name for people is worded at the edge (``resonance/words/formats.py``).
"""

from __future__ import annotations

from metrics.ingest.formats import (
    annotated,
    generic,
    linkedin,
    listening,
    marketplaces,
    meta,
    russian,
    shops,
    sprout,
    templates,
    tiktok,
    x,
    youtube,
)
from metrics.ingest.formats.base import LOCAL, Format, best_match, resolve, with_every_column

FAMILIES = (
    listening,
    annotated,
    sprout,
    meta,
    x,
    linkedin,
    youtube,
    tiktok,
    russian,
    shops,
    marketplaces,
    templates,
    generic,
)
FORMATS: tuple[Format, ...] = tuple(f for family in FAMILIES for f in family.FORMATS)
BY_ID = {f.id: f for f in FORMATS}
# The formats that fill each table, in the order they are tried (those that only say what to export instead
# are left out): the list a person is shown of what Resonance reads.
READABLE: dict[str, list[str]] = {
    table: [f.id for f in FORMATS if f.table == table and not f.refuse]
    for table in dict.fromkeys(f.table for f in FORMATS)
}


def match(headers: list[str], preamble: str = "") -> tuple[Format, dict[str, str]] | None:
    """The best known format for a header row, with its column map (canonical → source header); the
    lines above the header (``preamble``) tell apart formats that say which they are only there."""
    return best_match(FORMATS, headers, preamble)


__all__ = ["BY_ID", "FORMATS", "LOCAL", "READABLE", "Format", "match", "resolve", "with_every_column"]
