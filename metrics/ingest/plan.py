"""The first step of reading a table: recognise its header among the first rows and plan the reading.

A :class:`Plan` says what a table is (its format), which of its columns are read as which canonical
columns, where its rows start and what its name and the lines above it say, before a cell is parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

import pandas as pd

from metrics.ingest.errors import IngestError
from metrics.ingest.formats import LOCAL, Format, match, resolve
from metrics.ingest.mapping import Mapping, shape_of
from metrics.ingest.options import ReadOptions

HEAD_ROWS = 25  # rows among which the header is looked for

HeadRows = list[tuple[int, list[str]]]  # a table's first rows: (line number, cells as text)


@dataclass(frozen=True)
class Header:
    """The header recognised among a table's first rows: the format, the canonical columns it gives
    (canonical → the file's header) and the line it is on."""

    fmt: Format
    found: dict[str, str]
    line: int


@dataclass(frozen=True)
class Plan:
    """How one table of a file is read, decided from its first rows.

    ``name`` is the file as the user knows it; ``header`` the header's cells; ``line`` its line among
    the rows it was recognised in, ``header_row`` its row as a user counts them in the file (the rows
    below are numbered from it); ``meta`` what the lines above it say (:func:`preamble_meta`);
    ``export_day`` the day the export was taken, ``export_day_named`` whether the file's name said it
    (else it is today); ``tz`` the zone the table's local times are read in.
    """

    name: str
    fmt: Format
    found: dict[str, str]
    header: list[str]
    line: int
    header_row: int
    meta: dict[str, str]
    export_day: date
    export_day_named: bool
    tz: str

    @cached_property
    def position(self) -> dict[str, int]:
        """Each header's column, the first when a header is repeated."""
        return {h: i for i, h in reversed(list(enumerate(self.header)))}

    @cached_property
    def needed(self) -> list[int]:
        """The columns read: those the format maps, and the first (it tells empty and total rows)."""
        return sorted({self.position[h] for h in self.found.values()} | {0})


def plan_table(head: HeadRows, header: Header, name: str, options: ReadOptions, *, header_row: int) -> Plan:
    """The plan for the table whose ``header`` was recognised among ``head``, its header on row ``header_row``."""
    index = next(i for i, (n, _) in enumerate(head) if n == header.line)
    export_day, named = export_day_of(name, options.today)
    return Plan(
        name=name,
        fmt=header.fmt,
        found=header.found,
        header=head[index][1],
        line=header.line,
        header_row=header_row,
        meta=preamble_meta(head[:index]),
        export_day=export_day,
        export_day_named=named,
        tz=options.tz if header.fmt.tz == LOCAL else header.fmt.tz,
    )


def recognise(head: HeadRows, name: str, options: ReadOptions) -> Header:
    """The header row among the first rows: a row with a saved mapping, else the best known format.

    A mapping the user chose for this file wins over both: its header is the first row holding all
    its columns.
    """
    if options.mapping is not None:
        return _mapped_header(head, name, options.mapping)
    best = None
    for i, (line, row) in enumerate(head):
        cells = [c for c in row if str(c).strip()]
        if len(cells) < 2:
            continue
        saved = options.mappings.get(shape_of(row))
        if saved is not None:
            fmt = saved.as_format()
            return Header(fmt, resolve(fmt, row), line)
        # The lines above, their empty cells left out (Excel pads a re-saved name line: «Facebook follows;»).
        preamble = "\n".join(",".join(c for c in r if str(c).strip()) for _, r in head[:i])
        matched = match(row, preamble)
        if matched:
            fmt, found = matched
            rank = (len(fmt.signature), len(found))
            if best is None or rank > best[0]:
                best = (rank, fmt, found, line)
    if best is None:
        first: tuple[int | None, list[str]] = (None, [])
        first_line, columns = next(((n, row) for n, row in head if sum(1 for c in row if str(c).strip()) >= 2), first)
        error = IngestError(
            "unknown_layout",
            name,
            columns=", ".join(f"«{c}»" for c in columns if str(c).strip())[:400] or "–",
        )
        error.headers = [str(c) for c in columns]
        error.header_row = first_line
        raise error
    if best[1].refuse:  # a known export that holds no table of ours: say what it is and what to export
        raise IngestError(f"not_a_table.{best[1].id}", name)
    return Header(best[1], best[2], best[3])


def _mapped_header(head: HeadRows, name: str, mapping: Mapping) -> Header:
    fmt = mapping.as_format()
    best = None
    for line, row in head:
        if sum(1 for c in row if str(c).strip()) < 2:
            continue
        found = resolve(fmt, row)
        if len(found) == len(mapping.columns):
            return Header(fmt, found, line)
        if best is None or len(found) > len(best[1]):
            best = (row, found)
    row, found = best or ([], {})
    absent = [source for canonical, source in mapping.columns.items() if canonical not in found]
    error = IngestError(
        "mapped_columns_absent",
        name,
        absent=", ".join(f"«{c}»" for c in absent),
        columns=", ".join(f"«{c}»" for c in row if str(c).strip())[:400] or "–",
    )
    error.headers = [str(c) for c in row]
    raise error


def preamble_meta(rows: HeadRows) -> dict[str, str]:
    """What the lines above a header say: ``Key:,value`` lines by key, a table's name as ``metric``.

    >>> preamble_meta([(1, ["Brand:", "Зерно"]), (2, ["Facebook reach"])])
    {'brand': 'Зерно', 'metric': 'Facebook reach'}
    """
    meta = {}
    for _, row in rows:
        cells = [str(c).strip() for c in row if str(c).strip()]
        if len(cells) >= 2 and cells[0].endswith(":"):
            meta[cells[0].rstrip(":").casefold()] = cells[1]
        elif len(cells) == 1:  # a table's name: the one right above the header
            meta["metric"] = cells[0].strip('"')
    return meta


def export_day_of(name: str, today: date) -> tuple[date, bool]:
    """The day an export was taken, from its name (MBS ``Nov-22-2026``, ISO dates) or else ``today``;
    and whether the name said it.

    >>> export_day_of("posts_Nov-16-2026_Nov-22-2026.csv", date(2026, 11, 26))
    (datetime.date(2026, 11, 22), True)
    """
    stem = Path(name).stem
    for pattern, fmt in (
        (r"([A-Z][a-z]{2}-\d{2}-\d{4})(?!.*[A-Z][a-z]{2}-\d{2}-\d{4})", "%b-%d-%Y"),
        (r"(\d{4}-\d{2}-\d{2})(?!.*\d{4}-\d{2}-\d{2})", "%Y-%m-%d"),
    ):
        m = re.search(pattern, stem)
        if m:
            try:
                return pd.to_datetime(m.group(1), format=fmt).date(), True
            except ValueError:
                pass
    return today, False
