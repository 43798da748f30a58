"""What a reading is told: the caller's options, how fast and in how much memory to read, and where a part sits.

Three small values are passed whole instead of loose dictionaries: :class:`ReadOptions` (what the
caller chose: the business zone, today, our brand, column mappings), :class:`Tuning` (how the cells
are read, never what they give) and :class:`Context` (the options of one reading and what reading a
part of a file adds to them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from metrics.ingest.mapping import Mapping
    from metrics.ingest.progress import Report
    from metrics.ingest.source import Source


@dataclass(frozen=True)
class Limits:
    """How much an archive (a ZIP, or the ZIP an XLSX is) may hold before it is refused, unread: a few
    kilobytes can expand to gigabytes. ``entries``: files in it; ``expanded``: bytes of all its files,
    as declared and as actually read (a header may lie); ``ratio``: expanded ÷ compressed size of a file
    of more than a megabyte; ``depth``: archives inside archives; ``cells``: cells of a workbook's
    sheets (a sheet without a ``<dimension>`` says nothing of its size before it is read).
    """

    entries: int = 1_000
    expanded: int = 1 << 30
    ratio: int = 250
    depth: int = 1
    cells: int = 20_000_000

    @classmethod
    def from_settings(cls, saved: dict | None) -> Limits:
        """The limits a workspace keeps in its settings (``max_files``, ``max_expanded_mb``, ``max_ratio``,
        ``max_cells``); a value not given, or not a whole number above zero, is the default.

        >>> Limits.from_settings({"max_files": 5000, "max_ratio": "x"}) == Limits(entries=5000)
        True
        """
        saved = saved or {}

        def given(key: str) -> int | None:
            value = saved.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None

        default = cls()
        files, mb, ratio, cells = (given(k) for k in ("max_files", "max_expanded_mb", "max_ratio", "max_cells"))
        return cls(
            entries=files or default.entries,
            expanded=(mb << 20) if mb else default.expanded,
            ratio=ratio or default.ratio,
            depth=default.depth,
            cells=cells or default.cells,
        )

    def to_settings(self) -> dict[str, int]:
        """What :meth:`from_settings` reads back.

        >>> chosen = Limits(entries=7, expanded=3 << 20)
        >>> Limits.from_settings(chosen.to_settings()) == chosen
        True
        """
        return {
            "max_files": self.entries,
            "max_expanded_mb": self.expanded >> 20,
            "max_ratio": self.ratio,
            "max_cells": self.cells,
        }


@dataclass(frozen=True)
class Tuning:
    """How a file is read, never what it gives: every value reads the same rows the same way.

    ``large_file``: from this size (bytes) Arrow first reads count columns as numbers; ``block_size``:
    bytes Arrow parses at a time, in parallel; ``max_warnings``: messages kept per reason and column
    (every one is counted); ``arrow``: False reads every text table with pandas, row for row, as a
    file Arrow cannot split is read; ``threads``: columns parsed at a time (None: two for a table
    of more than 50,000 rows, else one; 0: every step on the calling thread, without a pool);
    ``batches_from``: from this size (bytes) a text table whose reader takes batches
    (:attr:`ReadOptions.batches`) is read ``batch_bytes`` of the file at a time; ``apart_from``: from this
    size (bytes) a file asked to be read apart (:mod:`metrics.ingest.apart`) is (a smaller one is read in
    well under the 0.6 s a child process takes to start).

    >>> Tuning().workers(100_000), Tuning(threads=0).workers(100_000)
    (2, 0)
    """

    large_file: int = 20 << 20
    block_size: int = 1 << 22
    batches_from: int = 512 << 20
    batch_bytes: int = 128 << 20
    apart_from: int = 2 << 20
    max_warnings: int = 20
    arrow: bool = True
    threads: int | None = None
    limits: Limits = Limits()

    def workers(self, rows: int) -> int:
        """Columns parsed at a time for a table of ``rows`` rows (0: on the calling thread)."""
        if self.threads is not None:
            return self.threads
        return 2 if rows > 50_000 else 1


@dataclass(frozen=True)
class ReadOptions:
    """What the caller of :func:`~metrics.ingest.read_export` chose, the same for every part of a file.

    ``tz`` is the business time zone for sources that write local times; ``today`` the export day of
    a file whose name gives none; ``brand`` our brand, for mention tables that do not name one;
    ``mappings`` the saved column mappings by the shape of the header they fit; ``mapping`` one applied
    whatever the file's layout; ``batches`` that the caller takes a large table's rows batch by batch
    (:attr:`~metrics.ingest.result.ReadResult.batches`) rather than whole; ``keys`` that rows are keyed
    and questions found as an import does (an inspection that shows no row needs neither: mentions without
    an id keep no key, and no mention is marked a question);
    ``sentiment`` that mentions whose source gives no sentiment are scored by the built-in model.
    """

    today: date
    tz: str = "Europe/Moscow"
    brand: str | None = None
    mappings: dict[str, Mapping] = field(default_factory=dict)
    mapping: Mapping | None = None
    tuning: Tuning = Tuning()
    batches: bool = False
    keys: bool = True
    sentiment: bool = True


@dataclass(frozen=True)
class Section:
    """A table stacked under another in one text file: the file's line its part starts after, and the
    file's encoding (the part itself is handed on as UTF-8)."""

    line_offset: int
    encoding: str


@dataclass(frozen=True)
class Context:
    """One reading: the caller's options, the file whose hash is computed once its cells are parsed
    (None: no hash asked for), for a table stacked in a text file, where it sits, and whom to tell how
    far the reading of the file's bytes has got (:mod:`metrics.ingest.progress`; None for a part read
    from bytes of its own, a ZIP's entry or a stacked table)."""

    options: ReadOptions
    hashed: Source | None = None
    section: Section | None = None
    progress: Report | None = None
    depth: int = 0  # archives this part sits in
