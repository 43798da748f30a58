"""What reading one file gave: its canonical frame and an account of how it was read.

Beside the rows, a :class:`ReadResult` says what was left out and why (counted by reason), every
warning (counted by code, a sample kept), the columns not used, the file's own total row checked
against the rows read, and what was assumed rather than read (:meth:`ReadResult.assumptions`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Sequence

import pandas as pd

from resonance import i18n
from metrics.ingest.errors import IngestError, Problem
from metrics.ingest.mapping import Mapping

if TYPE_CHECKING:
    from metrics.ingest.read import Source

MAX_WARNINGS_SHOWN = 50  # messages in ``inspect --json``; the rest are counted by code


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
    parts: list["ReadResult"] = field(default_factory=list)
    error: IngestError | None = None
    mapping: Mapping | None = None  # the column mapping applied, as this file spells its columns
    origin: Source | None = field(default=None, repr=False)
    _digest: str | None = field(default=None, repr=False)

    @property
    def content_hash(self) -> str | None:
        """The file's content hash (computed when first asked: imports use it, inspection does not)."""
        if self._digest is None and self.origin is not None:
            self._digest = self.origin.content_hash()
        return self._digest

    def label(self, lang: str) -> str:
        return i18n.t(f"format.{self.format_id}", lang) if self.format_id else "–"

    def assumptions(self) -> list[tuple[str, dict]]:
        """What was decided about the file rather than read from it, as (text code, params): its
        encoding and separator, where its header is, the zone of its times, the order of day and month,
        the day its figures are as of, and whether its rows add up to its own total row."""
        out: list[tuple[str, dict]] = []
        if self.encoding:
            out.append(("encoding", {"encoding": ENCODING_NAMES.get(self.encoding, self.encoding),
                                     "separator": SEPARATOR_NAMES.get(self.delimiter, self.delimiter)}))
        if self.sheet:
            out.append(("sheet", {"sheet": self.sheet}))
        if self.header_row and self.header_row > 1:
            out.append(("header_row", {"row": self.header_row}))
        for column, fmt in self.date_orders.items():
            out.append(("date_format", {"column": column, "example": _example_date(fmt)}))
        for warning in self.warnings:  # days written without a year: the years given, and from what
            if warning.code in ("year_assumed", "year_assumed_today"):
                out.append((warning.code, {"column": warning.column, "years": warning.params["years"],
                                           "day": warning.params["day"]}))
        if self.time_zone:
            out.append(("zone_workspace" if self.zone_is_workspace else "zone_source", {"tz": self.time_zone}))
        if self.export_day:
            out.append(("export_day_name" if self.export_day_from_name else "export_day_today",
                        {"day": self.export_day.isoformat()}))
        agreed = [c["source"] for c in self.totals if c["equal"]]
        if agreed:
            out.append(("totals_agree", {"columns": ", ".join(f"«{c}»" for c in agreed)}))
        return out

    def leaves(self) -> list["ReadResult"]:
        """This result, or the results of its parts for a ZIP or a workbook."""
        return [leaf for part in self.parts for leaf in part.leaves()] if self.parts else [self]

    def tables(self) -> dict[str, pd.DataFrame]:
        """Canonical frames by table name, parts concatenated."""
        out: dict[str, list[pd.DataFrame]] = {}
        for leaf in self.leaves():
            if leaf.frame is not None and leaf.table:
                out.setdefault(leaf.table, []).append(leaf.frame)
        return {k: (v[0] if len(v) == 1 else pd.concat(v, ignore_index=True)) for k, v in out.items()}

    def as_dict(self, lang: str = "en") -> dict:
        """What ``resonance inspect --json`` prints for this file (a ZIP or workbook adds ``parts``)."""
        if self.parts:
            parts = [p.as_dict(lang) for p in self.parts]
            skipped: dict[str, int] = {}
            counts: dict[str, int] = {}
            for part in parts:
                for reason, count in part["skipped"].items():
                    skipped[reason] = skipped.get(reason, 0) + count
                for code, count in part["warning_counts"].items():
                    counts[code] = counts.get(code, 0) + count
            unreadable = [{"code": "part_unreadable", "file": p["file"], "row": None, "column": None,
                           "message": p["error"]} for p in parts if p["error"]]
            if unreadable:
                counts["part_unreadable"] = len(unreadable)
            sample = [w for p in parts for w in p["warnings"]] + unreadable
            return {
                "file": self.file, "format": sorted({p["format"] for p in parts if p["format"]}),
                "table": sorted({p["table"] for p in parts if p["table"]}),
                "rows": sum(p["rows"] for p in parts), "skipped": skipped,
                "warning_counts": counts, "warnings": sample[:MAX_WARNINGS_SHOWN],
                "warnings_not_shown": sum(counts.values()) - min(len(sample), MAX_WARNINGS_SHOWN),
                "error": None, "parts": parts,
            }
        counts = dict(self.warning_counts) or _count_codes(self.warnings)
        return {
            "file": self.file,
            "format": self.format_id,
            "format_label": self.label(lang) if self.format_id else None,
            "table": self.table,
            "rows": self.rows_read,
            "skipped": dict(self.rows_skipped),
            "warning_counts": counts,
            "warnings": [w.as_dict(lang) for w in self.warnings[:MAX_WARNINGS_SHOWN]],
            "warnings_not_shown": sum(counts.values()) - min(len(self.warnings), MAX_WARNINGS_SHOWN),
            "unused_columns": list(self.unused_columns),
            "assumed": [{"code": code, **params, "message": i18n.t(f"assume.{code}", lang, **params)}
                        for code, params in self.assumptions()],
            "totals": list(self.totals),
            "error": self.error.message(lang) if self.error else None,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "header_row": self.header_row,
            "sheet": self.sheet,
            "mapping": None if self.mapping is None else {
                "name": self.mapping.name, "table": self.mapping.table, "columns": dict(self.mapping.columns)},
        }


ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "cp1251": "Windows-1251",
                  "cp1252": "Windows-1252"}
SEPARATOR_NAMES = {",": ",", ";": ";", "\t": "Tab", "|": "|"}


def _example_date(fmt: str) -> str:
    """A date format shown by example: 31 December 2026 at 17:45 written that way."""
    if fmt == "ISO8601":
        return "2026-12-31"
    return pd.Timestamp("2026-12-31 17:45:00").strftime(fmt.replace("%z", "+0000"))


def _count_codes(problems: Sequence[Problem]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for problem in problems:
        counts[problem.code] = counts.get(problem.code, 0) + 1
    return counts
