"""What reading one file gave: its canonical frame and an account of how it was read.

Beside the rows, a :class:`ReadResult` says what was left out and why (counted by reason), every
warning (counted by code, a sample kept), the columns not used, the file's own total row checked
against the rows read, and what was assumed rather than read (:meth:`ReadResult.assumptions`), all as
codes and values: the interface that shows them words them (``resonance.say``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd

from metrics.ingest.errors import IngestError, Problem
from metrics.ingest.mapping import Mapping

if TYPE_CHECKING:
    from metrics.ingest.source import Source

# What :meth:`ReadResult.assumptions` can say was decided about a file rather than read from it.
ASSUMPTIONS = (
    "encoding",
    "encoding_without_bom",
    "sheet",
    "header_row",
    "date_format",
    "year_assumed",
    "year_assumed_today",
    "zone_workspace",
    "zone_source",
    "export_day_name",
    "export_day_today",
    "totals_agree",
)


@dataclass
class ReadResult:
    """What was recognised in one file (or one entry of a ZIP, or one sheet of a workbook)."""

    file: str
    format_id: str | None = None
    table: str | None = None
    frame: pd.DataFrame | None = None
    rows_read: int = 0
    rows_skipped: dict[str, int] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int | None = None
    sheet: str | None = None
    meta: dict = field(default_factory=dict)
    warning_counts: dict[str, int] = field(default_factory=dict)  # every warning by code (``warnings`` is a sample)
    unused_columns: list[str] = field(default_factory=list)  # headers of the file that no column was read from
    header: list[str] = field(default_factory=list)  # the header row as the file writes it
    columns_read: dict[str, str] = field(default_factory=dict)  # canonical column → the header it was read from
    totals: list[dict] = field(default_factory=list)  # the file's own total row against the sum of the rows read
    time_zone: str | None = None  # the zone times without one were read in
    zone_is_workspace: bool = False  # ... the workspace's (the source writes local times) or the source's own
    export_day: date | None = None  # the day post figures are as of
    export_day_from_name: bool = False  # ... found in the file's name, or today
    date_orders: dict[str, str] = field(default_factory=dict)  # source column → the date format chosen for it
    parts: list[ReadResult] = field(default_factory=list)
    error: IngestError | None = None
    mapping: Mapping | None = None  # the column mapping applied, as this file spells its columns
    origin: Source | None = field(default=None, repr=False)
    # A large table read in batches (``frame`` is None): its canonical rows a batch at a time, to be taken
    # once; the counts above are complete when the last batch has been taken.
    batches: Iterator[pd.DataFrame] | None = field(default=None, repr=False)
    _digest: str | None = field(default=None, repr=False)

    @property
    def content_hash(self) -> str | None:
        """The file's content hash (computed when first asked: imports use it, inspection does not)."""
        if self._digest is None and self.origin is not None:
            self._digest = self.origin.content_hash()
        return self._digest

    def assumptions(self) -> list[tuple[str, dict]]:
        """What was decided about the file rather than read from it, as (code, params): its
        encoding and separator, where its header is, the zone of its times, the order of day and month,
        the day its figures are as of, and whether its rows add up to its own total row."""
        out: list[tuple[str, dict]] = []
        if self.encoding:
            delimiter = self.delimiter
            separator = None if delimiter is None else SEPARATOR_NAMES.get(delimiter, delimiter)
            out.append(
                (
                    "encoding",
                    {
                        "encoding": ENCODING_NAMES.get(self.encoding, self.encoding),
                        "separator": separator,
                    },
                )
            )
            if self.encoding in ("utf-16-le", "utf-16-be"):  # no byte-order mark said so: judged by the bytes
                out.append(("encoding_without_bom", {"encoding": ENCODING_NAMES[self.encoding]}))
        if self.sheet:
            out.append(("sheet", {"sheet": self.sheet}))
        if self.header_row and self.header_row > 1:
            out.append(("header_row", {"row": self.header_row}))
        for column, fmt in self.date_orders.items():
            out.append(("date_format", {"column": column, "example": _example_date(fmt)}))
        for warning in self.warnings:  # days written without a year: the years given, and from what
            if warning.code in ("year_assumed", "year_assumed_today"):
                out.append(
                    (
                        warning.code,
                        {"column": warning.column, "years": warning.params["years"], "day": warning.params["day"]},
                    )
                )
        if self.time_zone:
            out.append(("zone_workspace" if self.zone_is_workspace else "zone_source", {"tz": self.time_zone}))
        if self.export_day:
            out.append(
                (
                    "export_day_name" if self.export_day_from_name else "export_day_today",
                    {"day": self.export_day.isoformat()},
                )
            )
        agreed = [c["source"] for c in self.totals if c["equal"]]
        if agreed:
            out.append(("totals_agree", {"columns": ", ".join(f"«{c}»" for c in agreed)}))
        return out

    def leaves(self) -> list[ReadResult]:
        """This result, or the results of its parts for a ZIP or a workbook."""
        return [leaf for part in self.parts for leaf in part.leaves()] if self.parts else [self]

    def tables(self) -> dict[str, pd.DataFrame]:
        """Canonical frames by table name, parts concatenated."""
        out: dict[str, list[pd.DataFrame]] = {}
        for leaf in self.leaves():
            if leaf.frame is not None and leaf.table:
                out.setdefault(leaf.table, []).append(leaf.frame)
        return {k: (v[0] if len(v) == 1 else pd.concat(v, ignore_index=True)) for k, v in out.items()}


ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "cp1251": "Windows-1251",
    "cp1252": "Windows-1252",
}
SEPARATOR_NAMES = {",": ",", ";": ";", "\t": "Tab", "|": "|"}


def _example_date(fmt: str) -> str:
    """A date format shown by example: 31 December 2026 at 17:45 written that way."""
    if fmt == "ISO8601":
        return "2026-12-31"
    return pd.Timestamp("2026-12-31 17:45:00").strftime(fmt.replace("%z", "+0000"))
