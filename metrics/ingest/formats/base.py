"""What a format entry is, and how a header row is matched against formats.

An entry is plain data: the canonical table it fills, the columns it maps (each canonical column
with the source headers that may hold it, in the source's languages), the columns that make its
signature, and parsing options (date formats, source time zone, constants). A few formats need a
``finish`` step for something only they do (a brand from a listening query, a platform from a
link); nothing else changes per format. A finish step is given every column its format maps: a
column the file lacks is there, all missing, so a step never has to ask whether the file had it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pandas as pd

from metrics import schema
from metrics.ingest import vocab

LOCAL = "local"  # the workspace's business time zone: the source writes local wall-clock times
BRAND_COLUMN = "_brand:"  # found[BRAND_COLUMN + label] is the source column of that brand's sentiment


@dataclass(frozen=True)
class Format:
    id: str
    table: str
    columns: dict[str, tuple[str, ...]]
    signature: tuple[str, ...]
    date_formats: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tz: str = LOCAL
    constants: dict[str, object] = field(default_factory=dict)
    percent: dict[str, bool | None] = field(default_factory=dict)
    signed: tuple[str, ...] = ()
    fill_down: tuple[str, ...] = ()  # columns blank on continuation lines, filled from the line above
    fill_key: str | None = None  # ... when that line has the same value here (an order's number)
    id_from_url: bool = False  # key posts by their permalink: stable across exports, never mangled by Excel
    preamble: str | None = None  # a regex the lines above the header must match
    extra_types: dict[str, str] = field(default_factory=dict)  # dtypes of "_helper" columns for finish
    finish: Callable[[pd.DataFrame, dict], pd.DataFrame] | None = None
    # A large file of this format may be read a batch at a time: ``finish`` reads each row alone, except
    # that a column of ``whole_column`` empty throughout the table changes how its rows are read.
    batches: bool = False
    whole_column: tuple[str, ...] = ()
    # At least one of these columns must be found too: the evidence that a short signature is this table
    # (a date and a text column alone do not make mentions: a video's chart data has both).
    evidence: tuple[str, ...] = ()
    # A layout known to hold no canonical table (a per-day-per-video chart, a demographic split): it is
    # recognised only to be refused with what it is and which export to use instead
    # (the text ``ingest.not_a_table.<id>``).
    refuse: bool = False
    only: bool = False  # the header holds these columns and no other (a two-column file is told by its whole header)

    # A source's own codes of a column's values (CrowdFlower's sentiment 1/3/5), before the shared vocabulary.
    vocabulary: dict[str, dict[str, str]] = field(default_factory=dict)
    # One column per brand (source header → brand as people write it), each cell that brand's sentiment in
    # the row, empty when the row does not name it: a row that names two brands gives two mentions.
    brand_columns: dict[str, str] = field(default_factory=dict)

    def dtype(self, canonical: str) -> str:
        """The dtype a mapped column is parsed to: the table's, else the helper's declared one, else text."""
        declared = schema.TABLES[self.table].columns.get(canonical) or self.extra_types.get(canonical)
        return declared or (schema.INT if canonical == "value" else schema.STR)


def with_every_column(fmt: Format, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every column ``fmt`` maps: one the file lacks is added, all missing, in its dtype.

    >>> fmt = Format("demo", "mentions", {"text": ("Text",), "reach": ("Reach",)}, signature=("text",))
    >>> with_every_column(fmt, pd.DataFrame({"text": ["Hi"]}))["reach"].tolist()
    [<NA>]
    """
    for canonical in fmt.columns:
        if canonical not in frame:
            frame[canonical] = schema.missing(fmt.dtype(canonical), len(frame)).set_axis(frame.index)
    return frame


def best_match(
    formats: Sequence[Format], headers: list[str], preamble: str = ""
) -> tuple[Format, dict[str, str]] | None:
    """The best of ``formats`` for a header row, with its column map (canonical → source header).

    A format matches when every signature column is found; among matches the most specific
    (longest signature, then most columns found) wins.
    """
    normalised = [vocab.normalise_header(h) for h in headers]
    best = None
    for fmt in formats:
        if fmt.preamble and not any(re.search(fmt.preamble, line) for line in preamble.splitlines()):
            continue
        found = resolve(fmt, headers, normalised)
        if fmt.only and len({n for n in normalised if n}) != len(found):
            continue
        if (
            all(c in found for c in fmt.signature)
            and (not fmt.evidence or any(c in found for c in fmt.evidence))
            and (not fmt.brand_columns or any(c.startswith(BRAND_COLUMN) for c in found))
        ):
            rank = (len(fmt.signature), len(found))
            if best is None or rank > best[0]:
                best = (rank, fmt, found)
    return (best[1], best[2]) if best else None


def resolve(fmt: Format, headers: list[str], normalised: list[str] | None = None) -> dict[str, str]:
    normalised = normalised or [vocab.normalise_header(h) for h in headers]
    exact = dict(zip(normalised, headers, strict=True))
    base: dict[str, str] = {}
    for n, h in zip(normalised, headers, strict=True):
        base.setdefault(vocab.header_base(n), h)
    found = {}
    for canonical, candidates in fmt.columns.items():
        for candidate in candidates:
            key = vocab.normalise_header(candidate)
            if key in exact:
                found[canonical] = exact[key]
                break
            if key in base:
                found[canonical] = base[key]
                break
    for source, label in fmt.brand_columns.items():
        key = vocab.normalise_header(source)
        if key in exact:
            found[BRAND_COLUMN + label] = exact[key]
    return found
